"""Live-mode click latency: the KV-cached session against a full recompute per click, side by side.

    python benchmarks/bench_live.py            # the default model (SmolLM2-135M, float32, CPU)
    python benchmarks/bench_live.py --tiny     # the tiny test model, a quick smoke run

A click is ``POST /api/expand`` over real HTTP to a ``tracegen serve`` app on a free port:
the server evaluates the new context (one incremental forward step on the cached parent
context), records the node (top-k, entropy, logprob, rank) and answers JSON.

- ``extend``: click a candidate of the node just created (the usual click);
- ``branch``: go back one token and click another candidate there (the cache is cropped);
- ``full recompute``: what a cache-less server does per click: a forward over the whole
  context, then the same top-k and entropy. Run in the same process, on the same contexts,
  interleaved click by click (so load from other processes hits both alike), on the
  session's model thread. It excludes HTTP, so it slightly flatters the baseline.

Target on a 2-core CPU: extend p50 under 150 ms at 500 tokens.
"""

from __future__ import annotations

import argparse
import logging
import resource
import statistics
import sys
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from live_helpers import call, running  # noqa: E402

from tracegen.backends.transformers import from_objects, load_model  # noqa: E402
from tracegen.backends.transformers.backend import log_softmax  # noqa: E402
from tracegen.live import LiveSession, create_app  # noqa: E402
from tracegen.recording.distribution import summarize  # noqa: E402
from tracegen.testing import tiny_model, tiny_tokenizer  # noqa: E402

TEXT = (
    "In the early days of computing, programmers wrote instructions directly in machine code, "
    "a painstaking process that demanded an intimate knowledge of the hardware. Assemblers, "
    "compilers and operating systems slowly lifted that burden, one abstraction at a time. "
)


def prompt_of(tokenizer, length: int) -> str:
    """A prompt text of about ``length`` tokens."""
    ids = tokenizer(TEXT * (length // 20 + 2))["input_ids"][:length]
    return tokenizer.decode(ids)


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def full_recompute(model, ids: list[int], top_k: int) -> float:
    """Seconds for what a cache-less server does per click: a forward over the whole context."""
    started = time.perf_counter()
    with torch.inference_mode():
        logits = model.model(input_ids=torch.tensor([ids]), use_cache=False, logits_to_keep=1).logits
    summarize(log_softmax(logits[:, -1, :]), top_k)
    return time.perf_counter() - started


def bench_length(model, server, session: LiveSession, length: int, clicks: int) -> dict:
    status, _, reply = call(server, "POST", "/api/runs", {"prompt": prompt_of(model.tokenizer, length)})
    assert status == 200, reply
    run = reply["run"]
    run_id, context = run["id"], len(run["prompt_token_ids"])
    node = run["nodes"][0]
    extend, branch, full = [], [], []
    for i in range(clicks):
        token = node["top"][i % 3][0]
        started = time.perf_counter()
        status, _, reply = call(server, "POST", "/api/expand", {"run": run_id, "node": node["id"], "token": token})
        extend.append(time.perf_counter() - started)
        assert status == 200, reply
        parent, node = node, reply["node"]
        # the baseline on the same context, right after, on the same (model) thread
        ids = session.trace.run(run_id).prompt_token_ids + session.trace.run(run_id).token_ids(node["id"])
        full.append(session.call(full_recompute, model, ids, session.top_k))
        if i % 2 == 1:  # back one token: another candidate of the parent
            other = parent["top"][3 + (i // 2) % 2][0]
            started = time.perf_counter()
            status, _, reply = call(server, "POST", "/api/expand", {"run": run_id, "node": parent["id"], "token": other})
            branch.append(time.perf_counter() - started)
            assert status == 200, reply
    return {"context": context, "extend": percentiles(extend), "branch": percentiles(branch),
            "full": percentiles(full), "clicks": clicks}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tiny", action="store_true", help="the tiny test model (smoke run)")
    parser.add_argument("--clicks", type=int, default=30, help="clicks per context length")
    parser.add_argument("--lengths", default="50,500,1000")
    args = parser.parse_args()
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    if args.tiny:
        model = from_objects(tiny_model(), tiny_tokenizer(), name="tiny-gpt2")
    else:
        model = load_model(device="cpu", dtype="float32", progress=False)
    session = LiveSession(model, top_k=10)
    print(f"model: {model.info['name']} ({model.info['dtype']}, {model.info['device']}), "
          f"torch threads: {torch.get_num_threads()}, {args.clicks} clicks per length", flush=True)
    rows = []
    with running(create_app(session)) as server:
        call(server, "POST", "/api/runs", {"prompt": "warm up"})
        for length in (int(x) for x in args.lengths.split(",")):
            rows.append(bench_length(model, server, session, length, args.clicks))
            print(f"  {length} done", file=sys.stderr, flush=True)
    print()
    print("| context (tokens) | click: extend p50 / p95 (ms) | click: branch back p50 / p95 (ms) "
          "| full recompute p50 / p95 (ms) | speed-up (p50) |")
    print("|---:|---:|---:|---:|---:|")
    for row in rows:
        e, b, f = row["extend"], row["branch"], row["full"]
        print(f"| {row['context']} | {e[0]:.1f} / {e[1]:.1f} | {b[0]:.1f} / {b[1]:.1f} | {f[0]:.1f} / {f[1]:.1f} "
              f"| {f[0] / e[0]:.1f}x |")
    prefixes = session.backend.prefixes
    print()
    print(f"prefix cache: {len(prefixes)} entries, {prefixes.nbytes / 2**20:.1f} MiB "
          f"(bound {prefixes.max_bytes / 2**20:.0f} MiB, {prefixes.max_entries} entries); "
          f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
