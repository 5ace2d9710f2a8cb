"""A run's ``fork`` object: the result of ``tracegen fork`` (forking-paths analysis), as the
trace format holds it, and the checks it must pass.

The run's nodes are the base path as usual; ``run.extra["fork"]`` holds the settings, one
entry per base-path position (its alternatives, their outcome counts, intervals and
rollouts, the mixture o_t, drift, hazard and survival), the change points and the forking
tokens. ``ForkResult`` reads it; ``tracegen.forking`` computes it. docs/trace-format.md
describes every field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeGuard

from .fields import is_finite, is_integer

if TYPE_CHECKING:
    import pandas

    from .model import Run

#: A position's ``status``: rolled out, not yet (interrupted; ``--resume`` completes it), or
#: left out by the rollout budget.
STATUSES = ("done", "pending", "skipped")
KEEP_ROLLOUTS = ("none", "text", "tokens")
_SLACK = 1e-4


class ForkError(ValueError):
    """What is wrong with a ``fork`` object, one line naming where."""


class ForkResult:
    """The ``fork`` object of a run, read from ``run.extra["fork"]``.

    Args:
        data: The ``fork`` object as the file holds it.
        run: The run it belongs to (its base path).
    """

    def __init__(self, data: dict[str, Any], run: Run | None = None) -> None:
        self.data = data
        self.run = run

    def __repr__(self) -> str:
        done = sum(1 for p in self.positions if p["status"] == "done")
        return (f"<ForkResult {self.data.get('outcome')!r}: {done}/{len(self.positions)} positions, "
                f"{len(self.forking_tokens)} forking tokens, change points {self.change_points}>")

    @property
    def outcome(self) -> str:
        """The outcome spec (``regex:...``, ``last-number``, ``choice:...``, ``python:...``)."""
        return self.data["outcome"]

    @property
    def positions(self) -> list[dict[str, Any]]:
        """One entry per base-path position, in order (see docs/trace-format.md)."""
        return self.data["positions"]

    @property
    def labels(self) -> list[str | None]:
        """Every outcome label seen, most frequent first (``None``: no outcome)."""
        return self.data.get("labels", [])

    @property
    def change_points(self) -> list[int]:
        """Positions t where o_t departs from the positions before it."""
        return self.data.get("change_points", [])

    @property
    def forking_tokens(self) -> list[dict[str, Any]]:
        """Tokens whose outcomes differ from the base token's beyond noise, largest shift first."""
        return self.data.get("forking_tokens", [])

    @property
    def complete(self) -> bool:
        """Whether no position is pending."""
        return all(p["status"] != "pending" for p in self.positions)

    def to_pandas(self, per: str = "position") -> pandas.DataFrame:
        """A DataFrame: ``per="position"`` one row per position (o_t per label as ``p[LABEL]``
        columns, drift, hazard, survival); ``per="alternative"`` one row per (t, w) (counts
        per label as ``n[LABEL]``). Needs pandas (``pip install 'tracegen[notebook]'``)."""
        import pandas as pd

        if per not in ("position", "alternative"):
            raise ValueError("per must be 'position' or 'alternative'")
        text = self._token_text()
        rows = []
        for entry in self.positions:
            base = {"position": entry["position"], "node": entry["node"], "status": entry["status"]}
            if per == "position":
                row = {**base, "token": entry["alternatives"][0]["token"],
                       "text": text(entry["alternatives"][0]["token"]),
                       "probability": entry["alternatives"][0]["probability"], "drift": entry.get("drift"),
                       "change_point": entry["position"] in self.change_points}
                for i, tau in enumerate(self.data.get("tau", [])):
                    row[f"hazard[{tau}]"] = (entry.get("hazard") or [None] * (i + 1))[i]
                    row[f"survival[{tau}]"] = (entry.get("survival") or [None] * (i + 1))[i]
                for label, p in entry.get("distribution") or []:
                    row[f"p[{label}]"] = p
                rows.append(row)
                continue
            for rank, alt in enumerate(entry["alternatives"]):
                row = {**base, "token": alt["token"], "text": text(alt["token"]), "base": rank == 0,
                       "probability": alt["probability"], "rollouts": sum(n for _, n in alt.get("counts") or [])}
                for label, n in alt.get("counts") or []:
                    row[f"n[{label}]"] = n
                rows.append(row)
        return pd.DataFrame(rows)

    def _token_text(self) -> Any:
        trace = self.run.trace if self.run is not None else None
        if trace is None:
            return lambda token: None
        return lambda token: trace.tokens.get(token)


def check_fork(fork: Any, run: Run, tokens: dict[int, str]) -> None:
    """Check a run's ``fork`` object against its run and the token table; raise ``ForkError``."""
    if not isinstance(fork, dict):
        raise ForkError("fork must be an object")
    if not isinstance(fork.get("outcome"), str):
        raise ForkError("fork.outcome must be a string")
    samples = fork.get("samples")
    if not is_integer(samples) or samples < 1:
        raise ForkError("fork.samples must be an integer ≥ 1")
    taus = fork.get("tau")
    if not isinstance(taus, list) or not taus or not all(is_finite(t) and 0 <= t <= 1 for t in taus):
        raise ForkError("fork.tau must be a non-empty list of numbers in [0, 1]")
    if fork.get("keep_rollouts", "text") not in KEEP_ROLLOUTS:
        raise ForkError(f"fork.keep_rollouts must be one of {', '.join(KEEP_ROLLOUTS)}")
    positions = fork.get("positions")
    if not isinstance(positions, list):
        raise ForkError("fork.positions must be a list")
    seen: dict[int, dict[str, Any]] = {}
    for i, entry in enumerate(positions):
        _check_position(entry, f"fork.positions[{i}]", run, tokens, samples, len(taus), seen)
    points = fork.get("change_points", [])
    if not isinstance(points, list) or not all(is_integer(p) and p in seen for p in points):
        raise ForkError("fork.change_points must list positions of fork.positions")
    forks = fork.get("forking_tokens", [])
    if not isinstance(forks, list):
        raise ForkError("fork.forking_tokens must be a list")
    for i, item in enumerate(forks):
        where = f"fork.forking_tokens[{i}]"
        if not isinstance(item, dict) or item.get("position") not in seen:
            raise ForkError(f"{where}: position is not one of fork.positions")
        if item.get("token") not in {a["token"] for a in seen[item["position"]]["alternatives"][1:]}:
            raise ForkError(f"{where}: token {item.get('token')!r} is not an alternative at its position")
        shift = item.get("shift")
        if not (is_finite(shift) and shift >= 0 and is_finite(item.get("shift_low")) and is_finite(item.get("shift_high"))):
            raise ForkError(f"{where}: shift, shift_low and shift_high must be numbers (shift ≥ 0)")


def _check_position(entry: Any, where: str, run: Run, tokens: dict[int, str], samples: int, taus: int,
                    seen: dict[int, dict[str, Any]]) -> None:
    if not isinstance(entry, dict):
        raise ForkError(f"{where} must be an object")
    position = entry.get("position")
    if not is_integer(position) or position < 0 or (seen and position <= max(seen)):
        raise ForkError(f"{where}: position must be an integer ≥ 0, increasing along the list")
    if not is_integer(entry.get("node")) or not run.has_node(entry["node"]):
        raise ForkError(f"{where}: node {entry.get('node')!r} is not a node of the run")
    status = entry.get("status")
    if status not in STATUSES:
        raise ForkError(f"{where}: status must be one of {', '.join(STATUSES)}")
    alternatives = entry.get("alternatives")
    if not isinstance(alternatives, list) or not alternatives:
        raise ForkError(f"{where}: alternatives must be a non-empty list (the base token first)")
    first = alternatives[0]
    if not isinstance(first, dict) or first.get("token") != run.node(entry["node"]).token:
        raise ForkError(f"{where}: the first alternative must be the base token (node {entry['node']}'s)")
    for j, alt in enumerate(alternatives):
        _check_alternative(alt, f"{where}.alternatives[{j}]", tokens, samples, status == "done")
    if status == "done":
        if not _pairs(entry.get("distribution"), is_finite) or abs(sum(p for _, p in entry["distribution"]) - 1) > _SLACK:
            raise ForkError(f"{where}: distribution must be [label, probability] pairs summing to 1")
        for key in ("hazard", "survival"):
            values = entry.get(key)
            if not isinstance(values, list) or len(values) != taus or not all(_probability(v) for v in values):
                raise ForkError(f"{where}: {key} must hold one probability per fork.tau")
        if not (is_finite(entry.get("drift")) and entry["drift"] >= 0):
            raise ForkError(f"{where}: drift must be a number ≥ 0")
    seen[position] = entry


def _check_alternative(alt: Any, where: str, tokens: dict[int, str], samples: int, done: bool) -> None:
    if not isinstance(alt, dict):
        raise ForkError(f"{where} must be an object")
    if alt.get("token") not in tokens:
        raise ForkError(f"{where}: token {alt.get('token')!r} is missing from \"tokens\"")
    if not _probability(alt.get("probability")):
        raise ForkError(f"{where}: probability must be a number in [0, 1]")
    if not done:
        return
    counts = alt.get("counts")
    if not _pairs(counts, lambda n: is_integer(n) and n >= 0) or sum(n for _, n in counts) != samples:
        raise ForkError(f"{where}: counts must be [label, n] pairs summing to fork.samples ({samples})")
    interval = alt.get("interval")
    if not isinstance(interval, list) or not all(
            isinstance(i, list) and len(i) == 3 and _label(i[0]) and _probability(i[1]) and _probability(i[2])
            and i[1] <= i[2] for i in interval):
        raise ForkError(f"{where}: interval must be [label, low, high] triples with low ≤ high in [0, 1]")
    rollouts = alt.get("rollouts", [])
    if not isinstance(rollouts, list) or len(rollouts) > samples:
        raise ForkError(f"{where}: rollouts must be a list of at most fork.samples rollouts")
    for k, rollout in enumerate(rollouts):
        here = f"{where}.rollouts[{k}]"
        if not isinstance(rollout, dict) or not _label(rollout.get("label")):
            raise ForkError(f"{here}: label must be a string or null")
        if not isinstance(rollout.get("text"), str):
            raise ForkError(f"{here}: text must be a string")
        logprob = rollout.get("logprob")
        if not (is_finite(logprob) and logprob <= _SLACK):
            raise ForkError(f"{here}: logprob must be a log-probability (a finite number ≤ 0)")
        ids = rollout.get("tokens")
        if ids is not None and not (isinstance(ids, list) and all(is_integer(t) for t in ids)):
            raise ForkError(f"{here}: tokens must be a list of token ids")


def _pairs(value: Any, second: Callable[[Any], bool]) -> TypeGuard[list[list[Any]]]:
    """Whether ``value`` is a list of ``[label, x]`` pairs whose ``x`` passes ``second``."""
    return isinstance(value, list) and all(
        isinstance(p, list) and len(p) == 2 and _label(p[0]) and second(p[1]) for p in value)


def _label(value: Any) -> bool:
    return value is None or isinstance(value, str)


def _probability(value: Any) -> bool:
    return is_finite(value) and -_SLACK <= value <= 1 + _SLACK
