"""The figures of one step: a token and the distribution it was drawn from, as the viewer shows it.

One row per step, the viewer's convention (docs/trace-format.md "One step, one row"): row
``node`` is the node whose token was drawn, and its figures are those of the distribution it
was drawn from (its parent's) beside that token's Δ logprob. ``#run=R&node=N`` on the page
shows exactly that row. A distribution no recorded token was drawn from (after a leaf that was
evaluated) is a row of its own, ``"next": true``, named by the node it follows
(``#run=R&node=N&next=1`` on the page).

Each figure is a flat dict entry, ready for ``json`` and ``pandas``. Divergences come as
``<metric>`` (the value when exact, else ``None``), ``<metric>_lo`` and ``<metric>_hi``
(``None``: unbounded); a distribution one side never evaluated has no divergence at all.
A distribution's union (every token either side records, with both probabilities) is not on
its rows: several rows share a distribution (a node with c children is c rows), so it is
kept once, by run and ``context_node``, in the ``unions`` the caller passes.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from typing import Any

from ..trace import Node, Run
from .divergence import METRICS, Partial, delta_ends, divergence_ends
from .pairing import Pair, Pairing

DIGITS = 6  # significant digits of every figure: a KL of 3e-8 stays 3e-8, not 0
_FIGURE = f"%.{DIGITS}g"  # the format of a rounded figure (printf style: the fastest of Python's)


#: A distribution's union: ``[[id, p_A or None, p_B or None], ...]``, most likely (either side) first.
Union = list[list[Any]]


def step_rows(pairing: Pairing, vocab_size: int | None,
              unions: dict[tuple[str, int], Union] | None = None) -> Iterator[dict[str, Any]]:
    """One row per paired step whose context is paired too, and one per paired distribution no
    paired step was drawn from.

    ``unions``, when given, receives the union of every compared distribution, keyed by run id
    and ``context_node`` (A's id of the node the distribution follows).

    Rows come in A's run order, and within a run in A's node order (a ``next`` row right after
    the row of the node it follows). Linear in the nodes: a context's figures are computed once
    (kept only while more than one step was drawn from it), its text comes from the pairing.
    """
    by_node = {(p.run_a.id, p.a.id): p for p in pairing.pairs}
    drawn: dict[tuple[str, int], int] = {}
    for p in pairing.pairs:
        if p.a.parent is not None:
            drawn[(p.run_a.id, p.a.parent)] = drawn.get((p.run_a.id, p.a.parent), 0) + 1
    partials = (_Partials(lambda t: t), _Partials(pairing.b_token))
    kept: dict[tuple[str, int], dict[str, Any]] = {}
    pending = _Pending()

    def distribution(context: Pair) -> dict[str, Any]:
        key = (context.run_a.id, context.a.id)
        if key in kept:
            return kept[key]
        figures, union = _distribution(context, pairing, vocab_size, partials, pending)
        if unions is not None and union is not None:
            unions[key] = union
        if drawn.get(key, 0) > 1:
            kept[key] = figures
        return figures

    for p in pairing.pairs:
        context = None if p.a.parent is None else by_node.get((p.run_a.id, p.a.parent))
        if context is not None:  # None: the root, or a context left out (retokenized)
            pending.rows.append((_step(p, context, pairing, partials), distribution(context)))
        if (p.run_a.id, p.a.id) not in drawn and (p.a.top or p.b.top):
            pending.rows.append((_next(p), distribution(p)))
        if len(pending.cases) >= _Pending.CASES:
            yield from pending.flush()
    yield from pending.flush()


class _Pending:
    """Rows whose divergences are not computed yet: ``divergence_ends`` computes them
    ``CASES`` distributions at a time (NumPy's cost per call is paid once per batch, and
    memory holds one batch's rows, not the whole comparison's)."""

    CASES = 4096

    def __init__(self) -> None:
        self.rows: list[tuple[dict[str, Any], dict[str, Any]]] = []  # (row, its distribution's figures)
        self.cases: list[tuple[Partial, Partial, bool]] = []
        self.figures: list[dict[str, Any]] = []  # where each case's divergences go

    def add(self, a: Partial, b: Partial, whole: bool, figures: dict[str, Any]) -> None:
        self.cases.append((a, b, whole))
        self.figures.append(figures)

    def flush(self) -> Iterator[dict[str, Any]]:
        """Every pending row, complete, in order."""
        for out, (lows, highs) in zip(self.figures, divergence_ends(self.cases), strict=True):
            _fill(out, lows, highs)
        rows = self.rows
        self.rows, self.cases, self.figures = [], [], []
        for row, figures in rows:
            row.update(figures)
            yield row


def _fill(out: dict[str, Any], lows: list[float], highs: list[float]) -> None:
    """A distribution's divergence entries from each metric's ends (their places kept by ``_divergences``)."""
    out["exact"] = lows == highs
    for names, lo, hi in zip(_NAMES.values(), lows, highs, strict=True):
        low = _round(lo)
        out[names[0]] = low if lo == hi else None
        out[names[1]] = low
        out[names[2]] = low if lo == hi else _round(hi)


def _step(p: Pair, context: Pair, pairing: Pairing, partials: tuple[_Partials, _Partials]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "run": p.run_a.id, "node": p.a.id, "node_b": p.b.id, "next": False, "position": p.depth,
        "context_node": context.a.id, "context_node_b": context.b.id,
        "token": p.a.token, "text": pairing.texts.get(p.a.token),  # type: ignore[arg-type]
        "context": context.context,
    }
    out.update(_chosen(p, *partials))
    return out


def _next(p: Pair) -> dict[str, Any]:
    out: dict[str, Any] = {
        "run": p.run_a.id, "node": p.a.id, "node_b": p.b.id, "next": True, "position": p.depth + 1,
        "context_node": p.a.id, "context_node_b": p.b.id, "token": None, "text": None,
        "context": p.context,
    }
    out.update(_NO_TOKEN)
    return out


def _distribution(context: Pair, pairing: Pairing, vocab_size: int | None, partials: tuple[_Partials, _Partials],
                  pending: _Pending) -> tuple[dict[str, Any], Union | None]:
    """The figures of the distribution after ``context`` (top-1s, entropies, divergences) and its
    union (``None`` when one side never evaluated it); its divergences are left to ``pending``."""
    a = partials[0].of(context.run_a, context.a)
    b = partials[1].of(context.run_b, context.b)
    out: dict[str, Any] = {"top1_a": _top1(context.a, lambda t: t), "top1_b": _top1(context.b, pairing.b_token)}
    out["top1_agree"] = None if a is None or b is None else out["top1_a"] == out["top1_b"]
    out.update(entropy_a_bits=_bits(context.a.entropy), entropy_b_bits=_bits(context.b.entropy))
    if a is None or b is None:
        out.update(_UNKNOWN_DIVERGENCES)
        return out, None
    figures, union = _divergences(a, b, vocab_size)
    whole = figures.pop("whole")
    out.update(figures)
    pending.add(a, b, whole, out)
    return out, union


def _bits(nats: float | None) -> float | None:
    return None if nats is None else _round(nats / math.log(2))


class _Partials:
    """What one trace knows of its nodes' distributions (``Partial``), in its own numbering
    turned into A's by ``token``.

    A node's ``Partial`` reads all its children, and every child's figures need its parent's:
    rebuilt each time, a node with c children would cost c² (100,000 children: hours). A node
    with ``KEEP_CHILDREN`` children or more keeps its own (so at most one node in
    ``KEEP_CHILDREN`` is kept); one with fewer is rebuilt, in O(k + ``KEEP_CHILDREN``).
    """

    KEEP_CHILDREN = 16

    def __init__(self, token: Callable[[int], int]) -> None:
        self.token = token
        self._kept: dict[tuple[str, int], Partial | None] = {}
        # the last two built: along a path, a node's figures need its own and its parent's,
        # and its child's figures come next
        self._recent: dict[tuple[str, int], Partial | None] = {}

    def of(self, run: Run, node: Node) -> Partial | None:
        """What the trace knows of the distribution after ``node``; ``None`` when it was never evaluated."""
        key = (run.id, node.id)
        if key in self._recent:
            return self._recent[key]
        if key in self._kept:
            return self._kept[key]
        children = run.children(node.id)
        partial = _partial(node, children, self.token)
        if len(children) >= self.KEEP_CHILDREN:
            self._kept[key] = partial
        self._recent[key] = partial
        if len(self._recent) > 2:
            del self._recent[next(iter(self._recent))]
        return partial

    def parent_of(self, run: Run, node: Node) -> Partial | None:
        return None if node.parent is None else self.of(run, run.node(node.parent))


def _partial(node: Node, children: list[Node], token: Callable[[int], int]) -> Partial | None:
    """What a trace knows of the distribution after ``node``: its top-k, its children's
    chosen tokens and a rescoring's ``source_top``; ``None`` when it was never evaluated."""
    if not node.top:
        return None
    known = {token(c.token): c.logprob for c in children if c.logprob is not None}  # type: ignore[arg-type]
    known.update((token(t), lp) for t, lp in node.extra.get("source_top", ()))
    return Partial.of([(token(t), lp) for t, lp in node.top], known)


def _chosen(pair: Pair, side_a: _Partials, side_b: _Partials) -> dict[str, Any]:
    """The node's own token (appended to its parent's context) in both parents' distributions."""
    parent_a = side_a.parent_of(pair.run_a, pair.a)
    parent_b = side_b.parent_of(pair.run_b, pair.b)
    lp_a = _logprob(pair.a, parent_a, pair.a.token)  # type: ignore[arg-type]
    lp_b = _logprob(pair.b, parent_b, pair.a.token)  # type: ignore[arg-type]
    delta = delta_ends(lp_a, None if parent_a is None else parent_a.cap,
                       lp_b, None if parent_b is None else parent_b.cap)
    if delta is None:
        return dict(_NO_TOKEN, logprob_a=lp_a, logprob_b=lp_b)
    lo, hi = delta
    low = _round(lo)
    return {"logprob_a": lp_a, "logprob_b": lp_b, "delta_logprob": low if lo == hi else None,
            "delta_logprob_lo": low, "delta_logprob_hi": low if lo == hi else _round(hi)}


def _logprob(node: Node, parent: Partial | None, token: int) -> float | None:
    if node.logprob is not None:
        return node.logprob
    if parent is not None and token in parent.probs:
        return math.log(parent.probs[token])
    return None


def _top1(node: Node, token) -> int | None:
    return token(node.top[0][0]) if node.top else None


def _unknown_divergences() -> dict[str, Any]:
    out: dict[str, Any] = {"exact": None}
    for metric in METRICS:
        out[metric] = out[f"{metric}_lo"] = out[f"{metric}_hi"] = None
    out.update(prob_diff_mean=None, prob_diff_max=None, both_known=0, cap_a=None, cap_b=None)
    return out


_UNKNOWN_DIVERGENCES = _unknown_divergences()
_NAMES = {m: (m, f"{m}_lo", f"{m}_hi") for m in METRICS}  # each metric's entries: value, lower and upper end
_DIVERGENCE_KEYS = ["exact", *(name for names in _NAMES.values() for name in names)]


def _divergences(a: Partial, b: Partial, vocab_size: int | None) -> tuple[dict[str, Any], Union]:
    """Every figure of two known distributions but the divergences, whose places (``exact``,
    each metric's three) are kept in order for ``_fill``; ``"whole"``: whether the union is the
    whole vocabulary."""
    union = set(a.probs) | set(b.probs)
    out: dict[str, Any] = dict.fromkeys(_DIVERGENCE_KEYS)
    diffs = [abs(a.probs[t] - b.probs[t]) for t in union if t in a.probs and t in b.probs]
    out["prob_diff_mean"] = _round(sum(diffs) / len(diffs)) if diffs else None
    out["prob_diff_max"] = _round(max(diffs)) if diffs else None
    out["both_known"] = len(diffs)
    out["cap_a"], out["cap_b"] = _round(a.cap), _round(b.cap)
    # (ids below 0 are tokens known only by their text: not counted)
    out["whole"] = vocab_size is not None and len(union) >= vocab_size and sum(1 for t in union if t >= 0) >= vocab_size
    p, q = a.probs, b.probs
    rows = [[t, _round(p[t]) if t in p else None, _round(q[t]) if t in q else None] for t in union]
    return out, sorted(rows, key=lambda r: (-max(r[1] or 0.0, r[2] or 0.0), r[0]))


def _round(value: float, _infinite: frozenset[float] = frozenset((math.inf, -math.inf))) -> float | None:
    """A figure for JSON: ``DIGITS`` significant digits, ``None`` for an unbounded (infinite) end."""
    return None if value in _infinite else float(_FIGURE % value) + 0.0


_NO_TOKEN: dict[str, Any] = {"logprob_a": None, "logprob_b": None, "delta_logprob": None, "delta_logprob_lo": None,
                             "delta_logprob_hi": None}
