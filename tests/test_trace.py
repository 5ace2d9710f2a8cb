"""The trace format: round trips, validation errors, atomic writes, the JSON Schema."""

from __future__ import annotations

import json

import jsonschema
import orjson
import pytest

import tracegen
from tracegen.recording.recorder import Recorder
from tracegen.recording.strategies import Beam
from tracegen.trace import SCHEMA_PATH, Node, Run, Trace, TraceFormatError, load


def small_trace() -> Trace:
    run = Run(id="r1", prompt="Hi", prompt_token_ids=[1, 2], strategy={"name": "greedy"}, top_k=2)
    run.add_node(Node(id=0, top=[(5, -0.1), (6, -2.5)], entropy=0.4))
    run.add_node(Node(id=1, parent=0, token=5, logprob=-0.1, rank=0, top=[(7, -0.01), (5, -5.0)], entropy=0.05))
    return Trace(model={"name": "m", "vocab_size": 10}, tokens={1: "H", 2: "i", 5: "!", 6: "?", 7: "\n"}, runs=[run])


@pytest.fixture
def recorded(tiny):
    recorder = Recorder(tiny, top_k=5, max_new_tokens=6)
    recorder.record_run("Hi 😀", Beam(num_beams=2))
    return recorder.finish()


def test_round_trip_keeps_everything(tmp_path, recorded):
    path = recorded.save(tmp_path / "t.json")
    again = load(path)
    assert again.to_dict() == recorded.to_dict()
    assert again.runs[0].node(1).rank == recorded.runs[0].node(1).rank


def test_recorded_trace_matches_the_json_schema(recorded):
    schema = json.loads(SCHEMA_PATH.read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(orjson.loads(recorded.dumps()), schema)


def test_tokens_table_holds_every_id_used_and_bytes_of_split_characters(recorded):
    run = recorded.runs[0]
    used = set(run.prompt_token_ids) | {n.token for n in run.nodes[1:]} | {t for n in run.nodes if n.top for t, _ in n.top}
    assert set(recorded.tokens) == used
    # The emoji is four byte tokens: each shows an escape, their bytes join to the emoji.
    emoji_ids = [240, 159, 152, 128]
    assert recorded.tokens[240] == "<0xF0>"
    assert b"".join(recorded.token_bytes[i] for i in emoji_ids).decode() == "😀"


def test_version_1_files_still_read_and_top_k_only_nodes_round_trip(tmp_path):
    data = small_trace().to_dict()
    data["version"] = 1
    (tmp_path / "v1.json").write_bytes(orjson.dumps(data))
    assert load(tmp_path / "v1.json").runs[0].node(1).entropy == 0.05

    trace = small_trace()
    trace.model["vocab_size"] = None
    trace.tokens[-1] = "?!"
    node = trace.runs[0].add_node(Node(id=2, parent=1, token=-1, logprob=-3.0, top=[(-1, -0.2), (7, -2.0)],
                                       top_mass=0.9540))
    again = load(trace.save(tmp_path / "v2.json"))
    assert again.to_dict() == trace.to_dict()
    assert again.runs[0].node(2).top_mass == node.top_mass and again.runs[0].node(2).rank is None
    jsonschema.validate(orjson.loads(trace.dumps()), json.loads(SCHEMA_PATH.read_text()))


def test_unknown_fields_are_kept(tmp_path):
    data = small_trace().to_dict()
    data["future_field"] = {"x": 1}
    data["runs"][0]["nodes"][1]["saliency"] = [0.5]
    path = tmp_path / "t.json"
    path.write_bytes(orjson.dumps(data))
    again = load(path)
    assert again.to_dict()["future_field"] == {"x": 1}
    assert again.runs[0].node(1).extra == {"saliency": [0.5]}


@pytest.mark.parametrize("mutate,message", [
    (lambda d: d.update(format="other"), "not a tracegen trace"),
    (lambda d: d.update(version=5), "version 5 is newer"),
    (lambda d: d["runs"][0]["nodes"][0].update(top_mass=1.5), "top_mass 1.5 is not a probability"),
    (lambda d: d.update(version="1"), "must be an integer"),
    (lambda d: d["runs"][0]["nodes"][1].update(parent=9), "unknown parent 9"),
    (lambda d: d["tokens"].pop("7"), "token id 7 is missing"),
    (lambda d: d["runs"][0]["nodes"][1].update(token=3), "token id 3 is missing"),
    (lambda d: d["runs"][0].update(prompt_token_ids=[1, 4]), "prompt token id 4 is missing"),
    (lambda d: d["runs"][0]["nodes"].append(dict(d["runs"][0]["nodes"][1])), "duplicate node id 1"),
    (lambda d: d["runs"][0]["nodes"][0].update(top=[[5, 0.7]]), "is not a log-probability"),
    (lambda d: d["runs"][0].pop("strategy"), "runs[0].strategy: missing"),
    (lambda d: d["runs"][0].update(results=[{"node": 4, "score": 0, "text": ""}]), "unknown node 4"),
])
def test_inconsistent_files_fail_with_one_line_naming_file_and_problem(tmp_path, mutate, message):
    data = small_trace().to_dict()
    mutate(data)
    path = tmp_path / "bad.json"
    path.write_bytes(orjson.dumps(data))
    with pytest.raises(TraceFormatError) as info:
        load(path)
    text = str(info.value)
    assert message in text and str(path) in text and "\n" not in text


def test_not_json_and_missing_files(tmp_path):
    path = tmp_path / "x.json"
    path.write_text("{nope")
    with pytest.raises(TraceFormatError, match="not JSON"):
        load(path)
    with pytest.raises(TraceFormatError, match="no such file"):
        load(tmp_path / "missing.json")


def test_save_is_atomic_and_never_leaves_partial_files(tmp_path, monkeypatch):
    path = tmp_path / "t.json"
    path.write_text("previous")
    trace = small_trace()

    def broken(self):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(Trace, "dumps", broken)
    with pytest.raises(RuntimeError):
        trace.save(path)
    assert path.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["t.json"]


def test_invalid_trace_is_not_saved(tmp_path):
    trace = small_trace()
    trace.runs[0].nodes[1].token = 99
    with pytest.raises(TraceFormatError):
        trace.save(tmp_path / "t.json")
    assert not (tmp_path / "t.json").exists()


def test_public_api(tiny, tmp_path):
    trace = tracegen.record(["one", "two"], model=tiny, strategy="sample", num_samples=2, max_new_tokens=4)
    assert [r.id for r in trace.runs] == ["run-1", "run-2"]
    loaded = tracegen.load(trace.save(tmp_path / "t.json"))
    assert loaded.runs[1].strategy == {"name": "sample", "temperature": 1.0, "top_p": 1.0, "seed": 0, "num_samples": 2}


def test_a_trace_written_in_pieces_is_the_file_written_whole():
    """``Trace.dump_chunks`` (what a compare page embeds, a few thousand nodes at a time) joins
    to exactly ``dumps()``, runs, extra fields and token bytes included; what JSON cannot hold
    is the same one-line error."""
    from synthetic_traces import shaped_trace, synthetic_trace, tricky_trace

    for trace in (tricky_trace(), synthetic_trace(num_nodes=300, runs=3), shaped_trace("path", 50, rescored=True)):
        trace.extra["note"] = {"kept": [1, 2]}
        for nodes in (1, 7, 4096):
            assert b"".join(trace.dump_chunks(nodes)) == trace.dumps()
    broken = tricky_trace()
    broken.runs[1].nodes[2].extra["bad"] = "\ud800"
    with pytest.raises(TraceFormatError) as whole:
        broken.dumps()
    with pytest.raises(TraceFormatError) as pieces:
        b"".join(broken.dump_chunks(2))
    assert str(pieces.value) == str(whole.value) and "runs[1].nodes[2]" in str(whole.value)
