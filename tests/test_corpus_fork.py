"""Corpora of forks: ``tracegen fork --corpus`` writes each prompt's run (its ``fork`` object
included) as it is done and resumes; a fork trace round-trips through a corpus; DuckDB reads
the positions and forking tokens."""

from __future__ import annotations

import orjson
import pytest
from click.testing import CliRunner

import tracegen
from tests.fork_helpers import DECISION, ScriptedBackend
from tracegen.cli import main
from tracegen.corpus import corpus_to_trace, load_corpus, trace_to_corpus
from tracegen.corpus.pipeline import fork_corpus
from tracegen.errors import TracegenError
from tracegen.recording.prompts import Prompt
from tracegen.testing import tiny_tokenizer

SETTINGS = {"outcome": "regex:([a-e])", "samples": 3, "max_new_tokens": 3, "max_alternatives": 2}


def _untimed(run: dict) -> dict:
    """A run without what the clock decides (``stats.seconds``, the fork's rollout timing)."""
    run = orjson.loads(orjson.dumps(run))
    run["stats"].pop("seconds", None)
    for key in ("seconds", "rollouts_per_second"):
        run["fork"]["stats"].pop(key, None)
    return run


def _prompts() -> list[Prompt]:
    return [Prompt("Hello", "q1", metadata={"answer": "e", "level": 2}),
            Prompt("Hi", "q2", continuation=" there"),
            Prompt("Good day", "q3")]


def test_a_corpus_run_holds_what_forking_that_prompt_alone_holds(tmp_path, tiny):
    prompts = _prompts()
    done = fork_corpus(prompts, tmp_path / "c", model=tiny, shard_runs=2, **SETTINGS)
    assert (done.recorded, done.skipped) == (3, 0)
    corpus = load_corpus(tmp_path / "c")
    for prompt in prompts:
        alone = tracegen.fork([prompt], model=tiny, **SETTINGS)
        got = corpus.run(prompt.id)
        assert _untimed(got.runs[0].to_dict()) == _untimed(alone.runs[0].to_dict())
        assert got.tokens == alone.tokens
    assert corpus.run("q1").runs[0].fork.data["base"] == {"source": "greedy", "answer": "e"}
    frame = corpus.runs_frame()
    assert list(frame["level"])[0] == 2 and frame["strategy"].tolist() == ["greedy", "forced", "greedy"]
    assert corpus.manifest.recording["strategy"] == "fork"
    assert corpus.manifest.recording["params"]["outcome"] == "regex:([a-e])"


def test_forking_again_skips_finished_runs_and_refuses_other_settings(tmp_path, tiny):
    prompts = _prompts()
    fork_corpus(prompts[:1], tmp_path / "c", model=tiny, **SETTINGS)
    again = fork_corpus(prompts, tmp_path / "c", model=tiny, resume=True, **SETTINGS)
    assert (again.recorded, again.skipped) == (2, 1)
    assert sorted(load_corpus(tmp_path / "c").run_ids) == ["q1", "q2", "q3"]
    with pytest.raises(TracegenError, match="params"):
        fork_corpus(prompts, tmp_path / "c", model=tiny, **{**SETTINGS, "samples": 4})
    with pytest.raises(TracegenError, match="strategy"):
        tracegen.corpus.pipeline.record_corpus(prompts, tmp_path / "c", model=tiny, max_new_tokens=3, top_k=3)


@pytest.fixture(scope="module")
def forked() -> tracegen.Trace:
    """A fork whose outcome is decided at a known token (a forking token and a change point)."""
    prompt = "Q:"
    backend = ScriptedBackend(len(tiny_tokenizer()(prompt)["input_ids"]))
    return tracegen.fork([Prompt(prompt, "q", metadata={"answer": "A"})], outcome="regex:[AB]", backend=backend,
                         max_new_tokens=8, samples=20)


def test_a_fork_trace_converted_to_a_corpus_and_back_is_the_same_bytes(tmp_path, forked):
    trace_to_corpus(forked, tmp_path / "c")
    assert corpus_to_trace(tmp_path / "c").dumps() == forked.dumps()
    trace = tracegen.trace.from_dict(orjson.loads(forked.dumps()))
    trace.runs[0].extra = {"fork": trace.runs[0].extra.pop("fork"), **trace.runs[0].extra}  # fork first: kept there
    trace_to_corpus(trace, tmp_path / "d")
    assert corpus_to_trace(tmp_path / "d").dumps() == trace.dumps()


def test_duckdb_reads_fork_positions_and_forking_tokens(tmp_path, forked):
    trace_to_corpus(forked, tmp_path / "c")
    corpus = load_corpus(tmp_path / "c")
    fork = forked.runs[0].fork
    tokens = corpus.query("SELECT run, position, token, probability, shift FROM forking_tokens").fetchall()
    assert tokens == [("q", t["position"], t["token"], t["probability"], t["shift"]) for t in fork.forking_tokens]
    assert tokens[0][1] == DECISION
    positions = corpus.query("SELECT position, node, status, token, drift, hazard FROM fork_positions "
                             "ORDER BY position").fetchall()
    assert positions == [(p["position"], p["node"], p["status"], p["alternatives"][0]["token"], p["drift"],
                          p["hazard"]) for p in fork.positions]
    # Without tracegen: the column is JSON that DuckDB's json functions read.
    import duckdb

    shift = duckdb.sql(f"SELECT json_extract(fork, '$.forking_tokens[0].shift')::DOUBLE "
                       f"FROM read_parquet('{tmp_path}/c/runs/*.parquet')").fetchall()
    assert shift == [(fork.forking_tokens[0]["shift"],)]


def test_cli_fork_corpus_with_two_workers_and_resume(tmp_path, tiny_dir):
    prompts = tmp_path / "p.jsonl"
    prompts.write_text('{"id": "q1", "prompt": "Hello", "answer": "e"}\n{"prompt": "Hi", "continuation": " there"}\n'
                       '{"id": "q3", "prompt": "Good day"}\n')
    args = ["fork", "--prompt", str(prompts), "--model", str(tiny_dir), "--outcome", "regex:([a-e])", "--samples",
            "3", "--max-new-tokens", "3", "--max-alternatives", "2"]
    one = CliRunner().invoke(main, [*args, "-o", str(tmp_path / "f.json"), "--quiet"], catch_exceptions=False)
    assert one.exit_code == 0, one.output
    result = CliRunner().invoke(main, [*args, "--corpus", str(tmp_path / "c"), "--workers", "2"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "3 runs forked" in result.output
    expected = tracegen.load(tmp_path / "f.json")
    got = corpus_to_trace(tmp_path / "c")
    assert [_untimed(r.to_dict()) for r in got.runs] == [_untimed(r.to_dict()) for r in expected.runs]
    again = CliRunner().invoke(main, [*args, "--corpus", str(tmp_path / "c"), "--resume"], catch_exceptions=False)
    assert "0 runs forked, 3 already there" in again.output


@pytest.mark.parametrize(("extra", "message"), [
    ([], "give one of -o/--output"),
    (["-o", "f.json", "--workers", "2"], "--workers and --ray need --corpus"),
])
def test_cli_fork_corpus_mistakes_are_one_line(tmp_path, monkeypatch, extra, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.txt").write_text("Hi")
    result = CliRunner().invoke(main, ["fork", "--prompt", "p.txt", "--outcome", "last-number", *extra])
    assert result.exit_code != 0 and message in result.output and "Traceback" not in result.output


@pytest.mark.integration
def test_fork_corpus_on_ray_actors(tmp_path, tiny_dir):
    ray = pytest.importorskip("ray")
    prompts = _prompts()
    fork_corpus(prompts, tmp_path / "one", model=str(tiny_dir), **SETTINGS)
    ray.init(num_cpus=2, include_dashboard=False, logging_level="ERROR", log_to_driver=False)
    try:
        done = fork_corpus(prompts, tmp_path / "ray", model=str(tiny_dir), workers=2, ray="auto", **SETTINGS)
    finally:
        ray.shutdown()
    assert done.recorded == 3
    assert [_untimed(r.to_dict()) for r in corpus_to_trace(tmp_path / "ray").runs] == \
        [_untimed(r.to_dict()) for r in corpus_to_trace(tmp_path / "one").runs]


def test_an_interrupted_fork_corpus_keeps_finished_prompts(tmp_path, tiny):
    from tracegen.corpus.pipeline import Listener

    class StopAfterOne(Listener):
        def run_finished(self, run_id: str) -> None:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        fork_corpus(_prompts(), tmp_path / "c", model=tiny, listener=StopAfterOne(), **SETTINGS)
    assert load_corpus(tmp_path / "c").run_ids == ["q1"]
    done = fork_corpus(_prompts(), tmp_path / "c", model=tiny, **SETTINGS)
    assert (done.recorded, done.skipped) == (2, 1)
