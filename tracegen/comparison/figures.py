"""The figures of every step: a token and the distribution it was drawn from, as the viewer shows it.

One row per step, the viewer's convention (docs/trace-format.md "One step, one row"): row
``node`` is the node whose token was drawn, and its figures are those of the distribution it
was drawn from (its parent's) beside that token's Δ logprob. ``#run=R&node=N`` on the page
shows exactly that row. A distribution no recorded token was drawn from (after a leaf that was
evaluated) is a row of its own, ``"next": true``, named by the node it follows
(``#run=R&node=N&next=1`` on the page).

The rows are built column by column (``Steps``): what each trace knows of a distribution
(its top-k, its children's chosen tokens, a rescoring's ``source_top``) is gathered into flat
arrays once, and every figure of every distribution is computed on them with NumPy. Per node
in Python there is only reading the node; a 200,000-node path is a few passes over arrays,
not 200,000 dicts of 38 figures. Divergences come as ``<metric>`` (the value when exact, else
``None``), ``<metric>_lo`` and ``<metric>_hi`` (``None``: unbounded); a distribution one side
never evaluated has no divergence at all. A distribution's union (every token either side
records, with both probabilities) is not on its rows: several rows share a distribution (a
node with c children is c rows), so it is kept once, by run and ``context_node``, in ``Unions``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from itertools import chain
from operator import itemgetter
from typing import Any

import numpy as np

from ..errors import TracegenError
from ..trace import Run
from .divergence import METRICS, REST_FLOOR
from .divergence_batch import CellArrays, divergence_arrays
from .pairing import Pair, Pairing

DIGITS = 6  # significant digits of every figure: a KL of 3e-8 stays 3e-8, not 0

#: A distribution's union: ``[[id, p_A or None, p_B or None], ...]``, most likely (either side) first.
Union = list[list[Any]]

#: Every row's fields, in order (docs/compare.md "Per-step figures").
COLUMNS = (
    "run", "node", "node_b", "next", "position", "context_node", "context_node_b", "token", "text", "context",
    "logprob_a", "logprob_b", "delta_logprob", "delta_logprob_lo", "delta_logprob_hi",
    "top1_a", "top1_b", "top1_agree", "entropy_a_bits", "entropy_b_bits",
    "exact", *(name for m in METRICS for name in (m, f"{m}_lo", f"{m}_hi")),
    "prob_diff_mean", "prob_diff_max", "both_known", "cap_a", "cap_b",
)


@dataclass
class Steps:
    """The per-step figures, column by column: ``columns[name][i]`` is row i's ``name``.

    Float columns are NumPy arrays with NaN for ``None``; integer columns (``node``,
    ``position``, ...) are integer arrays; ``next`` a bool array; the rest (``run``, ``token``,
    ``text``, ``context``, ``top1_a``, ``top1_b``, ``top1_agree``, ``exact``) lists. ``first``:
    whether the row is its distribution's first (a distribution counts once in summaries).
    """

    columns: dict[str, Any]
    first: np.ndarray
    case: np.ndarray  # each row's distribution: its index in ``Unions`` (-1: not compared)

    def __len__(self) -> int:
        return len(self.first)

    @classmethod
    def empty(cls) -> Steps:
        return cls(columns={name: [] for name in COLUMNS}, first=np.zeros(0, dtype=bool),
                   case=np.zeros(0, dtype=np.intp))

    def rows(self) -> list[dict[str, Any]]:
        """One dict per row, ``None`` where a float column holds NaN (what JSON has)."""
        names = list(self.columns)
        values = [_plain(self.columns[name]) for name in names]
        return [dict(zip(names, row, strict=True)) for row in zip(*values, strict=True)]


@dataclass
class Unions:
    """Each compared distribution's union, once, column by column: distribution d holds
    ``token[offsets[d]:offsets[d + 1]]`` with A's and B's probabilities (NaN: not recorded),
    most likely (either side) first; ``run[d]`` and ``context_node[d]`` name it."""

    run: list[str]
    context_node: np.ndarray
    offsets: np.ndarray
    token: np.ndarray
    p_a: np.ndarray
    p_b: np.ndarray

    @cached_property
    def _index(self) -> dict[tuple[str, int], int]:
        # built when a union is looked up by name: the page and the summary go by position
        return {(run, node): d for d, (run, node) in enumerate(zip(self.run, self.context_node.tolist(), strict=True))}

    @classmethod
    def empty(cls) -> Unions:
        return cls(run=[], context_node=np.zeros(0, dtype=np.int64), offsets=np.zeros(1, dtype=np.intp),
                   token=np.zeros(0, dtype=np.int64), p_a=np.zeros(0), p_b=np.zeros(0))

    def __len__(self) -> int:
        return len(self.run)

    def __getitem__(self, key: tuple[str, int]) -> Union:
        return self.at(self._index[key])

    def get(self, key: tuple[str, int]) -> Union | None:
        d = self._index.get(key)
        return None if d is None else self.at(d)

    def at(self, d: int) -> Union:
        """Distribution ``d``'s union as ``[[id, p_A or None, p_B or None], ...]``."""
        start, end = int(self.offsets[d]), int(self.offsets[d + 1])
        return [list(row) for row in zip(self.token[start:end].tolist(), _plain(self.p_a[start:end]),
                                         _plain(self.p_b[start:end]), strict=True)]

    def to_json(self) -> dict[str, Any]:
        """The JSON form (docs/compare.md): the columns above, ``p_a``/``p_b`` with ``null``."""
        return {"run": self.run, "context_node": self.context_node, "offsets": self.offsets, "token": self.token,
                "p_a": self.p_a, "p_b": self.p_b}


def step_table(pairing: Pairing, vocab_size: int | None) -> tuple[Steps, Unions]:
    """One row per paired step whose context is paired too, and one per paired distribution no
    paired step was drawn from; and the union of every compared distribution.

    Rows come in A's run order, and within a run in A's node order (a ``next`` row right after
    the row of the node it follows). Linear in the nodes and in what they record.
    """
    pairs = pairing.pairs
    n = len(pairs)
    if not n:
        return Steps.empty(), Unions.empty()
    read = _PairColumns(pairs)
    # each pair's context: the pair of its node's parent (-1: the root, or a context left out)
    ctx = read.contexts()
    drawn = np.bincount(ctx[ctx >= 0], minlength=n)
    is_step = ctx >= 0
    is_next = (drawn == 0) & (read.has_top_a | read.has_top_b)
    # rows: each pair's step, then its next row (keys 2i and 2i + 1 keep that order)
    step_at, next_at = np.flatnonzero(is_step), np.flatnonzero(is_next)
    order = np.argsort(np.concatenate([2 * step_at, 2 * next_at + 1]), kind="stable")
    row_pair = np.concatenate([step_at, next_at])[order]
    row_next = np.concatenate([np.zeros(len(step_at), bool), np.ones(len(next_at), bool)])[order]
    row_ctx = np.where(row_next, row_pair, ctx[row_pair])

    # the distributions: every pair a row draws from, in A's order
    cases, row_case = np.unique(row_ctx, return_inverse=True)
    first = np.zeros(len(row_ctx), dtype=bool)
    first[np.unique(row_case, return_index=True)[1]] = True
    b_token = pairing.b_token if pairing.b_ids else None
    known_a = _Known.of(read, cases, side="a", token=None)
    known_b = _Known.of(read, cases, side="b", token=b_token)
    merged = _Merged.of(known_a, known_b)
    figures = _distribution_figures(read, cases, known_a, known_b, merged, vocab_size, b_token)
    unions = _unions(read, cases, merged, known_a.has & known_b.has)

    columns: dict[str, Any] = {}
    runs = [run.id for run in read.runs]
    columns["run"] = [runs[r] for r in read.run_index[row_pair].tolist()]
    columns["node"] = read.a_id[row_pair]
    columns["node_b"] = read.b_id[row_pair]
    columns["next"] = row_next
    columns["position"] = read.depth[row_pair] + row_next
    columns["context_node"] = read.a_id[row_ctx]
    columns["context_node_b"] = read.b_id[row_ctx]
    tokens = read.a_token[row_pair].tolist()
    columns["token"] = [None if after else t for t, after in zip(tokens, row_next.tolist(), strict=True)]
    texts = pairing.texts
    columns["text"] = [None if t is None else texts.get(t) for t in columns["token"]]
    contexts = read.contexts_text
    columns["context"] = [contexts[c] for c in row_ctx.tolist()]
    columns.update(_chosen(read, row_pair, row_ctx, row_next, row_case, known_a, known_b))
    for name, values in figures.items():
        columns[name] = [values[c] for c in row_case.tolist()] if isinstance(values, list) else values[row_case]
    return (Steps(columns={name: columns[name] for name in COLUMNS}, first=first, case=unions.renumber[row_case]),
            unions.table)


class _PairColumns:
    """The paired nodes' fields as arrays (one Python pass over the pairs)."""

    def __init__(self, pairs: list[Pair]) -> None:
        self.runs: list[Run] = []
        run_index: list[int] = []
        last = None
        for p in pairs:
            if p.run_a is not last:
                self.runs.append(p.run_a)
                last = p.run_a
            run_index.append(len(self.runs) - 1)
        self.run_index = np.asarray(run_index, dtype=np.intp)
        self.a_nodes = [p.a for p in pairs]
        self.b_nodes = [p.b for p in pairs]
        self.runs_b = {}
        for p in pairs:
            self.runs_b[p.run_a.id] = p.run_b
        self.a_id = np.fromiter((node.id for node in self.a_nodes), dtype=np.int64, count=len(pairs))
        self.b_id = np.fromiter((node.id for node in self.b_nodes), dtype=np.int64, count=len(pairs))
        self.depth = np.fromiter((p.depth for p in pairs), dtype=np.int64, count=len(pairs))
        self.a_parent = [node.parent for node in self.a_nodes]
        self.a_token = np.fromiter((-1 if node.token is None else node.token for node in self.a_nodes),
                                   dtype=np.int64, count=len(pairs))
        self.has_top_a = np.fromiter((bool(node.top) for node in self.a_nodes), dtype=bool, count=len(pairs))
        self.has_top_b = np.fromiter((bool(node.top) for node in self.b_nodes), dtype=bool, count=len(pairs))
        self.contexts_text = [p.context for p in pairs]

    def contexts(self) -> np.ndarray:
        """Each pair's context pair (its parent's), -1 where there is none."""
        parents = np.fromiter((-1 if parent is None else parent for parent in self.a_parent), dtype=np.int64,
                              count=len(self.a_parent))
        return _find(self.run_index, self.a_id, self.run_index, parents)


def _find(runs: np.ndarray, ids: np.ndarray, query_runs: np.ndarray, query_ids: np.ndarray) -> np.ndarray:
    """Where each ``(query_runs[i], query_ids[i])`` is among the ``(runs, ids)`` pairs (unique),
    -1 where it is not: a sort and a binary search, not a dict of tuples (200,000 of them were
    tens of megabytes)."""
    known = np.unique(ids)
    span = len(known) + 1
    at = np.searchsorted(known, query_ids)
    found = known[np.minimum(at, len(known) - 1)] == query_ids if len(known) else np.zeros(len(query_ids), bool)
    keys = runs.astype(np.int64) * span + np.searchsorted(known, ids)
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    wanted = query_runs.astype(np.int64) * span + at
    place = np.minimum(np.searchsorted(sorted_keys, wanted), max(len(keys) - 1, 0))
    hit = found & (sorted_keys[place] == wanted) if len(keys) else found
    return np.where(hit, order[place] if len(keys) else -1, -1)


@dataclass
class _Known:
    """What one trace knows of each distribution (``cases``): the tokens it records there with
    their probabilities, sorted by case then token, one entry per (case, token); and per case
    the most any other token can have (``cap``) and the mass not on the recorded ones (``rest``).

    A token's probability is the top-k's where listed, else a rescoring's ``source_top``, else
    a child's chosen logprob (the order ``Partial.of`` applies them). ``has``: the case was
    evaluated (its node has a top-k); ``cap`` and ``rest`` are NaN where not.
    """

    case: np.ndarray
    token: np.ndarray
    prob: np.ndarray
    has: np.ndarray
    cap: np.ndarray
    rest: np.ndarray

    @classmethod
    def of(cls, read: _PairColumns, cases: np.ndarray, side: str, token: Callable[[int], int] | None) -> _Known:
        nodes = read.a_nodes if side == "a" else read.b_nodes
        has = (read.has_top_a if side == "a" else read.has_top_b)[cases]
        where = np.flatnonzero(has)
        # children first, then source_top, then the top-k: of a token's entries the last wins
        kids_case, kids_token, kids_lp = _children(read, side, cases[has], where)
        evaluated = cases[has].tolist()
        extra = [nodes[c].extra.get("source_top") or () for c in evaluated]
        tops = [nodes[c].top for c in evaluated]
        parts = [(kids_case, kids_token, kids_lp, 0)]
        for rank, lists in ((1, extra), (2, tops)):
            try:
                flat = list(chain.from_iterable(lists))
                counts = np.fromiter(map(len, lists), dtype=np.intp, count=len(lists))
                ids = np.fromiter(map(itemgetter(0), flat), dtype=np.int64, count=len(flat))
                logprobs = np.fromiter(map(itemgetter(1), flat), dtype=float, count=len(flat))
            except (TypeError, ValueError, IndexError, OverflowError):  # only source_top is not checked on reading
                raise TracegenError(f"trace {side.upper()}: a node's source_top is not a list of [token_id, logprob]"
                                    " pairs") from None
            parts.append((np.repeat(where, counts), ids, logprobs, rank))
            del flat
        top_case, top_lp = parts[-1][0], parts[-1][2]
        e_case = np.concatenate([part[0] for part in parts]).astype(np.int32)  # a million entries: 4 bytes each
        e_token = np.concatenate([part[1] for part in parts])
        e_lp = np.concatenate([part[2] for part in parts])
        e_rank = np.concatenate([np.full(len(part[0]), part[3], dtype=np.int8) for part in parts])
        del parts, extra, tops  # a million entries each: not held twice
        if token is not None:  # B's own unmapped ids (below 0) in A's numbering
            mapped = np.flatnonzero(e_token < 0)
            e_token[mapped] = [token(t) for t in e_token[mapped].tolist()]
        order = np.lexsort((e_rank, e_token, e_case))  # stable: the last of equal entries stays last
        del e_rank
        e_case, e_token, e_lp = e_case[order], e_token[order], e_lp[order]
        del order
        last = np.ones(len(e_case), dtype=bool)
        last[:-1] = (e_case[1:] != e_case[:-1]) | (e_token[1:] != e_token[:-1])
        e_case, e_token, e_lp = e_case[last], e_token[last], e_lp[last]
        prob = np.exp(e_lp)
        m = len(cases)
        rest = np.maximum(REST_FLOOR, 1.0 - np.bincount(e_case, weights=prob, minlength=m))
        smallest = np.full(m, np.inf)
        np.minimum.at(smallest, top_case, top_lp)
        cap = np.minimum(np.exp(smallest), rest)
        return cls(case=e_case, token=e_token, prob=prob, has=has,
                   cap=np.where(has, cap, np.nan), rest=np.where(has, rest, np.nan))

    def logprob_of(self, case: np.ndarray, token: np.ndarray) -> np.ndarray:
        """The logprob this trace records for ``token`` in each ``case`` (NaN: not recorded)."""
        at = _find(self.case, self.token, case, token)
        with np.errstate(divide="ignore"):
            return np.where(at >= 0, np.log(self.prob[at]), np.nan)


def _children(read: _PairColumns, side: str, evaluated: np.ndarray, where: np.ndarray
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every recorded child of an evaluated case's node (paired or not) with its chosen
    token's logprob: ``(case, token, logprob)`` arrays."""
    node_ids = read.a_id if side == "a" else read.b_id
    runs = sorted(set(read.run_index[evaluated].tolist()))
    parent, token, logprob, run_of = [], [], [], []
    for r in runs:
        run = read.runs[r] if side == "a" else read.runs_b[read.runs[r].id]
        count = len(run.nodes)
        parent.append(np.fromiter((-1 if n.parent is None else n.parent for n in run.nodes), np.int64, count))
        token.append(np.fromiter((-1 if n.token is None else n.token for n in run.nodes), np.int64, count))
        logprob.append(np.fromiter((np.nan if n.logprob is None else n.logprob for n in run.nodes), float, count))
        run_of.append(np.full(count, r, dtype=np.intp))
    if not runs:
        return np.zeros(0, np.intp), np.zeros(0, np.int64), np.zeros(0)
    parents, tokens, logprobs = np.concatenate(parent), np.concatenate(token), np.concatenate(logprob)
    # each node's parent among the evaluated cases' nodes
    k = _find(read.run_index[evaluated], node_ids[evaluated], np.concatenate(run_of), parents)
    keep = (k >= 0) & ~np.isnan(logprobs)
    return where[k[keep]], tokens[keep], logprobs[keep]


def _distribution_figures(read: _PairColumns, cases: np.ndarray, a: _Known, b: _Known, merged: _Merged,
                          vocab_size: int | None, b_token: Callable[[int], int] | None) -> dict[str, Any]:
    """Per case: top-1s, entropies, and for the compared ones (both sides evaluated) the
    divergences, |Δp| and caps."""
    compared = a.has & b.has
    out: dict[str, Any] = {}
    out["top1_a"] = [_top1(read.a_nodes[c]) for c in cases.tolist()]
    out["top1_b"] = [_top1(read.b_nodes[c]) for c in cases.tolist()]
    if b_token is not None:
        out["top1_b"] = [None if t is None else b_token(t) for t in out["top1_b"]]
    out["top1_agree"] = [None if not both else x == y
                         for both, x, y in zip(compared.tolist(), out["top1_a"], out["top1_b"], strict=True)]
    out["entropy_a_bits"] = round_figures(_entropies(read.a_nodes, cases) / math.log(2))
    out["entropy_b_bits"] = round_figures(_entropies(read.b_nodes, cases) / math.log(2))
    out.update(_divergence_figures(merged, a, b, compared, vocab_size))
    return out


def _divergence_figures(merged: _Merged, a: _Known, b: _Known, compared: np.ndarray,
                        vocab_size: int | None) -> dict[str, Any]:
    """Per case: ``exact``, each metric's value and ends, |Δp|, ``both_known`` and the caps
    (``None``/NaN where a side never evaluated the case)."""
    m = len(compared)
    out: dict[str, Any] = {}
    lo, hi = _divergence_ends(merged, a, b, compared, merged.whole(vocab_size, m))
    exact = (lo == hi).all(axis=1)
    out["exact"] = [None if not c else bool(e) for c, e in zip(compared.tolist(), exact.tolist(), strict=True)]
    for j, metric in enumerate(METRICS):
        low = round_figures(lo[:, j])
        out[metric] = np.where(lo[:, j] == hi[:, j], low, np.nan)
        out[f"{metric}_lo"] = low
        out[f"{metric}_hi"] = np.where(lo[:, j] == hi[:, j], low, round_figures(hi[:, j]))
    both = ~np.isnan(merged.p_a) & ~np.isnan(merged.p_b)
    diffs = np.abs(merged.p_a[both] - merged.p_b[both])
    in_both = merged.case[both]
    both_known = np.bincount(in_both, minlength=m)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.bincount(in_both, weights=diffs, minlength=m) / both_known
    largest = np.full(m, np.nan)
    np.fmax.at(largest, in_both, diffs)
    out["prob_diff_mean"] = np.where(compared & (both_known > 0), round_figures(mean), np.nan)
    out["prob_diff_max"] = np.where(compared & (both_known > 0), round_figures(largest), np.nan)
    out["both_known"] = np.where(compared, both_known, 0)
    out["cap_a"] = np.where(compared, round_figures(a.cap), np.nan)
    out["cap_b"] = np.where(compared, round_figures(b.cap), np.nan)
    return out


#: Cases per call of ``divergence_arrays``: its working memory grows with a batch, not the comparison.
BATCH = 16384


def _divergence_ends(merged: _Merged, a: _Known, b: _Known, compared: np.ndarray,
                     whole: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every compared case's ``METRICS`` lower and upper ends, ``(m, 4)`` arrays (NaN where not
    compared), ``BATCH`` cases at a time."""
    m = len(compared)
    lo = np.full((m, len(METRICS)), np.nan)
    hi = np.full((m, len(METRICS)), np.nan)
    chosen = np.flatnonzero(compared)
    for start in range(0, len(chosen), BATCH):
        batch = chosen[start:start + BATCH]
        # merged is sorted by case: the batch's cells are one slice of it
        first, last = np.searchsorted(merged.case, [batch[0], batch[-1] + 1])
        case, p_a, p_b = merged.case[first:last], merged.p_a[first:last], merged.p_b[first:last]
        renumber = np.full(batch[-1] - batch[0] + 1, -1, dtype=np.intp)
        renumber[batch - batch[0]] = np.arange(len(batch))
        local = renumber[case - batch[0]]
        known_a, known_b = ~np.isnan(p_a), ~np.isnan(p_b)
        both, only_a, only_b = known_a & known_b, known_a & ~known_b, known_b & ~known_a
        cells = CellArrays(p=p_a[both], q=p_b[both], in_both=local[both], q_a=p_b[only_b], in_a=local[only_b],
                           p_b=p_a[only_a], in_b=local[only_a], cap_a=a.cap[batch], cap_b=b.cap[batch],
                           rest_a=a.rest[batch], rest_b=b.rest[batch], whole=whole[batch])
        lo[batch], hi[batch], _ = divergence_arrays(cells)
    return lo, hi


@dataclass
class _Merged:
    """Every token either side records in each compared case, once, sorted by case then token,
    with A's and B's probabilities (NaN where that side did not record it)."""

    case: np.ndarray
    token: np.ndarray
    p_a: np.ndarray
    p_b: np.ndarray

    @classmethod
    def of(cls, a: _Known, b: _Known) -> _Merged:
        compared = a.has & b.has
        keep_a, keep_b = compared[a.case], compared[b.case]
        side = np.concatenate([np.zeros(keep_a.sum(), bool), np.ones(keep_b.sum(), bool)])
        case = np.concatenate([a.case[keep_a], b.case[keep_b]])
        token = np.concatenate([a.token[keep_a], b.token[keep_b]])
        prob = np.concatenate([a.prob[keep_a], b.prob[keep_b]])
        order = np.lexsort((side, token, case))
        side, case, token, prob = side[order], case[order], token[order], prob[order]
        # B's entry right after A's entry of the same token: the pair is one cell
        second = np.zeros(len(case), dtype=bool)
        second[1:] = (case[1:] == case[:-1]) & (token[1:] == token[:-1])
        p_a = np.where(side, np.nan, prob)
        p_b = np.where(side, prob, np.nan)
        paired = np.flatnonzero(second) - 1
        p_b[paired] = prob[paired + 1]
        first = ~second
        return cls(case=case[first], token=token[first], p_a=p_a[first], p_b=p_b[first])

    def whole(self, vocab_size: int | None, m: int) -> np.ndarray:
        """Whether each case's union holds the whole vocabulary (ids below 0, text-only tokens,
        not counted)."""
        if vocab_size is None:
            return np.zeros(m, dtype=bool)
        return np.bincount(self.case[self.token >= 0], minlength=m) >= vocab_size


def _top1(node: Any) -> int | None:
    return node.top[0][0] if node.top else None


def _entropies(nodes: list[Any], cases: np.ndarray) -> np.ndarray:
    return np.fromiter((np.nan if nodes[c].entropy is None else nodes[c].entropy for c in cases.tolist()),
                       dtype=float, count=len(cases))


@dataclass
class _UnionTable:
    table: Unions
    renumber: np.ndarray  # each case's index in ``table`` (-1: not compared)


def _unions(read: _PairColumns, cases: np.ndarray, merged: _Merged, compared: np.ndarray) -> _UnionTable:
    """The union of each compared case, most likely (either side, as rounded) first, ties by id."""
    p_a, p_b = round_figures(merged.p_a), round_figures(merged.p_b)
    order = np.lexsort((merged.token, -np.fmax(np.nan_to_num(p_a), np.nan_to_num(p_b)), merged.case))
    kept = np.flatnonzero(compared)
    renumber = np.full(len(cases), -1, dtype=np.intp)
    renumber[kept] = np.arange(len(kept))
    offsets = np.zeros(len(kept) + 1, dtype=np.intp)
    np.cumsum(np.bincount(renumber[merged.case], minlength=len(kept)), out=offsets[1:])
    runs = [run.id for run in read.runs]
    table = Unions(run=[runs[r] for r in read.run_index[cases[kept]].tolist()], context_node=read.a_id[cases[kept]],
                   offsets=offsets, token=merged.token[order], p_a=p_a[order], p_b=p_b[order])
    return _UnionTable(table, renumber)


def _chosen(read: _PairColumns, row_pair: np.ndarray, row_ctx: np.ndarray, row_next: np.ndarray,
            row_case: np.ndarray, a: _Known, b: _Known) -> dict[str, Any]:
    """Each step's token in both parents' distributions: its logprobs and Δ logprob (or its bounds)."""
    rows = len(row_pair)
    step = ~row_next
    lp_a = np.fromiter((np.nan if read.a_nodes[i].logprob is None else read.a_nodes[i].logprob
                        for i in row_pair.tolist()), dtype=float, count=rows)
    lp_b = np.fromiter((np.nan if read.b_nodes[i].logprob is None else read.b_nodes[i].logprob
                        for i in row_pair.tolist()), dtype=float, count=rows)
    token = read.a_token[row_pair]
    for lp, known in ((lp_a, a), (lp_b, b)):  # a node without its own logprob: its parent's record of the token
        missing = np.flatnonzero(step & np.isnan(lp) & known.has[row_case])
        if len(missing):
            lp[missing] = known.logprob_of(row_case[missing], token[missing])
    lp_a[row_next] = np.nan
    lp_b[row_next] = np.nan
    cap_a, cap_b = a.cap[row_case], b.cap[row_case]
    has_a, has_b = ~np.isnan(lp_a), ~np.isnan(lp_b)
    with np.errstate(divide="ignore", invalid="ignore"):
        log_cap_a, log_cap_b = np.log(cap_a), np.log(cap_b)
        both = has_a & has_b
        upper = has_a & ~has_b & ~np.isnan(cap_b)  # B did not record it: at most its cap
        lower = has_b & ~has_a & ~np.isnan(cap_a)
        lo = np.where(both, lp_b - lp_a, np.where(upper, -np.inf, np.where(lower, lp_b - log_cap_a, np.nan)))
        hi = np.where(both, lp_b - lp_a, np.where(upper, log_cap_b - lp_a, np.where(lower, np.inf, np.nan)))
    low = round_figures(lo)
    return {"logprob_a": lp_a, "logprob_b": lp_b, "delta_logprob": np.where(lo == hi, low, np.nan),
            "delta_logprob_lo": low, "delta_logprob_hi": np.where(lo == hi, low, round_figures(hi))}


def round_figures(values: np.ndarray) -> np.ndarray:
    """Each value to ``DIGITS`` significant digits, as ``float("%.6g" % value)`` gives it; NaN for
    a NaN or an infinite value (JSON's ``null``: unknown or unbounded).

    In NumPy: ``rint(value * 10**k) / 10**k`` with ``10**k`` exact (``|k| <= 22``) is the double
    nearest that decimal, what parsing its text gives (the two differ only for a value within
    a rounding error of a tie, none in a million random ones: ``tests/test_compare.py``);
    values outside that range are rare and rounded one by one.
    """
    x = np.asarray(values, dtype=float)
    out = np.full(x.shape, np.nan)
    finite = np.isfinite(x)
    zero = finite & (x == 0)
    out[zero] = 0.0
    at = np.flatnonzero(finite & ~zero)
    if not len(at):
        return out
    v = x[at]
    with np.errstate(divide="ignore"):
        k = (DIGITS - 1) - np.floor(np.log10(np.abs(v))).astype(np.int64)
    up = (k >= 0) & (k <= 22)
    down = (k < 0) & (k >= -22)
    result = np.empty(len(v))
    sel_up = np.flatnonzero(up)
    sel_down = np.flatnonzero(down)
    result[sel_up] = np.rint(v[sel_up] * 10.0 ** k[sel_up]) / 10.0 ** k[sel_up]
    result[sel_down] = np.rint(v[sel_down] / 10.0 ** -k[sel_down]) * 10.0 ** -k[sel_down]
    other = np.flatnonzero(~(up | down))
    for i in other.tolist():
        result[i] = float(f"%.{DIGITS}g" % v[i])
    out[at] = result + 0.0
    return out


def _plain(values: Any) -> list[Any]:
    """A column as a list with ``None`` for NaN (what JSON's ``null`` reads back as)."""
    if isinstance(values, np.ndarray):
        out = values.tolist()
        if values.dtype.kind == "f":
            for i in np.flatnonzero(np.isnan(values)).tolist():
                out[i] = None
        return out
    return list(values)
