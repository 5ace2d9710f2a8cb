"""Reading a large trace checks its nodes in bulk, and names a problem exactly as one by one.

``io.py`` and ``validate.py`` check a run's nodes field by field over the whole run (a run may
hold hundreds of thousands) and walk them one by one only when a check fails, to name the
problem; ``_jsontext.first_problem`` asks orjson first whether a value is plain JSON. These
tests hold the promise that makes that safe: whatever sits in node 1234 of 2,000, the file
is refused in the words the one-by-one walk used before the bulk checks existed (the messages
below were printed by that code), and the bulk checks never accept what the walk refuses.
"""

from __future__ import annotations

import copy
import json
import math
from collections.abc import Callable
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.synthetic_traces import shaped_trace
from tracegen._jsontext import first_problem, writes_back_as_itself
from tracegen.trace import Node, TraceFormatError, loads
from tracegen.trace.fields import FieldError
from tracegen.trace.io import _nodes_in_bulk, _nodes_one_by_one
from tracegen.trace.validate import _check_nodes, _nodes_are_sound, _Problem

BAD = 1234  # the node that is wrong, deep inside a run of 2,000
M = "t.json: malformed trace (runs[0].nodes[1234]"
R = "t.json: run 'r': node 1234"
INT = "must be an integer from -9007199254740991 to 9007199254740991, got"


def deep(levels: int) -> Any:
    value: Any = 1
    for _ in range(levels):
        value = [value]
    return value


@pytest.fixture(scope="module")
def raw_trace() -> dict[str, Any]:
    return orjson.loads(shaped_trace("path", 2000, rescored=True).dumps())


# (what is wrong, how node 1234 of the file is changed, the message)
IN_THE_FILE: list[tuple[str, Callable[[dict[str, Any]], Any], str | None]] = [
    ("id a string", lambda n: n.update(id="7"), f"{M}.id {INT} a string)"),
    ("id a bool", lambda n: n.update(id=True), f"{M}.id {INT} a boolean)"),
    ("id past 2**53", lambda n: n.update(id=2**53), f"{M}.id {INT} 9007199254740992)"),
    ("id missing", lambda n: n.pop("id"), f"{M}.id: missing)"),
    ("parent a float", lambda n: n.update(parent=1233.0), f"{M}.parent {INT} 1233.0)"),
    ("token a bool", lambda n: n.update(token=False), f"{M}.token {INT} a boolean)"),
    ("rank a string", lambda n: n.update(rank="0"), f"{M}.rank {INT} a string)"),
    ("logprob a string", lambda n: n.update(logprob="-0.5"), f"{M}.logprob must be a number or null, got a string)"),
    ("entropy a list", lambda n: n.update(entropy=[]), f"{M}.entropy must be a number or null, got a list)"),
    ("top_mass a bool", lambda n: n.update(top_mass=True), f"{M}.top_mass must be a number or null, got a boolean)"),
    ("top an object", lambda n: n.update(top={}), f"{M}.top must be a list, got an object)"),
    ("top pair of three", lambda n: n["top"].__setitem__(2, [1, -1.0, 0]),
     f"{M}.top[2] must be a [token_id, logprob] pair, got a list)"),
    ("top pair a string", lambda n: n["top"].__setitem__(1, "ab"),
     f"{M}.top[1] must be a [token_id, logprob] pair, got a string)"),
    ("top id a float", lambda n: n["top"][2].__setitem__(0, 2.0), f"{M}.top[2][0] {INT} 2.0)"),
    ("top id past 2**53", lambda n: n["top"][2].__setitem__(0, -(2**53)), f"{M}.top[2][0] {INT} -9007199254740992)"),
    ("top logprob null", lambda n: n["top"][2].__setitem__(1, None), f"{M}.top[2][1] must be a number, got null)"),
    ("duplicate id", lambda n: n.update(id=7), "t.json: run 'r': duplicate node id 7"),
    ("negative id", lambda n: n.update(id=-3), "t.json: run 'r': node -3: the id is not an integer from 0 to 9007199254740991"),
    ("unknown parent", lambda n: n.update(parent=5000), f"{R} has unknown parent 5000"),
    ("parent after the child", lambda n: n.update(parent=1500), f"{R} has unknown parent 1500"),
    ("no parent", lambda n: n.update(parent=None), f"{R} has no parent (only the first node is the root)"),
    ("no token", lambda n: n.update(token=None), f"{R} has no token"),
    ("token not in the table", lambda n: n.update(token=999999), f'{R}: token id 999999 is missing from "tokens"'),
    ("positive logprob", lambda n: n.update(logprob=0.5), f"{R}: logprob 0.5 is not a log-probability (a finite number ≤ 0)"),
    ("negative rank", lambda n: n.update(rank=-1), f"{R}: rank -1 is not a rank (an integer ≥ 0)"),
    ("negative entropy", lambda n: n.update(entropy=-0.25), f"{R}: entropy -0.25 is not an entropy (a finite number ≥ 0)"),
    ("top_mass above 1", lambda n: n.update(top_mass=1.5), f"{R}: top_mass 1.5 is not a probability (from 0 to 1)"),
    ("top token not in the table", lambda n: n["top"][1].__setitem__(0, 999999),
     f'{R}: top token id 999999 is missing from "tokens"'),
    ("top logprob positive", lambda n: n["top"][1].__setitem__(1, 0.25),
     f"{R}: top logprob 0.25 is not a log-probability (a finite number ≤ 0)"),
    ("extra nested too deep", lambda n: n.update(note={"a": deep(96)}),
     f"{R}: note.a[0][0][0][0][0][0]...: nested deeper than 100 levels"),
    ("extra nested to the limit", lambda n: n.update(note={"a": deep(94)}), None),
]


@pytest.mark.parametrize(("case", "change", "message"), IN_THE_FILE, ids=[c[0] for c in IN_THE_FILE])
def test_a_bad_node_deep_in_a_large_file_is_named_as_before(raw_trace, case, change, message) -> None:
    raw = copy.deepcopy(raw_trace)
    change(raw["runs"][0]["nodes"][BAD])
    text = json.dumps(raw)
    if message is None:
        assert loads(text, source="t.json").runs[0].nodes[BAD].extra["note"] == raw["runs"][0]["nodes"][BAD]["note"]
    else:
        with pytest.raises(TraceFormatError) as caught:
            loads(text, source="t.json")
        assert str(caught.value) == message


# (what is wrong, how node 1234 of a trace built in code is changed, what saving it says)
IN_CODE: list[tuple[str, Callable[[Node], Any], str | None]] = [
    ("NaN deep in extra", lambda n: n.extra["source_top"][1].__setitem__(1, math.nan),
     f"{R}: source_top[1][1]: nan is not a JSON number"),
    ("infinity in extra", lambda n: n.extra.update(note={"x": [-math.inf]}), f"{R}: note.x[0]: -inf is not a JSON number"),
    ("surrogate deep in extra", lambda n: n.extra["source_top"].append(["\ud800"]),
     f"{R}: source_top[3][0]: a lone surrogate \\ud800 is not text"),
    ("surrogate key in extra", lambda n: n.extra.update(note={"ok": {"\udc80": 1}}),
     f"{R}: note.ok: a key with a lone surrogate \\udc80 is not text"),
    ("key not a string", lambda n: n.extra.update(note={"ok": {3: 1}}), f"{R}: note.ok[3]: a key that is not a string"),
    ("integer past 64 bits", lambda n: n.extra.update(note=[1, 2**64]), f"{R}: note[1]: an integer beyond 64 bits"),
    ("nested too deep", lambda n: n.extra.update(note={"a": deep(96)}),
     f"{R}: note.a[0][0][0][0][0][0]...: nested deeper than 100 levels"),
    ("nested to the limit", lambda n: n.extra.update(note={"a": deep(94)}), None),
    ("a tuple is not looked into", lambda n: n.extra.update(note=(1, math.nan)), None),
    ("NaN logprob", lambda n: setattr(n, "logprob", math.nan), f"{R}: logprob nan is not a log-probability (a finite number ≤ 0)"),
    ("NaN top logprob", lambda n: n.top.__setitem__(1, (4, math.nan)),
     f"{R}: top logprob nan is not a log-probability (a finite number ≤ 0)"),
    ("bool logprob", lambda n: setattr(n, "logprob", True),
     f"{R}: logprob a boolean is not a log-probability (a finite number ≤ 0)"),
    ("string token", lambda n: setattr(n, "token", "1"), f'{R}: token id 1 is missing from "tokens"'),
    ("float parent", lambda n: setattr(n, "parent", 1233.0), None),
    ("root parent", lambda n: setattr(n, "parent", None), f"{R} has no parent (only the first node is the root)"),
]


@pytest.mark.parametrize(("case", "change", "message"), IN_CODE, ids=[c[0] for c in IN_CODE])
def test_a_bad_node_deep_in_a_large_trace_is_named_as_before(case, change, message) -> None:
    trace = shaped_trace("path", 2000, rescored=True)
    change(trace.runs[0].nodes[BAD])
    if message is None:
        trace.validate(source="t.json")
    else:
        with pytest.raises(TraceFormatError) as caught:
            trace.validate(source="t.json")
        assert str(caught.value) == message


# -- the bulk checks never accept what the walk refuses --------------------------------------

FUZZ = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
scalars = (st.none() | st.booleans() | st.integers(-(2**65), 2**65) | st.sampled_from([2**53, -(2**53), 2**64, -(2**63) - 1])
           | st.floats() | st.text(max_size=4) | st.sampled_from(["\ud800", "a\udfffb"]))
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3) | st.tuples(inner, inner)
                      | st.dictionaries(st.text(max_size=3) | st.integers(0, 3) | st.just("\udc80"), inner, max_size=3),
                      max_leaves=8)
FIELDS = ["id", "parent", "token", "logprob", "rank", "top", "entropy", "top_mass", "note"]


def small_nodes() -> list[dict[str, Any]]:
    return orjson.loads(shaped_trace("path", 6, rescored=True).dumps())["runs"][0]["nodes"]


@st.composite
def changed_nodes(draw: st.DrawFn) -> list[Any]:
    """Six nodes, one to three of their fields (or pairs of their top) replaced by any value."""
    nodes: list[Any] = small_nodes()
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(0, len(nodes) - 1))
        target = draw(st.sampled_from(["node", "field", "field", "pair", "pair item"]))
        if target == "node":
            nodes[i] = draw(values)
        elif target == "field" and isinstance(nodes[i], dict):
            nodes[i][draw(st.sampled_from(FIELDS))] = draw(values | st.integers(-2, 8))
        elif isinstance(nodes[i], dict) and isinstance(nodes[i].get("top"), list) and nodes[i]["top"]:
            j = draw(st.integers(0, len(nodes[i]["top"]) - 1))
            if target == "pair" or not isinstance(nodes[i]["top"][j], list):
                nodes[i]["top"][j] = draw(values)
            else:
                nodes[i]["top"][j] = list(nodes[i]["top"][j])
                nodes[i]["top"][j][draw(st.integers(0, 1))] = draw(values | st.integers(-2, 8))
    return nodes


@FUZZ
@given(changed_nodes())
def test_reading_in_bulk_accepts_only_what_one_by_one_accepts_and_builds_the_same_nodes(nodes) -> None:
    in_bulk = _nodes_in_bulk(copy.deepcopy(nodes))
    if in_bulk is not None:
        assert in_bulk == _nodes_one_by_one(nodes, "runs[0]")
    else:  # the walk names a problem or, for what bulk checks do not take (none yet), builds them
        try:
            _nodes_one_by_one(nodes, "runs[0]")
        except FieldError:
            pass


@FUZZ
@given(changed_nodes())
def test_checking_in_bulk_accepts_only_what_one_by_one_accepts(nodes) -> None:
    try:
        parsed = _nodes_one_by_one(nodes, "runs[0]")
    except FieldError:
        return
    tokens = shaped_trace("path", 6).tokens
    if _nodes_are_sound(parsed, tokens):
        assert _check_nodes(parsed, tokens, "run") == {n.id for n in parsed}
    else:
        try:
            _check_nodes(parsed, tokens, "run")
        except _Problem:
            pass


def reference_problem(value: Any, level: int, limit: int = 100) -> bool:
    """Whether ``first_problem(value, depth=level, strict=True)`` must find something, written
    out recursively: too deep, a key that is not a string, a lone surrogate, NaN or an
    infinity, an integer beyond 64 bits (inside dicts and lists only, as it looks)."""
    def text_bad(s: str) -> bool:
        return any(0xD800 <= ord(c) <= 0xDFFF for c in s)

    if isinstance(value, str):
        return text_bad(value)
    if isinstance(value, float):
        return not math.isfinite(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return not -(2**63) <= value < 2**64
    if isinstance(value, dict):
        return level > limit or any(not isinstance(k, str) or text_bad(k) or reference_problem(v, level + 1, limit)
                                    for k, v in value.items())
    if isinstance(value, list):
        return level > limit or any(reference_problem(v, level + 1, limit) for v in value)
    return False


@FUZZ
@given(values, st.integers(1, 8), st.integers(1, 8))
def test_plain_json_is_found_plain_at_c_speed_and_nothing_else_is(value, nesting, limit) -> None:
    value = [value] if nesting % 2 else {"k": value}
    bad = reference_problem(value, 1, limit)
    assert (first_problem(value, limit=limit, strict=True) is not None) == bad
    if writes_back_as_itself(value, limit - 1):
        assert not bad


def test_the_fast_check_says_no_where_it_must() -> None:
    assert writes_back_as_itself({"a": [1, None, "x", 2.5, True]})
    assert not writes_back_as_itself([math.nan])
    assert not writes_back_as_itself({"a": [-math.inf]})
    assert not writes_back_as_itself(["\ud800"])
    assert not writes_back_as_itself({1: 2})
    assert not writes_back_as_itself([2**64])
    assert writes_back_as_itself([[[]]], 2) and not writes_back_as_itself([[[]]], 1)
