"""Property-based fuzzing of every reader of user files: each import shape and ``tracegen.load``.

The property (issue 10): a trace comes out, or a ``TracegenError`` whose message is one
line; never another exception. A trace that comes out must also save and read back equal:
tracegen never writes what it cannot read.

Inputs are the documented shapes (``tests/data``) and a small trace, mutated (a subtree
replaced by hostile JSON: lone surrogates, NaN, huge integers, deep nesting; a key deleted;
an item repeated), then written as JSON, JSON Lines with a BOM, or a JSON list; and, not at
random, every field of each documented example replaced by each value of ``SWEEP``.

Bounded: 100 examples per property, no deadline, ``derandomize`` so that each run of the
suite tries the same examples. For a deeper local run, ``TRACEGEN_FUZZ_EXAMPLES=2000``
asks for more and ``TRACEGEN_FUZZ_RANDOM=1`` for new ones each run.
"""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tracegen
from tests.response_fixtures import DATA, FIXTURES
from tracegen.errors import TracegenError
from tracegen.importing import import_responses
from tracegen.trace import Node, Result, Run, Trace, loads

SHAPES = FIXTURES
EXAMPLES = int(os.environ.get("TRACEGEN_FUZZ_EXAMPLES", "100"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=os.environ.get("TRACEGEN_FUZZ_RANDOM") is None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Text with everything in it: lone surrogates (category Cs), U+2028, U+0085, controls, bidi marks.
hostile_text = st.text(st.characters(exclude_categories=()), max_size=12) | st.sampled_from(
    ["\ud800", "a\udfffb", "\u2028", "\u0085", "\u202e", "token_id:99999999999999999999", "token_id:12", ""])
scalars = (st.none() | st.booleans() | hostile_text
           | st.integers(min_value=-(2**70), max_value=2**70) | st.sampled_from([2**53, -(2**53), 2**64])
           | st.floats(allow_nan=True, allow_infinity=True) | st.sampled_from([0.5, -9999.0, 1e308, -1e-320]))
json_values = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(hostile_text, inner, max_size=4),
    max_leaves=12)


# Deep nesting as a placeholder string, spelled out as brackets in the file's text (Python's
# json module cannot write 1,500 levels): around each limit, 100 and orjson's 254 and 1,024.
DEEP = {f"<deep {n}>": "[" * n + "]" * n for n in (98, 101, 300, 1500)}
# The values most likely to break a reader, drawn often so that a short run meets them all.
HOSTILE = [None, True, -1, 0, 2**53, 2**64, -(2**63) - 1, 10**30, 0.5, 1.5, -9999.0, float("nan"), float("inf"),
           float("-inf"), "", "\ud800", "x\udfffy", "\u2028", "\u0085\n", "token_id:99999999999999999999", [], {},
           [[]], {"": None}, *sorted(DEEP)]
replacements = (st.sampled_from(HOSTILE) | json_values).map(copy.deepcopy)  # HOSTILE's lists stay empty


def paths(value: Any, prefix: tuple = (), first_items: bool = False) -> list[tuple]:
    """Every path into ``value`` (``first_items``: into the first item of each list only,
    whose siblings have the same shape)."""
    out = [prefix]
    if len(prefix) > 12:
        return out
    if isinstance(value, dict):
        for key, child in value.items():
            out += paths(child, (*prefix, key), first_items)
    elif isinstance(value, list):
        for i, child in enumerate(value[:1] if first_items else value):
            out += paths(child, (*prefix, i), first_items)
    return out


@st.composite
def mutated(draw: st.DrawFn, document: Any) -> Any:
    """``document`` with one to three subtrees replaced, deleted or repeated."""
    doc = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(paths(doc)))
        if not path:
            doc = draw(replacements)
            continue
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["replace", "replace", "delete", "repeat"]))
        if action == "replace":
            parent[path[-1]] = draw(replacements)
        elif action == "delete":
            del parent[path[-1]]
        elif isinstance(parent, list):
            parent.append(parent[path[-1]])
    return doc


def as_text(records: list[Any], layout: str) -> str:
    """The records as a file: one JSON value, a JSON list, or JSON Lines (with a BOM)."""
    def dumps(value: Any) -> str:  # ASCII, so lone surrogates become \udXXX escapes; NaN as NaN
        text = json.dumps(value, allow_nan=True)
        for placeholder, brackets in DEEP.items():
            text = text.replace(json.dumps(placeholder), brackets)
        return text

    if layout == "json":
        return dumps(records[0])
    if layout == "list":
        return dumps(records)
    return "\ufeff" + "\n".join(dumps(r) for r in records) + "\n"


def fixture_records(name: str) -> list[Any]:
    text = (DATA / name).read_text()
    if name.endswith(".jsonl"):
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return [json.loads(text)]


def assert_one_line(exc: TracegenError) -> None:
    message = str(exc)
    assert message and "\n" not in message and "\r" not in message, repr(message)
    message.encode("utf-8")  # printable: no lone surrogate leaks into the message


def assert_round_trips(trace: Trace) -> None:
    """A trace that came out passes what ``save`` checks, and its bytes read back as the same
    trace (``save`` is these two steps and an atomic write; no disk here, for speed)."""
    trace.validate()
    assert loads(trace.dumps()).to_dict() == trace.to_dict()


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def replaced(document: Any, path: tuple, value: Any) -> Any:
    if not path:
        return copy.deepcopy(value)
    doc = copy.deepcopy(document)
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = copy.deepcopy(value)
    return doc


def deleted(document: Any, path: tuple) -> Any:
    doc = copy.deepcopy(document)
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    del parent[path[-1]]
    return doc


# A few values of each kind that broke a reader before (issue 10), for the exhaustive sweep.
SWEEP = [None, -1, 2**64, float("nan"), float("-inf"), "\ud800", "\u2028", [[]], {}, "<deep 300>", "<deep 1500>"]


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_every_field_of_every_shape_survives_every_hostile_value(name, scratch):
    """Not random: each field of the documented example replaced by each value of ``SWEEP``
    in turn, and deleted, all checked by the same property."""
    fmt, record = SHAPES[name], fixture_records(name)[0]
    source = scratch / f"sweep-{fmt}.json"
    fields = paths(record, first_items=True)
    variants = [deleted(record, p) for p in fields if p]
    variants += [replaced(record, p, value) for p in fields for value in SWEEP]
    for variant in variants:
        source.write_text(as_text([variant], "json"), encoding="utf-8")
        try:
            trace = import_responses(source, fmt)
        except TracegenError as exc:
            assert_one_line(exc)
            continue
        assert_round_trips(trace)


def test_every_field_of_a_trace_survives_every_hostile_value():
    document = small_trace()
    fields = paths(document, first_items=True)
    variants = [deleted(document, p) for p in fields if p]
    variants += [replaced(document, p, value) for p in fields for value in SWEEP]
    for variant in variants:
        try:
            trace = loads(as_text([variant], "json"), source="swept.json")
        except TracegenError as exc:
            assert_one_line(exc)
            continue
        assert_round_trips(trace)


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_every_import_shape_gives_a_trace_or_one_line(name, scratch):
    fmt = SHAPES[name]
    records = fixture_records(name)
    wrappers = st.sampled_from(["bare", "prompt", "messages", "request"])

    @FUZZ
    @given(record=mutated(records[0]), wrapper=wrappers, layout=st.sampled_from(["json", "list", "jsonl"]))
    def check(record: Any, wrapper: str, layout: str) -> None:
        if wrapper == "prompt":
            record = {"prompt": "The capital of France is", "id": "p", "response": record}
        elif wrapper == "messages":
            record = {"messages": [{"role": "user", "content": [{"type": "text", "text": "Hi"}]}],
                      "response": record}
        elif wrapper == "request":
            record = {"request": {"messages": [{"role": "user", "content": "Hi"}]}, "response": record}
        source = scratch / f"{fmt}-in.json"
        source.write_text(as_text([*records, record], layout), encoding="utf-8")
        try:
            trace = import_responses(source, fmt)
        except TracegenError as exc:
            assert_one_line(exc)
            return
        assert_round_trips(trace)

    check()


@FUZZ
@given(wrapper=mutated({"id": "x", "prompt": "p", "messages": [{"role": "user", "content": "Hi"}],
                        "request": {"model": "m"}, "response": {}}),
       fmt=st.sampled_from(sorted(set(SHAPES.values()))))
def test_hostile_wrappers_give_a_trace_or_one_line(wrapper, fmt, scratch):
    response = fixture_records(next(n for n, f in SHAPES.items() if f == fmt))[0]
    if isinstance(wrapper, dict) and "response" in wrapper:
        wrapper["response"] = response
    source = scratch / "wrapper.json"
    source.write_text(as_text([wrapper], "json"), encoding="utf-8")
    try:
        trace = import_responses(source, fmt)
    except TracegenError as exc:
        assert_one_line(exc)
        return
    assert_round_trips(trace)


def small_trace() -> dict[str, Any]:
    run = Run(id="r1", prompt="Hi", prompt_token_ids=[1, 2], strategy={"name": "greedy"}, top_k=2,
              extra={"chat": False, "max_new_tokens": 2})
    run.add_node(Node(id=0, top=[(5, -0.1), (6, -2.5)], entropy=0.4))
    run.add_node(Node(id=1, parent=0, token=5, logprob=-0.1, rank=0, top=[(7, -0.01), (-1, -5.0)], entropy=0.05))
    run.add_node(Node(id=2, parent=1, token=7, logprob=-0.01, rank=0, top=None, extra={"finish": "eos"}))
    run.results.append(Result(node=2, score=-0.11, text="!\n", extra={"logprob": -0.11, "num_tokens": 2}))
    trace = Trace(model={"name": "m", "vocab_size": 10}, tokens={1: "H", 2: "i", 5: "!", 6: "?", 7: "\n", -1: "x"},
                  runs=[run], token_bytes={6: b"\xf0"})
    return trace.to_dict()


@FUZZ
@given(document=mutated(small_trace()), bom=st.booleans())
def test_load_gives_a_trace_or_one_line(document, bom):
    text = as_text([document], "json")
    try:
        trace = loads(("\ufeff" if bom else "") + text, source="fuzzed.json")
    except TracegenError as exc:
        assert_one_line(exc)
        return
    assert_round_trips(trace)


@FUZZ
@given(data=st.binary(max_size=64) | st.builds(lambda v: json.dumps(v, allow_nan=True).encode(), json_values))
def test_load_of_any_bytes_gives_a_trace_or_one_line(data, scratch):
    path = scratch / "bytes.json"
    path.write_bytes(data)
    try:
        tracegen.load(path)
    except TracegenError as exc:
        assert_one_line(exc)
