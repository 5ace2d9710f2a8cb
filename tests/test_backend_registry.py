"""Adding a backend is one declaration and one row of the table: a fake backend, declared and
registered here and nowhere else, records from the command line, serves the live page over
HTTP and runs in a notebook's explore, with its own flag refused for any other backend."""

from __future__ import annotations

import dataclasses
import math
import os
import signal
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from types import SimpleNamespace

import pytest
import torch
from click.testing import CliRunner

import tracegen
from tests.live_helpers import call, free_port, wait_ready
from tracegen.backends import BACKENDS, Capabilities, Declaration, Opening, option
from tracegen.backends.base import Backend, Step, Tree
from tracegen.backends.model_files import backend_files
from tracegen.cli import main
from tracegen.testing import tiny_tokenizer
from tracegen.trace import Node, Run

VOCAB = 257  # tiny_tokenizer's ids: the 256 bytes and <|endoftext|>


def reference(ids: Sequence[int], sharpness: float) -> torch.Tensor:
    """The fake model: next-token log-probabilities that depend on the context's length and last token."""
    last = ids[-1] if ids else 0
    logits = torch.cos(torch.arange(VOCAB, dtype=torch.float64) * (1 + len(ids) % 5) + last) * sharpness
    return torch.log_softmax(logits, dim=-1).float()


@dataclass(frozen=True)
class FakeOptions:
    fake_sharpness: float = option(3.0, "how peaked the fake model's distributions are.", minimum=0,
                                   minimum_open=True)


class FakeBackend(Backend):
    """Whole distributions from ``reference``, one context at a time."""

    def __init__(self, sharpness: float) -> None:
        tokenizer = tiny_tokenizer()
        super().__init__(tokenizer, {"name": "fake", "source": "fake", "backend": "fake", "vocab_size": VOCAB,
                                     "eos_token_ids": [256]}, max_positions=64)
        self.sharpness = sharpness

    def _rows(self, contexts: list[list[int]]) -> Step:
        self.calls += 1
        return Step(torch.stack([reference(c, self.sharpness) for c in contexts]), contexts)

    def prefill(self, ids: Sequence[int]) -> Step:
        return self._rows([list(ids)])

    def extend(self, step: Step, rows, tokens) -> Step:
        return self._rows([step.state[int(r)] + [int(t)] for r, t in zip(rows, tokens, strict=True)])

    def all_positions(self, ids: Sequence[int], start: int) -> Step:
        step = self._rows([list(ids[:i + 1]) for i in range(start - 1, len(ids))])
        return Step(step.logprobs, None)

    def distribution(self, ids: Sequence[int]) -> torch.Tensor:
        return self._rows([list(ids)]).logprobs[0]

    def tree(self, prompt_ids: Sequence[int]) -> Tree:
        return FakeTree(self, list(prompt_ids))


class FakeTree(Tree):
    def __init__(self, backend: FakeBackend, prompt: list[int]) -> None:
        self.backend, self.prompt = backend, prompt

    def root(self) -> Step:
        return self.backend.prefill(self.prompt)

    def evaluate(self, run: Run, nodes: Sequence[Node]) -> Step:
        return self.backend._rows([self.prompt + run.token_ids(n.id) for n in nodes])


FAKE = Declaration(name="fake", summary="a fake model for the registry test", options=FakeOptions,
                   capabilities=Capabilities(whole_distributions=True),
                   opener=lambda model, options, opening: FakeBackend(options.fake_sharpness))


@pytest.fixture
def fake(monkeypatch):
    monkeypatch.setitem(BACKENDS, "fake", FAKE)


def test_record_from_the_command_line(fake, tmp_path):
    (tmp_path / "p.txt").write_text("Hi")
    out = tmp_path / "t.json"
    result = CliRunner().invoke(main, ["record", "--prompt", str(tmp_path / "p.txt"), "-o", str(out), "--backend",
                                       "fake", "--fake-sharpness", "5", "--max-new-tokens", "4", "--top-k", "3",
                                       "--quiet"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    trace = tracegen.load(out)
    assert trace.model["backend"] == "fake"
    run = trace.runs[0]
    context = list(run.prompt_token_ids)
    for node in run.nodes[1:]:  # greedy: every token is the reference's most likely after its context
        expected = reference(context, 5.0)
        assert node.token == int(expected.argmax())
        assert math.isclose(node.logprob, float(expected.max()), abs_tol=1e-4)
        context.append(node.token)


def test_its_flag_is_refused_with_another_backend(fake, tmp_path):
    (tmp_path / "p.txt").write_text("Hi")
    result = CliRunner().invoke(main, ["record", "--prompt", str(tmp_path / "p.txt"), "-o", str(tmp_path / "t.json"),
                                       "--fake-sharpness", "5"])
    assert result.exit_code == 2 and "--fake-sharpness needs --backend fake" in result.output
    with pytest.raises(tracegen.TracegenError, match="is not an option of the fake backend"):
        tracegen.record("Hi", backend="fake", backend_options={"n_ctx": 5})


def test_serve_over_http(fake, tmp_path):
    port = free_port()
    seen: dict = {}

    def drive() -> None:
        at = SimpleNamespace(url=f"http://127.0.0.1:{port}", port=port)
        try:
            wait_ready(at, timeout=60)
            _, _, trace = call(at, "GET", "/api/trace")
            root = trace["runs"][0]["nodes"][0]
            seen["root"] = root
            seen["expanded"] = call(at, "POST", "/api/expand", {"run": trace["runs"][0]["id"], "node": 0,
                                                                 "token": root["top"][1][0]})
        finally:
            os.kill(os.getpid(), signal.SIGINT)

    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    helper = threading.Thread(target=drive)
    helper.start()
    try:
        result = CliRunner().invoke(main, ["serve", "--backend", "fake", "--fake-sharpness", "2", "--text", "Hi",
                                           "--no-browser", "--port", str(port), "--top-k", "4"])
    finally:
        helper.join()
    assert result.exit_code == 0, result.output
    assert {sig: signal.getsignal(sig) for sig in previous} == previous  # the server gave its handlers back
    prompt = tiny_tokenizer()("Hi")["input_ids"]
    expected = reference(prompt, 2.0)
    assert [t for t, _ in seen["root"]["top"]] == expected.topk(4).indices.tolist()
    status, _, body = seen["expanded"]
    assert status == 200
    token = seen["root"]["top"][1][0]
    assert body["node"]["token"] == token
    assert [t for t, _ in body["node"]["top"]] == reference(prompt + [token], 2.0).topk(4).indices.tolist()


def test_explore_in_a_notebook(fake):
    pytest.importorskip("anywidget")
    widget = tracegen.explore("Hi", backend="fake", backend_options={"fake_sharpness": 4.0}, top_k=3)
    try:
        root = widget.trace.runs[0].nodes[0]
        prompt = tiny_tokenizer()("Hi")["input_ids"]
        assert [t for t, _ in root.top] == reference(prompt, 4.0).topk(3).indices.tolist()
        node = widget.expand(root, root.top[0][0])
        assert node.token == root.top[0][0]
    finally:
        widget.close()


def test_a_top_k_only_backend_is_not_offered_to_live_mode():
    with pytest.raises(tracegen.TracegenError, match="live mode needs whole"):
        tracegen.explore(backend="openai", backend_options={"base_url": "http://127.0.0.1:1"})
    assert "openai" not in CliRunner().invoke(main, ["serve", "--help"]).output.split("--backend [")[1].split("]")[0]


def test_opening_reaches_the_backend(fake):
    opened = tracegen.backends.open_backend("fake", None, fake_sharpness=1.5, top_k=3)
    assert isinstance(opened, FakeBackend) and opened.sharpness == 1.5
    assert Opening().top_k == 10


def test_the_declaration_says_which_model_files_are_read_here(fake, monkeypatch, tmp_path):
    """``model_files`` asks the declaration (``local_specs``) and knows no backend by name: a
    backend that loads its model here keeps outputs off the model's files, a server's reads none."""
    model = tmp_path / "model"
    model.mkdir()
    (model / "config.json").write_text("{}")
    assert backend_files("fake", str(model)) == [model]  # the default: the model's own files
    with pytest.raises(tracegen.TracegenError, match="that is the input"):
        tracegen.record("Hi", backend="fake", model=str(model), output=model / "config.json", max_new_tokens=1)
    served = dataclasses.replace(FAKE, name="served", local_specs=lambda model, options: [
        spec for spec in [options.get("vocab")] if spec is not None])
    monkeypatch.setitem(BACKENDS, "served", served)
    assert backend_files("served", str(model)) == []
    assert backend_files("served", "a-served-name", {"vocab": str(model)}) == [model]
