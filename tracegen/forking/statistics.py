"""Outcome histograms and what the method computes from them: intervals, the mixture o_t,
distances between outcome distributions, and the survival curve.

A distribution is a ``dict`` from label (a string, or ``None`` for "no outcome") to
probability; counts are a ``dict`` from label to a number of rollouts.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

Label = str | None

Z95 = 1.959963984540054  # the standard normal's 97.5% quantile: two-sided 95% intervals

#: Distance names, as ``--distance`` takes them.
DISTANCES = ("tv", "js", "l2")


def counts_of(labels: Iterable[Label]) -> dict[Label, int]:
    """How many rollouts got each label, most frequent first (ties in first-seen order)."""
    return dict(Counter(labels).most_common())


def normalised(counts: Mapping[Label, float]) -> dict[Label, float]:
    """Counts (or weights) scaled to sum to 1; empty when they sum to 0."""
    total = sum(counts.values())
    return {label: n / total for label, n in counts.items()} if total > 0 else {}


def wilson(successes: int, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of a proportion ``successes / n`` (``(0, 1)`` when ``n`` is 0).

    Chosen over the normal approximation because it stays inside [0, 1] and keeps its
    coverage at 0 or n successes out of a few dozen, which is where forking counts live.
    """
    if n == 0:
        return 0.0, 1.0
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def intervals(counts: Mapping[Label, int]) -> dict[Label, tuple[float, float]]:
    """The 95% Wilson interval of every label's share of ``counts``."""
    n = sum(counts.values())
    return {label: wilson(k, n) for label, k in counts.items()}


def mixture(parts: Sequence[tuple[float, Mapping[Label, float]]]) -> dict[Label, float]:
    """``sum_w p(w) o_w`` over ``(p(w), o_w)`` pairs with ``p`` renormalised over the parts."""
    total = sum(p for p, _ in parts)
    out: dict[Label, float] = {}
    for p, distribution in parts:
        for label, q in distribution.items():
            out[label] = out.get(label, 0.0) + (p / total) * q
    return out


def distance(a: Mapping[Label, float], b: Mapping[Label, float], kind: str = "tv") -> float:
    """The distance between two outcome distributions.

    Args:
        a: One distribution.
        b: The other.
        kind: ``tv`` (total variation, half the L1 distance: in [0, 1]), ``js``
            (Jensen-Shannon divergence in bits: in [0, 1]) or ``l2`` (Euclidean).
    """
    labels = set(a) | set(b)
    if kind == "tv":
        return 0.5 * sum(abs(a.get(x, 0.0) - b.get(x, 0.0)) for x in labels)
    if kind == "l2":
        return math.sqrt(sum((a.get(x, 0.0) - b.get(x, 0.0)) ** 2 for x in labels))
    if kind == "js":
        total = 0.0
        for x in labels:
            p, q = a.get(x, 0.0), b.get(x, 0.0)
            m = (p + q) / 2
            total += (p * math.log2(p / m) if p > 0 else 0.0) + (q * math.log2(q / m) if q > 0 else 0.0)
        return max(0.0, total / 2)
    raise ValueError(f"unknown distance {kind!r}")


def hazard(base: Mapping[Label, float], others: Sequence[tuple[float, Mapping[Label, float]]], tau: float,
           kind: str = "tv") -> float:
    """``sum_{w != w*} p(w) 1[d(o_{t,w*}, o_{t,w}) >= tau]``: the probability mass at ``t`` of
    tokens whose rollouts end differently from the base token's (``p`` as the model gives
    it, not renormalised: tokens below ``min_prob`` count as not forking)."""
    return min(1.0, sum(p for p, o in others if distance(base, o, kind) >= tau))


def survival(hazards: Sequence[float | None]) -> list[float | None]:
    """``S_t = prod_{s <= t} (1 - hazard_s)``; a position without a hazard (not analysed)
    keeps the survival before it and gets ``None`` itself."""
    out: list[float | None] = []
    alive = 1.0
    for h in hazards:
        if h is None:
            out.append(None)
            continue
        alive *= 1.0 - h
        out.append(alive)
    return out
