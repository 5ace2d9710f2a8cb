"""``divergences_many`` and ``divergence_arrays`` (every case's cells at once, in NumPy, the closest
completion's ratios included) against ``divergences`` (one case, term by term in Python, ratios by
bisection) on thousands of random cases: tails, bounds on either side, zero probabilities and
caps, identical distributions, disjoint top-k, the whole vocabulary, split ratios, a case with
thousands of unknown cells among small ones, cells in any order."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracegen.comparison.divergence import METRICS, REST_FLOOR, Partial, _Cells, divergences
from tracegen.comparison.divergence_batch import CellArrays, divergence_arrays, divergences_many


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
    lows, highs, unknown = divergence_arrays(CellArrays.of([]))
    assert lows.shape == highs.shape == (0, len(METRICS)) and unknown.shape == (0,)


# --- divergence_arrays: hypothesis batches ------------------------------------------------------

#: Log-probabilities with the edges: a probability that underflows to 0 (a zero cap when it is the
#: last of a top-k) or to a subnormal float (a breakpoint ``cap / p`` that overflows), one of
#: almost 1, ties.
_LOGPROBS = st.one_of(st.floats(-14.0, 0.0), st.sampled_from([-800.0, -745.0, -700.0, -1e-6, 0.0, -0.5, -30.0]))


@st.composite
def _sides(draw: st.DrawFn) -> tuple[Partial, Partial, bool]:
    """One case as traces make them: each side's top-k (its most likely tokens), a few more
    tokens it knows (children, ``source_top``), on a shared token pool so that each side may
    or may not know the other's tokens."""
    size = draw(st.integers(1, 10))
    kind = draw(st.sampled_from(["random", "identical", "floor", "disjoint", "huge"]))
    sides = []
    for side in range(2):
        if side == 1 and kind == "identical":
            lps = sides[0][1]
        else:
            lps = draw(st.lists(_LOGPROBS, min_size=size, max_size=size))
        if kind == "floor":  # a top-k adding up to about 1 or more: the rest at REST_FLOOR
            total = sum(math.exp(lp) for lp in lps) or 1.0
            lps = [lp - math.log(total) + 1e-6 for lp in lps]
        offset = size if kind == "disjoint" and side == 1 else 0
        order = sorted(range(size), key=lambda t: (-lps[t], t))
        k = draw(st.integers(1, size))
        extra = draw(st.lists(st.sampled_from(range(size)), max_size=3))
        top = [(t + offset, lps[t]) for t in order[:k]]
        sides.append((Partial.of(top, {t + offset: lps[t] for t in extra}), lps))
    a, b = sides[0][0], sides[1][0]
    if kind == "huge":  # one side knows thousands of tokens the other does not
        rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
        many = int(rng.integers(500, 3000))
        probs = rng.dirichlet([0.3] * many) * float(rng.uniform(0.01, 1.0))
        known = {1000 + i: math.log(v) if v > 0 else -800.0 for i, v in enumerate(probs)}
        top = sorted(b.probs.items(), key=lambda item: -item[1])[:1]
        big = Partial.of([(t, math.log(v) if v > 0 else -800.0) for t, v in top], known)
        a, b = (big, a) if draw(st.booleans()) else (a, big)
    return a, b, draw(st.booleans())


def _shuffled(cells: CellArrays, rng: np.random.Generator) -> CellArrays:
    """The same cells, each kind in a random order (a case's cells no longer together)."""
    both, only_b, only_a = (rng.permutation(len(x)) for x in (cells.p, cells.q_a, cells.p_b))
    return CellArrays(p=cells.p[both], q=cells.q[both], in_both=cells.in_both[both],
                      q_a=cells.q_a[only_b], in_a=cells.in_a[only_b], p_b=cells.p_b[only_a], in_b=cells.in_b[only_a],
                      cap_a=cells.cap_a, cap_b=cells.cap_b, rest_a=cells.rest_a, rest_b=cells.rest_b,
                      whole=cells.whole)


def _near(value: float, reference: float) -> bool:
    """Equal to float rounding (relative 1e-9), infinities exactly."""
    if math.isinf(reference) or math.isinf(value):
        return value == reference
    return abs(value - reference) <= 1e-9 * abs(reference) + 1e-14


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(cases=st.lists(_sides(), min_size=1, max_size=25), seed=st.integers(0, 2**32 - 1))
def test_arrays_equal_the_one_case_computation(cases, seed):
    cells = _shuffled(CellArrays.of(cases), np.random.default_rng(seed))
    lows, highs, unknown = divergence_arrays(cells)
    assert lows.shape == highs.shape == (len(cases), len(METRICS)) and unknown.shape == (len(cases),)
    for i, (a, b, whole) in enumerate(cases):
        reference = divergences(a, b, whole_vocabulary=whole)
        assert unknown[i] == _Cells.of(a, b, whole).unknown
        for j, metric in enumerate(METRICS):
            want = reference[metric]
            assert _near(lows[i, j], want.lo) and _near(highs[i, j], want.hi), (i, metric, lows[i, j], highs[i, j], want)
        if not unknown[i]:
            assert (lows[i] == highs[i]).all()


def test_every_kind_of_ratio_is_met():
    """The random batches of ``test_every_figure_equals_the_one_case_computation`` reach every
    branch of the ratios: no unknown cell, each side's budget binding or not, split ratios."""
    rng = np.random.default_rng(19)
    cases = [_case(rng) for _ in range(2000)]
    kinds = set()
    for a, b, whole in cases:
        cells = _Cells.of(a, b, whole)
        if not cells.unknown:
            kinds.add("exact")
            continue
        kinds.add("split" if cells.ratios()[2] else "one ratio")
        kinds.add("a binds" if len(cells.q_a) * cells.cap_a > cells.rest_a else "a free")
        kinds.add("b binds" if len(cells.p_b) * cells.cap_b > cells.rest_b else "b free")
    assert kinds == {"exact", "split", "one ratio", "a binds", "a free", "b binds", "b free"}


def test_a_case_with_many_unknown_cells_among_small_ones():
    """One distribution with 20,000 tokens the other side does not know, in a batch of small
    ones: its ratios found from its sorted breakpoints like any other case's."""
    rng = np.random.default_rng(7)
    probs = rng.dirichlet([0.5] * 20000) * 0.9
    big = Partial.of([(0, math.log(0.05))], {1 + i: math.log(v) for i, v in enumerate(probs)})
    small = Partial.of([(0, math.log(0.06)), (1, math.log(0.5))], {})
    cases = [_case(rng) for _ in range(50)] + [(small, big, False), (big, small, False)] + [_case(rng) for _ in range(50)]
    lows, highs, _ = divergence_arrays(_shuffled(CellArrays.of(cases), rng))
    for i, (a, b, whole) in enumerate(cases):
        reference = divergences(a, b, whole_vocabulary=whole)
        for j, metric in enumerate(METRICS):
            assert _near(lows[i, j], reference[metric].lo) and _near(highs[i, j], reference[metric].hi)


def test_a_tiny_probability_beside_others_and_on_its_own():
    """Found by hypothesis: a B-side breakpoint of 5e-324 / 1e-5 next to a case whose cells add
    up to 1 (a running sum over the batch lost it, and the case got another's ratio), and a
    piece whose equation has no root at all in floats (the one-case code divided by 0)."""
    floor = Partial(probs={0: 1.0}, cap=1e-05, rest=1e-05)
    ones = Partial(probs={t: 1.0 for t in range(7)} | {7: 5e-324}, cap=5e-324, rest=1e-05)
    other = Partial(probs={0: math.exp(-1.0), 1: 1.0, 2: 1.0, 3: 1.0, 4: 1.0, 5: 1.0}, cap=1e-05, rest=1e-05)
    tiny = Partial(probs={1: 5e-324, 3: 0.00033220256983774326, 0: 1.0, 2: 1.0, 4: 1.0}, cap=1e-05, rest=1e-05)
    three = Partial(probs={0: 1.0, 2: 1.0, 4: 1.0}, cap=1e-05, rest=1e-05)
    cases = [(floor, Partial(probs={1: 1.0}, cap=1e-05, rest=1e-05), False), (ones, other, True),
             (tiny, three, False), (floor, floor, False)]
    lows, highs, unknown = divergence_arrays(CellArrays.of(cases))
    assert unknown.tolist() == [True, True, True, False]
    for i, (a, b, whole) in enumerate(cases):
        reference = divergences(a, b, whole_vocabulary=whole)
        for j, metric in enumerate(METRICS):
            assert _near(lows[i, j], reference[metric].lo) and _near(highs[i, j], reference[metric].hi)
