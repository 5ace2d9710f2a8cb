"""How surprised a model was by one sequence: the metrics of a path from a run's root.

The viewer computes the same numbers in the same order (``viewer/src/model/metrics.ts``),
so a script and the page agree to the last digit they show.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class PathMetrics:
    """Sequence metrics of the tokens on a path (the prompt excluded).

    ``total_logprob`` and everything derived from it are ``None`` when some token on the
    path has no known log-probability (a partial sum would look like a better sequence),
    and the means are ``None`` for an empty path.

    Attributes:
        tokens: Number of tokens on the path.
        total_logprob: Sum of the tokens' log-probabilities (nats).
        mean_surprisal_nats: ``-total_logprob / tokens``: the mean surprisal per token.
        mean_surprisal_bits: The same in bits (divided by ln 2).
        perplexity: ``exp(mean_surprisal_nats)``, the path's perplexity.
    """

    tokens: int
    total_logprob: float | None
    mean_surprisal_nats: float | None
    mean_surprisal_bits: float | None
    perplexity: float | None

    @classmethod
    def of(cls, logprobs: Sequence[float | None]) -> PathMetrics:
        """The metrics of a path whose tokens have these log-probabilities, in path order."""
        n = len(logprobs)
        if any(lp is None for lp in logprobs):
            return cls(n, None, None, None, None)
        total = 0.0
        for lp in logprobs:  # left to right, like the viewer, so the sums are bit-identical
            total += lp  # type: ignore[operator]
        if n == 0:
            return cls(0, total, None, None, None)
        mean = -total / n
        return cls(n, total, mean, mean / math.log(2), math.exp(mean))
