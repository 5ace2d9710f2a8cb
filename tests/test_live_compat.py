"""``tracegen.live.FlaskGenerationApp``: the earlier tool's subclasses, unchanged but for the import,
over a real server (the shipped example on the tiny model), plus the older variant of the class."""

from __future__ import annotations

import heapq
import math

import numpy as np
import orjson
import pytest
import torch
from conftest import load_example
from flask import Flask
from live_helpers import call, running

from tracegen.live import FlaskGenerationApp
from tracegen.live.compat import Continuation
from tracegen.testing import tiny_model, tiny_tokenizer
from tracegen.trace import loads
from tracegen.trace.tokens import TokenTable


@pytest.fixture(scope="module")
def parts():
    return tiny_tokenizer(), tiny_model()


@pytest.fixture
def seed_app(parts):
    tokenizer, model = parts
    return load_example().InteractiveGenerationServer(__name__, tokenizer, model, "Once upon a time", 8)


@pytest.fixture
def seed_server(seed_app):
    with running(seed_app.app) as srv:
        yield srv


def softmax_after(parts, text: str) -> np.ndarray:
    tokenizer, model = parts
    with torch.no_grad():
        logits = model(**tokenizer(text, return_tensors="pt"))["logits"]
    return torch.softmax(logits, dim=-1)[0, -1].numpy()


def test_fetch_answers_like_the_earlier_tool(seed_server, parts) -> None:
    status, _, reply = call(seed_server, "GET", "/fetch")
    assert status == 200 and reply["result"] == "success" and reply["context"] == "Once upon a time"
    probs = softmax_after(parts, "Once upon a time")
    tokenizer = parts[0]
    vocab = {i: s for s, i in tokenizer.get_vocab().items()}
    best = np.argsort(-probs)[:8]
    assert [c["token"] for c in reply["continuations"]] == [vocab[i] for i in best]
    for c, i in zip(reply["continuations"], best, strict=True):
        assert set(c) == {"token", "prob"} and math.isclose(c["prob"], probs[i] * 100, rel_tol=1e-5)


def test_select_appends_and_grows_the_trace(seed_server, parts) -> None:
    _, _, first = call(seed_server, "GET", "/fetch")
    word = first["continuations"][1]["token"]
    status, _, reply = call(seed_server, "POST", "/select", {"token": word})
    assert status == 200 and reply["result"] == "success"
    text = "Once upon a time" + parts[0].convert_tokens_to_string([word])
    assert reply["context"] == text
    probs = softmax_after(parts, text)
    assert math.isclose(reply["continuations"][0]["prob"], float(probs.max()) * 100, rel_tol=1e-5)
    assert call(seed_server, "GET", "/fetch")[2] == reply  # the context stays
    _, _, trace = call(seed_server, "GET", "/api/trace")
    loads(orjson.dumps(trace))
    run = trace["runs"][0]
    assert run["prompt"] == "Once upon a time" and run["strategy"] == {"name": "manual"}
    root, child = run["nodes"]
    token_id = parts[0].convert_tokens_to_ids(word)
    assert child["parent"] == 0 and child["token"] == token_id and child["rank"] == 1
    # the page's view of a node is the subclass's distribution, as log-probabilities
    table = TokenTable(parts[0])
    for (t, lp), c in zip(root["top"], first["continuations"], strict=True):
        assert trace["tokens"][str(t)] == table.display(t)  # the same display text as tracegen record
        assert abs(lp - math.log(c["prob"] / 100)) < 1e-4
    assert abs(child["logprob"] - math.log(first["continuations"][1]["prob"] / 100)) < 1e-4
    assert abs(child["top"][0][1] - math.log(float(probs.max()))) < 1e-4


def test_the_live_api_works_on_a_seed_subclass(seed_server, parts) -> None:
    _, _, trace = call(seed_server, "GET", "/api/trace")
    root = trace["runs"][0]["nodes"][0]
    status, _, reply = call(seed_server, "POST", "/api/expand", {"run": "run-1", "node": 0, "token": root["top"][2][0]})
    assert status == 200 and reply["node"]["rank"] == 2
    status, _, reply = call(seed_server, "POST", "/api/continue", {"run": "run-1", "node": 0, "steps": 3})
    assert status == 200 and [n["rank"] for n in reply["nodes"]] == [0, 0, 0]
    status, _, reply = call(seed_server, "POST", "/api/runs", {"prompt": "The end"})
    assert status == 200 and reply["run"]["id"] == "run-2" and len(reply["run"]["nodes"][0]["top"]) == 8
    probs = softmax_after(parts, "The end")
    assert abs(reply["run"]["nodes"][0]["top"][0][1] - math.log(float(probs.max()))) < 1e-4
    # the legacy endpoints still stand on the first run's context
    assert call(seed_server, "GET", "/fetch")[2]["context"] == "Once upon a time"
    status, _, page = call(seed_server, "GET", "/")
    assert status == 200 and b'id="tracegen-config"' in page
    assert call(seed_server, "GET", "/index.html")[0] == 302


def test_seed_endpoints_are_guarded_too(seed_server) -> None:
    status, _, reply = call(seed_server, "POST", "/select", raw=b'{"token": "a"}', content_type="text/plain")
    assert status == 415
    status, _, reply = call(seed_server, "GET", "/fetch", headers={"Host": "evil.example"})
    assert status == 403
    status, _, reply = call(seed_server, "POST", "/select", {"token": "a"}, headers={"Origin": "http://evil.example"})
    assert status == 403
    status, _, reply = call(seed_server, "POST", "/select", {"token": "no such token"})
    assert status == 400 and "vocabulary" in reply["error"]
    status, _, reply = call(seed_server, "POST", "/select", {"tok": "a"})
    assert status == 400
    _, headers, _ = call(seed_server, "GET", "/fetch", headers={"Origin": "http://evil.example"})
    assert not any(h.startswith("access-control-") for h in headers)


def test_run_serves_on_loopback_port_5000_by_default(seed_app, monkeypatch) -> None:
    seen = {}
    monkeypatch.setattr(Flask, "run", lambda self, **kw: seen.update(kw))
    seed_app.run()
    assert seen == {"host": "127.0.0.1", "port": 5000}
    seed_app.run(port=8080, debug=False)
    assert seen == {"host": "127.0.0.1", "port": 8080, "debug": False}
    with pytest.warns(UserWarning, match="0.0.0.0"):
        seed_app.run(host="0.0.0.0")


def test_create_continuations_is_vectorised_and_matches_nlargest() -> None:
    class App(FlaskGenerationApp):
        def initialize_dictionary(self):
            self.word_dict = [f"w{i}" for i in range(1_000_000)]

    app = App("big", 10)
    probs = np.random.default_rng(0).random(1_000_000)
    got = app.create_continuations(probs)  # its speed against heapq: benchmarks/bench_loading.py
    want = heapq.nlargest(10, zip(probs, app.word_dict, strict=True), key=lambda x: x[0])
    assert got == [Continuation(w, p * 100) for p, w in want]
    assert app.create_continuations(list(probs[:5])) == [Continuation(w, p * 100) for p, w in sorted(
        zip(probs[:5], app.word_dict[:5], strict=True), reverse=True)]


class OldStyle(FlaskGenerationApp):
    """The older variant: ``initialize_vocab``, context in and out, HTML from ``format_context``."""

    def initialize_vocab(self):
        self.word_dict = ["alpha", "beta", "gamma", "<script>x</script>", "delta"]
        self.ix_arr = list(range(len(self.word_dict)))

    def append_to_context(self, context: str, post_token: str):
        return context + " " + post_token

    def format_context(self, context: str):
        return "<br>".join(context.split())

    def get_next_token_predictions(self, context: str):
        n = len(context.split())
        probs = np.array([1.0, 2.0, 3.0, 4.0, 0.0]) + n
        probs[4] = 0.0
        return self.create_continuations(probs / probs.sum())


def test_the_older_variant_works() -> None:
    app = OldStyle("old", n_largest_tokens_to_return=3)
    app.initialize_context("start here")
    with running(app.app) as srv:
        status, _, reply = call(srv, "GET", "/fetch")
        assert status == 200 and reply["context"] == "start<br>here"  # the documented HTML opt-in
        assert [c["token"] for c in reply["continuations"]] == ["<script>x</script>", "gamma", "beta"]
        status, _, reply = call(srv, "POST", "/select", {"token": "gamma"})
        assert reply["context"] == "start<br>here<br>gamma"
        _, _, trace = call(srv, "GET", "/api/trace")
        loads(orjson.dumps(trace))
        run = trace["runs"][0]
        assert run["prompt"] == "start here" and run["nodes"][1]["token"] == 2
        assert trace["tokens"]["3"] == "<script>x</script>"  # text, for the page to show as text
        # the zero-probability token is no candidate, and cannot be appended
        assert all(t != 4 for t, _ in run["nodes"][0]["top"])
        status, _, reply = call(srv, "POST", "/api/expand", {"run": "run-1", "node": 0, "token": 4})
        assert status == 400
        status, _, reply = call(srv, "POST", "/api/expand", {"run": "run-1", "node": 0, "token": 5})
        assert status == 400 and "outside the vocabulary" in reply["error"]


@pytest.mark.slow
def test_the_seed_example_runs_on_the_default_model(default_model) -> None:
    example = load_example().InteractiveGenerationServer(
        __name__, default_model.tokenizer, default_model.model, "Once upon a time")
    with running(example.app) as srv:
        status, _, reply = call(srv, "GET", "/fetch")
        assert status == 200 and len(reply["continuations"]) == 10
        status, _, reply = call(srv, "POST", "/select", {"token": reply["continuations"][0]["token"]})
        assert status == 200 and reply["context"].startswith("Once upon a time") and len(reply["context"]) > 16
        _, _, trace = call(srv, "GET", "/api/trace")
        assert trace["runs"][0]["nodes"][1]["rank"] == 0
