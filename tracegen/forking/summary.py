"""Everything ``fork`` derives from the rollouts' outcome counts, in one pass over the positions.

From each finished (t, w)'s ``counts``: its intervals; per position o_t (the mixture over the
alternatives, ``p`` renormalised over them), the hazard per ``tau`` (``p`` as the model
gives it) and the survival; along the path the drift ``y_t = d(o_first, o_t)`` from the first
analysed position, its change points, and the forking tokens (``significance.py``). Run
again after every batch, so an interrupted analysis is consistent with what it finished.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from . import statistics
from .changepoints import change_points, sampling_variance
from .significance import is_forking, shift_of

DIGITS = 6


def summarise(fork: dict[str, Any]) -> None:
    """Fill ``fork``'s derived fields from the ``counts`` of its finished positions, in place."""
    kind = fork["distance"]
    taus = fork["tau"]
    done = [entry for entry in fork["positions"] if entry["status"] == "done"]
    totals: Counter = Counter()
    variances: list[float] = []
    for entry in fork["positions"]:
        if entry["status"] != "done":
            for key in ("distribution", "drift", "hazard", "survival"):
                entry[key] = None
            continue
        parts, raw = [], []
        for alt in entry["alternatives"]:
            counts = dict((label, n) for label, n in alt["counts"])
            totals.update(counts)
            alt["interval"] = [[label, _round(lo), _round(hi)] for label, (lo, hi) in statistics.intervals(counts).items()]
            parts.append((alt["probability"], statistics.normalised(counts)))
            raw.append((alt["probability"], counts))
        variances.append(sampling_variance(raw))
        distribution = statistics.mixture(parts)
        entry["distribution"] = [[label, _round(p)] for label, p in sorted(distribution.items(), key=lambda x: -x[1])]
        entry["hazard"] = [_round(statistics.hazard(parts[0][1], parts[1:], tau, kind)) for tau in taus]
    first = _distribution(done[0]) if done else {}
    for entry in done:
        entry["drift"] = _round(statistics.distance(first, _distribution(entry), kind))
    curves = [statistics.survival([e["hazard"][i] if e["status"] == "done" else None for e in fork["positions"]])
              for i in range(len(taus))]
    for k, entry in enumerate(fork["positions"]):
        values = [curve[k] for curve in curves]  # known exactly where the position was analysed
        if entry["status"] == "done":
            entry["survival"] = [_round(v) for v in values if v is not None]
    found = change_points([e["position"] for e in done], [_distribution(e) for e in done], variances)
    fork["change_points"] = found.positions
    fork["change_detection"] = found.describe()
    fork["labels"] = [label for label, _ in totals.most_common()]
    fork["forking_tokens"] = _forking_tokens(done, fork)


def _forking_tokens(done: list[dict[str, Any]], fork: dict[str, Any]) -> list[dict[str, Any]]:
    pairs = [(entry, alt) for entry in done for alt in entry["alternatives"][1:]]
    tau, kind = min(fork["tau"]), fork["distance"]
    found = []
    for entry, alt in pairs:
        base = dict((label, n) for label, n in entry["alternatives"][0]["counts"])
        other = dict((label, n) for label, n in alt["counts"])
        shift = shift_of(base, other, kind, seed=fork["seed"] * 7919 + entry["position"] * 131 + alt["token"] % 131)
        if is_forking(shift, tau, len(pairs)):
            found.append({"position": entry["position"], "token": alt["token"], "probability": alt["probability"],
                          "shift": _round(shift.shift), "shift_low": _round(shift.low),
                          "shift_high": _round(shift.high), "p_value": _round(shift.p_value),
                          "tests": len(pairs)})
    return sorted(found, key=lambda f: (-f["shift"] * f["probability"], f["position"]))


def _distribution(entry: dict[str, Any]) -> dict[Any, float]:
    return {label: p for label, p in entry["distribution"]}


def _round(value: float) -> float:
    return round(float(value), DIGITS)
