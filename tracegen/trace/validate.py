"""What a trace must satisfy beyond its JSON shape: values that can be, ids, parents and the
token table agree, and nothing that JSON text cannot hold or that nests too deep.

The same checks run when a trace is read (``io.py``) and before it is written
(``Trace.save``), so tracegen never writes a file it would refuse to read.
"""

from __future__ import annotations

import math
from functools import partial
from itertools import chain, islice
from operator import attrgetter, is_not, itemgetter, lt
from typing import TYPE_CHECKING, Any

from .._jsontext import (
    MAX_DEPTH,
    MAX_SAFE_INTEGER,
    first_problem,
    is_safe_integer,
    shown,
    writes_back_as_itself,
)
from ..errors import TracegenError
from .fields import is_finite
from .fork import ForkError, check_fork

if TYPE_CHECKING:
    from .model import Node, Run, Trace

# Rounding slack: a logprob is rounded to 5 decimals (a result's is a sum of them), and a
# server's probabilities may sum a little past 1.
LOGPROB_SLACK = 1e-6
SUM_SLACK = 1e-4
# How deep an object sits in the file (the trace is level 1): a run (trace > runs > run) and
# a node or result (... > run > nodes > node). Their fields nest from one level below.
_RUN_LEVEL, _NODE_LEVEL = 3, 5


class TraceFormatError(TracegenError):
    """A file that is not a valid tracegen trace; the message names the file and the problem."""


class _Problem(Exception):
    """One thing wrong with a trace; the message names where."""


def check_consistency(trace: Trace, source: str) -> None:
    """Check values and the cross-references a schema cannot express; raise ``TraceFormatError``."""
    try:
        _check_trace(trace)
    except _Problem as exc:
        raise TraceFormatError(f"{source}: {exc}") from None


def _check_trace(trace: Trace) -> None:
    _check_fields({"model": trace.model, **trace.extra}, "", 1)
    vocab_size = trace.model.get("vocab_size")
    if vocab_size is not None and (not is_safe_integer(vocab_size) or vocab_size < 1):
        raise _Problem(f"model.vocab_size {shown(vocab_size)} is not a vocabulary size (an integer ≥ 1, or null)")
    ids = trace.tokens.keys()
    if ids and not (set(map(type, ids)) == {int} and -MAX_SAFE_INTEGER <= min(ids) and max(ids) <= MAX_SAFE_INTEGER):
        for token_id in ids:  # name the bad one
            _check_id(token_id, "token id", "tokens")
    seen_runs: set[str] = set()
    for run in trace.runs:
        if run.id in seen_runs:
            raise _Problem(f"duplicate run id {run.id[:60]!r}")
        seen_runs.add(run.id)
        _check_run(run, trace.tokens)


def _check_run(run: Run, tokens: dict[int, str]) -> None:
    where = f"run {run.id[:60]!r}"
    if not is_safe_integer(run.top_k) or run.top_k < 1:
        raise _Problem(f"{where}: top_k {shown(run.top_k)} is not a number of candidates (an integer ≥ 1)")
    _check_fields({"strategy": run.strategy, **run.extra}, where, _RUN_LEVEL)
    if "fork" in run.extra:
        _check_fork(run, tokens, where)
    if not run.nodes:
        raise _Problem(f"{where} has no nodes")
    if run.nodes[0].parent is not None:
        raise _Problem(f"{where}: the first node must be the root (parent null)")
    for token_id in run.prompt_token_ids:  # the ids of "tokens" are checked: being there is enough
        if token_id not in tokens:
            raise _Problem(f"{where}: prompt token id {token_id} is missing from \"tokens\"")
    ids = set(map(_node_id, run.nodes)) if _nodes_are_sound(run.nodes, tokens) else _check_nodes(run.nodes, tokens, where)
    for result in run.results:
        if result.node not in ids:
            raise _Problem(f"{where}: result refers to unknown node {result.node}")
        here = f"{where}: result for node {result.node}"
        if not is_finite(result.score):
            raise _Problem(f"{here}: score {shown(result.score)} is not a finite number")
        logprob = result.extra.get("logprob")
        if logprob is not None and not (is_finite(logprob) and logprob <= SUM_SLACK):
            raise _Problem(f"{here}: logprob {shown(logprob)} is not a log-probability (a finite number ≤ 0)")
        _check_fields(result.extra, here, _NODE_LEVEL)


def _check_fork(run: Run, tokens: dict[int, str], where: str) -> None:
    try:
        check_fork(run.extra["fork"], run, tokens)
    except ForkError as exc:
        raise _Problem(f"{where}: {exc}") from None


def _check_nodes(nodes: list[Node], tokens: dict[int, str], where: str) -> set[int]:
    """Check a run's nodes one by one, naming the first that is wrong; their ids."""
    ids: set[int] = set()
    for node in nodes:
        if node.id in ids:
            raise _Problem(f"{where}: duplicate node id {node.id}")
        _check_node(node, ids, tokens, f"{where}: node {node.id}")
        ids.add(node.id)
    return ids


_node_id = attrgetter("id")
_NUMBER = {int, float}
_not_null = partial(is_not, None)


def _nodes_are_sound(nodes: list[Node], tokens: dict[int, str]) -> bool:
    """Whether every node passes ``_check_node`` (ids unique, each parent before its child),
    checked field by field over the whole run at C speed (a run may hold hundreds of
    thousands of nodes); ``False`` sends the caller to walk them and name the first bad one.

    Accepts only what that walk accepts.
    """
    try:
        ids = list(map(_node_id, nodes))
        if not (set(map(type, ids)) == {int} and 0 <= min(ids) and max(ids) <= MAX_SAFE_INTEGER):
            return False
        position = dict(zip(ids, range(len(ids)), strict=True))
        if len(position) != len(ids):  # a duplicate id
            return False
        # Every node but the root: a parent seen before it, a token of the table.
        parents = map(position.get, map(attrgetter("parent"), islice(nodes, 1, None)))
        if not (all(map(lt, parents, range(1, len(ids))))
                and all(map(tokens.__contains__, map(attrgetter("token"), islice(nodes, 1, None))))):
            return False
        logprobs, ranks, entropies, masses = (
            list(filter(_not_null, map(attrgetter(name), nodes))) for name in ("logprob", "rank", "entropy", "top_mass"))
        if not (_finite_within(logprobs, None, LOGPROB_SLACK) and _finite_within(entropies, 0, None)
                and _finite_within(masses, 0, 1 + SUM_SLACK)):
            return False
        if ranks and not (set(map(type, ranks)) == {int} and 0 <= min(ranks) and max(ranks) <= MAX_SAFE_INTEGER):
            return False
        tops = list(filter(None, map(attrgetter("top"), nodes)))
        if tops and not _top_is_sound(list(chain.from_iterable(tops)), tokens):
            return False
        extras = list(filter(None, map(attrgetter("extra"), nodes)))
        return not extras or writes_back_as_itself(extras, MAX_DEPTH - _NODE_LEVEL + 1)
    except (TypeError, ValueError, OverflowError):  # a value of a type no node should hold
        return False


def _finite_within(values: list[Any], low: float | None, high: float | None) -> bool:
    """Whether ``values`` are all finite numbers from ``low`` to ``high`` (``None``: unbounded)."""
    return not values or (set(map(type, values)) <= _NUMBER and _all_finite(values)
                          and (low is None or min(values) >= low) and (high is None or max(values) <= high))


def _all_finite(numbers: list[int | float]) -> bool:
    """Whether no number is NaN or infinite: then neither is their sum (which may still
    overflow to infinity for huge finite numbers: ``False``, a check one by one then)."""
    return math.isfinite(sum(numbers))


def _check_node(node: Node, ids: set[int], tokens: dict[int, str], where: str) -> None:
    if not is_safe_integer(node.id) or node.id < 0:
        raise _Problem(f"{where}: the id is not an integer from 0 to {MAX_SAFE_INTEGER}")
    if ids:  # not the root
        if node.parent is None:
            raise _Problem(f"{where} has no parent (only the first node is the root)")
        if node.parent not in ids:
            raise _Problem(f"{where} has unknown parent {node.parent}")
        if node.token is None:
            raise _Problem(f"{where} has no token")
        if node.token not in tokens:
            raise _Problem(f"{where}: token id {node.token} is missing from \"tokens\"")
    if node.logprob is not None and not _is_logprob(node.logprob):
        raise _Problem(f"{where}: logprob {shown(node.logprob)} is not a log-probability (a finite number ≤ 0)")
    if node.rank is not None and (not is_safe_integer(node.rank) or node.rank < 0):
        raise _Problem(f"{where}: rank {shown(node.rank)} is not a rank (an integer ≥ 0)")
    if node.entropy is not None and not (is_finite(node.entropy) and node.entropy >= 0):
        raise _Problem(f"{where}: entropy {shown(node.entropy)} is not an entropy (a finite number ≥ 0)")
    if node.top_mass is not None and not (is_finite(node.top_mass) and 0 <= node.top_mass <= 1 + SUM_SLACK):
        raise _Problem(f"{where}: top_mass {shown(node.top_mass)} is not a probability (from 0 to 1)")
    if node.top and not _top_is_sound(node.top, tokens):
        _check_top(node.top, tokens, where)
    if node.extra:
        _check_fields(node.extra, where, _NODE_LEVEL)


def _top_is_sound(top: list[tuple[int, float]], tokens: dict[int, str]) -> bool:
    """Every candidate known to ``tokens`` with a log-probability, checked at C speed (a node
    may hold a million candidates); ``False`` sends ``_check_top`` to name the bad one."""
    try:
        logprobs = list(map(itemgetter(1), top))
        return (all(map(tokens.__contains__, map(itemgetter(0), top))) and set(map(type, logprobs)) <= {int, float}
                and _all_finite(logprobs) and max(logprobs) <= LOGPROB_SLACK)
    except (TypeError, ValueError, IndexError, OverflowError):
        return False


def _check_top(top: list[tuple[int, float]], tokens: dict[int, str], where: str) -> None:
    for token_id, logprob in top:
        if token_id not in tokens:
            raise _Problem(f"{where}: top token id {token_id} is missing from \"tokens\"")
        if not _is_logprob(logprob):
            raise _Problem(f"{where}: top logprob {shown(logprob)} is not a log-probability (a finite number ≤ 0)")


def _check_id(token_id: Any, what: str, where: str) -> None:
    if not is_safe_integer(token_id):
        raise _Problem(f"{where}: {what} {shown(token_id)} is not an integer within ±{MAX_SAFE_INTEGER}")


def _check_fields(fields: dict[str, Any], where: str, level: int) -> None:
    """Fields kept as they were read (``model``, ``strategy``, unknown ones) of an object at
    ``level``: nothing JSON text cannot hold, nothing past the nesting limit once written."""
    problem = first_problem(fields, depth=level, strict=True)
    if problem is not None:
        raise _Problem(f"{where + ': ' if where else ''}{problem[0] or 'a field'}: {problem[1]}")


def _is_logprob(value: Any) -> bool:
    return is_finite(value) and value <= LOGPROB_SLACK
