"""``tracegen import``: saved API responses (tests/data, shaped as each API documents) as traces."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import jsonschema
import orjson
import pytest
from click.testing import CliRunner
from scaling import LINEAR_BOUND, cpu_seconds, growth

import tracegen
from tests.response_fixtures import DATA, FIXTURES
from tracegen.cli import main
from tracegen.errors import TracegenError
from tracegen.importing import FORMATS, import_responses
from tracegen.testing import tiny_tokenizer
from tracegen.trace import SCHEMA_PATH, is_unmapped
from tracegen.trace.tokens import TokenTable, UnmappedIds

EXE = str(Path(sys.executable).with_name("tracegen"))
SCHEMA = json.loads(SCHEMA_PATH.read_text())



def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def convert(name: str, **kwargs) -> tracegen.Trace:
    return import_responses(DATA / name, FIXTURES[name], **kwargs)


def path_of(run: tracegen.Run, trace: tracegen.Trace, result: int = 0) -> list[str]:
    return [trace.tokens[n.token] for n in run.path(run.results[result].node)[1:]]


@pytest.fixture(scope="module")
def smollm2_tokenizer():
    """The default model's tokenizer alone (about 1.5 s)."""
    from tracegen.models import load_tokenizer

    return TokenTable(load_tokenizer(None)[0])


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_every_format_converts_through_the_cli_to_a_trace_the_schema_accepts(tmp_path, name):
    out = tmp_path / "trace.json"
    result = invoke("import", str(DATA / name), "--from", FIXTURES[name], "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Wrote {out} (")
    jsonschema.validate(orjson.loads(out.read_bytes()), SCHEMA)
    trace = tracegen.load(out)
    assert trace.model["backend"] == "import" and trace.model["imported_from"] == FIXTURES[name]
    assert trace.model["vocab_size"] is None and "tokenizer" not in trace.model
    for run in trace.runs:
        assert run.strategy == {"name": "import", "from": FIXTURES[name], **(
            {"probabilities": "after sampling"} if name == "llamacpp-old.json" else {})}
        assert run.complete and run.results
        assert run.top_k == max(len(n.top) for n in run.nodes if n.top is not None)
        for node in run.nodes:
            assert node.entropy is None
            if node.top is not None:
                assert node.top_mass == pytest.approx(min(sum(math.exp(lp) for _, lp in node.top), 1), abs=1e-5)
            else:
                assert node.top_mass is None and node.extra["finish"] in ("eos", "length")


def test_the_library_function_is_a_formats_table():
    assert FORMATS == ("openai-chat", "openai-completions", "llamacpp", "vllm", "tgi")
    with pytest.raises(TracegenError, match="unknown format 'anthropic'"):
        import_responses(DATA / "tgi.json", "anthropic")
    assert import_responses.__doc__ and "Args:" in import_responses.__doc__


def test_openai_chat_numbers_land_on_their_nodes():
    trace = convert("openai-chat.json")
    assert trace.model["name"] == "gpt-4o-mini-2024-07-18"
    [run] = trace.runs  # both choices answer one request: one tree
    assert run.id == "import-1" and run.prompt == "" and run.prompt_token_ids == [] and run.extra["chat"] is True
    root = run.root
    assert [(trace.tokens[t], lp) for t, lp in root.top] == [("Hello", -0.31725), ("Hi", -1.31904)]
    assert root.top_mass == round(math.exp(-0.31725305) + math.exp(-1.3190403), 5)
    hello, hi = run.children(0)
    assert (hello.logprob, hello.rank, hi.logprob, hi.rank) == (-0.31725, 0, -1.31904, 1)
    [bang] = run.children(hello.id)
    assert bang.top is None and bang.extra["finish"] == "eos" and bang.logprob == -0.02381
    # the emoji split over two tokens: bytes kept, text joined exactly
    first, second = run.path(run.results[1].node)[2:]
    assert trace.tokens[first.token] == " <0xF0><0x9F>" and trace.token_bytes[first.token] == b" \xf0\x9f"
    assert trace.token_bytes[second.token] == b"\x91\x8b" and second.extra["finish"] == "length"
    assert [r.text for r in run.results] == ["Hello!", "Hi \U0001F44B"]  # best first
    best, other = run.results
    assert best.score == best.extra["logprob"] == round(-0.31725305 - 0.02380986, 5)
    assert (best.extra["num_tokens"], best.extra["finish"]) == (2, "eos")
    assert (other.extra["num_tokens"], other.extra["finish"]) == (3, "length")


def test_without_a_tokenizer_every_token_is_unmapped_and_the_same_text_keeps_its_id():
    trace = convert("openai-chat.json")
    run = trace.runs[0]
    assert all(is_unmapped(t) for t in trace.tokens)
    hello, hi = run.children(0)
    assert hi.token == run.root.top[1][0]  # "Hi" as chosen and as candidate: one id
    bang = run.children(hello.id)[0]
    assert bang.token == run.node(hi.id).top[0][0]  # "!" after "Hello" and after "Hi"
    assert set(trace.tokens) == {t for r in trace.runs for t in tracegen.trace.iter_token_ids(r)}


def test_the_tiny_tokenizer_maps_single_bytes_and_leaves_the_rest_unmapped(tmp_path):
    trace = convert("openai-chat.json", tokenizer=tiny_tokenizer())
    run = trace.runs[0]
    hello, hi = run.children(0)
    bang = run.children(hello.id)[0]
    assert bang.token == 33 and trace.tokens[33] == "!"  # one byte: the tiny tokenizer's id 33
    assert is_unmapped(hello.token) and trace.tokens[hello.token] == "Hello"
    assert trace.model["vocab_size"] == 257
    jsonschema.validate(orjson.loads(trace.dumps()), SCHEMA)


def test_the_default_tokenizer_maps_texts_and_bytes_to_real_ids(smollm2_tokenizer):
    trace = convert("openai-chat.json", tokenizer=smollm2_tokenizer)
    run = trace.runs[0]
    hello, hi = run.children(0)
    assert (hello.token, hi.token) == (19556, 26843)
    assert run.children(hello.id)[0].token == 17  # "!"
    half, rest = run.path(run.results[1].node)[2:]
    assert half.token == 15107 and trace.token_bytes[15107] == b" \xf0\x9f"  # matched by its bytes
    assert is_unmapped(rest.token) and trace.token_bytes[rest.token] == b"\x91\x8b"  # no such single token
    assert trace.model["vocab_size"] == 49152
    assert run.results[1].text == "Hi \U0001F44B"


def test_completions_with_one_prompt_merge_into_one_tree_sharing_prefixes():
    trace = convert("openai-completions.jsonl")
    france, italy = trace.runs
    assert (france.id, france.prompt, italy.id, italy.prompt) == (
        "import-1", "The capital of France is", "italy", "The capital of Italy is")
    assert france.extra["chat"] is False
    [paris, a] = france.children(0)  # " Paris" chosen by two responses: one node
    assert trace.tokens[paris.token] == " Paris" and trace.tokens[a.token] == " a"
    assert [trace.tokens[c.token] for c in france.children(paris.id)] == [".", ","]
    assert len(france.nodes) == 6
    assert [r.text for r in france.results] == [" Paris.", " Paris,", " a city"]
    assert [r.extra["finish"] for r in france.results] == ["eos", "eos", "length"]
    assert france.results[2].score == -4.7 and a.rank == 1 and a.logprob == -3.2
    assert [r.text for r in italy.results] == [" Rome"]


def test_an_echoed_prompt_becomes_the_prompt_and_is_not_part_of_the_tree():
    trace = convert("openai-completions-echo.json")
    [run] = trace.runs
    assert run.prompt == "The sky is"
    assert [trace.tokens[t] for t in run.prompt_token_ids] == ["The", " sky", " is"]
    assert [(trace.tokens[t], lp) for t, lp in run.root.top] == [(" blue", -0.4), (" clear", -1.9)]
    assert [r.text for r in run.results] == [" blue"]


def test_llamacpp_ids_ranks_and_stop_type():
    trace = convert("llamacpp.json")
    [run] = trace.runs
    assert run.prompt == "The capital of France is" and trace.model["name"] == "SmolLM2-135M-Instruct-Q4_1"
    paris, period = run.path(run.results[0].node)[1:]
    assert (paris.token, paris.rank, period.token, period.rank, period.logprob) == (7042, 0, 30, 1, -0.9)
    assert trace.tokens[7042] == " Paris" and trace.tokens[284] == " and"
    assert period.extra["finish"] == "length"  # stop_type "limit"
    assert run.root.top == [(7042, -0.4), (253, -2.0), (260, -2.5)]


def test_llamacpp_old_probabilities_become_logprobs_and_a_missing_one_stays_unknown():
    trace = convert("llamacpp-old.json")
    [run] = trace.runs
    assert run.strategy["probabilities"] == "after sampling"
    assert [lp for _, lp in run.root.top] == [round(math.log(p), 5) for p in (0.67, 0.14, 0.08)]
    assert run.root.top_mass == 0.89
    paris, bang = run.path(run.results[0].node)[1:]
    assert paris.logprob == round(math.log(0.67), 5) and paris.rank == 0
    assert trace.tokens[bang.token] == "!" and bang.logprob is None and bang.rank is None  # not among probs
    result = run.results[0]
    assert "logprob" not in result.extra and result.score == paris.logprob and result.extra["finish"] == "length"
    assert result.text == " Paris!"


def test_tgi_prefill_is_the_prompt_and_best_of_sequences_are_more_paths():
    trace = convert("tgi.json")
    [run] = trace.runs
    assert run.prompt == "The capital of France is" and run.prompt_token_ids == [504, 3575, 282, 4649, 314]
    assert trace.tokens[3575] == " capital" and trace.model["name"] == "unknown"
    assert [r.text for r in run.results] == [" Paris.<|im_end|>", " a city"]
    assert [r.extra["finish"] for r in run.results] == ["eos", "length"]
    paris, a = run.children(0)
    assert (paris.token, a.token, a.rank) == (7042, 253, 1)
    eos = run.path(run.results[0].node)[-1]
    assert (eos.token, eos.logprob, eos.extra["finish"]) == (2, -0.3, "eos")


def test_vllm_token_ids_name_the_chosen_tokens_and_their_candidates():
    trace = convert("vllm-chat.json")
    [run] = trace.runs
    assert run.extra["chat"] is True and len(run.prompt_token_ids) == 37 and run.prompt_token_ids[:3] == [1, 9690, 198]
    paris, end = run.path(run.results[0].node)[1:]
    assert (paris.token, end.token) == (38634, 2)
    assert run.root.top[0][0] == 38634 and paris.rank == 0  # the candidate "Paris" is the chosen token
    assert is_unmapped(run.root.top[1][0]) and trace.tokens[run.root.top[1][0]] == "The"
    assert trace.tokens[38634] == "Paris" and trace.tokens[9690] == "<id 9690>"  # a prompt id with no text given
    assert run.prompt == ""  # the prompt's texts are unknown without a tokenizer


def test_vllm_token_id_strings_take_their_texts_from_the_tokenizer(smollm2_tokenizer):
    bare = convert("vllm-completions.json")
    assert bare.tokens[7042] == "<id 7042>" and bare.tokens[3575] == " capital"  # prompt_logprobs' decoded_token
    trace = convert("vllm-completions.json", tokenizer=smollm2_tokenizer)
    [run] = trace.runs
    assert run.prompt == "The capital of France is" and run.prompt_token_ids == [504, 3575, 282, 4649, 314]
    assert run.results[0].text == " Paris." and trace.tokens[30] == "."
    assert [n.rank for n in run.path(run.results[0].node)[1:]] == [0, 1]


def test_the_tokenizer_option_loads_a_spec_and_names_it(tmp_path):
    directory = tmp_path / "tok"
    tiny_tokenizer().save_pretrained(directory)
    out = tmp_path / "t.json"
    result = invoke("import", str(DATA / "openai-chat.json"), "--from", "openai-chat", "-o", str(out),
                    "--tokenizer", str(directory), "--model-name", "my-model")
    assert result.exit_code == 0, result.output
    trace = tracegen.load(out)
    assert trace.model["tokenizer"] == str(directory.resolve()) and trace.model["name"] == "my-model"
    assert 33 in trace.tokens


def test_wrapped_messages_give_a_chat_prompt_and_merge_by_conversation(tmp_path):
    chat = json.loads((DATA / "openai-chat.json").read_text())
    messages = [{"role": "user", "content": "Say hello"}]
    lines = [{"messages": messages, "response": chat}, {"messages": messages, "response": chat},
             {"id": "greeting", "request": {"model": "gpt-4o-mini", "messages": [
                 {"role": "system", "content": "Be brief."}, {"role": "user", "content": "Say hello"}]},
              "response": chat}]
    src = tmp_path / "saved.jsonl"
    src.write_text("".join(json.dumps(line) + "\n" for line in lines))
    trace = import_responses(src, "openai-chat")
    first, second = trace.runs
    assert (first.id, first.prompt, first.extra["messages"]) == ("import-1", "Say hello", messages)
    assert len(first.nodes) == 6 and len(first.results) == 2  # the repeated response adds nothing new
    assert (second.id, second.prompt) == ("greeting", "system: Be brief.\nuser: Say hello")


def test_responses_without_prompt_information_stay_in_runs_of_their_own(tmp_path):
    chat = (DATA / "openai-chat.json").read_text()
    src = tmp_path / "two.json"
    src.write_text(f"[{chat}, {chat}]")
    trace = import_responses(src, "openai-chat")
    assert [r.id for r in trace.runs] == ["import-1", "import-2"]
    assert all(r.prompt == "" and len(r.results) == 2 for r in trace.runs)


def test_openais_very_unlikely_sentinel_is_an_unknown_logprob(tmp_path):
    chat = json.loads((DATA / "openai-chat.json").read_text())
    chat["choices"][0]["logprobs"]["content"][1]["logprob"] = -9999.0
    chat["choices"][0]["logprobs"]["content"][1]["top_logprobs"] = []
    src = tmp_path / "r.json"
    src.write_text(json.dumps({"prompt": "Greet me", "response": chat}))
    run = import_responses(src, "openai-chat").runs[0]
    assert run.prompt == "Greet me"
    # the sum that misses a token is no better than it looks: listed after the complete one
    assert [r.text for r in run.results] == ["Hi \U0001F44B", "Hello!"]
    assert run.results[1].score == -0.31725 and "logprob" not in run.results[1].extra
    leaf = run.node(run.results[1].node)
    assert leaf.logprob is None and leaf.rank is None
    assert run.node(leaf.parent).top == [] and run.node(leaf.parent).top_mass == 0  # evaluated, nothing listed


def test_an_imported_trace_exports(tmp_path):
    trace_path = tmp_path / "tgi.json"
    assert invoke("import", str(DATA / "tgi.json"), "--from", "tgi", "-o", str(trace_path)).exit_code == 0
    result = invoke("export", str(trace_path))
    assert result.exit_code == 0, result.output
    html = (tmp_path / "tgi.html").read_text()
    assert "tracegen-trace" in html and "best_of" not in html and " capital" in html


def test_reads_standard_input_through_the_installed_executable(tmp_path):
    out = tmp_path / "t.json"
    proc = subprocess.run([EXE, "import", "-", "--from", "llamacpp", "-o", str(out)],
                          input=(DATA / "llamacpp.json").read_text(), capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert tracegen.load(out).runs[0].results[0].text == " Paris."


BAD_RECORDS = [
    (lambda c: c["choices"][0]["logprobs"]["content"][1].update(top_logprobs="oops"),
     "record 3: choices[0].logprobs.content[1].top_logprobs must be a list, got a string"),
    (lambda c: c["choices"][1]["logprobs"]["content"][0].update(logprob="x"),
     "record 3: choices[1].logprobs.content[0]: logprob must be a number, got a string"),
    (lambda c: c["choices"][0]["logprobs"]["content"][0].update(bytes=[300]),
     "record 3: choices[0].logprobs.content[0]: bytes must be a list of integers 0-255"),
    (lambda c: c["choices"][0].update(logprobs=None),
     "record 3: choices[0].logprobs: missing: the request did not ask for logprobs"),
    (lambda c: c.update(choices={}), "record 3: choices must be a list, got an object"),
]


@pytest.mark.parametrize("spoil, message", BAD_RECORDS)
def test_a_malformed_record_is_one_line_naming_record_and_field_and_writes_nothing(tmp_path, spoil, message):
    good = (DATA / "openai-chat.json").read_text().replace("\n", "")
    bad = json.loads(good)
    spoil(bad)
    src = tmp_path / "responses.jsonl"
    src.write_text(f"{good}\n\n{json.dumps(bad)}\n")
    out = tmp_path / "trace.json"
    proc = subprocess.run([EXE, "import", str(src), "--from", "openai-chat", "-o", str(out)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr == f"Error: {src}: {message}\n"
    assert not out.exists() and list(tmp_path.iterdir()) == [src]


@pytest.mark.parametrize("record, fmt, message", [
    ({"prompt": ["a"], "response": {}}, "tgi", "record 1: prompt must be a string, got a list"),
    ({"id": True, "response": {}}, "tgi", "record 1: id must be a string or an integer, got a boolean"),
    ({"generated_text": "x"}, "tgi", "record 1: details: missing: the request did not set details=true"),
    ({"response": {"details": {"tokens": [{"id": 1, "text": "a", "logprob": 0.5}]}}}, "tgi",
     "record 1: response.details.tokens[0]: logprob 0.5 is not a log-probability"),
    ({"content": "x", "completion_probabilities": [{"content": "x", "probs": [{"tok_str": "x", "prob": 2}]}]},
     "llamacpp", "record 1: completion_probabilities[0].probs[0]: prob 2 is not a probability"),
    ({"choices": [{"text": "x", "logprobs": {"tokens": ["x"], "token_logprobs": [-1.0],
                                             "top_logprobs": [{"x": -1.0}]}}]},
     "openai-chat", "record 1: choices[0]: a completions choice (\"text\", no \"message\"): use --from "
                    "openai-completions"),
    ({"choices": [{"text": "ab", "logprobs": {"tokens": ["a", "b"], "token_logprobs": [None, -1.0],
                                              "top_logprobs": [None, {"b": -1.0}]}}]},
     "openai-completions", "record 1: choices[0].logprobs: the prompt is echoed, but usage.prompt_tokens does "
                           "not say how many tokens it has"),
    (5, "vllm", "record 1: the record must be an object, got an integer"),
])
def test_other_malformed_records(tmp_path, record, fmt, message):
    src = tmp_path / "r.json"
    src.write_text(json.dumps(record))
    out = tmp_path / "t.json"
    out.write_text("keep me")
    result = invoke("import", str(src), "--from", fmt, "-o", str(out))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {src}: {message}\n"
    assert out.read_text() == "keep me"  # an existing output is left alone


def test_one_id_for_two_prompts_is_refused(tmp_path):
    src = tmp_path / "r.jsonl"
    tgi = (DATA / "tgi.json").read_text().replace("\n", "")
    src.write_text(f'{{"id": "x", "prompt": "A", "response": {tgi}}}\n{{"id": "x", "prompt": "B", "response": {tgi}}}\n')
    with pytest.raises(TracegenError, match=r"record 2: id: 'x' names a run with another prompt"):
        import_responses(src, "tgi")


@pytest.mark.parametrize("content, message", [
    ("", "empty file, no responses"),
    ("[]", "no responses in the file"),
    ("{not json", "not JSON or JSON Lines"),
    ('{"a": 1}\n{broken\n', "line 2: not JSON"),
])
def test_unreadable_files(tmp_path, content, message):
    src = tmp_path / "r.json"
    src.write_text(content)
    result = invoke("import", str(src), "--from", "tgi", "-o", str(tmp_path / "t.json"))
    assert result.exit_code == 1 and result.stderr.startswith(f"Error: {src}: {message}")
    assert len(result.stderr.splitlines()) == 1


def test_missing_input_bad_output_and_overwriting_the_input_are_refused(tmp_path):
    src = tmp_path / "r.json"
    src.write_text((DATA / "tgi.json").read_text())
    cases = [
        (["import", str(tmp_path / "none.json"), "--from", "tgi", "-o", str(tmp_path / "t.json")], "no such file"),
        (["import", str(src), "--from", "tgi", "-o", str(tmp_path / "no" / "t.json")], "does not exist"),
        (["import", str(src), "--from", "tgi", "-o", str(src)], "that is the input"),
    ]
    for args, message in cases:
        result = invoke(*args)
        assert result.exit_code == 1 and message in result.stderr, result.stderr
    assert json.loads(src.read_text())["generated_text"] == " Paris."
    result = invoke("import", str(src), "--from", "openai", "-o", str(tmp_path / "t.json"))
    assert result.exit_code == 2 and "'openai' is not one of" in result.stderr


# -- no quadratic path (issue 19): unmapped tokens ------------------------------------------------

def _many_candidates(path: Path, count: int) -> Path:
    """One completion whose single position lists ``count`` top_logprobs, none with an id."""
    top = {f" w{i}": round(-1.0 - i * 1e-5, 5) for i in range(count)}
    record = {"prompt": "The", "response": {"model": "m", "choices": [{"text": " w0", "index": 0, "logprobs": {
        "tokens": [" w0"], "token_logprobs": [-1.0], "top_logprobs": [top], "text_offset": [3]},
        "finish_reason": "length"}]}}
    path.write_bytes(orjson.dumps(record))
    return path


def test_many_unmapped_candidates_at_one_position_import_in_linear_time(tmp_path):
    """Each new unmapped token used to rebuild the id -> bytes table (8,000 candidates: 5 s,
    200,000: never); now 4 times the candidates take about 4 times as long, not 16."""

    def make(count: int):
        path = _many_candidates(tmp_path / f"top{count}.json", count)
        return lambda: import_responses(path, "openai-completions")

    trace = make(50)()
    assert len(trace.runs[0].root.top) == 50 and all(is_unmapped(t) for t, _ in trace.runs[0].root.top)
    assert trace.tokens[trace.runs[0].root.top[7][0]] == " w7"
    ratio = growth(cpu_seconds, make, 5_000)
    assert ratio < LINEAR_BOUND, f"4x the candidates took {ratio:.1f}x as long"


def test_new_unmapped_ids_step_over_ids_a_trace_gave_once_not_each_time():
    """A resumed trace enters its ids; new ones never collide, and finding a free id does not
    walk over every entered id again for each new token."""

    def make(count: int):
        def work() -> UnmappedIds:
            unmapped = UnmappedIds()
            for i in range(count):  # a trace that gave -(count + 1) ... -2 count
                unmapped[b"old%d" % i] = -(count + 1 + i)
            for i in range(count):
                unmapped.id_for(b"new%d" % i)
            return unmapped
        return work

    unmapped = make(3)()
    assert [unmapped[b"new%d" % i] for i in range(3)] == [-7, -8, -9]  # below the trace's -4 ... -6
    assert all(unmapped.bytes_of(i) == data for data, i in unmapped.items())
    ratio = growth(cpu_seconds, make, 5_000)
    assert ratio < LINEAR_BOUND, f"4x the tokens took {ratio:.1f}x as long"
