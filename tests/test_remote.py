"""Recording through a real llama.cpp server (llama-cpp-python) serving the default model.

Every number is checked against an independent reference: the same model run locally by
``transformers`` (the server computes with 4-bit weights and quantized activations, so
probabilities differ by a few hundredths; top-1 tokens almost always agree).
"""

from __future__ import annotations

import json
import math
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import jsonschema
import orjson
import pytest
import requests
import torch
from click.testing import CliRunner
from flask import Flask, Response, request

from tracegen.backends.openai import connect
from tracegen.backends.transformers import TransformersBackend
from tracegen.cli import main
from tracegen.live import LiveServer
from tracegen.recording.recorder import Recorder, make_strategy
from tracegen.trace import SCHEMA_PATH, load
from tracegen.trace.tokens import TokenTable

pytestmark = pytest.mark.server

PROMPTS = ["The capital of France is", "Two plus two equals", "Once upon a time"]
EXE = str(Path(sys.executable).with_name("tracegen"))


def forward(upstream: str, path: str, transform=None) -> Response:
    """Pass the current request on to the real server (``transform`` may edit its JSON answer)."""
    answer = requests.request(request.method, f"{upstream}/{path}", data=request.get_data(),
                              headers={"Content-Type": "application/json"}, timeout=60)
    content = answer.content
    if transform is not None and answer.status_code == 200:
        content = json.dumps(transform(answer.json()))
    return Response(content, status=answer.status_code, content_type="application/json")


def refuse(status: int, message: str) -> Response:
    return Response(json.dumps({"error": {"message": message}}), status=status, headers={"Retry-After": "0"},
                    content_type="application/json")


@contextmanager
def running(proxy: Flask) -> Iterator[LiveServer]:
    """Serve a proxy app on a free port until the block ends."""
    server = LiveServer(proxy, host="127.0.0.1", port=0).start()
    try:
        deadline = time.monotonic() + 10
        while requests.get(f"{server.url.rstrip('/')}/v1/models", timeout=5).status_code != 200:
            assert time.monotonic() < deadline, "the proxy did not start"
            time.sleep(0.05)
        yield server
    finally:
        server.shutdown()


@pytest.fixture(scope="module")
def served(llama_server):
    return connect(llama_server, top_k=20, concurrency=4)


def record(served, prompt: str, strategy: str, max_new_tokens: int = 8, **params):
    backend = served
    recorder = Recorder(backend, top_k=20, max_new_tokens=max_new_tokens)
    run = recorder.record_run(prompt, make_strategy(strategy, **params))
    return recorder.finish(), run


def test_connect_learns_model_tokenizer_and_prompt_format(served, llama_server):
    backend = served
    assert backend.info["backend"] == "openai" and backend.info["base_url"] == llama_server
    assert backend.info["name"] == "SmolLM2-135M-Instruct.Q4_1"
    assert backend.info["vocab_size"] == 49152
    # llama-cpp-python's server validates `prompt` as text only.
    assert backend.prompt_format == "text"


def test_greedy_distributions_match_a_local_forward_pass(served, default_model):
    trace, run = record(served, PROMPTS[0], "greedy", max_new_tokens=12)
    engine = TransformersBackend(default_model)
    agree = evaluated = 0
    for node in run.nodes:
        if node.top is None:
            continue
        assert node.entropy is None and 0.5 < node.top_mass <= 1.0
        assert node.top_mass == pytest.approx(sum(math.exp(lp) for _, lp in node.top), abs=1e-4)
        local = engine.distribution(run.prompt_token_ids + run.token_ids(node.id))
        evaluated += 1
        agree += node.top[0][0] == int(local.argmax())
        for token, logprob in node.top:
            if token >= 0:
                assert abs(math.exp(logprob) - float(local[token].exp())) < 0.1
            else:  # llama-cpp-python names special tokens (EOS) by "": no id matches, none is guessed
                assert trace.tokens[token] == ""
    assert evaluated == 12 and agree >= 11
    paris = run.node(1)
    assert trace.tokens[paris.token] == " Paris" and paris.rank == 0
    assert math.exp(paris.logprob) == pytest.approx(0.7725, abs=0.02)
    jsonschema.validate(orjson.loads(trace.dumps()), json.loads(SCHEMA_PATH.read_text()))


def test_a_sequence_the_server_ends_gets_its_eos_node(served, default_model):
    backend = served
    recorder = Recorder(backend, top_k=20, max_new_tokens=20, chat=True)
    run = recorder.record_run("Say only the word yes", make_strategy("greedy"))
    local = Recorder(default_model, top_k=20, max_new_tokens=20, chat=True)
    local_run = local.record_run("Say only the word yes", make_strategy("greedy"))
    last = run.nodes[-1]
    # The server drops EOS from its answer; one more request shows what followed, and the
    # EOS node is added. llama-cpp-python names EOS "" there, so its logprob stays unknown.
    assert last.token == backend.tokenizer.eos_token_id and last.extra["finish"] == "eos"
    assert last.logprob is None and last.rank is None
    assert run.results[0].text == local_run.results[0].text == "Yes."
    assert run.results[0].extra["finish"] == "eos"


def test_branch_sends_each_level_concurrently_and_every_node_matches_local(served, default_model):
    backend = served
    before = backend.client.counters.done
    trace, run = record(served, PROMPTS[1], "branch", max_new_tokens=4, branch_width=3, max_nodes=25)
    evaluated = [n for n in run.nodes if n.top is not None]
    assert len(run.nodes) == 25 and run.extra["stats"]["requests"] == len(evaluated)
    assert backend.client.counters.done - before == len(evaluated)
    engine = TransformersBackend(default_model)
    tokenizer = backend.tokenizer
    compared = 0
    for node in evaluated:
        context = run.prompt_token_ids + run.token_ids(node.id)
        # The server takes text: a context whose text tokenizes otherwise reached it as other
        # tokens, and the node says so instead of passing for a token-exact distribution.
        text = tokenizer.decode(context)
        assert node.extra.get("retokenized", False) == (tokenizer(text)["input_ids"] != context)
        if node.extra.get("retokenized"):
            continue
        compared += 1
        local = engine.distribution(context)
        for token, logprob in node.top[:3]:
            if token >= 0:
                assert abs(math.exp(logprob) - float(local[token].exp())) < 0.1
    assert compared >= len(evaluated) // 2
    # Children are the parent's most likely tokens, in order, with their ranks.
    root_children = run.children(0)
    assert [c.token for c in root_children] == [t for t, _ in run.root.top[:3]]
    assert [c.rank for c in root_children] == [0, 1, 2]


def test_forced_continuation_logprobs_match_local(served, default_model):
    _, run = record(served, PROMPTS[0], "forced", continuation=" Paris, of course.")
    engine = TransformersBackend(default_model)
    known = 0
    for node in run.nodes[1:]:
        local = engine.distribution(run.prompt_token_ids + run.token_ids(node.parent))
        if node.logprob is None:  # outside the server's top-20: unknown, and said so
            least = math.exp(run.node(node.parent).top[-1][1])
            assert node.rank is None and float(local[node.token].exp()) < least + 0.05
        else:
            known += 1
            assert abs(math.exp(node.logprob) - float(local[node.token].exp())) < 0.1
    assert known >= 4  # " Paris", ",", " of", " course", "." are all likely enough to be in the top-20
    assert run.results[0].text == " Paris, of course."


def test_seeded_sampling_through_the_server_is_reproducible(served):
    first = record(served, PROMPTS[2], "sample", max_new_tokens=10, num_samples=3, seed=7)[1]
    again = record(served, PROMPTS[2], "sample", max_new_tokens=10, num_samples=3, seed=7)[1]
    assert [r.text for r in first.results] == [r.text for r in again.results]
    assert len({r.text for r in first.results}) > 1
    # Each sampled token's logprob is the server's own, also where it lies outside the top-k.
    assert all(n.logprob is not None for n in first.nodes[1:] if n.extra.get("finish") != "eos")


def test_beam_search_through_the_server_finds_the_beams_generate_finds(served, default_model):
    _, run = record(served, PROMPTS[0], "beam", max_new_tokens=3, num_beams=2)
    ids = default_model.tokenizer(PROMPTS[0])["input_ids"]
    out = default_model.model.generate(
        torch.tensor([ids]), num_beams=2, num_return_sequences=2, do_sample=False, max_new_tokens=3,
        early_stopping=False, output_scores=True, return_dict_in_generate=True,
    )
    # Same beams in the same order as transformers on the float32 model; scores within what
    # the server's quantized activations move probabilities by.
    assert [run.token_ids(r.node) for r in run.results] == [s[len(ids):].tolist() for s in out.sequences]
    for result, score in zip(run.results, out.sequences_scores.tolist(), strict=True):
        assert result.score == pytest.approx(score, abs=0.05)
        path = run.path(result.node)[1:]
        assert result.score == pytest.approx(sum(n.logprob for n in path) / len(path), abs=1e-4)


def test_cli_records_several_prompts_concurrently_and_resumes(llama_server, tmp_path):
    prompts = tmp_path / "prompts.jsonl"
    prompts.write_text("".join(json.dumps({"id": f"p{i}", "prompt": p}) + "\n" for i, p in enumerate(PROMPTS)))
    out = tmp_path / "trace.json"
    args = ["record", "--backend", "openai", "--base-url", llama_server, "--prompt", str(prompts), "-o", str(out),
            "--strategy", "branch", "--max-nodes", "12", "--max-new-tokens", "3", "--top-k", "5",
            "--concurrency", "3", "--quiet"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    full = load(out)
    assert [r.id for r in full.runs] == ["p0", "p1", "p2"] and all(r.complete for r in full.runs)

    # An interrupted recording: p0 finished, p1 got half way, p2 never started.
    partial = load(out)
    p1 = partial.runs[1]
    kept = p1.nodes[:6]
    for node in kept[3:]:
        node.top, node.top_mass = None, None
    partial.runs = [partial.runs[0], type(p1)(id=p1.id, prompt=p1.prompt, prompt_token_ids=p1.prompt_token_ids,
                                              strategy=p1.strategy, top_k=p1.top_k, nodes=kept, complete=False,
                                              extra=dict(p1.extra))]
    partial.save(out)
    evaluated_before = sum(n.top is not None for n in kept)

    result = CliRunner().invoke(main, [*args, "--resume"])
    assert result.exit_code == 0, result.output
    resumed = load(out)
    assert [r.id for r in resumed.runs] == ["p0", "p1", "p2"] and all(r.complete for r in resumed.runs)
    for a, b in zip(full.runs, resumed.runs, strict=True):
        assert [(n.parent, n.token) for n in a.nodes] == [(n.parent, n.token) for n in b.nodes]
        assert [r.text for r in a.results] == [r.text for r in b.results]
    assert resumed.runs[0].extra["stats"] == full.runs[0].extra["stats"]  # untouched
    evaluated = sum(n.top is not None for n in resumed.runs[1].nodes)
    assert resumed.runs[1].extra["stats"]["requests"] == evaluated - evaluated_before


def test_retries_429_and_5xx_and_never_records_the_api_key(llama_server, tmp_path, monkeypatch):
    """A proxy in front of the real server refuses every other request, as a loaded deployment does."""
    seen: list[str | None] = []
    count = [0]
    lock = threading.Lock()
    proxy = Flask("flaky")

    @proxy.route("/v1/<path:path>", methods=["GET", "POST"])
    def flaky(path):
        seen.append(request.headers.get("Authorization"))
        with lock:
            count[0] += 1
            refused = request.method == "POST" and count[0] % 2 == 0
        if refused:
            return refuse(429 if count[0] % 4 == 0 else 503, "busy")
        return forward(llama_server, path)

    prompt = tmp_path / "p.txt"
    prompt.write_text(PROMPTS[0])
    out = tmp_path / "t.json"
    monkeypatch.setenv("TEST_SERVER_KEY", "sk-secret-123")
    with running(proxy) as server:
        seen.clear()  # the readiness check's request
        result = CliRunner().invoke(main, [
            "record", "--backend", "openai", "--base-url", f"{server.url.rstrip('/')}/v1", "--prompt", str(prompt),
            "-o", str(out), "--strategy", "branch", "--max-nodes", "8", "--max-new-tokens", "2",
            "--api-key-env", "TEST_SERVER_KEY", "--concurrency", "2", "--quiet"])
    assert result.exit_code == 0, result.output
    trace = load(out)
    run = trace.runs[0]
    assert run.complete and len(run.nodes) > 4
    evaluated = sum(n.top is not None for n in run.nodes)
    posts = seen[1:]  # after the model listing: the probe and one per evaluated node, plus retries
    assert len(posts) >= 2 * (1 + evaluated) - 1  # every other request was refused and tried again
    assert set(seen) == {"Bearer sk-secret-123"}
    assert b"sk-secret" not in out.read_bytes() and "TEST_SERVER_KEY" not in out.read_text()


def test_a_server_that_keeps_failing_gives_one_line_and_keeps_what_was_recorded(llama_server, tmp_path):
    calls = [0]
    proxy = Flask("broken")

    @proxy.route("/v1/<path:path>", methods=["GET", "POST"])
    def broken(path):
        calls[0] += 1
        if request.method == "POST" and calls[0] > 6:
            return refuse(503, "overloaded")
        return forward(llama_server, path)

    prompt = tmp_path / "p.txt"
    prompt.write_text(PROMPTS[0])
    out = tmp_path / "t.json"
    with running(proxy) as server:
        result = CliRunner().invoke(main, [
            "record", "--backend", "openai", "--base-url", f"{server.url.rstrip('/')}/v1", "--prompt", str(prompt),
            "-o", str(out), "--strategy", "branch", "--max-nodes", "20", "--retries", "2", "--quiet"])
    assert result.exit_code == 1
    error = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert error == [error[0]] and "HTTP 503: overloaded (after 3 attempts)" in error[0]
    assert "--resume" in result.output
    partial = load(out)
    assert not partial.runs[0].complete and partial.runs[0].root.top


def test_beam_search_needs_enough_logprobs_and_says_so(llama_server, tmp_path):
    """A server capped at 5 logprobs (like OpenAI's legacy completions) cannot run 4 beams (8 needed)."""
    proxy = Flask("capped")

    def cap(answer):
        for choice in answer["choices"]:
            tops = choice["logprobs"]["top_logprobs"]
            choice["logprobs"]["top_logprobs"] = [dict(sorted(t.items(), key=lambda kv: -kv[1])[:5]) for t in tops]
        return answer

    @proxy.route("/v1/<path:path>", methods=["GET", "POST"])
    def capped(path):
        return forward(llama_server, path, cap if request.method == "POST" else None)

    prompt = tmp_path / "p.txt"
    prompt.write_text(PROMPTS[0])
    with running(proxy) as server:
        base = ["record", "--backend", "openai", "--base-url", f"{server.url.rstrip('/')}/v1", "--prompt", str(prompt),
                "-o", str(tmp_path / "t.json"), "--strategy", "beam", "--max-new-tokens", "3", "--top-k", "5",
                "--quiet"]
        refused = CliRunner().invoke(main, [*base, "--num-beams", "4"])
        fits = CliRunner().invoke(main, [*base, "--num-beams", "2"])
    assert refused.exit_code == 1
    assert "needs the 8 most likely tokens of every step, but the server returns at most 5" in refused.output
    assert fits.exit_code == 0, fits.output
    assert len(load(tmp_path / "t.json").runs[0].results) == 2


def test_ctrl_c_keeps_what_was_recorded_and_resume_finishes_it(llama_server, tmp_path):
    """SIGINT to a real `tracegen record` talking to a slowed-down server, then --resume."""
    posts = [0]
    proxy = Flask("slow")

    @proxy.route("/v1/<path:path>", methods=["GET", "POST"])
    def slow(path):
        if request.method == "POST":
            posts[0] += 1
            time.sleep(0.1)
        return forward(llama_server, path)

    prompts = tmp_path / "p.jsonl"
    prompts.write_text("".join(json.dumps({"id": f"p{i}", "prompt": p}) + "\n" for i, p in enumerate(PROMPTS)))
    out, reference = tmp_path / "t.json", tmp_path / "reference.json"
    options = ["--prompt", str(prompts), "--strategy", "branch", "--max-nodes", "30", "--max-new-tokens", "4",
               "--top-k", "5", "--concurrency", "2", "--quiet"]
    with running(proxy) as server:
        url = f"{server.url.rstrip('/')}/v1"
        proc = subprocess.Popen([EXE, "record", "--backend", "openai", "--base-url", url, "-o", str(out), *options],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while posts[0] < 12 and time.monotonic() < deadline:
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "partial trace" in err and "--resume" in err
    partial = load(out)
    assert not all(run.complete for run in partial.runs)

    resumed = CliRunner().invoke(main, ["record", "--backend", "openai", "--base-url", llama_server, "-o", str(out),
                                        *options, "--resume"])
    assert resumed.exit_code == 0, resumed.output
    full = CliRunner().invoke(main, ["record", "--backend", "openai", "--base-url", llama_server,
                                     "-o", str(reference), *options])
    assert full.exit_code == 0, full.output
    done, expected = load(out), load(reference)
    assert all(run.complete for run in done.runs)
    for a, b in zip(done.runs, expected.runs, strict=True):
        assert [(n.parent, n.token, n.top) for n in a.nodes] == [(n.parent, n.token, n.top) for n in b.nodes]


def test_servers_that_take_token_ids_get_them_and_vllm_token_id_names_are_read(llama_server, served):
    """A proxy that speaks like vLLM: token-id prompts in, "token_id:N" token names out."""
    table = TokenTable(served.tokenizer)
    proxy = Flask("vllm-like")
    prompts_seen: list = []

    def as_ids(answer):
        def name(text):
            token_id = table.lookup(text)
            return text if token_id is None else f"token_id:{token_id}"
        for choice in answer["choices"]:
            logprobs = choice["logprobs"]
            logprobs["tokens"] = [name(t) for t in logprobs["tokens"]]
            logprobs["top_logprobs"] = [{name(t): lp for t, lp in top.items()} for top in logprobs["top_logprobs"]]
        return answer

    @proxy.route("/v1/<path:path>", methods=["GET", "POST"])
    def vllm_like(path):
        body = request.get_json(silent=True)
        if body is None:
            return forward(llama_server, path)
        prompts_seen.append(body["prompt"])
        if isinstance(body["prompt"], list):
            body["prompt"] = served.tokenizer.decode(body["prompt"])
        answer = requests.post(f"{llama_server}/{path}", json=body, timeout=60).json()
        return as_ids(answer) if body.get("return_tokens_as_token_ids") else answer

    with running(proxy) as server:
        backend = connect(f"{server.url.rstrip('/')}/v1", top_k=10)
        assert backend.prompt_format == "ids" and backend.extra_body == {"return_tokens_as_token_ids": True}
        recorder = Recorder(backend, top_k=10, max_new_tokens=6)
        run = recorder.record_run(PROMPTS[0], make_strategy("branch", max_nodes=10))
        trace = recorder.finish()
    assert all(isinstance(p, list) for p in prompts_seen)  # every context went out as token ids
    assert trace.model["prompt_format"] == "ids"
    assert not any(n.extra.get("retokenized") for n in run.nodes)
    _, text_run = record(served, PROMPTS[0], "branch", max_new_tokens=6, max_nodes=10)
    assert [(n.parent, n.token) for n in run.nodes] == [(n.parent, n.token) for n in text_run.nodes]
    assert trace.tokens[run.node(1).token] == " Paris"


@pytest.mark.parametrize("args, message", [
    (["--backend", "openai"], "--backend openai needs --base-url"),
    (["--base-url", "http://127.0.0.1:1"], "--base-url needs --backend openai"),
    (["--backend", "openai", "--base-url", "ftp://x"], "is not an http(s) URL"),
    (["--backend", "openai", "--base-url", "http://127.0.0.1:1", "--model", "m", "--tokenizer", "/nope.gguf"],
     "no such file or directory"),
    (["--backend", "openai", "--base-url", "http://127.0.0.1:1"], "cannot connect (is the server running?)"),
    (["--backend", "openai", "--base-url", "http://127.0.0.1:1", "--api-key-env", "TRACEGEN_NO_SUCH_VAR"],
     "TRACEGEN_NO_SUCH_VAR: that environment variable is not set"),
])
def test_user_mistakes_are_one_line_errors(tmp_path, args, message):
    prompt = tmp_path / "p.txt"
    prompt.write_text("Hi")
    result = CliRunner().invoke(main, ["record", "--prompt", str(prompt), "-o", str(tmp_path / "t.json"), *args])
    assert result.exit_code in (1, 2)
    assert message in result.output and "Traceback" not in result.output
    assert not (tmp_path / "t.json").exists()
