"""When an alternative token's outcomes differ from the base token's by more than noise.

S rollouts give a noisy histogram: two alternatives with the same true outcome distribution
still show some distance between their histograms. A token is reported as a *forking token*
only when both hold:

- its shift ``d(o_{t,w*}, o_{t,w})`` is at least ``tau`` (the survival analysis' threshold)
  beyond noise: the lower end of the shift's 95% interval (below) reaches ``tau``;
- a shift as large is unlikely under "no difference": a parametric bootstrap draws both histograms
  again from their pooled counts (the null: one distribution) ``draws`` times, and the
  p-value ``(1 + #{null shift >= observed}) / (1 + draws)``, times the number of tokens
  tested in the run (Bonferroni), is below ``alpha`` (0.05).

Each shift also carries a 95% interval: the 2.5% and 97.5% quantiles of the shift between
draws from the two histograms' Dirichlet posteriors (Jeffreys prior, 1/2 per label seen at t).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from .statistics import Label

BOOTSTRAP_DRAWS = 10_000
POSTERIOR_DRAWS = 4_000
ALPHA = 0.05


@dataclass
class Shift:
    """How far an alternative's outcomes are from the base token's, with its noise.

    Args:
        shift: The observed distance.
        low: Lower end of its 95% interval (Dirichlet posterior).
        high: Upper end.
        p_value: The bootstrap p-value of "no difference", before Bonferroni.
    """

    shift: float
    low: float
    high: float
    p_value: float


def _distances(a: np.ndarray, b: np.ndarray, kind: str) -> np.ndarray:
    """Row-wise distances between distributions ``[n, K]``."""
    if kind == "tv":
        return 0.5 * np.abs(a - b).sum(-1)
    if kind == "l2":
        return np.sqrt(((a - b) ** 2).sum(-1))
    m = (a + b) / 2
    with np.errstate(divide="ignore", invalid="ignore"):
        pa = np.where(a > 0, a * np.log2(a / m), 0.0)
        pb = np.where(b > 0, b * np.log2(b / m), 0.0)
    return np.maximum(0.0, (pa + pb).sum(-1) / 2)


def shift_of(base: Mapping[Label, int], other: Mapping[Label, int], kind: str, seed: int) -> Shift:
    """The shift of ``other``'s counts from ``base``'s, its interval and its p-value."""
    labels = list(dict.fromkeys([*base, *other]))
    a = np.array([base.get(x, 0) for x in labels], dtype=float)
    b = np.array([other.get(x, 0) for x in labels], dtype=float)
    na, nb = int(a.sum()), int(b.sum())
    observed = float(_distances((a / na)[None], (b / nb)[None], kind)[0])
    rng = np.random.default_rng(seed)
    posterior = _distances(rng.dirichlet(a + 0.5, POSTERIOR_DRAWS), rng.dirichlet(b + 0.5, POSTERIOR_DRAWS), kind)
    pooled = (a + b) / (na + nb)
    null = _distances(rng.multinomial(na, pooled, BOOTSTRAP_DRAWS) / na,
                      rng.multinomial(nb, pooled, BOOTSTRAP_DRAWS) / nb, kind)
    p_value = (1 + int((null >= observed - 1e-12).sum())) / (1 + BOOTSTRAP_DRAWS)
    low, high = np.quantile(posterior, [0.025, 0.975])
    return Shift(observed, float(low), float(high), p_value)


def is_forking(shift: Shift, tau: float, tests: int, alpha: float = ALPHA) -> bool:
    """Whether ``shift`` is a fork: its interval's lower end at least ``tau``, and significant
    after Bonferroni over ``tests``."""
    return shift.low >= tau and shift.p_value * max(1, tests) < alpha

