"""``tracegen rescore``: the same tree under another model, checked against direct forward passes."""

from __future__ import annotations

import hashlib
import math
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import orjson
import pytest
from click.testing import CliRunner
from reference import direct_logprobs, max_top_error

import tracegen
from tracegen.cli import main
from tracegen.errors import TracegenError
from tracegen.importing import import_responses
from tracegen.live import LiveSession
from tracegen.recording.progress import Progress
from tracegen.rescoring import rescore, unscored
from tracegen.testing import tiny_model, tiny_tokenizer
from tracegen.trace import SCHEMA_PATH, Node, Run, Trace, load
from tracegen.trace.tokens import TokenTable

EXE = str(Path(sys.executable).with_name("tracegen"))
DATA = Path(__file__).resolve().parent / "data"
SCHEMA = orjson.loads(SCHEMA_PATH.read_bytes())
PROMPTS = ["Hello world", "The cat sat"]
STRATEGIES = {
    "greedy": {},
    "sample": {"num_samples": 3, "seed": 1},
    "beam": {"num_beams": 3, "length_penalty": 1.3},
    "branch": {"branch_width": 3, "min_prob": 0.0, "max_nodes": 40},
    "forced": {"continuation": " on the mat"},
}


@pytest.fixture(scope="module")
def model_dirs(tmp_path_factory) -> dict[str, str]:
    """Both tiny models saved as model directories, so the CLI loads them like any model."""
    dirs = {}
    for seed in (0, 1):
        path = tmp_path_factory.mktemp(f"tiny-{seed}")
        tiny_model(seed=seed).save_pretrained(path)
        tiny_tokenizer().save_pretrained(path)
        dirs[f"seed{seed}"] = str(path)
    return dirs


def recorded(tiny, strategy: str) -> Trace:
    return tracegen.record(PROMPTS, model=tiny, strategy=strategy, top_k=6, max_new_tokens=6, **STRATEGIES[strategy])


def synthetic(runs: int, nodes: int, seed: int = 0, top_k: int = 5) -> Trace:
    """A random tree per run over the tiny tokenizer's ids, no model needed (any size, instantly)."""
    rng = random.Random(seed)
    out = []
    for r in range(runs):
        prompt = [rng.randrange(256) for _ in range(4)]
        run = Run(id=f"r{r}", prompt=bytes(prompt).decode("latin-1"), prompt_token_ids=prompt,
                  strategy={"name": "branch"}, top_k=top_k, nodes=[Node(id=0)])
        for node_id in range(1, nodes):
            parent = rng.choice(run.nodes)
            token = rng.randrange(256)
            if run.child(parent.id, token) is None:
                run.add_node(Node(id=node_id, parent=parent.id, token=token, logprob=-1.0, rank=0))
        for node in run.nodes:
            node.top = [(t, round(-1.0 - i, 5)) for i, t in enumerate(rng.sample(range(256), top_k))]
            node.entropy = 3.0
        out.append(run)
    ids = {t for run in out for n in run.nodes for t in [n.token, *(t for t, _ in n.top)] if t is not None}
    ids |= {t for run in out for t in run.prompt_token_ids}
    tokens, token_bytes = TokenTable(tiny_tokenizer(), 257).entries(sorted(ids))
    return Trace(model={"name": "synthetic", "vocab_size": 257}, tokens=tokens, token_bytes=token_bytes, runs=out)


def within_1e5(a: float, b: float) -> bool:
    """Equal within 1e-5: both sides are stored to 5 decimals, so one unit of the last digit
    (1e-5 up to float noise) is as close as two recordings of the same number can be."""
    return abs(a - b) <= 1e-5 + 1e-12


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def nodes_of(trace: Trace) -> dict[tuple[str, int], Node]:
    return {(run.id, node.id): node for run in trace.runs for node in run.nodes}


# -- the recording model reproduces itself; another model matches its own forward pass --------------


@pytest.mark.parametrize("strategy", list(STRATEGIES))
def test_rescoring_with_the_recording_model_reproduces_every_distribution(tiny, strategy):
    source = recorded(tiny, strategy)
    again = rescore(source, model=tiny)
    assert [r.id for r in again.runs] == [r.id for r in source.runs]
    for src, run in zip(source.runs, again.runs, strict=True):
        assert [(n.id, n.parent, n.token) for n in run.nodes] == [(n.id, n.parent, n.token) for n in src.nodes]
        assert run.complete and run.prompt_token_ids == src.prompt_token_ids and run.strategy == src.strategy
        for a, b in zip(src.nodes, run.nodes, strict=True):
            assert (a.top is None) == (b.top is None)
            if a.top is not None:
                expected = dict(a.top)
                for token, logprob in b.top:
                    assert token in expected, (strategy, a.id, a.top, b.top)
                    assert within_1e5(math.exp(logprob), math.exp(expected[token]))
                assert within_1e5(a.entropy, b.entropy)
            if a.parent is not None:
                assert within_1e5(math.exp(a.logprob), math.exp(b.logprob)) and a.rank == b.rank
            assert a.extra.get("finish") == b.extra.get("finish")
        assert [(r.node, r.text) for r in run.results] == [(r.node, r.text) for r in src.results]
        for a, b in zip(src.results, run.results, strict=True):
            assert abs(a.score - b.score) <= 1e-4 and a.extra["num_tokens"] == b.extra["num_tokens"]


@pytest.mark.parametrize("strategy", ["greedy", "beam", "branch", "forced"])
def test_rescoring_with_another_model_matches_its_direct_forward_pass_at_every_node(tiny, other, strategy):
    source = recorded(tiny, strategy)
    rescored = rescore(source, model=other)
    assert rescored.model["name"] == "tiny-gpt2-seed1"
    assert rescored.extra["rescoring"] == {"trace": "trace", "sha256": hashlib.sha256(source.dumps()).hexdigest(),
                                           "created": source.created, "model": source.model}
    for run in rescored.runs:
        assert max_top_error(other.model, run) <= 1e-4  # top, entropy, chosen logprob and rank vs direct forward
        for node in run.nodes:
            if node.top is None:
                continue
            reference = direct_logprobs(other.model, run.prompt_token_ids + run.token_ids(node.id))
            source_top = node.extra["source_top"]  # the source's candidates, scored by this model
            assert [t for t, _ in source_top] == [t for t, _ in source.run(run.id).node(node.id).top]
            for token, logprob in source_top:
                assert abs(math.exp(logprob) - float(reference[token].exp())) <= 1e-4
    jsonschema.validate(orjson.loads(rescored.dumps()), SCHEMA)


def test_results_are_scored_again_with_the_other_models_logprobs(tiny, other):
    source = recorded(tiny, "beam")
    rescored = rescore(source, model=other)
    for run in rescored.runs:
        penalty = run.strategy["length_penalty"]
        for result in run.results:
            path = run.path(result.node)[1:]
            total = sum(n.logprob for n in path)
            assert result.extra["logprob"] == pytest.approx(total, abs=1e-4)
            assert result.score == pytest.approx(total / len(path) ** penalty, abs=1e-4)
        assert [r.score for r in run.results] == sorted((r.score for r in run.results), reverse=True)


def test_the_tree_is_evaluated_level_by_level_not_node_by_node(tiny, other):
    source = recorded(tiny, "branch")
    rescored = rescore(source, model=other)
    for src, run in zip(source.runs, rescored.runs, strict=True):
        depths = {len(src.path(n.id)) for n in src.nodes if n.top is not None}
        # One prefill plus one batched forward per level (a level of 40 nodes fits one batch).
        assert run.extra["stats"]["forward_passes"] == len(depths)


def test_a_larger_top_k_records_more_candidates(tiny, other):
    rescored = rescore(recorded(tiny, "greedy"), model=other, top_k=12)
    assert all(run.top_k == 12 for run in rescored.runs)
    assert all(len(n.top) == 12 for run in rescored.runs for n in run.nodes if n.top is not None)


# -- every kind of trace: live sessions, imports, unmapped tokens ----------------------------------


def test_a_live_session_rescores_like_any_trace(tiny, other):
    session = LiveSession(tiny, top_k=5)
    try:
        session.new_run("Hi")
        root = session.trace.runs[0].root
        session.expand("run-1", 0, root.top[1][0])
        session.continue_("run-1", 0, 4)
        trace = tracegen.trace.loads(session.dumps())
    finally:
        session.close()
    rescored = rescore(trace, model=other)
    assert rescored.runs[0].strategy == {"name": "manual"}
    assert len(rescored.runs[0].nodes) == len(trace.runs[0].nodes) >= 6
    assert max_top_error(other.model, rescored.runs[0]) <= 1e-4


def test_unmapped_tokens_and_unknown_prompts_are_marked_not_guessed(tiny, other):
    # With the tiny byte tokenizer, multi-byte token texts match no id: they get ids below 0.
    chat = import_responses(DATA / "openai-chat.json", "openai-chat", tokenizer=tiny_tokenizer())
    rescored = rescore(chat, model=other)
    run = rescored.runs[0]
    assert run.prompt_token_ids == [] and all(n.extra["unscored"] == "no_prompt" for n in run.nodes)
    assert all(n.top is None and n.logprob is None for n in run.nodes)

    source = recorded(tiny, "branch")  # give one node an unmapped token: it and its subtree are marked
    run = source.runs[0]
    victim = run.children(run.root.id)[0]
    source.tokens[-1], victim.token = "\u2603", -1
    below = {n.id for n in run.nodes if victim.id in {p.id for p in run.path(n.id)}}
    assert set(unscored(run)) == below
    rescored = rescore(source, model=other)
    for node in rescored.runs[0].nodes:
        if node.id in below:
            assert node.extra["unscored"] == "unmapped" and node.top is None and node.logprob is None
        else:
            assert "unscored" not in node.extra and (node.logprob is not None or node.parent is None)
    assert rescored.tokens[-1] == "\u2603"
    assert max_top_error(other.model, _without(rescored.runs[0], below)) <= 1e-4


def _without(run: Run, ids: set[int]) -> Run:
    return Run(id=run.id, prompt=run.prompt, prompt_token_ids=run.prompt_token_ids, strategy=run.strategy,
               top_k=run.top_k, nodes=[n for n in run.nodes if n.id not in ids])


# -- the same tokenizer, checked up front -----------------------------------------------------------


def test_a_different_tokenizer_is_one_error_naming_a_differing_id(tiny, other):
    source = recorded(tiny, "greedy")
    token = source.runs[0].nodes[1].token
    source.tokens[token] = "not this"
    with pytest.raises(TracegenError, match=rf"different tokenizers: token id {token} is 'not this' in trace"):
        rescore(source, model=other)
    source = recorded(tiny, "greedy")
    source.model["vocab_size"] = 50257
    with pytest.raises(TracegenError, match="a vocabulary of 50257 ids in trace, 257 in model tiny-gpt2-seed1"):
        rescore(source, model=other)
    smollm2_ids = import_responses(DATA / "llamacpp.json", "llamacpp", tokenizer=tiny_tokenizer())
    with pytest.raises(TracegenError, match=r"token id \d+ is outside the model's vocabulary of 257 ids"):
        rescore(smollm2_ids, model=other)


# -- Ctrl-C keeps what was rescored; --resume finishes it -------------------------------------------


class StopAfter(Progress):
    """Presses Ctrl-C after ``levels`` levels of the tree were rescored."""

    def __init__(self, levels: int) -> None:
        self.left = levels

    def advanced(self, run, amount):
        self.left -= 1
        if self.left == 0:
            raise KeyboardInterrupt


def test_an_interrupted_rescoring_keeps_whole_levels_and_resume_finishes_it(tmp_path, other):
    source = synthetic(runs=3, nodes=60)
    source.save(tmp_path / "source.json")
    out, full = tmp_path / "out.json", tmp_path / "full.json"
    expected = rescore(tmp_path / "source.json", model=other, output=full)
    levels = len({len(source.runs[0].path(n.id)) for n in source.runs[0].nodes})
    with pytest.raises(KeyboardInterrupt):
        rescore(tmp_path / "source.json", model=other, output=out, on_progress=StopAfter(levels + 3))
    partial = load(out)
    assert [r.complete for r in partial.runs] == [True, False]
    reference = nodes_of(expected)
    for run in partial.runs:  # every node kept is fully rescored, and is what a full rescoring gives
        for node in run.nodes:
            assert node.to_dict() == reference[(run.id, node.id)].to_dict()
    assert 1 < len(partial.runs[1].nodes) < len(source.runs[1].nodes)

    done = rescore(tmp_path / "source.json", model=other, output=out, resume=True)
    assert all(run.complete for run in done.runs)
    assert {k: n.to_dict() for k, n in nodes_of(done).items()} == {k: n.to_dict() for k, n in reference.items()}
    assert [[r.to_dict() for r in run.results] for run in load(out).runs] == \
        [[r.to_dict() for r in run.results] for run in expected.runs]


def test_a_complete_output_is_never_replaced_by_a_partial_one(tmp_path, other):
    source = synthetic(runs=2, nodes=30)
    source.save(tmp_path / "source.json")
    out = tmp_path / "out.json"
    rescore(tmp_path / "source.json", model=other, output=out)
    before = out.read_bytes()
    with pytest.raises(KeyboardInterrupt):
        rescore(tmp_path / "source.json", model=other, output=out, on_progress=StopAfter(2))
    assert out.read_bytes() == before
    assert load(tmp_path / "out.partial.json").runs[0].complete is False


def test_resuming_another_traces_rescoring_is_refused(tmp_path, other):
    synthetic(runs=1, nodes=10, seed=1).save(tmp_path / "a.json")
    synthetic(runs=1, nodes=10, seed=2).save(tmp_path / "b.json")
    rescore(tmp_path / "a.json", model=other, output=tmp_path / "out.json")
    with pytest.raises(TracegenError, match="not a rescoring of"):
        rescore(tmp_path / "b.json", model=other, output=tmp_path / "out.json", resume=True)


@pytest.mark.integration
def test_ctrl_c_on_the_command_keeps_what_was_rescored(tmp_path, model_dirs):
    synthetic(runs=40, nodes=1000).save(tmp_path / "source.json")
    out = tmp_path / "out.json"
    proc = subprocess.Popen([EXE, "rescore", str(tmp_path / "source.json"), "--model", model_dirs["seed1"], "-o",
                             str(out)], stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    for line in proc.stderr:  # the first run is done: interrupt the ones after it
        if line.startswith("[1/40]"):
            break
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "partial trace" in err and "--resume" in err and "Traceback" not in err
    partial = load(out)
    assert partial.runs[0].complete and len(partial.runs) < 40


def test_resume_on_the_command_finishes_an_interrupted_rescoring(tmp_path, model_dirs):
    synthetic(runs=3, nodes=60).save(tmp_path / "source.json")
    out, full = tmp_path / "out.json", tmp_path / "full.json"
    with pytest.raises(KeyboardInterrupt):  # as Ctrl-C leaves it: run 1 done, run 2 part-way
        rescore(tmp_path / "source.json", model=model_dirs["seed1"], output=out, on_progress=StopAfter(12))
    assert not all(run.complete for run in load(out).runs)
    args = [str(tmp_path / "source.json"), "--model", model_dirs["seed1"], "--quiet"]
    assert invoke("rescore", *args, "-o", str(out), "--resume").exit_code == 0
    assert invoke("rescore", *args, "-o", str(full)).exit_code == 0
    done, expected = load(out), load(full)
    assert all(run.complete for run in done.runs) and len(done.runs) == 3
    assert {k: n.to_dict() for k, n in nodes_of(done).items()} == {k: n.to_dict() for k, n in nodes_of(expected).items()}


# -- the command ------------------------------------------------------------------------------------


def test_the_command_writes_the_rescored_trace(tmp_path, model_dirs, tiny):
    recorded(tiny, "branch").save(tmp_path / "t.json")
    result = invoke("rescore", str(tmp_path / "t.json"), "--model", model_dirs["seed1"], "-o",
                    str(tmp_path / "r.json"), "--top-k", "4")
    assert result.exit_code == 0, result.output
    assert f"Wrote {tmp_path / 'r.json'} (2 runs" in result.output
    rescored = load(tmp_path / "r.json")
    assert rescored.model["source"] == model_dirs["seed1"]
    assert rescored.extra["rescoring"]["trace"] == str(tmp_path / "t.json")


@pytest.mark.parametrize("args, message", [
    (["missing.json", "-o", "r.json"], "missing.json: no such file"),
    (["t.json", "-o", "t.json"], "that is the input"),
    (["t.json", "-o", "r.json", "--backend", "openai"], "--backend openai needs --base-url"),
    (["t.json", "-o", "r.json", "--base-url", "http://x"], "--base-url needs --backend openai"),
    (["t.json", "-o", "r.json", "--top-k", "0"], "--top-k"),
    (["t.json", "-o", "nodir/r.json"], "does not exist"),
    (["t.json", "-o", "r.json", "--model", "no/such-model-dir-here"], "Error: "),
])
def test_user_mistakes_are_one_line_errors(tmp_path, args, message, tiny, monkeypatch):
    monkeypatch.chdir(tmp_path)
    recorded(tiny, "greedy").save(tmp_path / "t.json")
    result = CliRunner().invoke(main, ["rescore", *args])
    assert result.exit_code != 0
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert message in result.stderr
    assert not (tmp_path / "r.json").exists()


@pytest.mark.integration
def test_a_different_tokenizer_through_the_command_is_one_line(tmp_path, model_dirs, tiny):
    source = recorded(tiny, "greedy")
    source.tokens[source.runs[0].nodes[1].token] = "changed"
    source.save(tmp_path / "t.json")
    proc = subprocess.run([EXE, "rescore", str(tmp_path / "t.json"), "--model", model_dirs["seed1"], "-o",
                           str(tmp_path / "r.json")], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert "different tokenizers: token id" in proc.stderr and not (tmp_path / "r.json").exists()


def test_the_library_takes_paths_and_writes_the_output(tmp_path, tiny):
    recorded(tiny, "greedy").save(tmp_path / "t.json")
    trace = tracegen.rescore(tmp_path / "t.json", model=tiny, output=tmp_path / "r.json")
    assert load(tmp_path / "r.json").to_dict() == trace.to_dict()
    assert trace.extra["rescoring"]["trace"] == str(tmp_path / "t.json")


def test_the_format_doc_names_every_field_a_rescoring_writes(tiny, other):
    source = recorded(tiny, "branch")
    victim = source.runs[0].children(0)[0]
    source.tokens[-1], victim.token = "\u2603", -1  # an unscored node too
    data = orjson.loads(rescore(source, model=other).dumps())
    doc = (Path(__file__).resolve().parent.parent / "docs" / "trace-format.md").read_text()
    run = data["runs"][0]
    fields = set(data) | set(data["rescoring"]) | set(run) \
        | {k for n in run["nodes"] for k in n}
    for field in fields:
        assert f"`{field}`" in doc, f"{field!r} is not documented in docs/trace-format.md"
    assert '"unmapped"' in doc and '"no_prompt"' in doc


# -- through a real llama.cpp server ----------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.server
def test_rescoring_through_a_server_is_what_the_server_answers_for_each_context(llama_server, default_model):
    from tracegen.backends.openai import connect
    from tracegen.recording.distribution import summarize

    source = tracegen.record(["The capital of France is"], model=default_model, strategy="branch", branch_width=3,
                             min_prob=0.0, max_nodes=20, max_new_tokens=3, top_k=5)
    rescored = rescore(source, backend="openai", backend_options={"base_url": llama_server, "concurrency": 4})
    assert rescored.model["backend"] == "openai" and rescored.model["base_url"] == llama_server
    run = rescored.runs[0]
    evaluated = [n for n in run.nodes if n.top is not None]
    assert len(evaluated) == sum(1 for n in source.runs[0].nodes if n.top is not None)
    assert run.extra["stats"]["requests"] == len(evaluated)  # one per node: the root, then each level at once
    # The server's own answer for each context, asked again one at a time. llama.cpp reuses
    # the KV cache of the request before, and a cached prefix computes other (4-bit) numbers
    # than a fresh one: the same context's probabilities vary by up to ~0.013 between asks
    # (measured). A node given another context's answer would be off by far more.
    served = connect(llama_server, top_k=5, concurrency=1)
    worst = 0.0
    try:
        for node in evaluated:
            assert node.entropy is None and node.top_mass is not None and "source_top" not in node.extra
            row = served.distribution(run.prompt_token_ids + run.token_ids(node.id))
            expected = dict(summarize(row[None], 5, exact=False, vocab_size=served.vocab_size).top[0])
            assert node.top[0][0] in expected
            for token, logprob in node.top:
                if token in expected:  # near-ties at the end of the top-5 may swap between asks
                    worst = max(worst, abs(math.exp(logprob) - math.exp(expected[token])))
    finally:
        served.close()
    assert worst < 0.05
