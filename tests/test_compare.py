"""``tracegen compare``: figures against NumPy on full distributions, bounds where only a top-k is known."""

from __future__ import annotations

import functools
import math
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import numpy as np
import orjson
import pytest
from click.testing import CliRunner
from reference import direct_logprobs
from scaling import LINEAR_BOUND, cpu_seconds, growth, peak_bytes
from synthetic_traces import shaped_trace

import tracegen
from tracegen.cli import main
from tracegen.comparison import SCHEMA_PATH, compare, json_rows, json_union, render_compare_html
from tracegen.comparison.divergence import METRICS, Partial, divergences
from tracegen.errors import TracegenError
from tracegen.rescoring import rescore
from tracegen.trace import Node, Run, Trace, load

EXE = str(Path(sys.executable).with_name("tracegen"))
SCHEMA = orjson.loads(SCHEMA_PATH.read_bytes())
PROMPTS = ["Hello world", "The cat sat"]
BRANCH = {"strategy": "branch", "branch_width": 3, "min_prob": 0.0, "max_nodes": 30, "max_new_tokens": 4}


@pytest.fixture(scope="module")
def pair_k5(tiny, other) -> tuple[Trace, Trace]:
    """A branch trace (top-5) and its rescoring by the second tiny model."""
    trace = tracegen.record(PROMPTS, model=tiny, top_k=5, **BRANCH)
    return trace, rescore(trace, model=other)


@functools.cache
def _full(model, context: tuple[int, ...]) -> np.ndarray:
    return direct_logprobs(model, list(context)).double().exp().numpy()


def full(model, run: Run, node: Node) -> np.ndarray:
    """The model's whole next-token distribution after ``node``'s context (probabilities, float64)."""
    return _full(model, tuple(run.prompt_token_ids + run.token_ids(node.id)))


def numpy_figures(p: np.ndarray, q: np.ndarray) -> dict[str, float]:
    """KL both ways, JS and TV of two distributions (or rows of them), written out with NumPy alone."""
    m = (p + q) / 2

    def kl(x: np.ndarray, y: np.ndarray) -> np.ndarray:
        with np.errstate(divide="ignore", invalid="ignore"):  # x > 0 = y: infinite, as it should be
            return np.sum(np.where(x > 0, x * np.log(np.where(x > 0, x, 1) / y), 0.0), axis=-1)

    figures = {"kl_ab": kl(p, q), "kl_ba": kl(q, p), "js": 0.5 * kl(p, m) + 0.5 * kl(q, m),
               "tv": 0.5 * np.abs(p - q).sum(axis=-1)}
    return {k: float(v) if np.ndim(v) == 0 else v for k, v in figures.items()}


def coarse(p: np.ndarray, tokens: list[int]) -> np.ndarray:
    """``p`` on ``tokens`` plus one cell for every other token."""
    kept = p[tokens]
    return np.append(kept, max(0.0, 1.0 - kept.sum()))


# -- against NumPy on whole distributions -----------------------------------------------------------


def test_figures_match_numpy_on_whole_distributions(tiny, other):
    """A top-k as large as the vocabulary records whole distributions: every figure is exact."""
    trace = tracegen.record(PROMPTS, model=tiny, top_k=257, **BRANCH)
    rescored = rescore(trace, model=other)
    comparison = compare(trace, rescored)
    compared = [r for r, first in zip(comparison.nodes, comparison.steps.first, strict=True)
                if first and r["exact"] is not None]
    assert len(compared) == sum(1 for run in trace.runs for n in run.nodes if n.top is not None) > 20
    agree = 0
    for record in compared:
        run = trace.run(record["run"])
        node = run.node(record["context_node"])  # the distribution the row's token was drawn from
        p, q = full(tiny.model, run, node), full(other.model, run, node)
        assert record["exact"] is True
        for metric, value in numpy_figures(p, q).items():
            assert record[metric] == pytest.approx(value, rel=1e-3, abs=1e-4), (metric, record["node"])
            assert record[f"{metric}_lo"] == record[f"{metric}_hi"] == record[metric]
        assert record["top1_agree"] == (int(p.argmax()) == int(q.argmax()))
        agree += record["top1_agree"]
        assert record["entropy_a_bits"] == pytest.approx(-(p * np.log2(p)).sum(), abs=1e-4)
        assert record["entropy_b_bits"] == pytest.approx(-(q * np.log2(q)).sum(), abs=1e-4)
    overall = comparison.summary["overall"]
    assert overall["top1_agreement"] == pytest.approx(agree / len(compared))
    assert overall["kl_ab"]["mean"] == pytest.approx(np.mean([r["kl_ab"] for r in compared]))
    assert overall["kl_ab"]["bound"] is False and overall["exact"] == len(compared)


def test_with_a_top_k_every_figure_bounds_the_divergence_on_the_union(pair_k5, tiny, other):
    """The true divergence of the union (both whole distributions cut to the tokens either side
    recorded, plus one cell for the rest) always lies in the reported interval."""
    trace, rescored = pair_k5
    comparison = compare(trace, rescored)
    checked = 0
    for record in (r for r in comparison.nodes if r["exact"] is not None):
        run = trace.run(record["run"])
        node = run.node(record["context_node"])
        p, q = full(tiny.model, run, node), full(other.model, run, node)
        union = [token for token, _, _ in comparison.union(record)]
        for token, pa, pb in comparison.union(record):  # recorded probabilities are the models' own
            assert pa is None or pa == pytest.approx(p[token], abs=1e-5)
            assert pb is None or pb == pytest.approx(q[token], abs=1e-5)
        for metric, value in numpy_figures(coarse(p, union), coarse(q, union)).items():
            lo, hi = record[f"{metric}_lo"], record[f"{metric}_hi"]
            assert lo - 1e-4 <= value and (hi is None or value <= hi + 1e-4), (metric, lo, value, hi)
            assert value <= numpy_figures(p, q)[metric] + 1e-4  # and the union's figure bounds the whole one
        checked += 1
    assert checked > 20


def test_every_surface_names_a_step_by_the_node_of_its_token(tiny, other, tmp_path):
    """Issue 21: the CLI's "node 15" was the distribution after node 15, which the page shows at
    node 16. Now node N is token N with the distribution it was drawn from, on every surface:
    the CLI's text, --json and to_pandas give the divergence of N's parent's distribution,
    computed here from both models' whole distributions."""
    pandas = pytest.importorskip("pandas")
    trace = tracegen.record(PROMPTS, model=tiny, top_k=257, **BRANCH)
    trace.save(tmp_path / "a.json")
    rescore(trace, model=other).save(tmp_path / "b.json")
    args = ["compare", str(tmp_path / "a.json"), str(tmp_path / "b.json")]
    text = CliRunner().invoke(main, args, catch_exceptions=False).output
    data = orjson.loads(CliRunner().invoke(main, [*args, "--json"], catch_exceptions=False).output)
    frame = compare(tmp_path / "a.json", tmp_path / "b.json").to_pandas()
    named = re.findall(r"^  (\S+) node (\d+)( next)?: ([\d.e+-]+) at ", text, flags=re.M)
    assert len(named) == 10
    for run_id, node_id, after, value in named:
        run = trace.run(run_id)
        node = run.node(int(node_id))
        context = node if after else run.node(node.parent)
        expected = numpy_figures(full(tiny.model, run, context), full(other.model, run, context))["kl_ab"]
        assert float(value) == pytest.approx(expected, rel=2e-3, abs=1e-4), (run_id, node_id)
        [row] = [r for r in json_rows(data) if (r["run"], r["node"], r["next"]) == (run_id, int(node_id), bool(after))]
        assert row["kl_ab"] == pytest.approx(expected, rel=1e-3, abs=1e-4)
        assert row["token"] == (None if after else node.token) and row["context_node"] == context.id
        hit = frame[(frame.run == run_id) & (frame.node == int(node_id)) & (frame.next == bool(after))]
        assert isinstance(hit, pandas.DataFrame) and hit.kl_ab.tolist() == [row["kl_ab"]]
        if not after:  # tracegen figure --kind distribution --node N: the same step, by the same name
            svg = trace.figure(kind="distribution", run=run_id, node=int(node_id))
            assert f"run {run_id}, node {node_id}, the distribution its token was drawn from</title>" in svg


def test_the_chosen_tokens_delta_logprob_is_b_minus_a(pair_k5, tiny, other):
    trace, rescored = pair_k5
    comparison = compare(trace, rescored)
    deltas = [r for r in comparison.nodes if r["token"] is not None]
    assert deltas and all(r["delta_logprob"] is not None for r in deltas)
    for record in deltas:
        run = trace.run(record["run"])
        parent = run.node(run.node(record["node"]).parent)
        assert record["context_node"] == parent.id and record["token"] == run.node(record["node"]).token
        expected = math.log(full(other.model, run, parent)[record["token"]] / full(tiny.model, run, parent)[record["token"]])
        assert record["delta_logprob"] == pytest.approx(expected, abs=1e-4)
    mean = np.mean([abs(r["delta_logprob"]) for r in deltas])
    assert comparison.summary["overall"]["delta_logprob"]["mean_abs"] == pytest.approx(mean)


# -- the bound logic on hand-made cases -------------------------------------------------------------


def one_node_trace(top: list[tuple[int, float]], children: dict[int, float | None] | None = None) -> Trace:
    """A trace of one run whose root records ``top`` (probabilities) like a server: entropy unknown.
    ``children``: token -> probability of the root's children (``None``: not known)."""
    root = Node(id=0, top=[(t, math.log(p)) for t, p in top], top_mass=sum(p for _, p in top))
    run = Run(id="r", prompt="x", prompt_token_ids=[120], strategy={"name": "import"}, top_k=len(top), nodes=[root])
    for i, (token, p) in enumerate((children or {}).items(), start=1):
        run.add_node(Node(id=i, parent=0, token=token, logprob=None if p is None else math.log(p)))
    ids = {120, *(t for t, _ in top), *(children or {})}
    return Trace(model={"name": "hand", "vocab_size": 257}, tokens={t: chr(t) for t in ids}, runs=[run])


def brute_force(metric: str, known: dict[str, float]) -> tuple[float, float]:
    """Min and max of ``metric`` over a fine grid of the two unknowns of the hand-made case."""
    p_z, q_y = (grid.ravel() for grid in np.meshgrid(np.linspace(0, 0.2, 401), np.linspace(0, 0.2, 401)))
    ones = np.ones_like(p_z)
    p = np.stack([known["p_x"] * ones, p_z, known["p_y"] * ones, 0.2 - p_z], axis=1)
    q = np.stack([known["q_x"] * ones, known["q_z"] * ones, q_y, 0.2 - q_y], axis=1)
    values = numpy_figures(p, q)[metric]
    return float(values.min()), float(values.max())


def test_top_k_only_bounds_on_a_case_worked_by_hand():
    """A knows x 0.5, y 0.3 (so any other token has at most 0.2); B knows x 0.4, z 0.4 (the
    same). Unknown: A's z and B's y, each in [0, 0.2], the rest of each side's 0.2 elsewhere.
    Closest completion: z 0.2 in A, y 0.2 in B, nothing elsewhere: TV = (0.1 + 0.2 + 0.1) / 2."""
    a = one_node_trace([(10, 0.5), (11, 0.3)])
    b = one_node_trace([(10, 0.4), (12, 0.4)])
    comparison = compare(a, b)
    record = comparison.nodes[0]
    assert record["exact"] is False and record["tv"] is None
    assert record["tv_lo"] == pytest.approx(0.2)
    kl_lo = 0.5 * math.log(0.5 / 0.4) + 0.2 * math.log(0.2 / 0.4) + 0.3 * math.log(0.3 / 0.2)
    assert record["kl_ab_lo"] == pytest.approx(kl_lo, abs=1e-6)
    assert record["kl_ab_hi"] is None and record["kl_ba_hi"] is None  # B's y (A's z) may be ~0: unbounded
    known = {"p_x": 0.5, "p_y": 0.3, "q_x": 0.4, "q_z": 0.4}
    for metric in METRICS:
        low, high = brute_force(metric, known)
        assert record[f"{metric}_lo"] == pytest.approx(low, abs=2e-3)  # attained: the grid gets close
        assert record[f"{metric}_lo"] <= low * (1 + 1e-5)  # figures are stored to 6 significant digits
        assert record[f"{metric}_hi"] is None or record[f"{metric}_hi"] >= high * (1 - 1e-5)
    assert brute_force("tv", known) == pytest.approx((0.2, 0.4))
    assert comparison.union(record) == [[10, 0.5, 0.4], [12, None, 0.4], [11, 0.3, None]]
    assert (record["cap_a"], record["cap_b"]) == (pytest.approx(0.2), pytest.approx(0.2))
    assert record["top1_agree"] is True and record["both_known"] == 1


def test_a_token_both_record_is_never_a_bound_and_a_chosen_token_counts_as_recorded():
    a = one_node_trace([(10, 0.6), (11, 0.3)], children={12: 0.01})  # a sampled token outside A's top
    b = one_node_trace([(10, 0.6), (11, 0.3), (12, 0.02)], children={12: 0.02})
    [record] = compare(a, b).nodes  # one step: token 12 and the root's distribution it was drawn from
    assert record["exact"] is True and record["node"] == 1 and record["context_node"] == 0
    p, q = np.array([0.6, 0.3, 0.01, 0.09]), np.array([0.6, 0.3, 0.02, 0.08])
    for metric, value in numpy_figures(p, q).items():
        assert record[metric] == pytest.approx(value, rel=1e-5)  # 6 significant digits
    assert record["delta_logprob"] == pytest.approx(math.log(2))


def test_a_token_only_one_side_records_has_a_bounded_delta_logprob():
    a = one_node_trace([(10, 0.6), (11, 0.3)], children={12: 0.05})
    b = one_node_trace([(10, 0.7), (11, 0.2)], children={12: None})  # B never said how likely 12 is
    child = compare(a, b).nodes[0]
    assert child["node"] == 1 and child["delta_logprob"] is None and child["delta_logprob_lo"] is None
    assert child["delta_logprob_hi"] == pytest.approx(math.log(0.1) - math.log(0.05))  # B's 12 < 0.1 (its rest)


def test_bounds_hold_for_every_consistent_completion_and_the_lower_one_is_attained():
    """Random partial distributions: sampled completions that respect what is known never leave
    the interval, and the closest completion itself is one of them."""
    rng = np.random.default_rng(0)
    checked = 0
    for _ in range(400):
        size = int(rng.integers(3, 15))
        p = 0.9 * rng.dirichlet([0.5] * size) + 0.1 / size
        q = 0.7 * p + 0.3 * (0.9 * rng.dirichlet([0.5] * size) + 0.1 / size)
        known = [_partial(p, int(rng.integers(1, size)), rng), _partial(q, int(rng.integers(1, size)), rng)]
        union = sorted(set(known[0].probs) | set(known[1].probs))
        figures = divergences(*known, whole_vocabulary=len(union) == size)
        for completion in _completions(known, union, size, rng):
            values = numpy_figures(*completion)
            for metric in METRICS:
                assert figures[metric].lo - 1e-9 <= values[metric] <= figures[metric].hi + 1e-9
            checked += 1
    assert checked > 2000


def _partial(dist: np.ndarray, k: int, rng) -> Partial:
    top = np.argsort(-dist)[:k]
    extra = [t for t in rng.permutation(len(dist))[:2] if t not in top]  # e.g. sampled children
    return Partial.of([(int(t), math.log(dist[t])) for t in top], {int(t): math.log(dist[t]) for t in extra})


def _completions(known, union, size, rng):
    """Random distributions over the union (+ the rest) that agree with what each side recorded."""
    outside = size - len(union)
    for _ in range(20):
        sides = []
        for part in known:
            unknown = [t for t in union if t not in part.probs]
            weights = rng.dirichlet([rng.choice([0.3, 1.0, 4.0])] * (len(unknown) + outside)) * part.rest
            if len(weights) and weights.max() > part.cap:
                break
            values = {**part.probs, **dict(zip(unknown, weights[: len(unknown)], strict=True))}
            sides.append(np.append([values[t] for t in union], weights[len(unknown):].sum()))
        else:
            yield sides


# -- pairing ------------------------------------------------------------------------------------------


def test_nodes_pair_by_context_whatever_their_ids(pair_k5):
    trace, rescored = pair_k5
    shuffled = tracegen.trace.loads(rescored.dumps())
    for run in shuffled.runs:  # other ids and another order, the same contexts
        mapping = {n.id: 1000 - n.id for n in run.nodes}
        nodes = [Node(id=mapping[n.id], parent=None if n.parent is None else mapping[n.parent], token=n.token,
                      logprob=n.logprob, rank=n.rank, top=n.top, entropy=n.entropy, extra=n.extra)
                 for n in run.nodes]
        run.results = []
        run.nodes = []
        run.__post_init__()
        for node in nodes:
            run.add_node(node)
    a, b = compare(trace, rescored), compare(trace, shuffled)
    assert [r["node_b"] for r in b.nodes] == [1000 - r["node_b"] for r in a.nodes]
    strip = lambda r: {k: v for k, v in r.items() if k not in ("node_b", "context_node_b")}  # noqa: E731
    assert [strip(r) for r in a.nodes] == [strip(r) for r in b.nodes]


def test_two_recordings_pair_only_the_contexts_they_share(tiny, other):
    a = tracegen.record(PROMPTS, model=tiny, strategy="greedy", top_k=5, max_new_tokens=5)
    b = tracegen.record(PROMPTS + ["Extra"], model=other, strategy="greedy", top_k=5, max_new_tokens=5)
    comparison = compare(a, b)
    for record in comparison.nodes:
        run_a, run_b = a.run(record["run"]), b.run(record["run"])
        assert run_a.token_ids(record["node"]) == run_b.token_ids(record["node_b"])
    assert {r["run"] for r in comparison.nodes} == {"run-1", "run-2"}
    assert comparison.pairing.only_b == ["run-3"]


def test_traces_with_nothing_in_common_or_other_tokenizers_are_refused(pair_k5, tiny):
    trace, rescored = pair_k5
    other_runs = tracegen.trace.loads(rescored.dumps())
    for run in other_runs.runs:
        run.id = "renamed-" + run.id
    with pytest.raises(TracegenError, match="no run id in common"):
        compare(trace, other_runs)
    other_prompts = tracegen.record(["Something else", "Other"], model=tiny, strategy="greedy", max_new_tokens=2)
    with pytest.raises(TracegenError, match="no context .* in common"):
        compare(trace, other_prompts)
    changed = tracegen.trace.loads(rescored.dumps())
    token = changed.runs[0].nodes[1].token
    changed.tokens[token] = "elsewhere"
    with pytest.raises(TracegenError, match=f"different tokenizers: token id {token} is"):
        compare(trace, changed)


def test_retokenized_contexts_are_left_out(pair_k5):
    trace, rescored = pair_k5
    marked = tracegen.trace.loads(rescored.dumps())
    marked.runs[0].nodes[2].extra["retokenized"] = True
    comparison = compare(trace, marked)
    assert comparison.pairing.retokenized == 1
    left_out = marked.runs[0].nodes[2].id
    run_id = marked.runs[0].id
    assert not [r for r in comparison.nodes if r["run"] == run_id and r["node"] == left_out]
    assert not [r for r in comparison.nodes if r["run"] == run_id and r["context_node"] == left_out]
    assert comparison.summary["overall"]["paired"] == compare(trace, rescored).summary["overall"]["paired"] - 1


def test_pandas_is_optional(pair_k5, monkeypatch):
    comparison = compare(*pair_k5)
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(TracegenError, match=r"Comparison.to_pandas\(\) needs pandas.*tracegen\[notebook\]"):
        comparison.to_pandas()
    monkeypatch.undo()
    pandas = pytest.importorskip("pandas")
    frame = comparison.to_pandas()
    assert isinstance(frame, pandas.DataFrame) and len(frame) == len(comparison.nodes)
    assert frame["kl_ab_lo"].max() == comparison.summary["overall"]["kl_ab"]["max"]


# -- the command, the JSON and the page ---------------------------------------------------------------


@pytest.fixture
def files(pair_k5, tmp_path) -> tuple[Path, Path]:
    trace, rescored = pair_k5
    trace.save(tmp_path / "a.json")
    rescored.save(tmp_path / "b.json")
    return tmp_path / "a.json", tmp_path / "b.json"


def test_the_command_prints_a_summary_per_run_and_the_largest_divergences(files):
    a, b = files
    result = CliRunner().invoke(main, ["compare", str(a), str(b)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith(f"A: {a}: tiny-gpt2") and "a rescoring of" in lines[1]
    header = next(i for i, line in enumerate(lines) if line.startswith("run "))
    assert "top-1 agree" in lines[header] and "KL(A‖B) mean" in lines[header]
    assert lines[header + 1].split() == ["distributions", "nats", "nats", "nats", "nats", "nats", "0–1"]
    assert [line.split()[0] for line in lines[header + 2: header + 5]] == ["run-1", "run-2", "all"]
    largest = next(i for i, line in enumerate(lines) if line.startswith("Largest KL(A‖B) (nats)"))
    assert len([line for line in lines[largest:] if " node " in line]) == 10


def test_the_summary_says_what_each_side_ran(pair_k5) -> None:
    """Issue 21: the README called the transformers side "float32" while it ran the Q4_1 file
    dequantized; the summary now says what the weights were, from the trace's model."""
    from tracegen.comparison import report

    trace, rescored = pair_k5
    served = tracegen.trace.loads(trace.dumps())
    served.model.update(backend="llamacpp", quantization="Q4_1", gguf="m.Q4_1.gguf")
    served.model.pop("dtype", None)  # llama.cpp runs the file at its own types
    local = tracegen.trace.loads(rescored.dumps())
    local.model.update(quantization="Q4_1", gguf="m.Q4_1.gguf", dequantized_to="float32")
    lines = report(compare(served, local)).splitlines()
    assert lines[0].endswith("(llamacpp, Q4_1 GGUF weights)")
    assert "(transformers, float32, Q4_1 GGUF weights dequantized to float32)" in lines[1]


def test_json_follows_the_schema_and_the_page_embeds_the_same(files, tmp_path):
    a, b = files
    out = tmp_path / "compare.html"
    result = subprocess.run([EXE, "compare", str(a), str(b), "--json", "-o", str(out)], capture_output=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    data = orjson.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    assert data["format"] == "tracegen.compare" and data["a"]["path"] == str(a)
    assert data["b"]["rescoring"]["trace"] == "trace" and data["divergence"] == "kl_ab"
    assert len(data["order"]) == data["summary"]["overall"]["compared"]
    ranked = [json_rows(data)[row]["kl_ab_lo"] for row in data["order"]]
    assert ranked == sorted(ranked, reverse=True)

    page = out.read_text()
    scripts = _json_scripts(page)
    assert orjson.loads(scripts["tracegen-compare"]) == data
    assert orjson.loads(scripts["tracegen-trace"]) == orjson.loads(load(a).dumps())
    assert orjson.loads(scripts["tracegen-trace-b"]) == orjson.loads(load(b).dumps())


def test_the_page_is_self_contained_and_token_text_stays_text(pair_k5, tmp_path):
    trace, rescored = pair_k5
    hostile = '</script><script>alert(1)</script><img src="https://evil.example/x.png">'
    for t in (trace, rescored):
        t.tokens[t.runs[0].nodes[1].token] = hostile  # same text in both: same tokenizer still
    html = render_compare_html(compare(trace, rescored))
    data = _json_scripts(html)
    assert sorted(data) == ["tracegen-compare", "tracegen-trace", "tracegen-trace-b"]
    # The markup names no URL (script and style bodies hold data and the viewer bundle, whose
    # strings name namespaces; what they may fetch is what the CSP allows: nothing).
    markup = re.sub(r"<(script|style)\b[^>]*>.*?</\1>", "", html, flags=re.S)
    assert "<meta http-equiv" in markup and not re.search(r"https?://", markup)
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    bundle = (Path(tracegen.__file__).parent / "static" / "viewer.html").read_text()
    bundle_scripts = re.findall(r"<script\b[^>]*>.*?</script>", bundle, flags=re.S)
    page_scripts = [s for s in re.findall(r"<script\b[^>]*>.*?</script>", html, flags=re.S)
                    if 'type="application/json"' not in s]
    assert page_scripts == bundle_scripts  # no script but the viewer's own
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html).group(1)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "sha256-" in csp
    assert hostile not in html and "\\u003c/script\\u003e" in html
    rows = json_rows(orjson.loads(_json_scripts(html)["tracegen-compare"]))
    assert next(r for r in rows if r["node"] == trace.runs[0].nodes[1].id and not r["next"])["text"] == hostile


def _json_scripts(html: str) -> dict[str, str]:
    """The text of every ``<script type="application/json">`` element, by id."""
    found: dict[str, str] = {}

    class Parser(HTMLParser):
        current: str | None = None

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            self.current = attrs.get("id") if tag == "script" and attrs.get("type") == "application/json" else None

        def handle_data(self, data):
            if self.current:
                found[self.current] = found.get(self.current, "") + data

        def handle_endtag(self, tag):
            self.current = None

    Parser().feed(html)
    return found


@pytest.mark.parametrize("args, message", [
    (["missing.json", "b.json"], "missing.json: no such file"),
    (["a.json", "b.json", "-o", "a.json"], "that is the input"),
    (["a.json", "b.json", "-o", "nodir/x.html"], "does not exist"),
    (["a.json", "c.json"], "different tokenizers: token id"),
])
def test_user_mistakes_are_one_line_errors(files, args, message, monkeypatch):
    a, b = files
    monkeypatch.chdir(a.parent)
    changed = load(b)
    changed.tokens[changed.runs[0].nodes[1].token] = "changed"
    changed.save(a.parent / "c.json")
    before = a.read_bytes()
    proc = subprocess.run([EXE, "compare", *args], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.startswith("Error: ") and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert message in proc.stderr and a.read_bytes() == before


def test_the_doc_names_every_field_of_the_contract(pair_k5):
    data = compare(*pair_k5).to_dict()
    doc = (Path(__file__).resolve().parent.parent / "docs" / "compare.md").read_text()
    overall = data["summary"]["overall"]
    fields = set(data) | set(data["a"]) | set(data["unpaired"]) | set(data["summary"]) | set(data["nodes"]) \
        | set(overall) | set(overall["kl_ab"]) | set(overall["delta_logprob"]) | set(overall["prob_diff"]) \
        | set(overall["largest"][0])
    for field in fields:
        assert f"`{field}`" in doc or f'"{field}"' in doc, f"{field!r} is not in docs/compare.md"


# -- the README example: a quantized GGUF through llama.cpp against the same model in float32 -------


@pytest.mark.slow
@pytest.mark.server
def test_the_readme_example_reproduces_the_servers_consistency_figures(llama_server, default_model, tmp_path):
    """benchmarks/bench_remote.py's consistency table with the new commands: greedy top-20 paths
    of the Q4_1 GGUF through llama.cpp, rescored by the default model in float32 here, compared.
    The figures must be what bench_remote computes directly (each context's local distribution)."""
    from tracegen.backends.transformers import TransformersBackend

    prompts = Path(__file__).resolve().parent.parent / "examples" / "consistency-prompts.jsonl"
    served, local = tmp_path / "served.json", tmp_path / "local.json"
    result = CliRunner().invoke(main, ["record", "--backend", "openai", "--base-url", llama_server, "--prompt",
                                       str(prompts), "--top-k", "20", "--max-new-tokens", "32", "-o", str(served),
                                       "--quiet"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    rescore(served, model=default_model, output=local)
    comparison = compare(served, local)

    engine = TransformersBackend(default_model)
    compared = agree = 0
    diffs: list[float] = []
    for run in load(served).runs:
        for node in run.nodes:
            if node.top is None or node.extra.get("retokenized"):
                continue
            whole = engine.distribution(run.prompt_token_ids + run.token_ids(node.id))
            compared += 1
            agree += node.top[0][0] == int(whole.argmax())
            diffs.extend(abs(math.exp(lp) - float(whole[t].exp())) for t, lp in node.top if t >= 0)
    overall = comparison.summary["overall"]
    assert overall["compared"] == compared > 200
    assert overall["top1_agreement"] == pytest.approx(agree / compared)
    assert overall["prob_diff"]["count"] == len(diffs)
    assert overall["prob_diff"]["mean"] == pytest.approx(np.mean(diffs), abs=1e-6)
    assert overall["prob_diff"]["max"] == pytest.approx(max(diffs), abs=1e-5)


# -- no quadratic path (issue 19): long paths, many children --------------------------------------

@pytest.mark.parametrize("shape", ["path", "star"])
def test_a_long_path_and_a_node_with_many_children_compare_in_linear_work(shape, monkeypatch):
    """Pairing walked each node's whole path (a 16,000-token path: 2.2 GB, 21 s) and each child
    rebuilt its parent's distribution from all its siblings (4,000 children: 14.5 s). Counted:
    the nodes the comparison reads through the run's tree (children, paths) and its CPU time."""
    visits = 0

    def counted(method):
        def wrapper(self, node_id):
            nonlocal visits
            found = method(self, node_id)
            visits += len(found)
            return found
        return wrapper

    for name in ("children", "path"):
        monkeypatch.setattr(Run, name, counted(getattr(Run, name)))

    def make(n: int):
        a, b = shaped_trace(shape, n), shaped_trace(shape, n, rescored=True)
        return lambda: compare(a, b)

    def visited(work) -> float:
        nonlocal visits
        visits = 0
        work()
        return visits

    steps = [row for row in make(300)().nodes if not row["next"]]
    assert len(steps) == 299 and steps[-1]["position"] == (299 if shape == "path" else 1)
    ratio = growth(visited, make, 300)
    assert ratio < LINEAR_BOUND, f"4x the nodes: {ratio:.1f}x the nodes read"
    ratio = growth(cpu_seconds, make, 1000)
    assert ratio < LINEAR_BOUND, f"4x the nodes took {ratio:.1f}x as long"


def test_a_long_path_compares_in_linear_memory():
    def make(n: int):
        a, b = shaped_trace("path", n), shaped_trace("path", n, rescored=True)
        return lambda: compare(a, b)

    ratio = growth(peak_bytes, make, 400)
    assert ratio < LINEAR_BOUND, f"4x the nodes held {ratio:.1f}x the memory"


def test_the_context_of_a_deep_node_is_the_end_of_its_prompt_and_path():
    a = shaped_trace("path", 60)
    rows = compare(a, shaped_trace("path", 60, rescored=True)).nodes
    run = a.runs[0]
    drawn_from = "".join(a.tokens[t] for t in run.prompt_token_ids + run.token_ids(58))
    after = "".join(a.tokens[t] for t in run.prompt_token_ids + run.token_ids(59))
    step, next_row = rows[-2], rows[-1]
    assert (step["node"], step["position"], step["context"]) == (59, 59, drawn_from[-40:])
    assert (next_row["next"], next_row["position"], next_row["context"]) == (True, 60, after[-40:])


def test_the_comparison_written_for_a_node_with_many_children_grows_linearly():
    def make(n: int):
        a, b = shaped_trace("star", n), shaped_trace("star", n, rescored=True)
        return compare(a, b)

    ratio = growth(lambda comparison: len(comparison.dumps()), make, 200)
    assert ratio < LINEAR_BOUND, f"4x the children wrote {ratio:.1f}x the bytes"


def test_a_distribution_shared_by_many_rows_has_its_union_written_once():
    """Issue 19 item 6: every child of a node is a row of the node's distribution; its union
    (every child's token at least) is written once, under the node, and each row finds it there
    (the JSON, ``Comparison.union`` and ``to_pandas()`` alike)."""
    comparison = compare(shaped_trace("star", 50), shaped_trace("star", 50, rescored=True))
    data = orjson.loads(comparison.dumps())
    rows = json_rows(data)
    steps = [row for row in rows if not row["next"]]
    assert len(steps) == 49 and {row["context_node"] for row in steps} == {0}
    assert "union" not in data["nodes"]
    written = json_union(data, "r", 0)
    assert {token for token, _, _ in written} >= {row["token"] for row in steps}
    assert written == comparison.union(comparison.nodes[0]) == comparison.unions[("r", 0)]
    # once per distribution, not per row: the root's (49 rows) and each leaf's own next row
    named = list(zip(data["unions"]["run"], data["unions"]["context_node"], strict=True))
    assert len(named) == len(set(named)) == 50 and set(named) == {(row["run"], row["context_node"]) for row in rows}
    pandas = pytest.importorskip("pandas")
    frame = comparison.to_pandas()
    assert isinstance(frame, pandas.DataFrame)
    shared = frame["union"][frame["context_node"] == 0]
    assert len(shared) == 49 and all(u is shared.iloc[0] for u in shared)  # one list, shared
    assert shared.iloc[0] == written


def test_the_json_written_in_pieces_is_the_comparison_as_one_object():
    """The page embeds the comparison piece by piece (``dump_chunks``): joined, the pieces are
    exactly ``to_dict()`` as JSON, and its rows are ``Comparison.nodes``."""
    comparison = compare(shaped_trace("path", 30), shaped_trace("path", 30, rescored=True))
    whole = orjson.dumps(comparison.to_dict())
    assert b"".join(comparison.dump_chunks()) == whole == comparison.dumps()
    assert json_rows(orjson.loads(whole)) == comparison.nodes


def test_figures_computed_in_batches_are_the_figures_computed_at_once(monkeypatch, pair_k5):
    """Divergences go to ``divergence_arrays`` a batch of distributions at a time (memory): the
    batch size changes nothing, each batch finding its distributions' cells."""
    from tracegen.comparison import figures

    whole = compare(*pair_k5)
    star = compare(shaped_trace("star", 40), shaped_trace("star", 40, rescored=True))
    for size in (1, 3, 7):
        monkeypatch.setattr(figures, "BATCH", size)
        assert compare(*pair_k5).nodes == whole.nodes
        assert compare(shaped_trace("star", 40), shaped_trace("star", 40, rescored=True)).nodes == star.nodes


def test_tokens_known_only_by_their_text_pair_by_text_whatever_their_ids(pair_k5):
    """Unmapped tokens (ids below 0, what an import or a text-only server writes) are numbered
    per file: B's are renumbered to A's by their text. Relabelling some tokens to such ids,
    differently in A and in B, changes no figure, only the ids the rows name."""
    trace, rescored = pair_k5
    used = sorted({t for node in trace.runs[0].nodes for t, _ in node.top or ()})[:6]
    relabel_a = {t: -1 - i for i, t in enumerate(used)}
    relabel_b = {t: -100 - 7 * i for i, t in enumerate(used)}

    def relabelled(source: Trace, ids: dict[int, int]) -> Trace:
        out = tracegen.trace.loads(source.dumps())
        out.tokens.update({new: source.tokens[old] for old, new in ids.items()})
        for run in out.runs:
            for node in run.nodes:
                node.token = ids.get(node.token, node.token) if node.token is not None else None
                node.top = [(ids.get(t, t), lp) for t, lp in node.top] if node.top else node.top
                if "source_top" in node.extra:
                    node.extra["source_top"] = [[ids.get(t, t), lp] for t, lp in node.extra["source_top"]]
        return out

    plain = compare(trace, rescored)
    texts = compare(relabelled(trace, relabel_a), relabelled(rescored, relabel_b))
    assert texts.pairing.b_ids  # B's ids were renumbered
    back = {new: old for old, new in relabel_a.items()}
    for row, expected in zip(texts.nodes, plain.nodes, strict=True):
        for field in ("token", "top1_a", "top1_b"):
            row[field] = back.get(row[field], row[field])
        assert row == expected
    for row in plain.nodes:
        union = texts.union(row)
        assert (union is None) == (plain.union(row) is None)
        if union is not None:
            assert sorted([back.get(t, t), pa, pb] for t, pa, pb in union) == sorted(plain.union(row))


def test_the_page_embeds_each_file_as_it_was_read_and_never_what_changed_since(tmp_path):
    """A trace file is embedded as its own bytes (validated when read, not written anew),
    in pieces that each end where a character ends, so each piece is escaped as the whole
    would be; a file that changed after it was read is written anew from what was read."""
    from tracegen.sources import TraceFile

    a, b = shaped_trace("path", 40), shaped_trace("path", 40, rescored=True)
    a.tokens[2] = "\u2028\u2029</script>é中😀"
    b.tokens[2] = a.tokens[2]
    a_path, b_path = tmp_path / "a.json", tmp_path / "b.json"
    a_path.write_bytes(b"\xef\xbb\xbf" + a.dumps())  # with a byte order mark, as some editors write
    b.save(b_path)
    text = a_path.read_bytes()[3:]
    for size in (1, 2, 3, 5, 64):
        pieces = list(TraceFile(a_path, b"").chunks(size))
        assert b"".join(pieces) == text
        assert all(piece.decode("utf-8") is not None for piece in pieces)  # no character cut in two
    comparison = compare(a_path, b_path)
    page = render_compare_html(comparison)
    scripts = _json_scripts(page)
    assert orjson.loads(scripts["tracegen-trace"]) == orjson.loads(a.dumps())
    assert "\u2028" not in page and "</script>é" not in page
    assert b"".join(comparison.trace_json(0)) == text  # the file itself
    # changed after it was read, same size (and, within a timestamp tick, the same modification time)
    b_path.write_bytes(b_path.read_bytes().replace(b'"t1"', b'"tX"'))
    assert b"".join(comparison.trace_json(1)) == comparison.b.dumps()
    assert orjson.loads(_json_scripts(render_compare_html(comparison))["tracegen-trace-b"])["tokens"]["1"] == "t1"


def test_figures_are_rounded_as_their_text_to_six_digits():
    """``round_figures`` rounds in NumPy what ``float("%.6g" % x)`` rounds one by one (every
    magnitude, tiny and huge ones one by one), and says ``None`` (NaN) for what is unbounded."""
    from tracegen.comparison.figures import round_figures

    rng = np.random.default_rng(7)
    values = np.concatenate([rng.random(20_000) * 10.0 ** rng.integers(-40, 40, 20_000), -rng.random(2_000),
                             np.exp(-rng.random(20_000) * 40), [1e-300, 5e-324, 1.7e308, 999999.5, 0.1234565]])
    assert round_figures(values).tolist() == [float(f"{v:.6g}") for v in values.tolist()]
    rounded = round_figures(np.array([0.0, -0.0, np.inf, -np.inf, np.nan]))
    assert rounded[:2].tolist() == [0.0, 0.0] and str(rounded[1]) == "0.0" and np.isnan(rounded[2:]).all()
