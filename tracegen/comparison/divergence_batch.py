"""Divergences of many distributions at once: ``divergences`` (``divergence.py``, the reference,
one case in plain floats) for every case of a comparison, in NumPy over flat arrays of cells.

A comparison of a 200,000-node path has 200,000 distributions and millions of cells; case by
case in Python they were most of its time. Here every case's closest completion is found
together (its breakpoints sorted per case, one bisection for all cases, each step evaluating
only the cases still searching), then every cell's terms are summed for both ends of every
case. ``tests/test_divergence_many.py`` holds the figures equal to ``divergences`` case by case.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .divergence import LIMITS, METRICS, Bounds, Partial


def divergences_many(cases: Sequence[tuple[Partial, Partial, bool]]) -> list[dict[str, Bounds]]:
    """``divergences(a, b, whole_vocabulary=whole)`` of each ``(a, b, whole)`` in ``cases``, in order.

    The same figures (to float rounding) at a fraction of the cost: ``divergence_arrays``
    finds every case's closest completion and sums every cell's terms, for both ends of every
    case, at once with NumPy over the cells of all cases (a comparison of a 200,000-node path
    has millions of cells; case by case in Python they were most of its time).
    """
    return [{m: Bounds(lo, hi) for m, lo, hi in zip(METRICS, lows, highs, strict=True)}
            for lows, highs in divergence_ends(cases)]


def divergence_ends(cases: Sequence[tuple[Partial, Partial, bool]]) -> list[tuple[list[float], list[float]]]:
    """``divergences_many`` as plain floats: per case, ``METRICS``' lower ends and upper ends
    (``math.inf``: unbounded), equal where exact; no ``Bounds`` made (a comparison of a
    200,000-node path would make 1.6 million)."""
    if not cases:
        return []
    lows, highs, _ = divergence_arrays(CellArrays.of(cases))
    return list(zip(lows.tolist(), highs.tolist(), strict=True))


@dataclass(frozen=True)
class CellArrays:
    """The cells of ``n`` cases as flat arrays: each kind of cell with the case it belongs to
    (``intp`` indices in ``range(n)``, in any order; a case's cells need not be contiguous),
    and each case's caps, unassigned masses and whether its union is the whole vocabulary.

    Args:
        p: A's probabilities of the cells both sides know.
        q: B's probabilities of the same cells.
        in_both: The case of each of those cells.
        q_a: B's probabilities of the cells only B knows (A's are unknown, in ``[0, cap_a]``).
        in_a: The case of each of those cells.
        p_b: A's probabilities of the cells only A knows (B's are unknown, in ``[0, cap_b]``).
        in_b: The case of each of those cells.
        cap_a: Per case, ``Partial.cap`` of A (shape ``(n,)``).
        cap_b: Per case, B's.
        rest_a: Per case, ``Partial.rest`` of A.
        rest_b: Per case, B's.
        whole: Per case (bool), the union holds the whole vocabulary (``divergences``'
            ``whole_vocabulary``).
    """

    p: np.ndarray
    q: np.ndarray
    in_both: np.ndarray
    q_a: np.ndarray
    in_a: np.ndarray
    p_b: np.ndarray
    in_b: np.ndarray
    cap_a: np.ndarray
    cap_b: np.ndarray
    rest_a: np.ndarray
    rest_b: np.ndarray
    whole: np.ndarray

    @classmethod
    def of(cls, cases: Sequence[tuple[Partial, Partial, bool]]) -> CellArrays:
        """The cells of ``(a, b, whole)`` cases, as ``divergences(a, b, whole_vocabulary=whole)``
        splits them (``_Cells.of``, in its order; without a ``_Cells`` per case, which cost
        six times as much)."""
        p: list[float] = []
        q: list[float] = []
        q_a: list[float] = []
        p_b: list[float] = []
        counts: list[tuple[int, int, int]] = []
        scalars: list[tuple[float, float, float, float, bool]] = []
        for a, b, whole in cases:
            probs_a, probs_b = a.probs, b.probs
            had = len(p), len(q_a), len(p_b)
            for t, v in probs_a.items():
                w = probs_b.get(t)
                if w is None:
                    p_b.append(v)
                else:
                    p.append(v)
                    q.append(w)
            q_a += [v for t, v in probs_b.items() if t not in probs_a]
            counts.append((len(p) - had[0], len(q_a) - had[1], len(p_b) - had[2]))
            scalars.append((a.cap, b.cap, a.rest, b.rest, whole))
        n = len(cases)
        case = np.arange(n)
        in_both, in_a, in_b = (np.repeat(case, column) for column in np.asarray(counts, dtype=np.intp).reshape(n, 3).T)
        cap_a, cap_b, rest_a, rest_b, whole = np.asarray(scalars, dtype=float).reshape(n, 5).T
        return cls(p=np.asarray(p, dtype=float), q=np.asarray(q, dtype=float), in_both=in_both,
                   q_a=np.asarray(q_a, dtype=float), in_a=in_a, p_b=np.asarray(p_b, dtype=float), in_b=in_b,
                   cap_a=cap_a, cap_b=cap_b, rest_a=rest_a, rest_b=rest_b, whole=whole.astype(bool))

    def __len__(self) -> int:
        return len(self.cap_a)


def divergence_arrays(cells: CellArrays) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``divergence_ends`` of every case of ``cells`` at once, as arrays.

    Returns:
        ``(lows, highs, unknown)``: each case's ``METRICS`` lower ends and upper ends, shape
        ``(n, 4)`` (``highs`` equal to ``lows`` where exact, ``math.inf`` where unbounded,
        within ``LIMITS`` and at least ``lows``), and whether they are bounds, shape ``(n,)``.
        The figures of ``divergences`` case by case, to float rounding.
    """
    n = len(cells)
    m_a = np.bincount(cells.in_a, minlength=n)
    m_b = np.bincount(cells.in_b, minlength=n)
    unknown = (m_a > 0) | (m_b > 0)
    rho_a, rho_b, split = _Ratios(cells, m_a, m_b).closest(unknown)
    lows, highs = _ends(cells, m_a, m_b, rho_a, rho_b, split & unknown, unknown)
    limits = np.array([LIMITS[m] for m in METRICS])
    highs = np.where(unknown[:, None], np.maximum(lows, np.minimum(highs, limits)), lows)
    return lows, highs, unknown


def _ends(cells: CellArrays, m_a: np.ndarray, m_b: np.ndarray, rho_a: np.ndarray, rho_b: np.ndarray,
          split: np.ndarray, unknown: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per case, each ``METRICS`` figure's lower end (the closest completion's at ratios
    ``rho_a``/``rho_b``, or the exact figure) and upper end (every cell at its own worst;
    meaningless where exact), each ``(n, 4)``: every cell's terms at once, summed per case."""
    n = len(cells)
    cap_a, cap_b, rest_a, rest_b, whole = cells.cap_a, cells.cap_b, cells.rest_a, cells.rest_b, cells.whole
    in_a, in_b, q_a, p_b = cells.in_a, cells.in_b, cells.q_a, cells.p_b

    def total(terms: np.ndarray, where: np.ndarray) -> np.ndarray:
        return np.stack([np.bincount(where, weights=row, minlength=n) for row in terms])

    both = total(_terms_array(cells.p, cells.q), cells.in_both)
    # the lower end: the closest completion (fill_a, fill_b), or the exact cells
    fill_a = _fill_a(rho_a[in_a], q_a, cap_a[in_a])
    fill_b = _fill_b(rho_b[in_b], p_b, cap_b[in_b])
    left_a = _masses(rest_a - np.bincount(in_a, weights=fill_a, minlength=n))
    left_b = _masses(rest_b - np.bincount(in_b, weights=fill_b, minlength=n))
    rest_p = np.where(whole | split, 0.0, np.where(unknown, left_a, rest_a))
    rest_q = np.where(whole | split, 0.0, np.where(unknown, left_b, rest_b))
    lows = both + total(_terms_array(fill_a, q_a), in_a) + total(_terms_array(p_b, fill_b), in_b) \
        + _terms_array(rest_p, rest_q)
    # the upper end: every cell at the end of its interval where its term is largest
    worst_a = np.maximum(_terms_array(np.zeros_like(q_a), q_a), _terms_array(cap_a[in_a], q_a))
    worst_b = np.maximum(_terms_array(p_b, np.zeros_like(p_b)), _terms_array(p_b, cap_b[in_b]))
    ps = (np.maximum(0.0, rest_a - m_a * cap_a), rest_a)
    qs = (np.maximum(0.0, rest_b - m_b * cap_b), rest_b)
    worst_rest = np.maximum.reduce([_terms_array(x, y) for x in ps for y in qs])
    highs = both + total(worst_a, in_a) + total(worst_b, in_b) + np.where(whole, 0.0, worst_rest)
    return lows.T, highs.T


def _fill_a(rho: np.ndarray, q_a: np.ndarray, cap: np.ndarray) -> np.ndarray:
    """``_Cells.fill_a`` per cell: ``min(cap, rho q)``."""
    return np.minimum(cap, _times_array(rho, q_a))


def _fill_b(rho: np.ndarray, p_b: np.ndarray, cap: np.ndarray) -> np.ndarray:
    """``_Cells.fill_b`` per cell: ``min(cap, p / rho)``."""
    return np.minimum(cap, _over_array(p_b, rho))


def _times_array(rho: np.ndarray, value: np.ndarray) -> np.ndarray:
    """``_times`` of each pair: ``rho * value`` with ``inf * 0 = 0``."""
    with np.errstate(invalid="ignore", over="ignore"):
        return np.where((rho != 0) & (value > 0), rho * value, 0.0)


def _over_array(value: np.ndarray, rho: np.ndarray) -> np.ndarray:
    """``_over`` of each pair: ``value / rho`` with ``x / 0 = inf`` for ``x > 0`` and ``0 / 0 = 0``."""
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        return np.where(rho == 0, np.where(value > 0, math.inf, 0.0), value / np.where(rho == 0, 1.0, rho))


def _masses(values: np.ndarray) -> np.ndarray:
    """``_mass`` of each value."""
    return np.where(values > 1e-12, values, 0.0)


class _Ratios:
    """``_Cells.ratios`` of many cases at once: the closest completion's likelihood ratios.

    Each ratio is the root of a decreasing function of ``rho`` whose pieces end at the cells'
    breakpoints (``_Cells._breaks``). Every case's breakpoints are sorted once, all cases
    together, and ``_root``'s bisection over them runs for every case at once: each step
    evaluates the function of every case still searching, over that case's cells only, so
    m cells cost O(m log m) however they are shared among cases (one case may hold 100,000
    among thousands of small ones). The piece found is solved in closed form as
    ``_Cells._piece`` does.

    (Evaluating every breakpoint by running sums over the sorted cells instead would cost one
    pass, but a running sum carries one case's float rounding into the next: next to a case
    whose probabilities add up to 1, a case's 1e-300 is lost.)
    """

    def __init__(self, cells: CellArrays, m_a: np.ndarray, m_b: np.ndarray) -> None:
        self.cells, self.m_a, self.m_b = cells, m_a, m_b
        # A's cell u reaches its cap at rho = cap_a / q_u and stays there; B's is capped up to p_u / cap_b
        has_a = cells.q_a > 0
        cap_b = cells.cap_b[cells.in_b]
        has_b = cap_b > 0
        with np.errstate(over="ignore"):
            at = np.concatenate([cells.cap_a[cells.in_a[has_a]] / cells.q_a[has_a], cells.p_b[has_b] / cap_b[has_b]])
        case = np.concatenate([cells.in_a[has_a], cells.in_b[has_b]])
        order = np.lexsort((at, case))
        self.at, self.case = at[order], case[order]

    def closest(self, unknown: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``rho_a``, ``rho_b`` and ``split`` of each case, as ``_Cells.ratios`` (0, 0, False
        where ``unknown`` is False: a case without unknown cells has no completion)."""
        cells, n = self.cells, len(self.cells)
        zeros, infinite = np.zeros(n), np.full(n, math.inf)
        need_a = unknown & (self.m_a * cells.cap_a > cells.rest_a)
        need_b = unknown & (self.m_b * cells.cap_b > cells.rest_b)
        hi = np.where(need_a, self._root("a", need_a, zeros, infinite), math.inf)
        lo = np.where(need_b, self._root("b", need_b, zeros, infinite), 0.0)
        split = unknown & (cells.whole | (lo > hi))
        need = unknown & ~split
        rho = np.where(need, self._root("h", need, np.where(need, lo, 0.0), np.where(need, hi, 0.0)), 0.0)
        return np.where(split, hi, rho), np.where(split, lo, rho), split

    def _root(self, equation: str, need: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
        """``_root`` of each case's ``equation`` (decreasing) in ``[lo, hi]``: where it crosses 0,
        or an end if it does not; computed where ``need``."""
        n = len(self.cells)
        every = _Subset.of(self.cells, np.ones(n, dtype=bool))
        f_lo, f_hi = every.value(equation, lo), every.value(equation, hi)
        root = np.where(f_lo <= 0, lo, hi)
        search = need & (f_lo > 0) & (f_hi < 0)
        if not search.any():
            return root
        # each searching case's points: lo, its breakpoints strictly inside (a run of the sorted ones), hi
        at, case = self.at, self.case
        inside = np.flatnonzero(search[case] & (at > lo[case]) & (at < hi[case]))
        count = np.bincount(case[inside], minlength=n)
        first = np.zeros(n, dtype=np.intp)
        starts = np.r_[True, case[inside][1:] != case[inside][:-1]] if len(inside) else np.zeros(0, dtype=bool)
        first[case[inside][starts]] = inside[starts]

        def point(index: np.ndarray) -> np.ndarray:  # point ``index`` of each case
            breakpoint_ = at[np.clip(first + index - 1, 0, max(len(at) - 1, 0))] if len(at) else lo
            return np.where(index == 0, lo, np.where(index > count, hi, breakpoint_))

        # bisection: value(point(left)) > 0 >= value(point(right))
        left, right, at_right = np.zeros(n, dtype=np.intp), count + 1, f_hi.copy()
        active = search & (right - left > 1)
        subset = every
        while active.any():
            subset = subset.within(active)
            middle = (left + right) // 2
            value = subset.value(equation, point(middle))
            above = active & (value > 0)
            below = active & ~(value > 0)
            left = np.where(above, middle, left)
            right = np.where(below, middle, right)
            at_right = np.where(below, value, at_right)
            active &= right - left > 1
        x0, x1 = point(left), point(right)
        with np.errstate(over="ignore", invalid="ignore"):
            middle_rho = np.where(x0 == 0, x1 / 2, np.where(np.isinf(x1), 2 * x0, np.sqrt(x0 * x1)))
        solved = every.within(search).piece(equation, middle_rho)
        solved = np.where(np.isnan(solved), x1, np.minimum(np.maximum(solved, x0), x1))
        return np.where(search, np.where(at_right == 0, x1, solved), root)


@dataclass(frozen=True)
class _Subset:
    """The unknown cells of some cases (``cases``, a mask over all), to evaluate those cases'
    functions of ``rho`` without touching the others' cells."""

    cells: CellArrays
    cases: np.ndarray
    only_b: np.ndarray  # indices into q_a / in_a
    only_a: np.ndarray  # indices into p_b / in_b

    @classmethod
    def of(cls, cells: CellArrays, cases: np.ndarray) -> _Subset:
        return cls(cells, cases, np.flatnonzero(cases[cells.in_a]), np.flatnonzero(cases[cells.in_b]))

    def within(self, cases: np.ndarray) -> _Subset:
        """The cells of the cases of ``cases`` (a mask, within this subset's)."""
        cells = self.cells
        return _Subset(cells, cases, self.only_b[cases[cells.in_a[self.only_b]]],
                       self.only_a[cases[cells.in_b[self.only_a]]])

    def _parts(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        cells = self.cells
        return (cells.in_a[self.only_b], cells.q_a[self.only_b], cells.in_b[self.only_a], cells.p_b[self.only_a])

    def value(self, equation: str, rho: np.ndarray) -> np.ndarray:
        """Each case's ``equation`` at its ``rho`` (its cells' fills summed): ``_Cells``'
        ``rest_a - mass_a`` (``a``), ``mass_b - rest_b`` (``b``) or ``_balance`` (``h``)."""
        cells, n = self.cells, len(self.cells)
        in_a, q_a, in_b, p_b = self._parts()
        mass_a = np.bincount(in_a, _fill_a(rho[in_a], q_a, cells.cap_a[in_a]), n)
        mass_b = np.bincount(in_b, _fill_b(rho[in_b], p_b, cells.cap_b[in_b]), n)
        if equation == "a":
            return cells.rest_a - mass_a
        if equation == "b":
            return mass_b - cells.rest_b
        left_b = cells.rest_b - mass_b
        with np.errstate(invalid="ignore"):
            return cells.rest_a - mass_a - np.where(left_b == 0, 0.0, rho * left_b)

    def piece(self, equation: str, rho: np.ndarray) -> np.ndarray:
        """``_Cells._piece`` of each case: the root of ``equation`` on the piece holding its ``rho``."""
        cells, n = self.cells, len(self.cells)
        in_a, q_a, in_b, p_b = self._parts()
        capped_a = _times_array(rho[in_a], q_a) >= cells.cap_a[in_a]
        capped_b = _over_array(p_b, rho[in_b]) >= cells.cap_b[in_b]
        c_a = cells.cap_a * np.bincount(in_a, capped_a, n)
        s_a = np.bincount(in_a, np.where(capped_a, 0.0, q_a), n)
        c_b = cells.cap_b * np.bincount(in_b, capped_b, n)
        s_b = np.bincount(in_b, np.where(capped_b, 0.0, p_b), n)
        if equation == "a":  # rest_a = C_a + rho S_a
            return _quotients(cells.rest_a - c_a, s_a)
        if equation == "b":  # rest_b = C_b + S_b / rho
            return _quotients(s_b, cells.rest_b - c_b)
        return _quotients(cells.rest_a - c_a + s_b, s_a + cells.rest_b - c_b)  # P = rho Q


def _quotients(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """``_quotient`` of each pair."""
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        return np.where(y == 0, np.where(x == 0, math.nan, np.copysign(math.inf, x)), x / y)


def _terms_array(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """``_all_terms`` of every cell at once: a ``(4, cells)`` array, rows in ``METRICS`` order."""
    with np.errstate(divide="ignore", invalid="ignore"):
        log_x = np.where(x > 0, np.log(np.where(x > 0, x, 1.0)), 0.0)
        log_y = np.where(y > 0, np.log(np.where(y > 0, y, 1.0)), 0.0)
        m = (x + y) / 2
        log_m = np.where(m > 0, np.log(np.where(m > 0, m, 1.0)), 0.0)
        kl_ab = np.where(x <= 0, 0.0, np.where(y > 0, x * (log_x - log_y), math.inf))
        kl_ba = np.where(y <= 0, 0.0, np.where(x > 0, y * (log_y - log_x), math.inf))
        js = 0.5 * (np.where(x <= 0, 0.0, x * (log_x - log_m)) + np.where(y <= 0, 0.0, y * (log_y - log_m)))
    return np.stack([kl_ab, kl_ba, js, 0.5 * np.abs(x - y)])
