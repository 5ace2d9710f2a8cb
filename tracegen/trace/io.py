"""Reading trace files: JSON bytes -> a validated ``Trace``, every problem one line.

Parsing checks each field's type and names it by its path (``runs[0].nodes[3].top[1]``);
``validate.check_consistency`` then checks values and cross-references (the same checks a
trace passes before it is written).
"""

from __future__ import annotations

import os
import re
from functools import partial
from itertools import accumulate, chain, repeat
from operator import is_not, itemgetter
from typing import Any

import orjson

from .._collector import paused
from .._inputs import read_input
from .._jsontext import BOM, MAX_DEPTH, MAX_SAFE_INTEGER
from .._jsontext import json_kind as _kind
from .fields import (
    FieldError,
    expect_bool,
    expect_dict,
    expect_int,
    expect_list,
    expect_number,
    expect_str,
    is_integer,
    optional_int,
    optional_number,
    required,
)
from .model import FORMAT, VERSION, Node, Result, Run, Trace
from .validate import TraceFormatError, check_consistency

_UTF8_BOM = BOM.encode("utf-8")


def load(path: str | os.PathLike) -> Trace:
    """Read and validate a trace file; any problem is a one-line ``TraceFormatError``."""
    return loads(read_trace_bytes(path), source=str(path))


def read_trace_bytes(path: str | os.PathLike) -> bytes:
    """A trace file's bytes, unchecked (``loads`` checks them); a file that cannot be read is
    a one-line ``TraceFormatError``."""
    return read_input(path, "trace file", error=TraceFormatError)


def loads(data: bytes | str, source: str = "trace") -> Trace:
    """Parse and validate a trace from JSON text; ``source`` names it in error messages.

    A leading UTF-8 byte order mark is allowed. JSON nested deeper than ``MAX_DEPTH`` (100)
    levels is refused.
    """
    if isinstance(data, str):
        data = data[1:] if data.startswith(BOM) else data
    elif data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM):]
    with paused():  # a trace is acyclic: nothing here needs the cycle collector
        try:
            raw = orjson.loads(data)
        except orjson.JSONDecodeError as exc:
            if "depth limit" in str(exc):  # orjson's own limit, 1,024 levels
                raise TraceFormatError(f"{source}: nested deeper than {MAX_DEPTH} levels") from None
            raise TraceFormatError(f"{source}: not JSON ({exc})") from None
        trace = from_dict(raw, source=source)
        # Freed while the collector still sleeps: it would otherwise scan the parsed JSON
        # (millions of containers) once on waking, for nothing.
        del raw
    return trace


def from_dict(raw: Any, source: str = "trace") -> Trace:
    """Build a ``Trace`` from parsed JSON, checking format, version and consistency."""
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise TraceFormatError(f"{source}: not a tracegen trace (no \"format\": \"{FORMAT}\")")
    version = raw.get("version")
    if not is_integer(version):
        raise TraceFormatError(f"{source}: \"version\" must be an integer")
    if version > VERSION:
        raise TraceFormatError(
            f"{source}: trace format version {version} is newer than this tracegen reads "
            f"(up to {VERSION}); upgrade tracegen"
        )
    if version < 1:
        raise TraceFormatError(f"{source}: unknown trace format version {version}")
    try:
        trace = _parse(raw)
    except FieldError as exc:
        raise TraceFormatError(f"{source}: malformed trace ({exc})") from None
    check_consistency(trace, source)
    return trace


_TOP_KEYS = {"format", "version", "created", "tracegen_version", "model", "tokens", "token_bytes", "runs"}
_RUN_KEYS = {"id", "prompt", "prompt_token_ids", "strategy", "top_k", "complete", "nodes", "results"}
_NODE_KEYS = {"id", "parent", "token", "logprob", "rank", "top", "entropy", "top_mass"}
_RESULT_KEYS = {"node", "score", "text"}
_ID_KEY = re.compile(r"-?[0-9]{1,16}\Z")  # the schema's decimal keys, within 2**53


def _by_id(table: dict[str, Any], where: str, value_type: type) -> dict[int, Any]:
    """A ``tokens``/``token_bytes`` object as ``{id: value}``: keys are decimal token ids,
    values of ``value_type``.

    A trace may hold a million entries: the checks run over the whole table at C speed,
    and only a table that fails them is walked again to name the entry.
    """
    try:
        out = dict(zip(map(int, table), table.values(), strict=True))
        # int() also reads " 5", "+5", "5_0" and non-ASCII digits: only ASCII digits and "-" pass.
        keys = "".join(table).replace("-", "")
        plain = keys.isascii() and (keys.isdigit() or not keys)
        fits = not out or -MAX_SAFE_INTEGER <= min(out) and max(out) <= MAX_SAFE_INTEGER
        if plain and fits and len(out) == len(table) and set(map(type, out.values())) <= {value_type}:
            return out
    except ValueError:
        pass
    seen: set[int] = set()
    for key, value in table.items():  # name the first bad entry
        if not _ID_KEY.match(key) or abs(int(key)) > MAX_SAFE_INTEGER:
            raise FieldError(f"{where}: key {key[:40]!r} is not a token id (a decimal integer within ±2**53)")
        if int(key) in seen:
            raise FieldError(f"{where}: key {key!r} names token id {int(key)} a second time")
        seen.add(int(key))
        if type(value) is not value_type:
            raise FieldError(f"{where}[{key!r}] must be a string, got {_kind(value)}")
    raise AssertionError("unreachable: a table that failed its checks has a bad entry")


def _parse(raw: dict[str, Any]) -> Trace:
    model = expect_dict(required(raw, "model", ""), "model")
    expect_str(required(model, "name", "model"), "model.name")
    tokens = _by_id(expect_dict(required(raw, "tokens", ""), "tokens"), "tokens", str)
    token_bytes = {}
    for token_id, hexed in _by_id(expect_dict(raw.get("token_bytes", {}), "token_bytes"), "token_bytes", str).items():
        try:
            token_bytes[token_id] = bytes.fromhex(hexed)
        except ValueError:
            raise FieldError(f"token_bytes[{str(token_id)!r}] must be hex digits, two per byte") from None
    runs = [_parse_run(expect_dict(r, f"runs[{i}]"), f"runs[{i}]")
            for i, r in enumerate(expect_list(required(raw, "runs", ""), "runs"))]
    return Trace(
        model=model,
        tokens=tokens,
        runs=runs,
        token_bytes=token_bytes,
        created=expect_str(raw.get("created", ""), "created"),
        tracegen_version=expect_str(raw.get("tracegen_version", ""), "tracegen_version"),
        extra={k: v for k, v in raw.items() if k not in _TOP_KEYS},
    )


def _parse_run(raw: dict[str, Any], where: str) -> Run:
    strategy = expect_dict(required(raw, "strategy", where), f"{where}.strategy")
    expect_str(required(strategy, "name", f"{where}.strategy"), f"{where}.strategy.name")
    complete = expect_bool(raw.get("complete", True), f"{where}.complete")
    raw_nodes = expect_list(required(raw, "nodes", where), f"{where}.nodes")
    nodes = _nodes_in_bulk(raw_nodes)
    if nodes is None:  # something is wrong: name it
        nodes = _nodes_one_by_one(raw_nodes, where)
    results = [_parse_result(expect_dict(r, f"{where}.results[{i}]"), f"{where}.results[{i}]")
               for i, r in enumerate(expect_list(raw.get("results", []), f"{where}.results"))]
    prompt_ids = expect_list(required(raw, "prompt_token_ids", where), f"{where}.prompt_token_ids")
    if not _are_ints(prompt_ids, _NOTHING):
        prompt_ids = [expect_int(t, f"{where}.prompt_token_ids[{i}]") for i, t in enumerate(prompt_ids)]
    return Run(
        id=expect_str(required(raw, "id", where), f"{where}.id"),
        prompt=expect_str(required(raw, "prompt", where), f"{where}.prompt"),
        prompt_token_ids=list(prompt_ids),
        strategy=strategy,
        top_k=expect_int(required(raw, "top_k", where), f"{where}.top_k"),
        complete=complete,
        nodes=nodes,
        results=results,
        extra={k: v for k, v in raw.items() if k not in _RUN_KEYS},
    )


_INT, _NUMBER, _NULL, _NOTHING = {int}, {int, float}, {type(None)}, frozenset()
_not_null = partial(is_not, None)


def _nodes_in_bulk(raw: list[Any]) -> list[Node] | None:
    """The nodes, when every one is sound: checked field by field over the whole run at C
    speed (a run may hold hundreds of thousands), without naming anything. ``None`` when a
    check fails: ``_parse_node`` then walks the nodes to name the problem.

    Accepts only what ``_parse_node`` accepts, and builds the same nodes.
    """
    if not raw:
        return []
    if set(map(type, raw)) != {dict}:
        return None
    try:
        ids = list(map(itemgetter("id"), raw))
    except KeyError:
        return None
    parents, tokens, ranks, logprobs, entropies, masses, tops = (
        list(map(dict.get, raw, repeat(key)))
        for key in ("parent", "token", "rank", "logprob", "entropy", "top_mass", "top"))
    if not (_are_ints(ids, _NOTHING) and _are_ints(parents, _NULL) and _are_ints(tokens, _NULL)
            and _are_ints(ranks, _NULL) and set(map(type, chain(logprobs, entropies, masses))) <= _NUMBER | _NULL
            and set(map(type, tops)) <= {list} | _NULL):
        return None
    pairs = list(chain.from_iterable(filter(None, tops)))
    if pairs and not (set(map(type, pairs)) == {list} and set(map(len, pairs)) == {2}
                      and _are_ints(list(map(itemgetter(0), pairs)), _NOTHING)
                      and set(map(type, map(itemgetter(1), pairs))) <= _NUMBER):
        return None
    if len(pairs) == 0 or None in tops or [] in tops:
        tops = [None if top is None else list(map(tuple, top)) for top in tops]
    else:  # every node has candidates (the usual run): each node's slice of the pairs, at C speed
        ends = list(accumulate(map(len, tops)))
        tops = list(map(list(map(tuple, pairs)).__getitem__, map(slice, [0, *ends[:-1]], ends)))
    plain = list(map(_NODE_KEYS.issuperset, raw))  # no field beyond the format's
    extras = (list(map(dict, repeat((), len(raw)))) if all(plain) else
              [{} if known else {k: v for k, v in node.items() if k not in _NODE_KEYS}
               for node, known in zip(raw, plain, strict=True)])
    return list(map(Node, ids, parents, tokens, logprobs, ranks, tops, entropies, masses, extras))


def _nodes_one_by_one(raw: list[Any], where: str) -> list[Node]:
    """The nodes of the run at ``where``, each checked on its own; a problem is named by its path."""
    return [_parse_node(expect_dict(n, f"{where}.nodes[{i}]"), f"{where}.nodes[{i}]") for i, n in enumerate(raw)]


def _are_ints(values: list[Any], allowed: set[type] | frozenset[type]) -> bool:
    """Whether every one of ``values`` is an integer within ±2**53 or of a type in ``allowed``."""
    kinds = set(map(type, values))
    if not kinds <= _INT | allowed:
        return False
    ints = list(filter(_not_null, values)) if allowed else values
    return not ints or -MAX_SAFE_INTEGER <= min(ints) and max(ints) <= MAX_SAFE_INTEGER


def _parse_node(raw: dict[str, Any], where: str) -> Node:
    top = raw.get("top")
    if top is not None:
        top = _top(expect_list(top, f"{where}.top"), f"{where}.top")
    return Node(
        id=expect_int(required(raw, "id", where), f"{where}.id"),
        parent=optional_int(raw.get("parent"), f"{where}.parent"),
        token=optional_int(raw.get("token"), f"{where}.token"),
        logprob=optional_number(raw.get("logprob"), f"{where}.logprob"),
        rank=optional_int(raw.get("rank"), f"{where}.rank"),
        top=top,
        entropy=optional_number(raw.get("entropy"), f"{where}.entropy"),
        top_mass=optional_number(raw.get("top_mass"), f"{where}.top_mass"),
        extra={k: v for k, v in raw.items() if k not in _NODE_KEYS},
    )


def _top(top: list[Any], where: str) -> list[tuple[int, float]]:
    """``top`` as ``(token_id, logprob)`` pairs; checked in bulk (a node may hold a million),
    and walked one by one only to name what is wrong."""
    if not top:
        return []
    if set(map(type, top)) == {list} and set(map(len, top)) == {2}:
        ids = list(map(itemgetter(0), top))  # map, not zip(*top): a million arguments is slow
        if (set(map(type, ids)) == {int} and -MAX_SAFE_INTEGER <= min(ids) and max(ids) <= MAX_SAFE_INTEGER
                and set(map(type, map(itemgetter(1), top))) <= {int, float}):
            return list(map(tuple, top))
    for j, pair in enumerate(top):
        here = f"{where}[{j}]"
        if not isinstance(pair, list) or len(pair) != 2:
            raise FieldError(f"{here} must be a [token_id, logprob] pair, got {_kind(pair)}")
        expect_int(pair[0], f"{here}[0]")
        expect_number(pair[1], f"{here}[1]")
    raise AssertionError("unreachable: a top that failed its checks has a bad pair")


def _parse_result(raw: dict[str, Any], where: str) -> Result:
    score = expect_number(required(raw, "score", where), f"{where}.score")
    return Result(
        node=expect_int(required(raw, "node", where), f"{where}.node"),
        score=score,
        text=expect_str(required(raw, "text", where), f"{where}.text"),
        extra={k: v for k, v in raw.items() if k not in _RESULT_KEYS},
    )
