"""Divergences between two next-token distributions that traces record only in part.

A trace knows a node's distribution on a few tokens (its top-k, the chosen tokens of the
node's children, a rescoring's ``source_top``); every other token has at most the smallest
top-k probability, and together they hold what is left. Figures are computed on the union
U of the tokens either side knows, plus one cell for everything else:

    D(A‖B) = sum over u in U of f-term(p_u, q_u) + f-term(1 - p(U), 1 - q(U))

When both sides know every token of U, that is exact (and a lower bound of the divergence
over the whole vocabulary, by the data-processing inequality). When one side does not know
a token of U, the figure is an interval over every completion consistent with what is
known: the lower end is attained by the *closest completion* (one completion minimises every
f-divergence at once, found in closed form between breakpoints), the upper end is a valid
bound from each cell's own extremes. The derivation is in ``docs/compare.md``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

#: The figures computed per node: KL(A‖B), KL(B‖A), Jensen-Shannon and total variation, in nats.
METRICS = ("kl_ab", "kl_ba", "js", "tv")
#: The largest value each can take (KL is unbounded).
LIMITS = {"kl_ab": math.inf, "kl_ba": math.inf, "js": math.log(2), "tv": 1.0}
#: The least unassigned mass a recorded top-k leaves. Traces store log-probabilities to 5
#: decimals, so a top-k whose probabilities add up to 1 or more still leaves up to about
#: 1e-5 to the other tokens; taking it as 0 would make every token outside that top-k
#: impossible and KL infinite.
REST_FLOOR = 1e-5


@dataclass(frozen=True)
class Partial:
    """What a trace knows of one next-token distribution.

    Args:
        probs: Probability of each token the trace records at the node.
        cap: The most any other token can have (``<= rest``).
        rest: The mass not on ``probs``' tokens, ``1 - sum(probs)`` (at least ``REST_FLOOR``).
    """

    probs: Mapping[int, float]
    cap: float
    rest: float

    @classmethod
    def of(cls, top: list[tuple[int, float]], known: Mapping[int, float]) -> Partial:
        """From a recorded ``top`` (``[(id, logprob)]``, most likely first, not empty) and further
        tokens' log-probabilities ``known`` (children's chosen tokens, ``source_top``).

        Every token outside ``top`` is at most as likely as its last entry: a top-k lists the
        most likely tokens.
        """
        probs = {t: math.exp(lp) for t, lp in known.items()}
        probs.update((t, math.exp(lp)) for t, lp in top)
        rest = max(REST_FLOOR, 1.0 - sum(probs.values()))
        return cls(probs=probs, cap=min(math.exp(min(lp for _, lp in top)), rest), rest=rest)


@dataclass(frozen=True)
class Bounds:
    """A figure as an interval: ``lo == hi`` when exact, ``hi`` is ``math.inf`` when unbounded."""

    lo: float
    hi: float

    @property
    def exact(self) -> bool:
        return self.lo == self.hi


def divergences(a: Partial, b: Partial, *, whole_vocabulary: bool = False) -> dict[str, Bounds]:
    """``METRICS`` between distributions A and B on the union of the tokens either knows.

    Args:
        a: What trace A knows of the distribution.
        b: What trace B knows of it.
        whole_vocabulary: The union holds every token of the vocabulary, so the cell for
            everything else is empty (a top-k as large as the vocabulary).

    Returns:
        ``{metric: Bounds}``; exact when both sides know every token of the union.
    """
    cells = _Cells.of(a, b, whole_vocabulary)
    if not cells.unknown:
        p, q = cells.exact()
        return {m: Bounds(total, total) for m, total in zip(METRICS, _sums(p, q), strict=True)}
    p, q = cells.closest()
    out = {}
    for metric, lo, hi in zip(METRICS, _sums(p, q), cells.upper_all(), strict=True):
        hi = min(hi, LIMITS[metric])
        out[metric] = Bounds(lo, max(lo, hi))
    return out


def delta_ends(lp_a: float | None, cap_a: float | None, lp_b: float | None,
               cap_b: float | None) -> tuple[float, float] | None:
    """``logprob_B - logprob_A`` of one token, or its bounds when one side did not record it, as
    ``(lo, hi)`` (plain floats, not ``Bounds``: a comparison computes one per step).

    Args:
        lp_a: The token's logprob in A, ``None`` when A does not know it.
        cap_a: The most A's unrecorded tokens can have (``None``: A has no distribution there).
        lp_b: As ``lp_a``, for B.
        cap_b: As ``cap_a``, for B.

    Returns:
        ``lo == hi`` when both are known; with one unknown, ``-inf`` or ``inf`` on the side
        its probability can approach 0; ``None`` when nothing bounds it.
    """
    if lp_a is not None and lp_b is not None:
        return lp_b - lp_a, lp_b - lp_a
    if lp_a is not None and cap_b is not None:
        return -math.inf, _log(cap_b) - lp_a
    if lp_b is not None and cap_a is not None:
        return lp_b - _log(cap_a), math.inf
    return None


def _log(x: float) -> float:
    return math.log(x) if x > 0 else -math.inf


# Each figure is a sum over cells of one jointly convex term f(p, q) (an f-divergence):
#   kl_ab: p log(p / q), kl_ba: q log(q / p) (0 where the first is 0, inf where only the
#   second is), js: (p log(p / m) + q log(q / m)) / 2 with m = (p + q) / 2, tv: |p - q| / 2.
# ``divergences`` computes one case in plain floats (NumPy's cost per call would be most of
# the time of a node that knows tens of tokens); ``divergence_batch.py``, what a comparison
# uses, sums the same terms in NumPy over the cells of thousands of cases at once, and
# ``tests/test_divergence_many.py`` holds the two equal.


def _all_terms(x: float, y: float) -> tuple[float, float, float, float]:
    """Every ``METRICS`` term of one cell (above), in one call, each logarithm taken once: a
    comparison computes millions of cells, and a call per term and cell, each taking its own
    logarithms, was most of its time."""
    log_x = math.log(x) if x > 0 else 0.0
    log_y = math.log(y) if y > 0 else 0.0
    m = (x + y) / 2
    log_m = math.log(m) if m > 0 else 0.0
    kl_ab = 0.0 if x <= 0 else (x * (log_x - log_y) if y > 0 else math.inf)
    kl_ba = 0.0 if y <= 0 else (y * (log_y - log_x) if x > 0 else math.inf)
    js = 0.5 * ((0.0 if x <= 0 else x * (log_x - log_m)) + (0.0 if y <= 0 else y * (log_y - log_m)))
    return kl_ab, kl_ba, js, 0.5 * abs(x - y)


def _sums(p: list[float], q: list[float]) -> list[float]:
    """Each ``METRICS`` term summed over the cells, in ``METRICS`` order."""
    if not p:
        return [0.0] * len(METRICS)
    return [math.fsum(column) for column in zip(*map(_all_terms, p, q), strict=True)]


@dataclass
class _Cells:
    """The union's tokens split by who knows them, and what bounds the unknowns.

    ``q_a``: B's probabilities of the tokens only B knows (A's are unknown, each in
    ``[0, cap_a]``); ``p_b``: A's probabilities of the tokens only A knows; ``p``/``q``: the
    tokens both know. ``rest_a``/``rest_b``: each side's unassigned mass.
    """

    p: list[float]
    q: list[float]
    q_a: list[float]
    p_b: list[float]
    cap_a: float
    cap_b: float
    rest_a: float
    rest_b: float
    whole: bool

    @classmethod
    def of(cls, a: Partial, b: Partial, whole: bool) -> _Cells:
        both = [t for t in a.probs if t in b.probs]
        return cls(p=[a.probs[t] for t in both], q=[b.probs[t] for t in both],
                   q_a=[v for t, v in b.probs.items() if t not in a.probs],
                   p_b=[v for t, v in a.probs.items() if t not in b.probs],
                   cap_a=a.cap, cap_b=b.cap, rest_a=a.rest, rest_b=b.rest, whole=whole)

    @property
    def unknown(self) -> bool:
        return bool(self.q_a or self.p_b)

    def exact(self) -> tuple[list[float], list[float]]:
        """Both distributions on the union plus the cell of everything else."""
        rest = (0.0, 0.0) if self.whole else (self.rest_a, self.rest_b)
        return [*self.p, rest[0]], [*self.q, rest[1]]

    # -- the lower end: the closest completion ------------------------------------------

    def fill_a(self, rho: float) -> list[float]:
        """A's unknown cells when each is ``rho`` times B's probability, capped."""
        cap = self.cap_a
        return [min(cap, _times(rho, v)) for v in self.q_a]

    def fill_b(self, rho: float) -> list[float]:
        """B's unknown cells when each is A's probability over ``rho``, capped."""
        cap = self.cap_b
        return [min(cap, _over(v, rho)) for v in self.p_b]

    def mass_a(self, rho: float) -> float:
        """What A's unknown cells hold at ``rho``."""
        return math.fsum(self.fill_a(rho))

    def mass_b(self, rho: float) -> float:
        """What B's unknown cells hold at ``rho``."""
        return math.fsum(self.fill_b(rho))

    def closest(self) -> tuple[list[float], list[float]]:
        """The completion of both distributions that minimises every f-divergence at once (``ratios``)."""
        rho_a, rho_b, split = self.ratios()
        fill_a, fill_b = self.fill_a(rho_a), self.fill_b(rho_b)
        if split:
            rest = (0.0, 0.0)
        else:
            rest = (_mass(self.rest_a - math.fsum(fill_a)), _mass(self.rest_b - math.fsum(fill_b)))
        return [*self.p, *fill_a, *self.p_b, rest[0]], [*self.q, *self.q_a, *fill_b, rest[1]]

    def ratios(self) -> tuple[float, float, bool]:
        """The closest completion's likelihood ratios ``p / q`` of A's and of B's unknown cells,
        and whether they differ (then the cell of everything else is empty on both sides).

        At the optimum every uncapped unknown cell and the cell of everything else share
        one likelihood ratio ``rho = p / q`` (the KKT conditions of an f-divergence); that
        ``rho`` solves ``P(rho) = rho * Q(rho)``, where ``P`` and ``Q`` are what is left
        for the other cell. When the budgets cannot both be met at one ratio (or there is no
        other cell), each side's unknown cells take all its unassigned mass at its own ratio.
        """
        hi = math.inf if len(self.q_a) * self.cap_a <= self.rest_a else _root(
            lambda r: self.rest_a - self.mass_a(r), self._piece, "a", 0.0, math.inf, self._breaks())
        lo = 0.0 if len(self.p_b) * self.cap_b <= self.rest_b else _root(
            lambda r: self.mass_b(r) - self.rest_b, self._piece, "b", 0.0, math.inf, self._breaks())
        if self.whole or lo > hi:
            return hi, lo, True
        rho = _root(self._balance, self._piece, "h", lo, hi, self._breaks())
        return rho, rho, False

    def _balance(self, rho: float) -> float:
        """``P(rho) - rho * Q(rho)``: decreasing in ``rho``; 0 at the closest completion."""
        left_b = self.rest_b - self.mass_b(rho)
        return self.rest_a - self.mass_a(rho) - (0.0 if left_b == 0 else rho * left_b)

    def _breaks(self) -> list[float]:
        """Where a cell reaches its cap: between them every cell is either capped or proportional."""
        out = [self.cap_a / v for v in self.q_a if v > 0]
        if self.cap_b > 0:
            out += [v / self.cap_b for v in self.p_b]
        return out

    def _piece(self, rho: float, equation: str) -> float:
        """The root of ``equation`` on the piece (between breakpoints) that holds ``rho``.

        On a piece, with ``C`` the mass of capped cells and ``S`` the probabilities of the
        proportional ones: A's cells hold ``C_a + rho S_a``, B's ``C_b + S_b / rho``.
        """
        capped_a = [_times(rho, v) >= self.cap_a for v in self.q_a]
        capped_b = [_over(v, rho) >= self.cap_b for v in self.p_b]
        c_a = self.cap_a * sum(capped_a)
        s_a = math.fsum(v for v, capped in zip(self.q_a, capped_a, strict=True) if not capped)
        c_b = self.cap_b * sum(capped_b)
        s_b = math.fsum(v for v, capped in zip(self.p_b, capped_b, strict=True) if not capped)
        if equation == "a":  # rest_a = C_a + rho S_a
            return _quotient(self.rest_a - c_a, s_a)
        if equation == "b":  # rest_b = C_b + S_b / rho
            return _quotient(s_b, self.rest_b - c_b)
        return _quotient(self.rest_a - c_a + s_b, s_a + self.rest_b - c_b)  # P = rho Q

    # -- the upper end: each cell at its own worst -------------------------------------

    def upper_all(self) -> list[float]:
        """A bound no consistent completion exceeds, for every ``METRICS`` term (in that order):
        every cell's term at its own maximum.

        A convex term is largest at an end of a cell's interval (a corner of the box for the
        cell of everything else); the cells' maxima need not be reachable together.
        """
        parts: list[tuple[float, ...] | list[float]] = [_sums(self.p, self.q)]
        cap_a, cap_b = self.cap_a, self.cap_b
        parts += [list(map(max, _all_terms(0.0, v), _all_terms(cap_a, v))) for v in self.q_a]
        parts += [list(map(max, _all_terms(v, 0.0), _all_terms(v, cap_b))) for v in self.p_b]
        if not self.whole:
            ps = (max(0.0, self.rest_a - len(self.q_a) * cap_a), self.rest_a)
            qs = (max(0.0, self.rest_b - len(self.p_b) * cap_b), self.rest_b)
            parts.append(list(map(max, *(_all_terms(x, y) for x in ps for y in qs))))
        return [math.fsum(column) for column in zip(*parts, strict=True)]


def _mass(value: float) -> float:
    """A mass left after subtracting others: float residue (below 1e-12) is 0, not a tiny
    positive mass whose ratio to a true 0 would be infinite."""
    return value if value > 1e-12 else 0.0


def _times(rho: float, value: float) -> float:
    """``rho * value`` with ``inf * 0 = 0`` (a cell with no probability stays empty)."""
    return rho * value if rho != 0 and value > 0 else 0.0


def _over(value: float, rho: float) -> float:
    """``value / rho`` with ``x / 0 = inf`` for ``x > 0`` and ``0 / 0 = 0``."""
    if rho == 0:
        return math.inf if value > 0 else 0.0
    return value / rho


def _root(fn: Callable[[float], float], piece: Callable[[float, str], float], equation: str, lo: float, hi: float,
          breaks: list[float]) -> float:
    """Where the decreasing, piecewise ``fn`` crosses 0 in ``[lo, hi]`` (an end if it does not).

    ``fn`` is bisected over the breakpoints to find the piece of the crossing (O(log m)
    evaluations of an O(m) ``fn``: evaluating it at every breakpoint made a node whose
    union has m unknown tokens cost m²), then ``piece`` solves that piece exactly.
    """
    if fn(lo) <= 0:
        return lo
    if fn(hi) >= 0:
        return hi
    points = [lo, *sorted(b for b in breaks if lo < b < hi), hi]
    left, right, at_right = 0, len(points) - 1, fn(hi)  # fn(points[left]) > 0 >= fn(points[right])
    while right - left > 1:
        middle = (left + right) // 2
        value = fn(points[middle])
        if value > 0:
            left = middle
        else:
            right, at_right = middle, value
    x0, x1 = points[left], points[right]
    if at_right == 0:
        return x1
    mid = x1 / 2 if x0 == 0 else (2 * x0 if math.isinf(x1) else math.sqrt(x0 * x1))
    root = piece(mid, equation)
    return x1 if math.isnan(root) else min(max(root, x0), x1)


def _quotient(x: float, y: float) -> float:
    """``x / y`` where ``y`` may be 0: infinite with the sign of ``x``, NaN for ``0 / 0``.

    A piece's equation has no root when float rounding put the crossing on it (a probability
    of 5e-324 beside 1e-5 adds nothing); the infinity is clipped to the piece's end, and
    ``_root`` takes NaN (the equation holds all along the piece) as its right end.
    """
    if y == 0:
        return math.nan if x == 0 else math.copysign(math.inf, x)
    return x / y
