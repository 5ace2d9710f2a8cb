"""Change points of the outcome distribution along the path: where o_t departs from o_{t-1}.

The paper runs Bayesian change-point detection (BEAST) on the drift. We use ``ruptures``'
PELT with a least-squares (``l2``) cost on the series of o_t vectors (one dimension per
outcome label), because it is exact for that cost, deterministic (the same trace gives the
same change points, which a file format needs), fast, and ships wheels for every platform;
``rbeast`` is an MCMC sampler whose answer varies with its seed. Detecting on o_t rather
than on the drift ``y_t = d(o_0, o_t)`` avoids carrying o_0's own sampling noise into every
value. The penalty is reported, so a reader can rerun it.

The penalty is ``sigma^2 * max(2 log n, MIN_Z2)``: BIC's ``2 sigma^2 log n`` for a mean shift,
but never below what a single position ``sqrt(MIN_Z2)`` (3.5) standard deviations off would
explain, with sigma^2 the sampling variance of an o_t estimate as the rollouts give it (per
label, the variance of a mixture of S-sample proportions from Jeffreys-smoothed counts,
summed over labels; the largest over positions). It is known from S, so a flat path of noisy
estimates has no change point, while a real jump stands out.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

MIN_Z2 = 12.0


@dataclass
class ChangePoints:
    """Detected change points and how.

    Args:
        positions: Positions t where a new segment of o_t begins.
        penalty: The PELT penalty used.
        method: A description of the detector, for the trace.
    """

    positions: list[int]
    penalty: float
    method: dict[str, Any]

    def describe(self) -> dict[str, Any]:
        return {**self.method, "penalty": round(self.penalty, 6)}


def change_points(positions: Sequence[int], distributions: Sequence[dict[Any, float]],
                  variances: Sequence[float]) -> ChangePoints:
    """Change points of the o_t series.

    Args:
        positions: The position t of each distribution (analysed positions, in order).
        distributions: o_t at those positions (label -> probability).
        variances: The sampling variance of each o_t estimate, summed over labels.
    """
    method = {"library": "ruptures", "algorithm": "Pelt", "cost": "l2", "min_size": 1, "series": "o_t"}
    n = len(distributions)
    if n < 2:
        return ChangePoints([], 0.0, method)
    labels = list(dict.fromkeys(label for d in distributions for label in d))
    signal = np.array([[d.get(label, 0.0) for label in labels] for d in distributions], dtype=float)
    penalty = max(variances) * max(2 * math.log(n), MIN_Z2)
    import ruptures

    ends = ruptures.Pelt(model="l2", min_size=1, jump=1).fit(signal).predict(pen=penalty)
    return ChangePoints([int(positions[i]) for i in ends[:-1]], penalty, method)


def sampling_variance(parts: Sequence[tuple[float, dict[Any, int]]]) -> float:
    """The variance of an o_t estimate summed over labels: ``sum_l sum_w p~_w^2 q(1-q)/S_w``
    with ``q`` the Jeffreys-smoothed share of label ``l`` among w's ``S_w`` rollouts and ``p~``
    renormalised over the alternatives."""
    total = sum(p for p, _ in parts)
    labels = {label for _, counts in parts for label in counts}
    out = 0.0
    for p, counts in parts:
        n = sum(counts.values())
        if n == 0:
            continue
        for label in labels:
            q = (counts.get(label, 0) + 0.5) / (n + 0.5 * len(labels))
            out += (p / total) ** 2 * q * (1 - q) / n
    return out
