"""The JSON field checks written once (``tracegen.trace.fields``): what they accept, how they name
a refused field, and that the trace reader and the response importers speak through them."""

from __future__ import annotations

import math

import orjson
import pytest
from click.testing import CliRunner

from tracegen.cli import main
from tracegen.errors import TracegenError
from tracegen.logprobs import ShapeError
from tracegen.trace import TraceFormatError, loads
from tracegen.trace.fields import (
    FieldError,
    expect_bool,
    expect_dict,
    expect_int,
    expect_list,
    expect_number,
    expect_str,
    expect_token_id,
    is_finite,
    is_integer,
    is_number,
    missing,
    optional_int,
    optional_list,
    optional_number,
    required,
)
from tracegen.trace.model import FORMAT


@pytest.mark.parametrize(("value", "integer", "number", "finite"), [
    (3, True, True, True), (-(2**70), True, True, True), (True, False, False, False), (2.0, False, True, True),
    (math.nan, False, True, False), (math.inf, False, True, False), ("3", False, False, False), (None, False, False, False),
])
def test_predicates_never_take_a_bool_for_a_number(value, integer, number, finite) -> None:
    assert (is_integer(value), is_number(value), is_finite(value)) == (integer, number, finite)


@pytest.mark.parametrize(("check", "value", "message"), [
    (expect_dict, [], "a.b must be an object, got a list"),
    (expect_list, {}, "a.b must be a list, got an object"),
    (optional_list, "x", "a.b must be a list, got a string"),
    (expect_str, 7, "a.b must be a string, got an integer"),
    (expect_bool, 0, "a.b must be true or false, got an integer"),
    (expect_int, 2**53, "a.b must be an integer from -9007199254740991 to 9007199254740991, got 9007199254740992"),
    (optional_int, True, "a.b must be an integer from -9007199254740991 to 9007199254740991, got a boolean"),
    (expect_number, None, "a.b must be a number, got null"),
    (optional_number, "1", "a.b must be a number or null, got a string"),
    (expect_token_id, -1, "a.b must be a token id (an integer from 0 to 9007199254740991), got -1"),
])
def test_a_refused_value_is_named_by_its_path(check, value, message) -> None:
    with pytest.raises(FieldError) as caught:
        check(value, "a.b")
    assert str(caught.value) == message and isinstance(caught.value, TracegenError)


def test_accepted_values_come_back_as_they_are() -> None:
    assert expect_dict({"k": 1}, "x") == {"k": 1} and optional_list(None, "x") is None
    assert optional_number(None, "x") is None and expect_number(-0.5, "x") == -0.5 and expect_token_id(0, "x") == 0
    assert required({"k": None}, "k", "x") is None


def test_a_missing_field_is_named_by_its_path_and_may_say_why() -> None:
    with pytest.raises(FieldError, match=r"^x\.k: missing$"):
        required({}, "k", "x")
    with pytest.raises(FieldError, match=r"^k: missing$"):
        required({}, "k", "")
    assert str(missing("choices[0]", "logprobs", "the request did not ask for logprobs")) == (
        "choices[0].logprobs: missing: the request did not ask for logprobs")


def test_the_trace_reader_and_the_importer_refuse_in_the_same_words(tmp_path) -> None:
    with pytest.raises(TraceFormatError) as caught:
        loads(orjson.dumps({"format": FORMAT, "version": 1, "model": {"name": "m"}, "tokens": {}, "runs": {}}))
    assert str(caught.value) == "trace: malformed trace (runs must be a list, got an object)"
    responses = tmp_path / "r.json"
    responses.write_text('{"choices": {}}')
    result = CliRunner().invoke(main, ["import", str(responses), "--from", "openai-chat", "-o", str(tmp_path / "t.json")])
    assert result.exit_code == 1
    assert result.output == f"Error: {responses}: record 1: choices must be a list, got an object\n"
    assert ShapeError is FieldError  # the parsers' name for it
