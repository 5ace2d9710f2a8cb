"""The llamacpp backend against the transformers backend and the llama.cpp server, side by side.

    python benchmarks/bench_llamacpp.py [--prompts 4] [--tokens 64] [--clicks 30]

One run, one machine, the default model (SmolLM2-135M-Instruct Q4_1 GGUF): llama.cpp in this
process (``--backend llamacpp``), the same GGUF dequantized to float32 in transformers, and
llama-cpp-python's server on the same GGUF (``--backend openai``). Cases alternate in one
process, so load from other processes hits all of them alike; absolute numbers on a shared
2-core machine move with that load, ratios much less. Prints:

- speed: greedy with top-20 and entropy against transformers and against the server
  (target >= 3x each); branch width 3 depth 4 on a 200-token prompt against the server
  (target >= 5x); live click at 500 tokens over HTTP (target p50 <= 40 ms); peak RSS of a
  recording, each backend in its own process (target <= 0.5x); and raw llama.cpp decoding
  without logprobs, to show what reading full distributions costs;
- correctness: against the server along greedy paths (within 1e-4), against transformers
  (top-1 agreement >= 97 %, mean |dp| of the top-10 <= 0.01, P(" Paris")), and how far
  llama.cpp's own numbers for a context move with the way it was decoded.
"""

from __future__ import annotations

import argparse
import logging
import math
import statistics
import subprocess
import sys
import time
from pathlib import Path

import torch

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))
from bench_remote import PROMPTS, start_server  # noqa: E402
from live_helpers import call, running  # noqa: E402
from llama_reference import Capturing, LlamaReference  # noqa: E402

from tracegen.backends import open_backend  # noqa: E402
from tracegen.backends.openai import connect  # noqa: E402
from tracegen.live import LiveSession, create_app  # noqa: E402
from tracegen.models import default_model_gguf  # noqa: E402
from tracegen.recording.prompts import Prompt  # noqa: E402
from tracegen.recording.recorder import Recorder, make_strategy  # noqa: E402

LONG_PROMPT = (
    "In the early days of computing, programmers wrote instructions directly in machine code, "
    "a painstaking process that demanded an intimate knowledge of the hardware. "
)
BRANCH = {"branch_width": 3, "min_prob": 0.0, "max_depth": 4, "max_nodes": 200}


def prompt_of(tokenizer, length: int) -> str:
    """A prompt text of about ``length`` tokens."""
    ids = tokenizer(LONG_PROMPT * (length // 20 + 2), add_special_tokens=False)["input_ids"][:length]
    return tokenizer.decode(ids)


def timed(fn):
    started = time.perf_counter()
    out = fn()
    return time.perf_counter() - started, out


def record_all(backend, prompts, strategy: str, tokens: int, top_k: int = 20, **params):
    recorder = Recorder(backend, top_k=top_k, max_new_tokens=tokens)
    runs = [Prompt(p, id=f"p{i}") for i, p in enumerate(prompts)]
    recorder.record_runs(runs, [make_strategy(strategy, **params)] * len(runs))
    return recorder.finish()


def generated(trace) -> int:
    return sum(len(run.nodes) - 1 for run in trace.runs)


def evaluated(trace) -> int:
    return sum(1 for run in trace.runs for node in run.nodes if node.top is not None)


def raw_decode(gguf: Path, prompts: list[str], tokens: int) -> float:
    """Tokens/s of llama-cpp-python generating on its own (sampling in C, no logprobs)."""
    from llama_cpp import Llama

    llm = Llama(model_path=str(gguf), n_ctx=1024, verbose=False, seed=0)
    try:
        llm.create_completion(prompts[0], max_tokens=4, temperature=0.0)  # warm up
        made, seconds = 0, 0.0
        for prompt in prompts:
            took, answer = timed(lambda p=prompt: llm.create_completion(
                p, max_tokens=tokens, temperature=0.0, top_k=1, repeat_penalty=1.0))
            made += answer["usage"]["completion_tokens"]
            seconds += took
        return made / seconds
    finally:
        llm.close()


def live_clicks(backend, length: int, clicks: int) -> tuple[float, float]:
    """p50 / p95 (ms) of extend clicks over HTTP on a ``length``-token context (closes ``backend``)."""
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    session = LiveSession(backend, top_k=10)
    times = []
    with running(create_app(session)) as server:
        status, _, reply = call(server, "POST", "/api/runs", {"prompt": prompt_of(backend.tokenizer, length)})
        assert status == 200, reply
        run, node = reply["run"]["id"], reply["run"]["nodes"][0]
        for i in range(clicks):
            started = time.perf_counter()
            status, _, reply = call(server, "POST", "/api/expand", {"run": run, "node": node["id"],
                                                                    "token": node["top"][i % 3][0]})
            times.append(time.perf_counter() - started)
            assert status == 200, reply
            node = reply["node"]
    session.close()
    times.sort()
    return statistics.median(times) * 1000, times[min(len(times) - 1, round(0.95 * (len(times) - 1)))] * 1000


def peak_rss_mib(backend: str) -> float:
    """Peak RSS of a fresh process that loads the default model with ``backend`` and records greedy."""
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec, so a child started from this
    # big process would report this process's size.
    code = ("import re, tracegen; "
            f"tracegen.record({PROMPTS[0]!r}, backend={backend!r}, max_new_tokens=32, top_k=20); "
            "print(re.search(r'VmHWM:\\s*(\\d+)', open('/proc/self/status').read()).group(1))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prompts", type=int, default=4, help="how many of bench_remote's prompts (8 at most)")
    parser.add_argument("--tokens", type=int, default=64)
    parser.add_argument("--clicks", type=int, default=30)
    args = parser.parse_args()
    prompts = PROMPTS[:args.prompts]
    gguf = default_model_gguf()

    llama = open_backend("llamacpp")
    local = open_backend("transformers", None, device="cpu", progress=False)
    process, url = start_server()
    try:
        served = connect(url, top_k=20, concurrency=4)
        for backend in (llama, local, served):  # warm up
            record_all(backend, prompts[:1], "greedy", 4)
        rows = speed_rows(llama, local, served, prompts, args)
        rows.append(("raw llama.cpp decoding, no logprobs (llama-cpp-python, sampling in C)", "tokens",
                     raw_decode(gguf, prompts, args.tokens), None, None))
        print_speed(rows, args, prompts)
        print_clicks(args.clicks)
        print_memory()
        print_correctness(llama, local, served, gguf)
    finally:
        process.terminate()
        process.wait(timeout=10)
        llama.close()


def speed_rows(llama, local, served, prompts, args) -> list:
    rows = []
    t_llama, a = timed(lambda: record_all(llama, prompts, "greedy", args.tokens))
    t_local, b = timed(lambda: record_all(local, prompts, "greedy", args.tokens))
    t_served, c = timed(lambda: record_all(served, prompts, "greedy", args.tokens))
    rows.append((f"greedy {args.tokens} tokens, top-20, entropy: llamacpp vs transformers (same GGUF, float32)",
                 "tokens", generated(a) / t_llama, generated(b) / t_local, 3))
    rows.append((f"greedy {args.tokens} tokens, top-20: llamacpp vs llama.cpp server (logprobs=20)",
                 "tokens", generated(a) / t_llama, generated(c) / t_served, 3))
    long_prompt = prompt_of(llama.tokenizer, 200)
    ours, theirs = [], []
    for _ in range(3):  # each from cold caches: the prompt is decoded once on each side
        llama.pool.clear()
        t_llama, a = timed(lambda: record_all(llama, [long_prompt], "branch", 4, **BRANCH))
        bust(served)
        t_served, c = timed(lambda: record_all(served, [long_prompt], "branch", 4, **BRANCH))
        ours.append(generated(a) / t_llama)
        theirs.append(generated(c) / t_served)
    rows.append((f"branch w3 d4, 200-token prompt ({generated(a)} nodes, {evaluated(a)} evaluated; median of 3, "
                 "cold caches): llamacpp vs server (concurrency 4)", "nodes", statistics.median(ours),
                 statistics.median(theirs), 5))
    return rows


def print_speed(rows, args, prompts) -> None:
    print(f"\nSpeed: SmolLM2-135M-Instruct Q4_1, {len(prompts)} prompts, llama-cpp-python 0.3.36 (AVX2 build), "
          "this CPU\n")
    print("| case | unit | llamacpp /s | baseline /s | ratio | target |")
    print("|---|---|---:|---:|---:|---:|")
    for case, unit, ours, theirs, target in rows:
        if theirs is None:
            print(f"| {case} | {unit} | {ours:.1f} | – | – | – |")
        else:
            print(f"| {case} | {unit} | {ours:.1f} | {theirs:.1f} | {ours / theirs:.1f}x | >= {target}x |")


def print_clicks(clicks: int) -> None:
    ours = live_clicks(open_backend("llamacpp"), 500, clicks)
    theirs = live_clicks(open_backend("transformers", None, device="cpu", progress=False), 500, clicks)
    print(f"\nLive click (extend, over HTTP) at 500 tokens, {clicks} clicks\n")
    print("| backend | p50 ms | p95 ms | target |")
    print("|---|---:|---:|---:|")
    print(f"| llamacpp | {ours[0]:.1f} | {ours[1]:.1f} | p50 <= 40 ms |")
    print(f"| transformers | {theirs[0]:.1f} | {theirs[1]:.1f} | |")


def print_memory() -> None:
    ours, theirs = peak_rss_mib("llamacpp"), peak_rss_mib("transformers")
    print("\nPeak RSS recording greedy 32 tokens with the default model, each in a fresh process\n")
    print("| llamacpp MiB | transformers MiB | ratio | target |")
    print("|---:|---:|---:|---:|")
    print(f"| {ours:.0f} | {theirs:.0f} | {ours / theirs:.2f} | <= 0.5 |")


def print_correctness(llama, local, served, gguf: Path) -> None:
    print("\nCorrectness\n")
    print("| check | result | target |")
    print("|---|---|---|")
    worst, compared, itself, p_server = against_server(llama, served)
    print(f"| vs llama.cpp server, greedy paths from an empty cache ({compared} contexts, top-20) "
          f"| max abs dp {worst:.2e} | <= 1e-4 |")
    print(f"| the server against itself: the same {compared} contexts decoded whole after an unrelated request "
          f"| max abs dp {itself:.3f} | (llama.cpp's own spread) |")
    agree, total, mean_dp, p_ours, p_theirs = against_transformers(llama, local)
    print(f"| vs transformers (same GGUF, float32), greedy paths of the {len(PROMPTS)} bench_remote prompts "
          f"({total} contexts) | top-1 {agree / total:.1%}, mean abs dp top-10 {mean_dp:.4f} | >= 97 %, <= 0.01 |")
    print(f'| P(" Paris" \\| "The capital of France is") | llamacpp {p_ours:.4f}, llama.cpp server {p_server:.4f}, '
          f"transformers {p_theirs:.4f} | ~0.768 |")
    reference = LlamaReference(gguf, llama.tokenizer, llama.info)
    try:
        spread = decoding_spread(llama, reference)
    finally:
        reference.close()
    print(f"| llamacpp rows (sample, beam, branch) against a from-scratch decode of the same context "
          f"({len(spread)} contexts) | > 1e-4: {sum(s > 1e-4 for s in spread) / len(spread):.0%}, "
          f"> 0.01: {sum(s > 0.01 for s in spread) / len(spread):.0%}, max {max(spread):.3f} | llama.cpp's own spread |")


def bust(served) -> None:
    """A long unrelated request: the server's next prompt shares no cached prefix and starts at cell 0."""
    served.distribution(served.tokenizer("Zebras graze. " * 30, add_special_tokens=False)["input_ids"])


def against_server(llama, served) -> tuple[float, int, float, float]:
    """Along llamacpp's greedy paths from an empty cache, each context asked of the server in turn
    (it decodes one token on its cached prefix, as llamacpp did); then each again after an
    unrelated request (the server decodes the whole context): how far the server moves itself."""
    worst, compared, contexts = 0.0, 0, []
    for prompt in PROMPTS:
        llama.pool.clear()
        captured = Capturing(llama)
        run = record_all(captured, [prompt], "greedy", 12).runs[0]
        bust(served)
        path = run.token_ids(run.results[0].node)
        for end in range(len(path) + 1):
            context = run.prompt_token_ids + path[:end]
            if tuple(context) not in captured.rows:
                continue
            if llama.context.tokenize(llama.tokenizer.decode(context)) != context:
                break  # the server, taking text, would see other tokens from here on
            theirs = served.distribution(context)[:llama.vocab_size]
            known = torch.isfinite(theirs)
            mine = captured.rows[tuple(context)]
            worst = max(worst, float((theirs[known].exp() - mine[known].exp()).abs().max()))
            compared += 1
            contexts.append((context, theirs))
    itself = 0.0
    for context, theirs in contexts:
        bust(served)
        again = served.distribution(context)[:llama.vocab_size]
        known = torch.isfinite(theirs) & torch.isfinite(again)
        itself = max(itself, float((theirs[known].exp() - again[known].exp()).abs().max()))
    bust(served)
    ids = llama.tokenizer(PROMPTS[0], add_special_tokens=False)["input_ids"]
    paris = llama.tokenizer(" Paris", add_special_tokens=False)["input_ids"][0]
    return worst, compared, itself, math.exp(float(served.distribution(ids)[paris]))


def against_transformers(llama, local):
    agree = total = 0
    diffs = []
    for prompt in PROMPTS:
        run = record_all(llama, [prompt], "greedy", 32).runs[0]
        path = run.token_ids(run.results[0].node)
        full = local.all_positions(run.prompt_token_ids + path, len(run.prompt_token_ids)).logprobs
        for node, row in zip(run.path(run.results[0].node), full, strict=False):
            if node.top is None:
                continue
            total += 1
            agree += node.top[0][0] == int(row.argmax())
            diffs.extend(abs(math.exp(lp) - float(row[t].exp())) for t, lp in node.top[:10])
    ids = llama.tokenizer(PROMPTS[0], add_special_tokens=False)["input_ids"]
    paris = llama.tokenizer(" Paris", add_special_tokens=False)["input_ids"][0]
    llama.pool.clear()
    return (agree, total, statistics.mean(diffs), math.exp(float(llama.distribution(ids)[paris])),
            math.exp(float(local.distribution(ids)[paris])))


def decoding_spread(llama, reference) -> list[float]:
    spread = []
    for strategy, params in [("sample", {"num_samples": 6, "seed": 3}), ("beam", {"num_beams": 4}),
                             ("branch", {"branch_width": 3, "min_prob": 0.0, "max_depth": 3})]:
        for prompt in PROMPTS[:3]:
            captured = Capturing(llama)
            record_all(captured, [prompt], strategy, 10, **params)
            spread.extend(float((row.exp() - reference.fresh(list(c)).exp()).abs().max())
                          for c, row in captured.rows.items())
    return spread


if __name__ == "__main__":
    main()
