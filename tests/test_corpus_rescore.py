"""Rescoring a corpus into a corpus: run by run (never the whole corpus in memory), each run
written when done, an interruption keeps the finished runs and the same command completes."""

from __future__ import annotations

import math

import orjson
import pytest
from click.testing import CliRunner

import tracegen
from tracegen.cli import main
from tracegen.corpus import corpus_to_trace, load_corpus, trace_to_corpus
from tracegen.corpus.pipeline import Listener, record_corpus
from tracegen.corpus.rescoring import rescore_corpus
from tracegen.errors import TracegenError
from tracegen.recording.prompts import Prompt


def _untimed(run: dict) -> dict:
    run = dict(run)
    run["stats"] = {k: v for k, v in run["stats"].items() if k != "seconds"}
    return run


@pytest.fixture(scope="module")
def other():
    from tracegen.backends.transformers.loading import from_objects
    from tracegen.testing import tiny_model, tiny_tokenizer

    return from_objects(tiny_model(seed=1), tiny_tokenizer(), name="tiny-gpt2-seed1")


@pytest.fixture(scope="module")
def source(tmp_path_factory, tiny):
    """A corpus of 20 runs in shards of 3, a branch strategy (trees, not paths)."""
    path = tmp_path_factory.mktemp("rescore") / "a"
    prompts = [Prompt(f"Item {i} is", f"q{i}", metadata={"level": i % 3}) for i in range(20)]
    record_corpus(prompts, path, model=tiny, strategy="branch", max_new_tokens=3, top_k=4, shard_runs=3,
                  branch_width=2, max_nodes=8)
    return path


def test_a_rescored_corpus_holds_what_rescoring_the_trace_gives(tmp_path, source, other):
    done = rescore_corpus(source, tmp_path / "b", model=other, shard_runs=4)
    assert (done.recorded, done.skipped) == (20, 0)
    expected = tracegen.rescore(corpus_to_trace(source), model=other)
    got = corpus_to_trace(tmp_path / "b")
    assert [_untimed(r.to_dict()) for r in got.runs] == [_untimed(r.to_dict()) for r in expected.runs]
    assert got.tokens == expected.tokens and got.model == expected.model
    rescoring = got.extra["rescoring"]
    assert rescoring["trace"] == str(source) and rescoring["model"] == load_corpus(source).manifest.model
    assert list(load_corpus(tmp_path / "b").runs_frame()["level"]) == [i % 3 for i in range(20)]


class _StopAfter(Listener):
    """Ctrl-C after ``count`` runs are written."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.seen: list[str] = []

    def run_finished(self, run_id: str) -> None:
        self.seen.append(run_id)
        if len(self.seen) == self.count:
            raise KeyboardInterrupt


def test_an_interrupted_rescoring_keeps_finished_runs_and_the_same_call_completes(tmp_path, source, other):
    stop = _StopAfter(7)
    with pytest.raises(KeyboardInterrupt):
        rescore_corpus(source, tmp_path / "b", model=other, shard_runs=4, listener=stop)
    kept = load_corpus(tmp_path / "b").run_ids
    assert sorted(kept) == sorted(stop.seen)  # written before the listener heard of it
    assert not list((tmp_path / "b" / "journal").glob("*.jsonl"))  # committed on the way out
    done = rescore_corpus(source, tmp_path / "b", model=other, resume=True)
    assert done.skipped == len(kept) and done.recorded == 20 - len(kept)
    whole = rescore_corpus(source, tmp_path / "whole", model=other)
    assert whole.recorded == 20
    assert [_untimed(r.to_dict()) for r in corpus_to_trace(tmp_path / "b").runs] == \
        [_untimed(r.to_dict()) for r in corpus_to_trace(tmp_path / "whole").runs]


def test_an_output_of_something_else_is_refused(tmp_path, source, other, tiny):
    from tests.synthetic_traces import tricky_trace

    trace_to_corpus(tricky_trace(), tmp_path / "c")
    with pytest.raises(TracegenError, match="not a rescoring of"):
        rescore_corpus(source, tmp_path / "c", model=other)
    rescore_corpus(source, tmp_path / "b", model=other)
    with pytest.raises(TracegenError, match="model name"):
        rescore_corpus(source, tmp_path / "b", model=tiny)


@pytest.mark.integration
def test_cli_rescore_of_a_corpus_continues_after_sigterm(tmp_path, source, tiny_dir):
    """The command stopped by SIGTERM (as ``timeout`` and SLURM stop it) keeps what it did."""
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    out = tmp_path / "b"
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    command = [str(Path(sys.executable).with_name("tracegen")), "rescore", str(source), "-o", str(out), "--model", str(tiny_dir)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    journal = out / "journal"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:  # wait for the first journaled run
        if journal.is_dir() and any(p.stat().st_size for p in journal.glob("*.jsonl")):
            break
        time.sleep(0.05)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=120)
    if process.returncode == 0:
        pytest.skip("the rescoring finished before SIGTERM arrived")
    assert process.returncode == 143, err
    assert b"run the same command again" in err
    kept = load_corpus(out).run_ids
    assert kept and not list(journal.glob("*.jsonl"))
    result = CliRunner().invoke(main, command[1:] + ["--resume"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert f"{len(kept)} already there" in result.output
    assert sorted(load_corpus(out).run_ids) == sorted(load_corpus(source).run_ids)
    assert orjson.loads(corpus_to_trace(out).dumps())["rescoring"]["trace"] == str(source)


def _close(got, expected, where="summary"):
    """Equal, floats within 1e-9 relative (a mean summed from per-run means rounds differently)."""
    if isinstance(expected, float) and isinstance(got, float):
        assert math.isclose(got, expected, rel_tol=1e-9, abs_tol=1e-12), where
    elif isinstance(expected, dict):
        assert isinstance(got, dict) and got.keys() == expected.keys(), where
        for key in expected:
            _close(got[key], expected[key], f"{where}.{key}")
    elif isinstance(expected, list):
        assert isinstance(got, list) and len(got) == len(expected), where
        for i, (x, y) in enumerate(zip(got, expected, strict=True)):
            _close(x, y, f"{where}[{i}]")
    else:
        assert got == expected, where


def test_compare_of_corpora_summed_run_by_run_is_the_whole_comparison_summary(tmp_path, source, other):
    from tracegen.corpus.comparing import compare_summaries

    rescore_corpus(source, tmp_path / "b", model=other, shard_runs=7)
    trace_a, trace_b = corpus_to_trace(source), corpus_to_trace(tmp_path / "b")
    trace_b.runs = [r for r in trace_b.runs if r.id != "q4"]  # a run only A has
    trace_b.save(tmp_path / "b.json")
    whole = tracegen.compare(trace_a, trace_b)
    for a, b in ((source, tmp_path / "b.json"), (tmp_path / "b.json", source)):
        got = compare_summaries(a, b)
        expected = whole if a == source else tracegen.compare(trace_b, trace_a)
        _close(got.summary, expected.summary)
        assert (got.pairing.only_a, got.pairing.only_b) == (expected.pairing.only_a, expected.pairing.only_b)
    out = CliRunner().invoke(main, ["compare", str(source), str(tmp_path / "b.json")], catch_exceptions=False)
    assert out.exit_code == 0, out.output
    assert "q4" in out.output and "Largest" in out.output  # q4: "Runs only in A"
