"""Forking rollouts against one ``generate`` per rollout, side by side in this process.

    python benchmarks/bench_fork.py                      # both backends, the default model
    python benchmarks/bench_fork.py --backend llamacpp --samples 8

For a few positions of a greedy base path, each with its base token and alternatives, draw
``--samples`` rollouts of ``--tokens`` tokens per (t, w):

- fork: ``tracegen.forking.rollouts.roll_out``, what ``tracegen fork`` runs: the prefix once,
  its KV cache (transformers) or KV cells (llama.cpp) shared by every row, all rows of a
  position decoded as one batch;
- naive: one generate per rollout with no prefix reuse (transformers ``model.generate``;
  llama-cpp-python's ``Llama.generate`` after ``reset()``), the way one would script it.
- batched decode: the backend's own ``decode`` of as many rows from one prompt, the
  throughput ceiling the fork path works against.

Targets: fork >= 5x naive on llamacpp, >= 3x on transformers. The cases alternate in one
process on one machine, so load from other processes hits them alike; absolute numbers on a
busy shared machine move with that load, ratios much less.
"""

from __future__ import annotations

import argparse
import time

import torch

from tracegen.backends import open_backend
from tracegen.backends.base import Sampler
from tracegen.forking.alternatives import alternatives_at
from tracegen.forking.rollouts import roll_out
from tracegen.recording.recorder import Recorder
from tracegen.recording.strategies import Greedy

PROMPT = "Q: Is 7 a prime number? Answer Yes or No.\nA:"
TARGETS = {"llamacpp": 5.0, "transformers": 3.0}


def plan(backend, positions: int, tokens: int) -> list[tuple[list[int], list[int]]]:
    """(prefix, branches) for the first ``positions`` positions of the greedy path."""
    recorder = Recorder(backend, top_k=10, max_new_tokens=positions)
    run = recorder.record_run(PROMPT, Greedy())
    path = run.path(run.results[0].node)
    out = []
    for t, (parent, child) in enumerate(zip(path, path[1:], strict=False)):
        branches = [a["token"] for a in alternatives_at(parent, child, min_prob=0.02, max_alternatives=3)]
        out.append((run.prompt_token_ids + run.token_ids(child.id)[:t], branches))
    return out


def fork_rollouts(backend, work, samples: int, tokens: int) -> int:
    made = 0
    for t, (prefix, branches) in enumerate(work):
        for group in roll_out(backend, prefix, branches, samples=samples, max_tokens=tokens, temperature=1.0, seed=t):
            made += sum(len(r.tokens) for r in group)
    return made


def naive_transformers(backend, work, samples: int, tokens: int) -> int:
    made = 0
    model = backend.model
    for prefix, branches in work:
        for w in branches:
            for _ in range(samples):
                ids = torch.tensor([prefix + [w]], device=backend.device)
                out = model.generate(ids, attention_mask=torch.ones_like(ids), do_sample=True, max_new_tokens=tokens,
                                     top_k=0, top_p=1.0, temperature=1.0, pad_token_id=backend.eos_token_ids[0])
                made += out.shape[1] - ids.shape[1]
    return made


def naive_llamacpp(llm, work, samples: int, tokens: int, eos: set[int]) -> int:
    made = 0
    for prefix, branches in work:
        for w in branches:
            for _ in range(samples):
                llm.reset()  # no prefix reuse: every rollout evaluates its whole context
                for n, token in enumerate(llm.generate(prefix + [w], temp=1.0, top_k=0, top_p=1.0, min_p=0.0,
                                                       repeat_penalty=1.0, reset=True), start=1):
                    if token in eos or n == tokens:
                        break
                made += n
    return made


def batched_decode(backend, rows: int, tokens: int) -> tuple[int, float]:
    ids = backend.encode(PROMPT)
    eos = torch.tensor(backend.eos_token_ids)
    started = time.perf_counter()
    made = sum(len(d.samples) for d in backend.decode(ids, n=rows, max_new_tokens=tokens,
                                                      sampler=Sampler(1.0, 1.0, 0), eos=eos))
    return made, time.perf_counter() - started


def measure(name: str, args) -> dict:
    backend = open_backend(name, None, **({"device": "cpu", "progress": False} if name == "transformers" else {}))
    work = plan(backend, args.positions, args.tokens)
    rollouts = sum(len(b) for _, b in work) * args.samples
    naive_work = [(p, b[:1]) for p, b in work]  # the naive case is slow: time the base tokens only
    naive_rollouts = len(naive_work) * args.samples
    fork_rollouts(backend, work[:1], 2, 2)  # warm up
    started = time.perf_counter()
    fork_tokens = fork_rollouts(backend, work, args.samples, args.tokens)
    fork_seconds = time.perf_counter() - started
    if name == "transformers":
        started = time.perf_counter()
        naive_tokens = naive_transformers(backend, naive_work, args.samples, args.tokens)
    else:
        from llama_cpp import Llama

        from tracegen.models import default_model_gguf

        llm = Llama(model_path=str(default_model_gguf()), n_ctx=512, verbose=False, seed=0,
                    n_threads=backend.context.n_threads if hasattr(backend.context, "n_threads") else None)
        started = time.perf_counter()
        naive_tokens = naive_llamacpp(llm, naive_work, args.samples, args.tokens, set(backend.eos_token_ids))
    naive_seconds = time.perf_counter() - started
    rows = max(len(b) for _, b in work) * args.samples
    decoded, decode_seconds = batched_decode(backend, rows, args.tokens)
    backend.close()
    return {"backend": name, "rollouts": rollouts, "fork_rps": rollouts / fork_seconds,
            "fork_tps": fork_tokens / fork_seconds, "naive_rps": naive_rollouts / naive_seconds,
            "naive_tps": naive_tokens / naive_seconds, "decode_tps": decoded / decode_seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backend", choices=["transformers", "llamacpp", "both"], default="both")
    parser.add_argument("--positions", type=int, default=2)
    parser.add_argument("--samples", type=int, default=8)
    parser.add_argument("--tokens", type=int, default=12)
    args = parser.parse_args()
    names = ["llamacpp", "transformers"] if args.backend == "both" else [args.backend]
    rows = [measure(name, args) for name in names]
    print(f"\nforking rollouts: {args.positions} positions, {args.samples} samples per (t, w), "
          f"up to {args.tokens} tokens each, the default model, torch threads {torch.get_num_threads()}")
    print(f"{'backend':<13}{'rollouts':>9}{'fork r/s':>10}{'naive r/s':>11}{'ratio':>8}{'target':>8}"
          f"{'fork tok/s':>12}{'decode tok/s':>14}{'of decode':>11}")
    for r in rows:
        ratio = r["fork_rps"] / r["naive_rps"]
        print(f"{r['backend']:<13}{r['rollouts']:>9}{r['fork_rps']:>10.1f}{r['naive_rps']:>11.2f}{ratio:>7.1f}x"
              f"{'>=' + str(TARGETS[r['backend']]):>8}{r['fork_tps']:>12.0f}{r['decode_tps']:>14.0f}"
              f"{r['fork_tps'] / r['decode_tps']:>10.0%}")


if __name__ == "__main__":
    main()
