"""Recording through a llama.cpp server against the local transformers backend, side by side.

    python benchmarks/bench_remote.py [--tokens 32] [--top-k 20]

Starts llama-cpp-python's server on the default model's GGUF (``make llama-server`` installs
it), then prints two tables:

- speed: tokens (greedy) or nodes (branch) recorded per second with top-k, through the server
  and locally, and the bare server generating the same tokens without logprobs;
- consistency: on the contexts of the server's greedy paths, the server's top-k against the
  local model's full distribution: top-1 agreement and probability differences.
"""

from __future__ import annotations

import argparse
import math
import socket
import statistics
import subprocess
import sys
import time

import requests

from tracegen.backends.openai import connect
from tracegen.backends.transformers import TransformersBackend, load_model
from tracegen.models import default_model_gguf
from tracegen.recording.prompts import Prompt
from tracegen.recording.recorder import Recorder, make_strategy

PROMPTS = [
    "The capital of France is",
    "Two plus two equals",
    "Once upon a time",
    "def fibonacci(n):",
    "The best way to learn a language is",
    "Water boils at",
    "In 1969, the first person to walk on the moon was",
    "The three primary colors are",
]


def start_server() -> tuple[subprocess.Popen, str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "llama_cpp.server", "--model", str(default_model_gguf()),
                                "--host", "127.0.0.1", "--port", str(port), "--seed", "0"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/v1"
    for _ in range(600):
        try:
            if requests.get(f"{url}/models", timeout=1).status_code == 200:
                return process, url
        except requests.RequestException:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the llama.cpp server did not start")


def timed(fn) -> tuple[float, object]:
    started = time.perf_counter()
    out = fn()
    return time.perf_counter() - started, out


def record_all(backend, strategy: str, tokens: int, top_k: int, concurrency: int = 1, **params):
    recorder = Recorder(backend, top_k=top_k, max_new_tokens=tokens)
    prompts = [Prompt(p, id=f"p{i}") for i, p in enumerate(PROMPTS)]
    recorder.record_runs(prompts, [make_strategy(strategy, **params)] * len(prompts), concurrency=concurrency)
    return recorder.finish()


def generated(trace) -> int:
    return sum(len(run.nodes) - 1 for run in trace.runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=32)
    parser.add_argument("--top-k", type=int, default=20)
    args = parser.parse_args()

    local = load_model(None, device="cpu", progress=False)
    process, url = start_server()
    try:
        backend = connect(url, top_k=args.top_k, concurrency=4)
        local = TransformersBackend(local)
        record_all(backend, "greedy", 4, args.top_k)  # warm both sides up
        record_all(local, "greedy", 4, args.top_k)

        rows = []
        bare_seconds = 0.0
        for prompt in PROMPTS:
            seconds, answer = timed(lambda p=prompt: requests.post(f"{url}/completions", json={
                "prompt": p, "max_tokens": args.tokens, "temperature": 0}, timeout=120).json())
            bare_seconds += seconds
        bare_tokens = args.tokens * len(PROMPTS)  # upper bound: EOS may end some earlier
        s_seconds, s_trace = timed(lambda: record_all(backend, "greedy", args.tokens, args.top_k))
        l_seconds, l_trace = timed(lambda: record_all(local, "greedy", args.tokens, args.top_k))
        rows.append(("greedy", "tokens", generated(s_trace) / s_seconds, generated(l_trace) / l_seconds,
                     bare_tokens / bare_seconds))
        branch = {"branch_width": 3, "min_prob": 0.0, "max_depth": 4, "max_nodes": 60}
        s1_seconds, s1 = timed(lambda: record_all(backend, "branch", 4, args.top_k, 1, **branch))
        s4_seconds, s4 = timed(lambda: record_all(backend, "branch", 4, args.top_k, 4, **branch))
        l_seconds, lb = timed(lambda: record_all(local, "branch", 4, args.top_k, **branch))
        rows.append(("branch w3 d4 (concurrency 1)", "nodes", generated(s1) / s1_seconds, generated(lb) / l_seconds,
                     None))
        rows.append(("branch w3 d4 (concurrency 4)", "nodes", generated(s4) / s4_seconds, generated(lb) / l_seconds,
                     None))

        print(f"\nSpeed, top-{args.top_k}, {len(PROMPTS)} prompts, SmolLM2-135M (server: Q4_1 GGUF in llama-cpp-python "
              "0.3.36; local: float32 transformers), 2-core CPU\n")
        print("| case | unit | server /s | local /s | server / local | bare server, no logprobs /s |")
        print("|---|---|---:|---:|---:|---:|")
        for case, unit, server, here, bare in rows:
            bare_text = f"{bare:.1f}" if bare else "–"
            print(f"| {case} | {unit} | {server:.1f} | {here:.1f} | {server / here:.2f} | {bare_text} |")

        engine = local
        agree = compared = 0
        diffs: list[float] = []
        for run in s_trace.runs:
            for node in run.nodes:
                if node.top is None or node.extra.get("retokenized"):
                    continue
                full = engine.distribution(run.prompt_token_ids + run.token_ids(node.id))
                compared += 1
                agree += node.top[0][0] == int(full.argmax())
                diffs.extend(abs(math.exp(lp) - float(full[t].exp())) for t, lp in node.top if t >= 0)
        same_paths = sum(
            s_run.token_ids(s_run.results[0].node) == l_run.token_ids(l_run.results[0].node)
            for s_run, l_run in zip(s_trace.runs, l_trace.runs, strict=True)
        )
        print(f"\nConsistency on the server's greedy contexts ({compared} contexts, top-{args.top_k})\n")
        print("| contexts | top-1 agreement | max abs prob diff | mean abs prob diff | p95 abs prob diff "
              "| identical greedy paths |")
        print("|---:|---:|---:|---:|---:|---:|")
        diffs.sort()
        print(f"| {compared} | {agree / compared:.1%} | {diffs[-1]:.4f} | {statistics.mean(diffs):.5f} | "
              f"{diffs[int(0.95 * (len(diffs) - 1))]:.4f} | {same_paths}/{len(PROMPTS)} |")
    finally:
        process.terminate()
        process.wait(timeout=10)


if __name__ == "__main__":
    main()
