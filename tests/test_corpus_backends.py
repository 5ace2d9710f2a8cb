"""Corpora recorded on llama.cpp (the default GGUF) and through an OpenAI-compatible server
(llama.cpp's server): worker processes split the threads, and a corpus run holds what
recording that prompt alone holds."""

from __future__ import annotations

import importlib.util
import math
import os

import pytest

import tracegen
from tracegen.corpus import corpus_to_trace, load_corpus
from tracegen.corpus.backend_spec import BackendSpec
from tracegen.corpus.pipeline import record_corpus
from tracegen.recording.prompts import Prompt

needs_llama_cpp = pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None and not os.environ.get("CI"),
                                     reason="llama-cpp-python is not installed (make llamacpp installs it)")


def _prompts(count: int) -> list[Prompt]:
    return [Prompt(f"The capital of country number {i} is", f"c{i}", metadata={"answer": str(i)})
            for i in range(count)]


def _same_run(got: tracegen.trace.Run, expected: tracegen.trace.Run, tolerance: float = 0.0,
              in_probability: bool = False) -> None:
    """The same tree, tokens and candidates; log-probabilities and entropies within ``tolerance``
    (a decode on other thread counts may sum in another order), or, ``in_probability``, the
    probabilities within it (entropies within ten times it)."""
    assert (got.id, got.prompt, got.prompt_token_ids, got.strategy) == \
        (expected.id, expected.prompt, expected.prompt_token_ids, expected.strategy)
    assert [(n.id, n.parent, n.token, n.rank) for n in got.nodes] == \
        [(n.id, n.parent, n.token, n.rank) for n in expected.nodes]
    for a, b in zip(got.nodes, expected.nodes, strict=True):
        mine, theirs = dict(a.top or []), dict(b.top or [])
        if in_probability:  # near-equal candidates may swap ranks
            assert sorted(mine) == sorted(theirs)
        else:
            assert [t for t, _ in a.top or []] == [t for t, _ in b.top or []]
        for x, y in [(a.logprob, b.logprob), (a.entropy, b.entropy), *((mine[t], theirs[t]) for t in mine)]:
            assert (x is None) == (y is None), (x, y)
            if x is not None and in_probability and x <= 0 and y <= 0:
                assert abs(math.exp(x) - math.exp(y)) <= tolerance, (x, y)
            elif x is not None:
                assert math.isclose(x, y, abs_tol=tolerance * (10 if in_probability else 1)), (x, y)
    assert [r.text for r in got.results] == [r.text for r in expected.results]
    assert got.extra.get("metadata") == expected.extra.get("metadata")


@needs_llama_cpp
def test_worker_threads_are_split_on_the_backends_that_compute_here(tiny_dir):
    with BackendSpec("llamacpp").opened(threads=1) as llama:
        assert (llama.context.n_threads, llama.context.n_threads_batch) == (1, 1)
    with BackendSpec("llamacpp", options={"threads": 2}).opened(threads=1) as llama:
        assert llama.context.n_threads_batch == 2  # --threads given: it wins
    with BackendSpec(None, model=str(tiny_dir)).opened(threads=1) as local:
        assert (local.threads.step, local.threads.batch) == (1, 1)


@needs_llama_cpp
def test_llamacpp_corpus_with_two_workers_holds_what_recording_each_prompt_alone_holds(tmp_path):
    prompts = _prompts(5)
    done = record_corpus(prompts, tmp_path / "c", backend="llamacpp", max_new_tokens=4, top_k=5, workers=2,
                         shard_runs=2)
    assert done.recorded == 5
    corpus = load_corpus(tmp_path / "c")
    assert corpus.manifest.model["backend"] == "llamacpp"
    trace = corpus_to_trace(tmp_path / "c")
    assert list(corpus.runs_frame()["answer"]) == [str(i) for i in range(5)]
    for got, prompt in zip(trace.runs, prompts, strict=True):
        alone = tracegen.record([prompt], backend="llamacpp", max_new_tokens=4, top_k=5)
        # llama.cpp's numbers for a context move with the cells other sequences hold (the
        # bound docs/backends.md states: up to ~0.05 in probability); tokens do not move here.
        _same_run(got, alone.runs[0], tolerance=0.06, in_probability=True)


@pytest.mark.server
def test_openai_corpus_with_two_workers_holds_what_recording_each_prompt_alone_holds(tmp_path, llama_server):
    prompts = _prompts(4)
    options = {"base_url": llama_server}
    done = record_corpus(prompts, tmp_path / "c", backend="openai", backend_options=options, max_new_tokens=3,
                         top_k=3, workers=2, shard_runs=2)
    assert done.recorded == 4
    trace = corpus_to_trace(tmp_path / "c")
    assert trace.model["backend"] == "openai" and trace.model["base_url"] == llama_server
    alone = tracegen.record(prompts, backend="openai", backend_options=options, max_new_tokens=3, top_k=3)
    for got, expected in zip(trace.runs, alone.runs, strict=True):
        _same_run(got, expected, tolerance=1e-4)
    again = record_corpus(prompts, tmp_path / "c", backend="openai", backend_options=options, max_new_tokens=3,
                          top_k=3)
    assert (again.recorded, again.skipped) == (0, 4)
