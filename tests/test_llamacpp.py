"""The llamacpp backend (a GGUF file run by llama.cpp in this process) against independent references.

- ``LlamaReference`` (tests/llama_reference.py): llama-cpp-python's high-level ``Llama``,
  every context evaluated from scratch. Every strategy must grow the same tree with the same
  distributions on both, so the backend's sequence bookkeeping (beams reordered and
  repeated, branch levels, prefix reuse) cannot be wrong unnoticed.
- The llama.cpp server on the same GGUF (tests/server_fixtures.py): distributions within 1e-4.
- The transformers backend on the same GGUF, dequantized to float32: close, not equal
  (llama.cpp computes with 4-bit weights and 8-bit activations).

Real-model tests are marked ``slow``. Where llama-cpp-python is not installed they skip,
except under CI, where that is a failure; the missing-package error is tested without it.
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import orjson
import pytest
import torch
from click.testing import CliRunner
from live_helpers import call, running

from tracegen.backends import open_backend
from tracegen.backends.openai import connect
from tracegen.backends.transformers import TransformersBackend
from tracegen.cli import main
from tracegen.errors import TracegenError
from tracegen.live import LiveSession, create_app
from tracegen.models import default_model_gguf
from tracegen.models import gguf as gguf_module
from tracegen.recording.recorder import Recorder, make_strategy
from tracegen.recording.recorder import record as tracegen_record
from tracegen.trace import SCHEMA_PATH, load

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_remote import PROMPTS  # noqa: E402  the prompts the backends are compared on

HAVE_LLAMA_CPP = importlib.util.find_spec("llama_cpp") is not None
EXE = str(Path(sys.executable).with_name("tracegen"))

needs_llama_cpp = pytest.mark.skipif(not HAVE_LLAMA_CPP and not os.environ.get("CI"),
                                     reason="llama-cpp-python is not installed (make llamacpp installs it)")


@pytest.fixture(scope="module")
def backend():
    opened = open_backend("llamacpp")
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def reference(backend):
    from llama_reference import LlamaReference

    ref = LlamaReference(default_model_gguf(), backend.tokenizer, backend.info)
    yield ref
    ref.close()


def record(backend, prompt: str, strategy: str, max_new_tokens: int = 10, top_k: int = 10, chat: bool = False,
           **params):
    recorder = Recorder(backend, top_k=top_k, max_new_tokens=max_new_tokens, chat=chat)
    run = recorder.record_run(prompt, make_strategy(strategy, **params))
    return recorder.finish(), run


# -- without llama-cpp-python -------------------------------------------------------------


def test_without_the_package_the_backend_is_one_clear_error_naming_the_extra(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "llama_cpp", None)  # what `import llama_cpp` meets when it is not installed
    monkeypatch.setitem(sys.modules, "llama_cpp.llama_cpp", None)
    with pytest.raises(TracegenError, match=r"pip install 'tracegen\[llamacpp\]'"):
        open_backend("llamacpp")
    prompt = tmp_path / "p.txt"
    prompt.write_text("Hello")
    result = CliRunner().invoke(main, ["record", "--backend", "llamacpp", "--prompt", str(prompt),
                                       "-o", str(tmp_path / "t.json"), "--quiet"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: the llamacpp backend needs the llama-cpp-python package: pip install 'tracegen[llamacpp]' "
        "(it compiles llama.cpp from source, which takes minutes; see the README)"]
    assert not (tmp_path / "t.json").exists()


@pytest.mark.parametrize("args, owner", [
    (["--n-ctx", "512"], "llamacpp"), (["--n-gpu-layers", "-1"], "llamacpp"),
    (["--backend", "llamacpp", "--dtype", "float16"], "transformers"),
    (["--backend", "llamacpp", "--device", "cpu"], "transformers"),
])
@pytest.mark.parametrize("command", ["record", "serve", "rescore"])
def test_an_option_of_another_backend_is_refused(tmp_path, command, args, owner):
    """Every command that runs a model takes the same backend options and refuses, rather than
    ignores, one that the chosen backend has no use for."""
    prompt = tmp_path / "p.txt"
    prompt.write_text("Hello")
    extra = {"record": ["--prompt", str(prompt), "-o", str(tmp_path / "t.json")], "serve": ["--no-browser"],
             "rescore": [str(tmp_path / "in.json"), "-o", str(tmp_path / "t.json")]}[command]
    result = CliRunner().invoke(main, [command, *extra, *args])
    assert result.exit_code == 2
    option = next(a for a in args if a not in ("--backend", "llamacpp") and a.startswith("--"))
    assert f"{option} needs --backend {owner}" in result.output
    assert not (tmp_path / "t.json").exists()


def test_serve_refuses_the_transformers_cache_size_with_llama_cpp():
    result = CliRunner().invoke(main, ["serve", "--no-browser", "--backend", "llamacpp", "--cache-mb", "64"])
    assert result.exit_code == 2 and "--cache-mb needs --backend transformers" in result.output


def test_the_backend_runs_gguf_files_only(tmp_path):
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(TracegenError, match="runs .gguf files"):
        open_backend("llamacpp", str(tmp_path))
    with pytest.raises(TracegenError, match="is not an option of the llamacpp backend"):
        open_backend("llamacpp", None, device="cpu")


# -- the model ----------------------------------------------------------------------------


@pytest.mark.slow
@needs_llama_cpp
def test_token_ids_are_llama_cpp_s_own(backend):
    """Traces of both backends share ids: the tokenizer tracegen encodes with numbers every
    token as llama.cpp does, byte for byte."""
    context = backend.context
    assert backend.vocab_size == context.n_vocab == len(backend.tokenizer) == 49152
    different = [i for i in range(context.n_vocab) if backend.tokens.raw_bytes(i) != context.piece(i)]
    assert different == []
    for text in ["The capital of France is", "def fibonacci(n):\n    return n if n < 2 else fibonacci(n - 1)",
                 "naïve café — 東京 🙂", "<|im_start|>user\nHi<|im_end|>\n", "  spaces\t\ttabs\n\n\n", "3.14159 -42"]:
        assert backend.tokenizer(text, add_special_tokens=False)["input_ids"] == context.tokenize(text), text


@pytest.mark.slow
@needs_llama_cpp
def test_the_trace_says_backend_file_quantization_and_llama_cpp_version(tmp_path):
    import llama_cpp

    prompt = tmp_path / "p.txt"
    prompt.write_text("The capital of France is")
    out = tmp_path / "t.json"
    result = CliRunner().invoke(main, ["record", "--backend", "llamacpp", "--prompt", str(prompt), "-o", str(out),
                                       "--max-new-tokens", "4", "--n-ctx", "1024", "--threads", "2", "--quiet"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    trace = load(out)
    model = trace.model
    gguf = default_model_gguf()
    assert model["backend"] == "llamacpp" and model["gguf"] == gguf.name == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert model["quantization"] == gguf_module.quantization(gguf) == "Q4_1"
    assert model["llama_cpp_python_version"] == llama_cpp.__version__
    assert model["llama_cpp_version"] == llama_cpp.llama_cpp.llama_version().decode()
    assert model["n_ctx"] == 1024 and model["n_gpu_layers"] == 0 and model["eos_token_ids"] == [2]
    assert trace.runs[0].nodes[1].entropy is not None  # full distributions
    jsonschema.validate(orjson.loads(out.read_bytes()), json.loads(SCHEMA_PATH.read_text()))


# -- every strategy: exact bookkeeping, llama.cpp's numbers ----------------------------------

STRATEGIES = [
    ("greedy", {}),
    ("sample", {"num_samples": 4, "seed": 3, "temperature": 1.2}),
    ("beam", {"num_beams": 3}),
    ("branch", {"branch_width": 3, "min_prob": 0.0, "max_depth": 3}),
    ("forced", {"continuation": " Paris, of course. It is also the largest city."}),
]
NOISE = 0.1  # llama.cpp's own spread for one context decoded in different ways is up to ~0.05 here


def replayed(backend, prompt: str, strategy: str, max_new_tokens: int = 10, chat: bool = False, **params):
    """Record through ``backend``, keeping every distribution, then run the strategy again on exactly
    those distributions; both runs must agree to the last digit (the backend's row bookkeeping)."""
    from llama_reference import Capturing, Replay

    backend.pool.clear()  # llama.cpp's last bits depend on what the cache holds: start from nothing
    captured = Capturing(backend)
    _, run = record(captured, prompt, strategy, max_new_tokens=max_new_tokens, chat=chat, **params)
    _, again = record(Replay(captured), prompt, strategy, max_new_tokens=max_new_tokens, chat=chat, **params)
    assert [(n.parent, n.token, n.top, n.entropy) for n in run.nodes] == \
        [(n.parent, n.token, n.top, n.entropy) for n in again.nodes]
    assert [r.to_dict() for r in run.results] == [r.to_dict() for r in again.results]
    return run, captured.rows


def spread(rows, reference) -> list[float]:
    """Per evaluated context: max |dp| between the backend's row and a from-scratch evaluation."""
    return [float((row.exp() - reference.fresh(list(context)).exp()).abs().max()) for context, row in rows.items()]


@pytest.mark.slow
@needs_llama_cpp
@pytest.mark.parametrize("strategy,params", STRATEGIES, ids=[s for s, _ in STRATEGIES])
def test_every_strategy_replays_exactly_and_reads_llama_cpp_s_distributions(backend, reference, strategy, params):
    run, rows = replayed(backend, PROMPTS[0], strategy, **params)
    assert run.complete and run.results and all(n.entropy is not None for n in run.nodes if n.top)
    own = spread(rows, reference)
    assert max(own) < NOISE and sum(own) / len(own) < 0.02, own
    # The check can fail: each row against the distribution of another context it could have
    # been confused with (the next one evaluated) is far off.
    contexts = list(rows)
    confused = [float((rows[a].exp() - reference.fresh(list(b)).exp()).abs().max())
                for a, b in zip(contexts, contexts[1:], strict=False) if len(a) == len(b) or strategy != "branch"]
    assert sum(d > NOISE for d in confused) >= 0.8 * len(confused), confused


@pytest.mark.slow
@needs_llama_cpp
@pytest.mark.parametrize("num_beams,length_penalty,early_stopping", [(2, 1.0, False), (4, 0.5, True), (3, 2.0, "never")])
def test_beam_search_is_the_beam_algorithm_on_the_recorded_distributions(backend, reference, num_beams,
                                                                         length_penalty, early_stopping):
    """Beams that finish with EOS (a chat answer) and beams cut by the length limit: the Beam
    strategy on a replay of the recorded distributions keeps the same beams with the same
    scores, so rows were extended, reordered and repeated from the right sequences."""
    params = {"num_beams": num_beams, "length_penalty": length_penalty, "early_stopping": early_stopping}
    run, rows = replayed(backend, "Say only the word yes", "beam", max_new_tokens=8, chat=True, **params)
    assert any(r.extra.get("finish") == "eos" for r in run.results)
    for result in run.results:
        path = run.path(result.node)[1:]
        assert result.score == pytest.approx(sum(n.logprob for n in path) / len(path) ** length_penalty, abs=1e-4)
    assert max(spread(rows, reference)) < NOISE


@pytest.mark.slow
@needs_llama_cpp
def test_from_an_empty_cache_greedy_and_clicks_are_llama_cpp_s_own_numbers(backend, reference):
    """Decoded the way llama.cpp generates (the prompt in one batch, then a token at a time,
    one sequence), the distributions are llama-cpp-python's to the last recorded digit."""
    for prompt in PROMPTS[:4]:
        backend.pool.clear()
        reference.held = []
        _, run = record(backend, prompt, "greedy", max_new_tokens=12)
        _, want = record(reference, prompt, "greedy", max_new_tokens=12)
        assert [(n.token, n.top, n.entropy) for n in run.nodes] == [(n.token, n.top, n.entropy) for n in want.nodes]
    backend.pool.clear()
    ids = backend.tokenizer(PROMPTS[1], add_special_tokens=False)["input_ids"]
    reference.held = []
    for _ in range(6):  # click the second most likely token, again and again
        got, want = backend.distribution(ids), reference.distribution(ids)
        assert torch.equal(got, want)
        ids = ids + [int(torch.topk(got, 2).indices[1])]


@pytest.mark.slow
@needs_llama_cpp
def test_more_samples_than_llama_cpp_has_sequences(backend, reference):
    """300 samples need more sequences than llama.cpp has (256): rows whose sequence was
    reused are decoded again from a shared prefix, and the bookkeeping holds."""
    run, rows = replayed(backend, PROMPTS[2], "sample", max_new_tokens=3, num_samples=300, seed=1)
    assert len(run.results) == 300 and len({r.text for r in run.results}) > 100
    assert max(spread(dict(list(rows.items())[::40]), reference)) < NOISE


# -- KV-cache reuse ---------------------------------------------------------------------------


@pytest.mark.slow
@needs_llama_cpp
def test_each_new_context_costs_one_incremental_step(backend):
    context = backend.context
    prompt = backend.tokenizer(PROMPTS[4], add_special_tokens=False)["input_ids"]

    def fed(fn):
        before = context.decoded_tokens, context.decodes
        out = fn()
        return out, (context.decoded_tokens - before[0], context.decodes - before[1])

    backend.pool.clear()
    root, cost = fed(lambda: backend.distribution(prompt))
    assert cost == (len(prompt), 1)
    first, second = torch.topk(root, 2).indices.tolist()
    _, cost = fed(lambda: backend.distribution(prompt + [first]))  # extend: one token
    assert cost == (1, 1)
    _, cost = fed(lambda: backend.distribution(prompt + [second]))  # branch back: one token
    assert cost == (1, 1)
    # A beam step: four rows from two sources, each one token, in one batch.
    step = backend.extend(backend.prefill(prompt), [0, 0], [first, second])
    step4, cost = fed(lambda: backend.extend(step, [1, 0, 1, 0], [5, 6, 7, 8]))
    assert cost == (4, 1)
    for row, (source, token) in enumerate([(second, 5), (first, 6), (second, 7), (first, 8)]):
        want = backend.distribution(prompt + [source, token])  # cached now: one token again
        assert float((step4.logprobs[row].exp() - want.exp()).abs().max()) < NOISE, row
    # A tree level: every node one token on its parent's cells, one batch.
    tree = backend.tree(prompt)
    _, run = record(backend, PROMPTS[4], "branch", max_new_tokens=2, branch_width=4, min_prob=0.0)
    level = [n for n in run.nodes if n.parent == 0]
    _, cost = fed(lambda: tree.evaluate(run, level))
    assert cost == (len(level), 1)


@pytest.mark.slow
@needs_llama_cpp
def test_a_small_context_evicts_old_contexts_and_says_when_one_cannot_fit(reference):
    small = open_backend("llamacpp", n_ctx=200)
    try:
        assert small.max_positions == small.context.max_n_ctx == small.context.n_ctx == 256  # a multiple of 256
        contexts = [small.tokenizer(p * 12, add_special_tokens=False)["input_ids"][:100] for p in PROMPTS[:4]]
        for ids in contexts + contexts[:2]:  # two fit at a time: older ones are evicted
            assert float((small.distribution(ids).exp() - reference.fresh(ids).exp()).abs().max()) < NOISE
        with pytest.raises(TracegenError, match="does not fit the llama.cpp context of 256 tokens: raise --n-ctx"):
            small.distribution(list(range(100, 400)))
        # A level of 100 runs in chunks of half the sequence ids (32), each 200 + 32 cells:
        # each chunk evicts the one before.
        prompt = (contexts[0] * 10)[:200]
        run, nodes = _wide_level(prompt, 100)
        rows = small.tree(prompt).evaluate(run, nodes).logprobs
        assert small.context.n_seq_max == 64 and len(rows) == 100
        for node, row in list(zip(nodes, rows, strict=True))[::33]:
            assert float((row.exp() - reference.fresh(prompt + [node.token]).exp()).abs().max()) < NOISE
        prompt = (contexts[0] * 10)[:240]
        with pytest.raises(TracegenError, match="cannot hold this many contexts at once: raise --n-ctx"):
            small.tree(prompt).evaluate(*_wide_level(prompt, 32))  # one chunk of 240 + 32 cells
    finally:
        small.close()


@pytest.mark.slow
@needs_llama_cpp
def test_the_cache_starts_small_and_grows_to_n_ctx_when_contexts_need_it():
    """512 cells at first (12 MB for the default model, not 94 at 4096); a context or a level
    that does not fit grows the cache, and the numbers are llama.cpp's own after it too."""
    from llama_reference import LlamaReference

    backend = open_backend("llamacpp", n_ctx=2048)
    reference = LlamaReference(default_model_gguf(), backend.tokenizer, backend.info, n_ctx=1024 + 256)
    try:
        assert (backend.context.n_ctx, backend.context.max_n_ctx, backend.max_positions) == (512, 2048, 2048)
        short = backend.tokenizer(PROMPTS[0], add_special_tokens=False)["input_ids"]
        backend.distribution(short)
        assert backend.context.n_ctx == 512
        text = backend.tokenizer(" ".join(PROMPTS) * 30, add_special_tokens=False)["input_ids"]
        long = text[:700]
        assert float((backend.distribution(long).exp() - reference.fresh(long).exp()).abs().max()) < NOISE
        assert backend.context.n_ctx == 1024  # the one context needed 700 cells
        prompt = text[:1000]
        run, nodes = _wide_level(prompt, 32)  # one chunk of 1000 + 32 cells
        rows = backend.tree(prompt).evaluate(run, nodes).logprobs
        assert backend.context.n_ctx == 2048 and len(rows) == 32
        for node, row in list(zip(nodes, rows, strict=True))[::8]:
            want = reference.fresh(prompt + [node.token])
            assert float((row.exp() - want.exp()).abs().max()) < NOISE
    finally:
        backend.close()
        reference.close()


def _wide_level(prompt: list[int], width: int):
    """A run whose root has ``width`` children: a tree level of that many one-token contexts."""
    from tracegen.trace import Node, Run

    run = Run(id="r", prompt="", prompt_token_ids=prompt, strategy={"name": "branch"}, top_k=1, complete=False)
    run.add_node(Node(id=0))
    nodes = [run.add_node(Node(id=i + 1, parent=0, token=1000 + i, logprob=-1.0, rank=i)) for i in range(width)]
    return run, nodes


# -- against the llama.cpp server and the transformers backend ------------------------------


def bust_server_cache(served) -> None:
    """A request for a long unrelated text: the server's next prompt shares no cached prefix, and
    llama.cpp, finding far more free cells before its cache head than the prompt needs, puts it
    at cell 0, as this backend's emptied cache does (which cells hold a context moves the
    last bits of attention sums)."""
    served.distribution(served.tokenizer("Zebras graze. " * 30, add_special_tokens=False)["input_ids"])


@pytest.mark.slow
@pytest.mark.server
@needs_llama_cpp
def test_roots_and_greedy_paths_match_the_llama_cpp_server_within_1e_4(backend, llama_server):
    """Along this backend's greedy path from an empty cache, the server asked for each context in
    turn decodes it as this backend did (the prompt in one batch, then one token on its cached
    prefix): every probability it reports (its top-20) agrees within 1e-4, up to where the
    path's text would reach the server as other tokens."""
    from llama_reference import Capturing

    served = connect(llama_server, top_k=20, concurrency=1)
    compared, worst, retokenized = 0, 0.0, 0
    for prompt in PROMPTS:
        backend.pool.clear()
        captured = Capturing(backend)
        _, ours = record(captured, prompt, "greedy", max_new_tokens=12, top_k=20)
        bust_server_cache(served)
        path = ours.token_ids(ours.results[0].node)
        for end in range(len(path) + 1):
            context = ours.prompt_token_ids + path[:end]
            if tuple(context) not in captured.rows:  # the EOS that ended the path: not evaluated
                continue
            text = backend.tokenizer.decode(context)
            if backend.context.tokenize(text) != context:
                # The server takes text and would see other tokens ("\n\n" is one token to its
                # tokenizer): from here on it would not decode as this backend did.
                retokenized += 1
                break
            theirs = served.distribution(context)
            mine = captured.rows[tuple(context)]
            known = torch.isfinite(theirs[:backend.vocab_size])
            assert int(known.sum()) >= 18  # llama-cpp-python names special tokens "": those stay unmapped
            worst = max(worst, float((theirs[:backend.vocab_size][known].exp() - mine[known].exp()).abs().max()))
            compared += 1
    assert compared >= 40 and retokenized <= 4, (compared, retokenized)
    assert worst < 1e-4, worst


@pytest.mark.slow
@needs_llama_cpp
def test_close_to_the_transformers_backend_on_the_same_gguf(backend, default_model):
    """Over the bench_remote prompts, along llama.cpp's greedy paths: top-1 agreement >= 97 %,
    mean |dp| of the top-10 <= 0.01; P(" Paris" | "The capital of France is") ~ 0.768."""
    engine = TransformersBackend(default_model)
    agree = compared = 0
    diffs = []
    for prompt in PROMPTS:
        _, run = record(backend, prompt, "greedy", max_new_tokens=16)
        path = run.token_ids(run.results[0].node)
        full = engine.all_positions(run.prompt_token_ids + path, len(run.prompt_token_ids)).logprobs
        for node, local in zip(run.path(run.results[0].node), full, strict=False):
            if node.top is None:
                continue
            compared += 1
            agree += node.top[0][0] == int(local.argmax())
            diffs.extend(abs(math.exp(lp) - float(local[t].exp())) for t, lp in node.top[:10])
    assert compared >= 100
    assert agree / compared >= 0.97, (agree, compared)
    assert sum(diffs) / len(diffs) <= 0.01
    ids = backend.tokenizer(PROMPTS[0], add_special_tokens=False)["input_ids"]
    paris = backend.tokenizer(" Paris", add_special_tokens=False)["input_ids"][0]
    assert math.exp(float(backend.distribution(ids)[paris])) == pytest.approx(0.768, abs=0.006)
    assert math.exp(float(engine.distribution(ids)[paris])) == pytest.approx(0.768, abs=0.006)


@pytest.mark.slow
@needs_llama_cpp
def test_a_transformers_trace_rescored_with_llama_cpp_keeps_its_ids(tmp_path, default_model, reference):
    """Both backends number tokens alike, so a trace of one is rescored by the other node for node
    (through the command, with llama.cpp's own options)."""
    source = tracegen_record(PROMPTS[0], model=default_model, strategy="branch", branch_width=2, min_prob=0.0,
                             max_new_tokens=3, top_k=5)
    source.save(tmp_path / "t.json")
    result = CliRunner().invoke(main, ["rescore", str(tmp_path / "t.json"), "-o", str(tmp_path / "r.json"),
                                       "--backend", "llamacpp", "--n-ctx", "512", "--threads", "2", "--quiet"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    rescored = load(tmp_path / "r.json")
    assert rescored.model["backend"] == "llamacpp" and rescored.model["n_ctx"] == 512
    assert rescored.extra["rescoring"]["model"]["backend"] == "transformers"
    run, theirs = rescored.runs[0], source.runs[0]
    assert [(n.parent, n.token) for n in run.nodes] == [(n.parent, n.token) for n in theirs.nodes]
    for node in run.nodes:
        if node.top is not None:
            want = reference.fresh(run.prompt_token_ids + run.token_ids(node.id))
            ids = [t for t, _ in node.top]
            assert float((torch.tensor([lp for _, lp in node.top]).exp() - want[ids].exp()).abs().max()) < NOISE


# -- live mode --------------------------------------------------------------------------------


@pytest.mark.slow
@needs_llama_cpp
def test_live_mode_over_http_clicks_one_token_each_with_llama_cpp_s_numbers(backend, reference):
    session = LiveSession(backend, top_k=10)
    context = backend.context
    backend.pool.clear()  # from an empty cache, one click at a time: llama.cpp's own numbers
    reference.held = []
    with running(create_app(session)) as server:
        status, _, reply = call(server, "POST", "/api/runs", {"prompt": PROMPTS[0]})
        assert status == 200, reply
        run = reply["run"]
        prompt = run["prompt_token_ids"]
        assert run["nodes"][0]["entropy"] is not None
        reference.distribution(prompt)  # the reference decodes the prompt first too
        node, path = run["nodes"][0], []
        for step in range(5):
            token = node["top"][step % 3][0]
            before = context.decoded_tokens
            status, _, reply = call(server, "POST", "/api/expand", {"run": run["id"], "node": node["id"], "token": token})
            assert status == 200, reply
            assert context.decoded_tokens - before == 1  # one incremental step per click
            node, path = reply["node"], path + [token]
            want = reference.distribution(prompt + path)
            values, top = torch.topk(want, 10)
            assert [t for t, _ in node["top"]] == top.tolist()
            assert max(abs(lp - v) for (_, lp), v in zip(node["top"], values.tolist(), strict=True)) < 1e-5
        status, _, reply = call(server, "POST", "/api/continue", {"run": run["id"], "node": 0, "steps": 6})
        assert status == 200, reply
        greedy = [n["token"] for n in reply["nodes"]]
        _, want = record(reference, PROMPTS[0], "greedy", max_new_tokens=6)
        assert greedy == want.token_ids(want.results[0].node)
        status, _, trace = call(server, "GET", "/api/trace")
        assert trace["model"]["backend"] == "llamacpp"


@pytest.mark.slow
@needs_llama_cpp
def test_notebook_explore_runs_on_the_llamacpp_backend(backend, reference):
    """``tracegen.explore`` takes any backend: the widget's clicks are this backend's, one token each."""
    pytest.importorskip("anywidget")
    from tracegen.notebook import explore

    backend.pool.clear()
    reference.held = []
    widget = explore(PROMPTS[1], model=backend, top_k=5)
    run = widget.trace.runs[-1]
    reference.distribution(run.prompt_token_ids)
    token = run.root.top[1][0]
    before = backend.context.decoded_tokens
    node = widget.expand(0, token, run=run.id)
    assert backend.context.decoded_tokens - before == 1
    want = reference.distribution(run.prompt_token_ids + [token])
    assert [t for t, _ in node.top] == torch.topk(want, 5).indices.tolist()
    assert widget.trace.model["backend"] == "llamacpp"


@pytest.mark.slow
@pytest.mark.integration
@needs_llama_cpp
def test_serve_command_with_the_llamacpp_backend(tmp_path):
    """The installed command: `tracegen serve --backend llamacpp`, a click over HTTP, the session saved."""
    save = tmp_path / "session.json"
    proc = subprocess.Popen([EXE, "serve", "--backend", "llamacpp", "--n-ctx", "2048", "--threads", "2",
                             "--text", PROMPTS[0], "--port", "0", "--no-browser", "--save", str(save)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()  # type: ignore[union-attr]
        assert line.startswith("tracegen live: http://127.0.0.1:"), (line, proc.stderr.read() if proc.poll() else "")
        port = int(line.split("http://127.0.0.1:")[1].split("/")[0])
        server = type("Server", (), {"port": port})()
        _, _, trace = call(server, "GET", "/api/trace")
        root = trace["runs"][0]["nodes"][0]
        status, _, reply = call(server, "POST", "/api/expand", {"run": "run-1", "node": 0, "token": root["top"][0][0]})
        assert status == 200 and reply["node"]["rank"] == 0, reply
    finally:
        proc.terminate()
        proc.communicate(timeout=30)
    saved = load(save)
    assert saved.model["backend"] == "llamacpp" and saved.model["n_ctx"] == 2048
    assert len(saved.runs[0].nodes) == 2
