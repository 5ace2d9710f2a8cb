"""Corpora: the format round-trips traces, recording writes runs as they finish and resumes,
a crash leaves nothing half-made, summaries and queries agree with the runs themselves."""

from __future__ import annotations

import math
import os
from pathlib import Path

import duckdb
import orjson
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

import tracegen
from tests.synthetic_traces import synthetic_trace, topk_only_trace, tricky_trace
from tracegen.cli import main
from tracegen.corpus import corpus_to_trace, load_corpus, trace_to_corpus
from tracegen.corpus.pipeline import record_corpus
from tracegen.corpus.shards import ShardWriter, recover
from tracegen.errors import TracegenError
from tracegen.recording.prompts import Prompt, read_prompts


def _without_created(trace: tracegen.Trace) -> dict:
    data = orjson.loads(trace.dumps())
    data.pop("created")
    return data


def _without_timing(run: dict) -> dict:
    run = dict(run)
    run["stats"] = {k: v for k, v in run["stats"].items() if k != "seconds"}
    return run


@pytest.mark.parametrize("make", [lambda: synthetic_trace(200, runs=5), tricky_trace, topk_only_trace],
                         ids=["synthetic", "tricky", "topk-only"])
def test_a_trace_converted_to_a_corpus_and_back_is_the_same_bytes(tmp_path, make):
    trace = make()
    trace_to_corpus(trace, tmp_path / "c", shard_runs=2)
    back = corpus_to_trace(tmp_path / "c")
    assert back.dumps() == trace.dumps()


def test_every_strategy_live_session_and_import_round_trips(tmp_path, tiny):
    from tests.test_docs import _fresh_traces

    for number, data in enumerate(_fresh_traces(tiny)):
        trace = tracegen.trace.from_dict(data)
        trace_to_corpus(trace, tmp_path / f"c{number}")
        assert _without_created(corpus_to_trace(tmp_path / f"c{number}")) == _without_created(trace)


def test_logprobs_past_float32_precision_are_kept_exactly(tmp_path):
    trace = tricky_trace()
    node = trace.runs[0].nodes[1]
    node.logprob = -300.123456789  # float32 cannot give this back
    node.top = [(12, -0.1234567891), (17, -200.5)]
    trace_to_corpus(trace, tmp_path / "c")
    back = corpus_to_trace(tmp_path / "c").runs[0].nodes[1]
    assert back.logprob == -300.123456789 and back.top == [(12, -0.1234567891), (17, -200.5)]


def test_the_tables_read_in_duckdb_with_the_trace_formats_names(tmp_path):
    trace = synthetic_trace(120, top_k=5, runs=3)
    trace_to_corpus(trace, tmp_path / "c", shard_runs=2)
    con = duckdb.connect()
    nodes = con.sql(f"SELECT run, node, parent, token, logprob, rank, entropy, finish "
                    f"FROM read_parquet('{tmp_path}/c/nodes/*.parquet')").fetchall()
    assert len(nodes) == sum(len(r.nodes) for r in trace.runs)
    candidates = con.sql(f"SELECT run, node, rank, token, logprob FROM read_parquet('{tmp_path}/c/candidates/*.parquet')"
                         " WHERE run = 'run-2' AND node = 0 ORDER BY rank").fetchall()
    root = trace.run("run-2").root
    assert [(t, round(lp, 5)) for *_, t, lp in candidates] == root.top
    for table in ("runs", "nodes", "candidates", "tokens"):
        for path in (tmp_path / "c" / table).glob("*.parquet"):
            assert pq.ParquetFile(path).metadata.row_group(0).column(0).compression == "ZSTD"


def test_load_corpus_gives_runs_frame_lazy_nodes_one_run_and_sql(tmp_path):
    trace = synthetic_trace(150, top_k=4, runs=4)
    trace_to_corpus(trace, tmp_path / "c", shard_runs=3)
    corpus = tracegen.load_corpus(tmp_path / "c")
    frame = corpus.runs_frame()
    assert list(frame["run"]) == [r.id for r in trace.runs]
    for run, row in zip(trace.runs, frame.itertuples(), strict=True):
        metrics = run.path_metrics(run.results[0].node)
        assert row.tokens == metrics.tokens
        assert math.isclose(row.perplexity, metrics.perplexity)
        path = run.path(run.results[0].node)
        entropies = [n.entropy for n in path[:-1] if n.entropy is not None]
        assert math.isclose(row.mean_entropy, sum(entropies) / len(entropies))
        assert row.min_logprob == min(n.logprob for n in path[1:])
    nodes = corpus.nodes()
    assert nodes.count_rows() == sum(len(r.nodes) for r in trace.runs)
    one = corpus.run("run-3")
    assert [r.id for r in one.runs] == ["run-3"]
    assert one.runs[0].to_dict() == trace.run("run-3").to_dict()
    assert set(one.tokens) == set(tracegen.trace.iter_token_ids(trace.run("run-3")))
    with pytest.raises(KeyError):
        corpus.run("nope")
    answer = corpus.query("SELECT run, count(*) AS n FROM nodes GROUP BY run ORDER BY run").fetchall()
    assert answer == sorted((r.id, len(r.nodes)) for r in trace.runs)
    with pytest.raises(TracegenError, match="query"):
        corpus.query("SELECT nothing FROM nowhere")


def _prompts(count: int) -> list[Prompt]:
    return [Prompt(f"Question {i}: how much is {i} and {i}?", f"q{i}", metadata={"answer": str(2 * i), "level": i % 3})
            for i in range(count)]


def test_a_corpus_run_holds_what_recording_that_prompt_alone_holds(tmp_path, tiny):
    prompts = _prompts(5)
    record_corpus(prompts, tmp_path / "c", model=tiny, max_new_tokens=5, top_k=4, shard_runs=2)
    corpus = load_corpus(tmp_path / "c")
    for prompt in (prompts[0], prompts[3]):
        alone = tracegen.record([prompt], model=tiny, max_new_tokens=5, top_k=4)
        got = corpus.run(prompt.id)
        assert _without_timing(got.runs[0].to_dict()) == _without_timing(alone.runs[0].to_dict())
        assert got.tokens == alone.tokens and got.model == alone.model
    frame = corpus.runs_frame()
    assert list(frame["answer"]) == [p.metadata["answer"] for p in prompts]
    assert list(frame["level"]) == [p.metadata["level"] for p in prompts]


def test_recording_again_skips_finished_runs_and_refuses_other_settings(tmp_path, tiny):
    prompts = _prompts(4)
    first = record_corpus(prompts[:2], tmp_path / "c", model=tiny, max_new_tokens=3, top_k=3)
    assert (first.recorded, first.skipped) == (2, 0)
    again = record_corpus(prompts, tmp_path / "c", model=tiny, max_new_tokens=3, top_k=3, resume=True)
    assert (again.recorded, again.skipped) == (2, 2)
    assert sorted(load_corpus(tmp_path / "c").run_ids) == [p.id for p in prompts]
    with pytest.raises(TracegenError, match="max_new_tokens"):
        record_corpus(prompts, tmp_path / "c", model=tiny, max_new_tokens=4, top_k=3)
    changed = [Prompt("another text", "q0")]
    with pytest.raises(TracegenError, match="another prompt"):
        record_corpus(changed, tmp_path / "c", model=tiny, max_new_tokens=3, top_k=3)
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("mine")
    with pytest.raises(TracegenError, match="not a corpus"):
        record_corpus(prompts, tmp_path / "other", model=tiny, max_new_tokens=3)


def test_a_crash_loses_only_runs_in_flight_and_leaves_no_half_made_shard(tmp_path):
    """A writer killed after journaling three runs and mid-way through a shard: the next
    recording's recovery commits the journaled runs once and removes the half-made files."""
    trace = synthetic_trace(60, top_k=3, runs=4)
    directory = tmp_path / "c"
    trace_to_corpus(tracegen.Trace(model=trace.model, tokens={}, runs=[]), directory)
    writer = ShardWriter(directory, "crashed", shard_runs=100)
    for position, run in enumerate(trace.runs[:3]):
        writer.add(run, position, trace.tokens, trace.token_bytes)
    journal = directory / "journal" / "crashed.jsonl"
    with open(journal, "ab") as handle:  # the fourth run was being written when the process died
        handle.write(orjson.dumps({"format": "tracegen.trace", "runs": [trace.runs[3].to_dict()]})[:200])
    (directory / "nodes" / "crashed-00000.parquet").write_bytes(b"PAR1 half")  # no runs file: not committed
    (directory / "candidates" / ".crashed-00000.parquet.tmp").write_bytes(b"half")
    assert recover(directory) == 3
    assert not journal.exists()
    assert not (directory / "nodes" / "crashed-00000.parquet").exists()
    assert not list((directory / "candidates").glob(".*.tmp"))
    back = corpus_to_trace(directory)
    assert [r.to_dict() for r in back.runs] == [r.to_dict() for r in trace.runs[:3]]
    assert recover(directory) == 0


def test_journaled_runs_already_in_a_shard_are_not_committed_twice(tmp_path):
    trace = synthetic_trace(40, top_k=3, runs=2)
    directory = tmp_path / "c"
    trace_to_corpus(tracegen.Trace(model=trace.model, tokens={}, runs=[]), directory)
    writer = ShardWriter(directory, "w", shard_runs=2)
    journal = directory / "journal" / "w.jsonl"
    writer.add(trace.runs[0], 0, trace.tokens, trace.token_bytes)
    kept = journal.read_bytes()
    writer.add(trace.runs[1], 1, trace.tokens, trace.token_bytes)  # commits the shard, empties the journal
    journal.write_bytes(kept)  # as if the process died between the shard's rename and the journal's removal
    assert recover(directory) == 0
    assert sorted(load_corpus(directory).run_ids) == ["run-1", "run-2"]


def test_a_second_recorder_on_the_same_corpus_is_refused(tmp_path):
    from tracegen.corpus.shards import recording_lock

    (tmp_path / "c").mkdir()
    with recording_lock(tmp_path / "c"), pytest.raises(TracegenError, match="another tracegen"):
        with recording_lock(tmp_path / "c"):
            pass


def test_jsonl_metadata_fields_are_kept_with_the_run(tmp_path, tiny):
    prompts = tmp_path / "p.jsonl"
    prompts.write_text('{"prompt": "Hi", "id": "a", "answer": "42", "subject": "math"}\n{"prompt": "Yo"}\n')
    read = read_prompts(str(prompts))
    assert read[0].metadata == {"answer": "42", "subject": "math"} and read[1].metadata == {}
    trace = tracegen.record(read, model=tiny, max_new_tokens=2, top_k=2)
    assert trace.runs[0].extra["metadata"] == {"answer": "42", "subject": "math"}
    assert "metadata" not in trace.runs[1].extra


def _cli(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_cli_record_summarize_convert(tmp_path, tiny_dir):
    prompts = tmp_path / "p.jsonl"
    prompts.write_text("".join(orjson.dumps({"prompt": f"{i} + {i} =", "id": f"q{i}", "answer": str(2 * i)}).decode()
                               + "\n" for i in range(3)))
    corpus = tmp_path / "c"
    out = _cli("record", "--prompt", str(prompts), "--corpus", str(corpus), "--model", str(tiny_dir),
               "--max-new-tokens", "3", "--top-k", "3")
    assert "3 runs recorded" in out
    out = _cli("record", "--prompt", str(prompts), "--corpus", str(corpus), "--model", str(tiny_dir),
               "--max-new-tokens", "3", "--top-k", "3", "--resume")
    assert "0 runs recorded, 3 already there" in out
    summary = orjson.loads(_cli("summarize", str(corpus), "--json", "--outcome", "last-number"))
    frame = load_corpus(corpus).runs_frame()
    assert summary["corpus"]["runs"] == 3 and summary["corpus"]["tokens"] == int(frame["tokens"].sum())
    assert summary["corpus"]["answered"] == 3
    assert [r["run"] for r in summary["runs"]] == ["q0", "q1", "q2"]
    text = _cli("summarize", str(corpus))
    assert "q1" in text and "perplexity" in text
    _cli("convert", str(corpus), str(tmp_path / "t.json"))
    _cli("convert", str(tmp_path / "t.json"), str(tmp_path / "c2"))
    assert corpus_to_trace(tmp_path / "c2").dumps() == tracegen.load(tmp_path / "t.json").dumps()


@pytest.mark.parametrize("args, message", [
    (["record", "--prompt", "p.jsonl"], "give one of -o/--output"),
    (["record", "--prompt", "p.jsonl", "-o", "t.json", "--workers", "2"], "--workers and --ray need --corpus"),
    (["summarize", "nowhere"], "no such corpus directory"),
    (["summarize", "."], "not a corpus"),
    (["convert", "p.jsonl", "out"], "p.jsonl"),
    (["summarize", "c", "--outcome", "nonsense"], "--outcome"),
])
def test_cli_mistakes_are_one_line(tmp_path, args, message, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("p.jsonl").write_text('{"prompt": "Hi"}\n')
    trace_to_corpus(tricky_trace(), "c")
    result = CliRunner().invoke(main, args)
    assert result.exit_code != 0
    assert message in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1, result.output


def test_outcome_extractors():
    from tracegen.outcomes import is_correct, outcome_extractor

    last = outcome_extractor("last-number")
    assert last("so 3 apples and 1,234.50 pears") == "1234.5"
    assert is_correct(last, "The answer is 72.", "#### 72") is True
    assert is_correct(last, "no idea", "72") is False
    assert is_correct(last, "72", None) is None
    assert outcome_extractor(r"regex:answer: (\w+)")("answer: Paris, answer: Rome") == "Rome"
    assert outcome_extractor("choice:ABCD")("I pick (C) because") == "C"
    assert outcome_extractor("python:os.path:basename")("a/b") == "b"
    with pytest.raises(tracegen.TracegenError, match="outcome"):
        outcome_extractor("regex:(")


def test_a_corpus_directory_is_written_atomically(tmp_path):
    trace_to_corpus(tricky_trace(), tmp_path / "c")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    with pytest.raises(TracegenError, match="not an empty directory"):
        trace_to_corpus(tricky_trace(), tmp_path / "c")
    assert os.access(tmp_path / "c", os.W_OK)


def _contents(directory: Path) -> list[dict]:
    return [_without_timing(r.to_dict()) for r in corpus_to_trace(directory).runs]


def test_two_worker_processes_record_the_same_runs_as_one(tmp_path, tiny_dir):
    prompts = _prompts(7)
    record_corpus(prompts, tmp_path / "one", model=str(tiny_dir), max_new_tokens=4, top_k=3)
    done = record_corpus(prompts, tmp_path / "two", model=str(tiny_dir), max_new_tokens=4, top_k=3, workers=2,
                         shard_runs=2)
    assert done.recorded == 7
    assert len(list((tmp_path / "two" / "runs").glob("*.parquet"))) >= 2  # both workers wrote shards
    assert _contents(tmp_path / "two") == _contents(tmp_path / "one")
    assert corpus_to_trace(tmp_path / "two").tokens == corpus_to_trace(tmp_path / "one").tokens


@pytest.mark.integration
def test_ray_actors_on_a_local_cluster_record_the_same_runs(tmp_path, tiny_dir):
    ray = pytest.importorskip("ray")
    prompts = _prompts(6)
    record_corpus(prompts, tmp_path / "one", model=str(tiny_dir), max_new_tokens=4, top_k=3)
    ray.init(num_cpus=2, include_dashboard=False, logging_level="ERROR", log_to_driver=False)
    try:
        done = record_corpus(prompts, tmp_path / "ray", model=str(tiny_dir), max_new_tokens=4, top_k=3, workers=2,
                             ray="auto", shard_runs=2)
    finally:
        ray.shutdown()
    assert done.recorded == 6
    assert len({p.name.split("-w")[1][0] for p in (tmp_path / "ray" / "runs").glob("*.parquet")}) == 2  # two actors
    assert _contents(tmp_path / "ray") == _contents(tmp_path / "one")


def test_compare_and_rescore_take_corpora_pairing_runs_by_id(tmp_path, tiny, tiny_dir):
    from tracegen.backends.transformers.loading import from_objects
    from tracegen.testing import tiny_model, tiny_tokenizer

    other = from_objects(tiny_model(seed=1), tiny_tokenizer(), name="tiny-gpt2-seed1")
    prompts = _prompts(3)
    record_corpus(prompts, tmp_path / "a", model=tiny, max_new_tokens=3, top_k=4)
    trace_a = corpus_to_trace(tmp_path / "a")
    expected = tracegen.compare(trace_a, tracegen.rescore(trace_a, model=other))
    rescored = tracegen.rescore(tmp_path / "a", model=other)
    assert rescored.extra["rescoring"]["trace"] == str(tmp_path / "a")
    trace_to_corpus(rescored, tmp_path / "b")
    got = tracegen.compare(tmp_path / "a", tmp_path / "b")
    assert got.summary == expected.summary and got.nodes == expected.nodes
    # A trace file against a corpus, in the CLI: the same figures.
    trace_a.save(tmp_path / "a.json")
    out = orjson.loads(_cli("compare", str(tmp_path / "a.json"), str(tmp_path / "b"), "--json"))
    assert out["summary"] == orjson.loads(expected.dumps())["summary"]
    _cli("rescore", str(tmp_path / "a"), "-o", str(tmp_path / "c"), "--model", str(tiny_dir), "--quiet")
    assert sorted(load_corpus(tmp_path / "c").run_ids) == [p.id for p in prompts]
