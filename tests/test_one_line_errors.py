"""One line, never a traceback (issue 19, items 10-13): numbers past what a float or a
generator holds, figures larger than cairo draws, traces that do not fit the model, text that
is not UTF-8, a live run at the node-id limit, and the small wrong outputs."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import example, given, settings
from hypothesis import strategies as st

import tracegen
from tracegen.cli import main
from tracegen.errors import TracegenError
from tracegen.figure import parse_length
from tracegen.importing import import_responses
from tracegen.live import LiveSession, create_app
from tracegen.live.reopening import MAX_NODE_ID
from tracegen.live.session import SessionError
from tracegen.logprobs.shapes import ShapeError, candidate, llamacpp
from tracegen.recording import record
from tracegen.trace import Node

DATA = Path(__file__).parent / "data"
FIXTURES = {"openai-chat": "openai-chat.json", "openai-completions": "openai-completions.jsonl",
            "llamacpp": "llamacpp.json", "vllm": "vllm-chat.json", "tgi": "tgi.json"}


def invoke(*args: object, input: str | None = None):
    return CliRunner().invoke(main, [a if isinstance(a, str) else str(a) for a in args], input=input)


def one_line_error(result, *needles: str) -> None:
    assert result.exit_code in (1, 2), result.output
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1, result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    for needle in needles:
        assert needle in result.stderr, result.stderr


@pytest.fixture
def trace_file(tmp_path, tiny) -> Path:
    path = tmp_path / "t.json"
    record("Hi", model=tiny, max_new_tokens=3, output=path)
    return path


# -- 10. numbers past what a float holds, in every import format -----------------------------


def _replace_first_logprob(data: object, value: int) -> bool:
    """Put ``value`` where the first logprob of a parsed response is; True once done."""
    if isinstance(data, dict):
        for key, item in data.items():
            if key in ("logprob", "token_logprobs") and isinstance(item, (int, float)) and not isinstance(item, bool):
                data[key] = value
                return True
            if key == "token_logprobs" and isinstance(item, list):
                for i, number in enumerate(item):
                    if isinstance(number, (int, float)):
                        item[i] = value
                        return True
            if _replace_first_logprob(item, value):
                return True
    elif isinstance(data, list):
        return any(_replace_first_logprob(item, value) for item in data)
    return False


def _with_logprob(tmp_path: Path, source_format: str, value: int) -> Path:
    name = FIXTURES[source_format]
    text = (DATA / name).read_text()
    if name.endswith(".jsonl"):
        records = [json.loads(line) for line in text.splitlines() if line.strip()]
        assert _replace_first_logprob(records, value)
        out = "\n".join(json.dumps(r) for r in records) + "\n"
    else:
        data = json.loads(text)
        assert _replace_first_logprob(data, value)
        out = json.dumps(data)  # the standard library writes integers of any length
    path = tmp_path / name
    path.write_text(out)
    return path


@pytest.mark.parametrize("source_format", sorted(FIXTURES))
@pytest.mark.parametrize("sign", [-1, 1])
def test_an_integer_logprob_of_400_digits_is_one_line_or_clamped(tmp_path, source_format, sign):
    responses = _with_logprob(tmp_path, source_format, sign * 10**400)
    result = invoke("import", responses, "--from", source_format, "-o", tmp_path / "t.json")
    if sign > 0:
        one_line_error(result, "is not a log-probability")
    else:  # as unlikely as can be: the format's floor
        assert result.exit_code == 0, result.output
        assert tracegen.load(tmp_path / "t.json").runs


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=-(10**600), max_value=10**600))
def test_any_integer_logprob_is_read_or_refused_by_name(value):
    try:
        cand = candidate("a", value, "here")
    except ShapeError as exc:
        assert value > 0 and str(exc).startswith("here: logprob")
    else:
        assert cand.logprob is not None and -1e30 <= cand.logprob <= 0.0


# -- 10. figures larger than cairo draws ----------------------------------------------------


def long_path(tiny, tokens: int):
    """A trace of ``tiny`` whose first run's path holds ``tokens`` word-long tokens (a text
    figure as wide and as tall as its --width allows), and the path's last node."""
    trace = record("Hi", model=tiny, max_new_tokens=2)
    run = trace.runs[0]
    last = run.nodes[-1]
    token = 72  # "H", printable: given a word's text, as a real model's tokens have
    trace.tokens[token] = " information"
    for _ in range(tokens):
        last = run.add_node(Node(id=run.next_id(), parent=last.id, token=token, logprob=-1.0, rank=0))
    return trace, last


@pytest.mark.parametrize("argv", [
    ["--width", "280cm", "--format", "png"],
    ["--width", "20000px", "--dpi", "2400", "--format", "png"],
])
def test_a_png_larger_than_cairo_draws_is_refused(tmp_path, tiny, argv):
    trace, last = long_path(tiny, 1000)
    path = tmp_path / "long.json"
    trace.save(path)
    out = tmp_path / "f.png"
    result = invoke("figure", path, "--node", str(last.id), "-o", out, *argv)
    one_line_error(result, "cairo draws at most 32767")
    assert not out.exists()


def test_a_10000_token_path_as_png_is_refused(tmp_path, tiny):
    trace, last = long_path(tiny, 10_000)
    path = tmp_path / "long.json"
    trace.save(path)
    out = tmp_path / "f.png"
    one_line_error(invoke("figure", path, "--node", str(last.id), "-o", out), "cairo draws at most")
    assert not out.exists()


def test_the_live_figure_answers_400_for_a_png_cairo_cannot_draw(tiny):
    trace, last = long_path(tiny, 1000)
    session = LiveSession(tiny, trace=trace)
    try:
        client = create_app(session).test_client()
        reply = client.get(f"/api/figure?run=run-1&node={last.id}&format=png&width=20000px&dpi=2400")
        assert reply.status_code == 400 and "cairo draws at most" in reply.get_json()["error"]
    finally:
        session.close()


def test_the_width_message_says_what_the_parser_takes():
    message = None
    try:
        parse_length("0.5cm")
    except TracegenError as exc:
        message = str(exc)
    assert message is not None
    low, high = (float(x) for x in re.search(r"from ([0-9.]+)px to ([0-9.]+)px", message).groups())
    assert parse_length(f"{low}px").px == low and parse_length(f"{high}px").px == high
    for outside in (f"{low - 0.01}px", f"{high + 0.01}px"):
        with pytest.raises(TracegenError, match="out of range"):
            parse_length(outside)
    cm_low, cm_high = (float(x) for x in re.search(r"about ([0-9.]+)cm to ([0-9.]+)cm", message).groups())
    assert abs(parse_length(f"{cm_low}cm").px - low) < 1 and abs(parse_length(f"{cm_high}cm").px - high) < 100


# -- 10. values a generator, a float or a vocabulary cannot take ------------------------------


@pytest.mark.parametrize("argv,message", [
    (["--strategy", "sample", "--seed", str(2**64)], "--seed must be an integer from -2**63 to 2**64 - 1"),
    (["--strategy", "sample", "--seed", str(-(2**63) - 1)], "--seed must be an integer from -2**63 to 2**64 - 1"),
    (["--strategy", "beam", "--length-penalty", "1000"], "--length-penalty must be a finite number between"),
    (["--strategy", "beam", "--num-beams", "200"], "--num-beams 200 needs 400 candidates per step; the vocabulary"),
])
def test_record_values_that_cannot_run_are_one_line(tmp_path, tiny_dir, argv, message):
    (tmp_path / "p.txt").write_text("Hi")
    out = tmp_path / "t.json"
    result = invoke("record", "--prompt", tmp_path / "p.txt", "-o", out, "--model", tiny_dir, "--quiet", *argv)
    one_line_error(result, message)
    assert not out.exists()


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=-(2**70), max_value=2**70) | st.sampled_from([2**64, 2**64 - 1, -(2**63), -(2**63) - 1]))
@example(2**64)
@example(-(2**63) - 1)
def test_every_seed_is_taken_or_refused_by_name(seed):
    from tracegen.backends.base import Sampler

    fits = -(2**63) <= seed <= 2**64 - 1
    try:
        Sampler(seed=seed)
    except TracegenError as exc:
        assert not fits and "seed must be an integer" in str(exc)
    else:
        assert fits


def test_live_continue_refuses_a_seed_a_generator_cannot_take(tiny):
    session = LiveSession(tiny)
    try:
        run = session.new_run("Hi")["run"]["id"]
        for mode in ("greedy", "sample"):
            with pytest.raises(TracegenError, match="seed must be an integer"):
                session.continue_(run, 0, 2, mode=mode, seed=2**64)
    finally:
        session.close()


def test_rescoring_a_trace_longer_than_the_models_positions_is_one_line(tmp_path, tiny, tiny_dir):
    trace = record("Hi", model=tiny, max_new_tokens=3)
    run = trace.runs[0]
    run.prompt_token_ids = run.prompt_token_ids * (tiny.max_positions // 2)  # past the model's positions
    path = tmp_path / "long.json"
    trace.save(path)
    out = tmp_path / "r.json"
    one_line_error(invoke("rescore", path, "--model", tiny_dir, "-o", out, "--quiet"),
                   f"the model takes at most {tiny.max_positions}")
    assert not out.exists()


def test_rescoring_a_beam_trace_with_a_hostile_length_penalty_is_one_line(tmp_path, tiny, tiny_dir):
    trace = record("Hi", model=tiny, strategy="beam", num_beams=2, max_new_tokens=3)
    trace.runs[0].strategy["length_penalty"] = 1000
    path = tmp_path / "beam.json"
    trace.save(path)
    one_line_error(invoke("rescore", path, "--model", tiny_dir, "-o", tmp_path / "r.json", "--quiet"),
                   "strategy.length_penalty 1000")


# -- 10. command-line text that is not UTF-8, a URL that is not one ----------------------------


UNDECODABLE = b"caf\xff".decode("utf-8", "surrogateescape")  # what Python hands over for $'caf\xff'


@pytest.mark.parametrize("argv", [
    ["serve", "--text", UNDECODABLE, "--no-browser"],
    ["serve", "--host", UNDECODABLE, "--no-browser"],
    ["export", "TRACE", "--title", UNDECODABLE],
    ["compare", "TRACE", "TRACE", "--title", UNDECODABLE, "-o", "OUT"],
    ["import", str(DATA / "openai-chat.json"), "--from", "openai-chat", "--model-name", UNDECODABLE, "-o", "OUT"],
    ["figure", "TRACE", "--run", UNDECODABLE],
])
def test_undecodable_command_line_text_is_one_line(tmp_path, trace_file, argv):
    out = tmp_path / "out.html"
    argv = [str(trace_file) if a == "TRACE" else str(out) if a == "OUT" else a for a in argv]
    one_line_error(invoke(*argv), "holds a lone surrogate \\udcff: not text")
    assert not out.exists()


@pytest.mark.parametrize("url", ["http://[::1", "http://host:99999/v1", "http://host:port/v1"])
def test_a_base_url_that_does_not_parse_is_one_line(tmp_path, url):
    (tmp_path / "p.txt").write_text("Hi")
    result = invoke("record", "--prompt", tmp_path / "p.txt", "-o", tmp_path / "t.json", "--backend", "openai",
                    "--base-url", url)
    one_line_error(result, "is not an http(s) URL")


# -- 11. serve --trace with a trace that does not fit the model -------------------------------


def _misfit(trace, how: str, max_positions: int) -> None:
    run = trace.runs[0]
    if how == "outside":
        run.prompt_token_ids[0] = 100_000
        trace.tokens[100_000] = "x"
    elif how == "negative":
        run.prompt_token_ids[0] = -3
        trace.tokens[-3] = "x"
    elif how == "empty":
        run.prompt_token_ids = []
    elif how == "too long":
        run.prompt_token_ids = run.prompt_token_ids * max_positions


@pytest.mark.parametrize("how,message", [
    ("outside", "prompt token id 100000 is outside the model's vocabulary"),
    ("negative", "prompt token id -3 is outside the model's vocabulary"),
    ("empty", "has no prompt tokens"),
    ("too long", "the model takes at most"),
])
def test_serve_refuses_a_trace_that_does_not_fit_the_model(tmp_path, tiny, tiny_dir, how, message):
    trace = record("Hi", model=tiny, max_new_tokens=2)
    trace.model.update(name=tiny_dir.name, source=str(tiny_dir.resolve()))  # as the directory loads
    _misfit(trace, how, tiny.max_positions)
    path = tmp_path / "misfit.json"
    trace.save(path)
    before = path.read_bytes()
    one_line_error(invoke("serve", "--model", tiny_dir, "--trace", path, "--no-browser"), message)
    assert path.read_bytes() == before


# -- 12. the live node-id limit ------------------------------------------------------------------


def test_a_live_run_at_the_node_id_limit_says_so_and_keeps_saving(tmp_path, tiny):
    saved = tmp_path / "session.json"
    session = LiveSession(tiny, save=saved)
    try:
        run_id = session.new_run("Hi")["run"]["id"]
        run = session.trace.run(run_id)
        top = run.root.top[0][0]
        session.expand(run_id, 0, top)
        last = run.nodes[-1]
        # A node that took the last id but one (a trace reopened from elsewhere could hold it).
        edge = run.add_node(Node(id=MAX_NODE_ID, parent=last.id, token=top, logprob=-1.0, rank=0))
        with pytest.raises(SessionError, match="reached the largest node id"):
            session.expand(run_id, edge.id, top)
        status, body = _post(session, "/api/expand", {"run": run_id, "node": edge.id, "token": top})
        assert status == 400 and "largest node id" in body["error"]
        assert max(n.id for n in run.nodes) == MAX_NODE_ID  # no node past the limit exists, even in memory
        session.new_run("Hello")  # the rest of the session goes on, and saves
    finally:
        session.close()
    kept = tracegen.load(saved)
    assert [r.prompt for r in kept.runs] == ["Hi", "Hello"] and kept.runs[0].has_node(MAX_NODE_ID)


def _post(session, path, body):
    client = create_app(session).test_client()
    reply = client.post(path, json=body, headers={"Origin": "http://localhost"})
    return reply.status_code, reply.get_json()


# -- 13. the small wrong outputs -----------------------------------------------------------------


NON_ASCII_DIGITS = st.text(alphabet=st.characters(categories=["Nd"]).filter(lambda c: not c.isascii()), min_size=1,
                           max_size=6)


@settings(max_examples=50, deadline=None)
@given(NON_ASCII_DIGITS)
def test_token_ids_written_with_other_digits_are_not_ids(digits):
    cand = candidate(f"token_id:{digits}", -1.0, "here")
    assert cand.id is None  # a token whose text happens to look like that, never id int(digits)


def test_full_width_and_arabic_indic_token_ids_are_not_read_as_12(tmp_path):
    for digits in ("١٢", "１２"):
        assert candidate(f"token_id:{digits}", -1.0, "here").id is None
    assert candidate("token_id:12", -1.0, "here").id == 12


def test_llamacpp_candidates_sharing_an_id_with_different_text_are_refused(tmp_path):
    position = {"id": 5, "token": "a", "logprob": -0.1,
                "top_logprobs": [{"id": 5, "token": "a", "logprob": -0.1}, {"id": 5, "token": "b", "logprob": -2.0}]}
    with pytest.raises(ShapeError, match=r"completion_probabilities\[0\]\.top_logprobs\[1\]: id 5 is 'b' here"):
        llamacpp([position])
    path = tmp_path / "dup.json"
    path.write_text(json.dumps({"content": "a", "completion_probabilities": [position]}))
    with pytest.raises(TracegenError, match=r"record 1: completion_probabilities\[0\]\.top_logprobs\[1\]"):
        import_responses(path, "llamacpp")
    same = dict(position, top_logprobs=[{"id": 5, "token": "a", "logprob": -0.1}, {"id": 6, "token": "b",
                                                                                     "logprob": -2.0}])
    assert llamacpp([same])  # one text per id: fine


def test_a_live_figure_query_takes_ascii_integers_only(tiny):
    session = LiveSession(tiny)
    try:
        run = session.new_run("Hi")["run"]["id"]
        session.continue_(run, 0, 2)
        client = create_app(session).test_client()
        reply = client.get(f"/api/figure?run={run}&node=١")
        assert reply.status_code == 400 and "must be an integer" in reply.get_json()["error"]
    finally:
        session.close()


def test_the_default_width_and_fifo_refusals_need_no_model(tmp_path):
    fifo = tmp_path / "x.gguf"
    os.mkfifo(fifo)
    with pytest.raises(TracegenError, match=r"not a regular file \(a FIFO\)"):
        from tracegen.models import resolve_spec

        resolve_spec(str(fifo))
