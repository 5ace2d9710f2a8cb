"""``divergences_many`` (every case's cells at once, in NumPy) against ``divergences`` (one case,
term by term in Python) on thousands of random cases: tails, bounds on either side, zero
probabilities, identical distributions, disjoint top-k, the whole vocabulary."""

from __future__ import annotations

import math

import numpy as np

from tracegen.comparison.divergence import METRICS, REST_FLOOR, Partial, divergences, divergences_many


def _case(rng: np.random.Generator) -> tuple[Partial, Partial, bool]:
    kind = rng.choice(["random", "identical", "disjoint", "zeros", "tail", "whole"])
    size = int(rng.integers(2, 40))
    p = rng.dirichlet([rng.choice([0.1, 0.5, 2.0])] * size)
    q = p.copy() if kind == "identical" else rng.dirichlet([rng.choice([0.1, 0.5, 2.0])] * size)
    if kind == "zeros":  # probabilities that underflow to 0 (exp of a very negative logprob)
        p[rng.random(size) < 0.3] = 0.0
        q[rng.random(size) < 0.3] = 0.0
    sides = []
    for dist, offset in ((p, 0), (q, size if kind == "disjoint" else 0)):
        order = np.argsort(-dist, kind="stable")
        k = size if kind == "whole" else int(rng.integers(1, size + 1))
        top = [(int(t) + offset, math.log(dist[t]) if dist[t] > 0 else -800.0) for t in order[:k]]
        extra = {int(t) + offset: (math.log(dist[t]) if dist[t] > 0 else -800.0)
                 for t in rng.permutation(size)[:int(rng.integers(0, 3))]}  # sampled children, source_top
        if kind == "tail":  # a top-k whose probabilities add up to about 1: the rest floor
            top = [(t, lp + 1e-6) for t, lp in top]
        sides.append(Partial.of(top, extra))
    union = set(sides[0].probs) | set(sides[1].probs)
    return sides[0], sides[1], kind == "whole" and len(union) >= size


def _close(value: float, reference: float) -> bool:
    if math.isinf(reference) or math.isinf(value):
        return value == reference
    return abs(value - reference) <= 1e-12 * abs(reference) + 1e-15


def test_every_figure_equals_the_one_case_computation():
    rng = np.random.default_rng(19)
    cases = [_case(rng) for _ in range(5000)]
    many = divergences_many(cases)
    assert len(many) == len(cases)
    bounded = 0
    for (a, b, whole), figures in zip(cases, many, strict=True):
        reference = divergences(a, b, whole_vocabulary=whole)
        for metric in METRICS:
            got, want = figures[metric], reference[metric]
            assert _close(got.lo, want.lo) and _close(got.hi, want.hi), (metric, got, want)
            # lo == hi: exact, or a bound whose ends meet (equal only to float rounding, either way)
            assert got.exact == want.exact or _close(want.lo, want.hi), (metric, got, want)
        bounded += not reference["kl_ab"].exact
    assert 1000 < bounded < 4900  # both kinds, many of each
    assert any(a.rest == REST_FLOOR for a, _, _ in cases)


def test_no_case_is_no_figure():
    assert divergences_many([]) == []
