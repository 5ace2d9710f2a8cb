"""Forking rollouts against one ``generate`` per rollout, side by side in this process.

    python benchmarks/bench_fork.py                      # both backends, both cases, the default model
    python benchmarks/bench_fork.py --backend llamacpp --case long --samples 8

Two cases, each a greedy base path of the default model with rollouts at a few of its positions
(the base token and up to 3 alternatives of p >= 0.02), ``--samples`` rollouts of ``--tokens``
tokens per (t, w):

- short: a one-line question (17 prompt tokens), the first ``--positions`` positions of its path;
- long: a GSM8K-style word problem after two worked examples (a few hundred prompt tokens), a
  ``--path``-token base path (32), ``--positions`` positions spread along it: the realistic case,
  where a rollout's context is hundreds of tokens long.

Three ways to draw them:

- fork: ``tracegen.forking.rollouts.roll_out_many``, what ``tracegen fork`` runs: each prefix
  evaluated once (llama.cpp: every rollout a sequence tagged onto the prefix's KV cells,
  ``llama_memory_seq_cp``; the base path's cells, left by recording it, hold every position's
  prefix, so a position costs no prompt evaluation at all; transformers: the prefixes' KV cache
  repeated over the batch), several positions' rollouts in one batch;
- naive: one generate per rollout with no prefix reuse (transformers ``model.generate``;
  llama-cpp-python's ``Llama.generate`` after ``reset()``): it evaluates the prompt and the
  prefix again for every rollout, the way one would script it;
- batched decode: the backend's own ``decode`` of as many rows from one prompt, the
  throughput ceiling of the sampling itself.

The table gives rollouts per second, the ratio (targets: >= 5x on llamacpp, >= 3x on
transformers), the tokens each way fed to the model per rollout (the prefix reuse made
visible: naive feeds prompt + prefix + w + the sampled tokens every time; fork on llama.cpp,
counted from what the backend fed ``llama_decode``, about w + the sampled tokens, plus the
prefixes once: a little under when two rollouts drew the same tokens, which are decoded once),
and the sampled tokens per second against batched decode (which includes its prompt's prefill). The cases alternate
in one process on one machine, so load from other processes hits them alike; absolute numbers on
a busy shared machine move with that load (the load average is printed), ratios much less.
"""

from __future__ import annotations

import argparse
import os
import time

import torch

from tracegen.backends import open_backend
from tracegen.backends.base import Sampler
from tracegen.forking.alternatives import alternatives_at
from tracegen.forking.rollouts import Group, roll_out_many
from tracegen.recording.recorder import Recorder
from tracegen.recording.strategies import Greedy

SHORT = "Q: Is 7 a prime number? Answer Yes or No.\nA:"
LONG = """Solve each problem step by step, then give the answer as a number after "Answer:".

Problem: A baker made 48 muffins in the morning and 36 muffins in the afternoon. She sold 29 muffins
before lunch and 41 muffins after lunch. Her neighbour bought 5 of the muffins that were left, and she
gave 3 to her brother. How many muffins does the baker have now?
Solution: She made 48 + 36 = 84 muffins. She sold 29 + 41 = 70 muffins, so 84 - 70 = 14 were left.
After the neighbour bought 5 and her brother got 3, she has 14 - 5 - 3 = 6 muffins.
Answer: 6

Problem: Tom reads 12 pages of his book every weekday and 20 pages on each day of the weekend. His book
has 300 pages and he has already read 64 of them. How many pages will he have read after two more full
weeks, and how many pages of the book will still be unread then?
Solution: In one week Tom reads 5 * 12 + 2 * 20 = 60 + 40 = 100 pages. In two weeks he reads 200 pages,
so he will have read 64 + 200 = 264 pages, and 300 - 264 = 36 pages will still be unread.
Answer: 36

Problem: A school orders 14 boxes of pencils with 24 pencils in each box. Each of the 9 classes gets
the same number of pencils, and the 12 pencils that are left go to the library. One class then gives
a third of its pencils to the art club. How many pencils does that class keep?
Solution:"""
PROMPTS = {"short": SHORT, "long": LONG}
TARGETS = {"llamacpp": 5.0, "transformers": 3.0}


def plan(backend, prompt: str, path: int, positions: int) -> list[tuple[list[int], list[int]]]:
    """(prefix, branches) at ``positions`` positions spread along a greedy path of ``path`` tokens."""
    recorder = Recorder(backend, top_k=10, max_new_tokens=path)
    run = recorder.record_run(prompt, Greedy())
    nodes = run.path(run.results[0].node)
    tokens = run.token_ids(nodes[-1].id)
    steps = len(nodes) - 1
    chosen = sorted({round(i * (steps - 1) / max(1, positions - 1)) for i in range(positions)}) if positions > 1 else [0]
    out = []
    for t in chosen:
        branches = [a["token"] for a in alternatives_at(nodes[t], nodes[t + 1], min_prob=0.02, max_alternatives=3)]
        out.append((run.prompt_token_ids + tokens[:t], branches))
    return out


def fork_rollouts(backend, work, samples: int, tokens: int) -> int:
    groups = [Group(prefix, branches, tokens, t) for t, (prefix, branches) in enumerate(work)]
    return sum(len(r.tokens) for position in roll_out_many(backend, groups, samples=samples, temperature=1.0)
               for group in position for r in group)


def naive_transformers(backend, work, samples: int, tokens: int) -> tuple[int, int]:
    made = fed = 0
    model = backend.model
    for prefix, branches in work:
        for w in branches:
            for _ in range(samples):
                ids = torch.tensor([prefix + [w]], device=backend.device)
                out = model.generate(ids, attention_mask=torch.ones_like(ids), do_sample=True, max_new_tokens=tokens,
                                     top_k=0, top_p=1.0, temperature=1.0, pad_token_id=backend.eos_token_ids[0])
                made += out.shape[1] - ids.shape[1]
                fed += out.shape[1] - 1
    return made, fed


def naive_llamacpp(llm, work, samples: int, tokens: int, eos: set[int]) -> tuple[int, int]:
    made = fed = 0
    for prefix, branches in work:
        for w in branches:
            for _ in range(samples):
                llm.reset()  # no prefix reuse: every rollout evaluates its whole context
                for n, token in enumerate(llm.generate(prefix + [w], temp=1.0, top_k=0, top_p=1.0, min_p=0.0,
                                                       repeat_penalty=1.0, reset=True), start=1):
                    if token in eos or n == tokens:
                        break
                made += n
                fed += len(prefix) + n
    return made, fed


def batched_decode(backend, prompt: str, rows: int, tokens: int) -> tuple[int, float]:
    ids = backend.encode(prompt)
    eos = torch.tensor(backend.eos_token_ids)
    started = time.perf_counter()
    made = sum(len(d.samples) for d in backend.decode(ids, n=rows, max_new_tokens=tokens,
                                                      sampler=Sampler(1.0, 1.0, 0), eos=eos))
    return made, time.perf_counter() - started


def _fed(backend) -> int:
    """Tokens the backend has fed its model so far (llama.cpp counts them; transformers: -1)."""
    context = getattr(backend, "context", None)
    return context.decoded_tokens if context is not None else -1


def measure(name: str, case: str, args) -> dict:
    backend = open_backend(name, None, **({"device": "cpu", "progress": False} if name == "transformers" else {}))
    prompt = PROMPTS[case]
    work = plan(backend, prompt, args.path if case == "long" else args.positions, args.positions)
    rollouts = sum(len(b) for _, b in work) * args.samples
    naive_work = [(p, b[:1]) for p, b in work]  # the naive case is slow: time the base tokens only
    naive_rollouts = len(naive_work) * args.samples
    fork_rollouts(backend, work[:1], 2, 2)  # warm up
    fed = _fed(backend)
    started = time.perf_counter()
    fork_tokens = fork_rollouts(backend, work, args.samples, args.tokens)
    fork_seconds = time.perf_counter() - started
    fork_fed = _fed(backend) - fed if fed >= 0 else -1
    if name == "transformers":
        started = time.perf_counter()
        naive_tokens, naive_fed = naive_transformers(backend, naive_work, args.samples, args.tokens)
    else:
        from llama_cpp import Llama

        from tracegen.models import default_model_gguf

        llm = Llama(model_path=str(default_model_gguf()), n_ctx=1024, verbose=False, seed=0,
                    n_threads=backend.context.n_threads, n_threads_batch=backend.context.n_threads_batch)
        started = time.perf_counter()
        naive_tokens, naive_fed = naive_llamacpp(llm, naive_work, args.samples, args.tokens, set(backend.eos_token_ids))
    naive_seconds = time.perf_counter() - started
    rows = max(len(b) for _, b in work) * args.samples
    decoded, decode_seconds = batched_decode(backend, prompt, rows, args.tokens)
    backend.close()
    fed_per_rollout = fork_fed / rollouts if fork_fed >= 0 else None
    return {"backend": name, "case": case, "prompt": len(work[0][0]), "positions": [len(p) - len(work[0][0])
                                                                                   for p, _ in work],
            "rollouts": rollouts, "fork_rps": rollouts / fork_seconds, "fork_tps": fork_tokens / fork_seconds,
            "naive_rps": naive_rollouts / naive_seconds, "naive_tps": naive_tokens / naive_seconds,
            "decode_tps": decoded / decode_seconds, "fork_fed": fed_per_rollout,
            "naive_fed": naive_fed / naive_rollouts}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backend", choices=["transformers", "llamacpp", "both"], default="both")
    parser.add_argument("--case", choices=["short", "long", "both"], default="both")
    parser.add_argument("--positions", type=int, default=4, help="positions rolled out (default 4)")
    parser.add_argument("--path", type=int, default=32, help="long case: base path length (default 32)")
    parser.add_argument("--samples", type=int, default=8)
    parser.add_argument("--tokens", type=int, default=12)
    args = parser.parse_args()
    names = ["llamacpp", "transformers"] if args.backend == "both" else [args.backend]
    cases = ["short", "long"] if args.case == "both" else [args.case]
    load, threads = os.getloadavg()[0], torch.get_num_threads()
    rows = [measure(name, case, args) for case in cases for name in names]
    print(f"\nforking rollouts: {args.samples} samples per (t, w), up to {args.tokens} tokens each, the default "
          f"model, {os.cpu_count()} CPUs (torch: {threads} threads), load average {load:.2f} -> "
          f"{os.getloadavg()[0]:.2f}")
    print(f"{'backend':<13}{'case':<6}{'prompt':>7}{'rollouts':>9}{'fork r/s':>10}{'naive r/s':>11}{'ratio':>8}"
          f"{'target':>8}{'fed/rollout fork':>18}{'naive':>7}{'fork tok/s':>12}{'decode tok/s':>14}{'of decode':>11}")
    for r in rows:
        ratio = r["fork_rps"] / r["naive_rps"]
        fork_fed = "-" if r["fork_fed"] is None else f"{r['fork_fed']:.1f}"
        print(f"{r['backend']:<13}{r['case']:<6}{r['prompt']:>7}{r['rollouts']:>9}{r['fork_rps']:>10.1f}"
              f"{r['naive_rps']:>11.2f}{ratio:>7.1f}x{'>=' + str(TARGETS[r['backend']]):>8}{fork_fed:>18}"
              f"{r['naive_fed']:>7.0f}{r['fork_tps']:>12.0f}{r['decode_tps']:>14.0f}"
              f"{r['fork_tps'] / r['decode_tps']:>10.0%}")
    print("positions (tokens into the base path): "
          + "; ".join(f"{r['backend']} {r['case']}: {r['positions']}" for r in rows))


if __name__ == "__main__":
    main()
