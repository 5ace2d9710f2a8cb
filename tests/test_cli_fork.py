"""`tracegen fork` on the command line: options, files, one-line errors, resume, the schema."""

from __future__ import annotations

import re
from pathlib import Path

import jsonschema
import orjson
import pytest
from click.testing import CliRunner

import tracegen
from tracegen.cli import main
from tracegen.trace import SCHEMA_PATH

SCHEMA = orjson.loads(SCHEMA_PATH.read_bytes())
FORMAT_DOC = (Path(__file__).resolve().parent.parent / "docs" / "trace-format.md").read_text()


def _invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_fork_writes_a_valid_trace_and_reports_what_it_found(tiny_dir, tmp_path):
    prompts = tmp_path / "p.jsonl"
    prompts.write_text('{"id": "q1", "prompt": "Hello", "answer": "e"}\n{"prompt": "Hi", "continuation": " there"}\n')
    out = tmp_path / "f.json"
    result = _invoke("fork", "--prompt", str(prompts), "--model", str(tiny_dir), "--outcome", "regex:([a-e])",
                     "--samples", "4", "--max-new-tokens", "3", "--tau", "0.3", "--tau", "0.5", "--quiet",
                     "-o", str(out))
    assert result.exit_code == 0, result.output
    data = orjson.loads(out.read_bytes())
    jsonschema.validate(data, SCHEMA)
    first, second = data["runs"]
    assert first["id"] == "q1" and first["fork"]["base"] == {"source": "greedy", "answer": "e"}
    assert second["fork"]["base"] == {"source": "continuation"} and second["strategy"]["name"] == "forced"
    assert first["fork"]["tau"] == [0.3, 0.5] and len(first["fork"]["positions"][0]["hazard"]) == 2


def test_fork_a_result_of_an_existing_trace(tiny_dir, tmp_path):
    source = tmp_path / "beam.json"
    tracegen.record("Hi", model=str(tiny_dir), strategy="beam", num_beams=2, max_new_tokens=3).save(source)
    out = tmp_path / "f.json"
    result = _invoke("fork", str(source), "--run", "run-1", "--result", "2", "--model", str(tiny_dir),
                     "--outcome", "last-number", "--samples", "3", "--quiet", "-o", str(out))
    assert result.exit_code == 0, result.output
    trace = tracegen.load(out)
    run = trace.runs[0]
    assert run.fork.data["base"] == {"source": "trace", "run": "run-1", "result": 2}
    original = tracegen.load(source).runs[0]
    assert run.token_ids(run.results[0].node) == original.token_ids(original.results[1].node)


@pytest.mark.parametrize(("args", "message"), [
    (["--outcome", "nope:x"], "--outcome 'nope' is not one of"),
    (["--outcome", "regex:("], "--outcome regex: '(' is not a regular expression"),
    (["--outcome", "python:no_such_module_x:f"], "--outcome python: cannot import"),
    (["--outcome", "last-number", "--budget", "1"], "--budget 1 rollouts do not afford one position"),
])
def test_mistakes_are_one_line(tiny_dir, tmp_path, args, message):
    prompt = tmp_path / "p.txt"
    prompt.write_text("Hi")
    result = CliRunner().invoke(main, ["fork", "--prompt", str(prompt), "--model", str(tiny_dir), "--quiet",
                                       "--max-new-tokens", "2", "--samples", "2", "-o", str(tmp_path / "o.json"),
                                       *args])
    assert result.exit_code != 0
    assert message in result.output and len(result.output.strip().splitlines()) == 1, result.output


def test_interrupted_fork_keeps_finished_positions_and_resume_completes(tiny, tmp_path, monkeypatch):
    from tracegen.backends.transformers import TransformersBackend
    from tracegen.forking import analysis

    monkeypatch.setattr(TransformersBackend, "batch_rows", lambda self, length: 1)  # a position per batch
    out = tmp_path / "f.json"
    calls = {"n": 0}
    real = analysis.roll_out_many

    def interrupting(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(analysis, "roll_out_many", interrupting)
    with pytest.raises(KeyboardInterrupt):
        tracegen.fork("Hello", outcome="regex:([a-e])", model=tiny, samples=3, max_new_tokens=5, output=out)
    partial = tracegen.load(out).runs[0].fork
    assert [p["status"] for p in partial.positions].count("done") == 2 and not partial.complete
    monkeypatch.setattr(analysis, "roll_out_many", real)
    resumed = tracegen.fork("Hello", outcome="regex:([a-e])", model=tiny, samples=3, max_new_tokens=5, output=out,
                            resume=True).runs[0].fork
    fresh = tracegen.fork("Hello", outcome="regex:([a-e])", model=tiny, samples=3, max_new_tokens=5).runs[0].fork
    assert resumed.complete
    assert [p["alternatives"] for p in resumed.positions] == [p["alternatives"] for p in fresh.positions]


def test_the_format_doc_names_every_fork_field(tiny):
    trace = tracegen.fork("Hi", outcome="regex:([a-e])", model=tiny, samples=3, max_new_tokens=3,
                          keep_rollouts="tokens")
    fork = orjson.loads(trace.dumps())["runs"][0]["fork"]
    fields = set(fork) | set(fork["stats"]) | set(fork["change_detection"]) | set(fork["base"])
    for entry in fork["positions"]:
        fields |= set(entry)
        for alt in entry["alternatives"]:
            fields |= set(alt) | {k for r in alt["rollouts"] for k in r}
    fields |= {k for f in fork["forking_tokens"] for k in f}
    missing = sorted(f for f in fields if f"`{f}`" not in FORMAT_DOC)
    assert not missing, missing


def test_fork_pandas_frames(tiny):
    fork = tracegen.fork("Hi", outcome="regex:([a-e])", model=tiny, samples=3, max_new_tokens=3).runs[0].fork
    positions, alternatives = fork.to_pandas(), fork.to_pandas("alternative")
    assert list(positions["position"]) == [p["position"] for p in fork.positions]
    assert len(alternatives) == sum(len(p["alternatives"]) for p in fork.positions)
    assert (alternatives["rollouts"] == 3).all()
    assert any(re.match(r"p\[", c) for c in positions.columns)


@pytest.mark.server
def test_fork_through_a_server_that_ignores_n(llama_server, tmp_path):
    """The server path on llama-cpp-python's server, which ignores ``n``: the first request per
    (t, w) answers one choice, so the rest are asked one request per rollout, and the command
    says so once; labels come from the rollouts' text."""
    prompt = tmp_path / "p.txt"
    prompt.write_text("Q: Is 7 a prime number? Answer Yes or No.\nA:")
    out = tmp_path / "f.json"
    result = CliRunner().invoke(main, ["fork", "--prompt", str(prompt), "--backend", "openai", "--base-url",
                                       llama_server, "--outcome", "choice:Yes,No", "--samples", "3",
                                       "--max-new-tokens", "3", "--max-alternatives", "1", "-o", str(out)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.output.count("answered 1 choice(s) for n = 3: sending one request per rollout instead") == 1
    fork = tracegen.load(out).runs[0].fork
    from tracegen.forking import outcome_for

    outcome = outcome_for("choice:Yes,No")
    assert fork.complete and fork.data["stats"]["requests"] > 0
    for entry in fork.positions:
        for alt in entry["alternatives"]:
            assert sum(n for _, n in alt["counts"]) == 3
            assert all(r["label"] == outcome(r["text"]) and r["logprob"] <= 0 for r in alt["rollouts"])


@pytest.mark.server
def test_fork_through_a_server_that_honours_n_sends_one_request_per_alternative(llama_server, tmp_path):
    """A server that answers ``n`` choices (vLLM does; here a proxy in front of llama-cpp-python's
    that draws the n choices upstream with seeds seed..seed+n-1) gets one request per (t, w)
    with ``n = samples``, and every choice becomes a rollout of that (t, w)."""
    import requests
    from flask import Flask, Response, request

    from tracegen.forking import outcome_for
    from tracegen.live import LiveServer

    asked: list[int] = []
    proxy = Flask("n-proxy")

    @proxy.route("/v1/<path:path>", methods=["GET", "POST"])
    def forward(path):
        if request.method == "GET":
            answer = requests.get(f"{llama_server}/{path}", timeout=60)
            return Response(answer.content, status=answer.status_code, content_type="application/json")
        body = request.get_json()
        n = body.pop("n", 1)
        asked.append(n)
        choices = []
        for i in range(n):
            one = dict(body, seed=body["seed"] + i) if "seed" in body else body
            answer = requests.post(f"{llama_server}/{path}", json=one, timeout=60).json()
            choices.append(dict(answer["choices"][0], index=i))
        return Response(orjson.dumps(dict(answer, choices=choices[::-1])), content_type="application/json")

    server = LiveServer(proxy, host="127.0.0.1", port=0).start()
    try:
        prompt = tmp_path / "p.txt"
        prompt.write_text("Q: Is 7 a prime number? Answer Yes or No.\nA:")
        out = tmp_path / "f.json"
        result = _invoke("fork", "--prompt", str(prompt), "--backend", "openai", "--base-url",
                         server.url.rstrip("/") + "/v1", "--outcome", "choice:Yes,No", "--samples", "3",
                         "--max-new-tokens", "2", "--max-alternatives", "1", "--keep-rollouts", "tokens", "-o", str(out))
    finally:
        server.shutdown()
    assert result.exit_code == 0, result.output
    assert "one request per rollout" not in result.output
    fork = tracegen.load(out).runs[0].fork
    alternatives = [a for p in fork.positions for a in p["alternatives"]]
    assert asked.count(3) == len(alternatives) and 2 not in asked  # one request per (t, w), n = samples
    outcome = outcome_for("choice:Yes,No")
    for alt in alternatives:
        assert len(alt["rollouts"]) == 3 and sum(n for _, n in alt["counts"]) == 3
        assert all(r["tokens"] and r["label"] == outcome(r["text"]) for r in alt["rollouts"])
