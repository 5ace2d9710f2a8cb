"""Recording speed and memory against baselines run side by side in this process.

    python benchmarks/bench_record.py            # the default model (SmolLM2-135M, float32)
    python benchmarks/bench_record.py --tiny     # the tiny test model, a quick smoke run

Rows:
- greedy / beam: tracegen recording (top-k, entropy, ranks of every node) against the matching
  ``generate(..., output_scores=True, return_dict_in_generate=True)``; target ratio <= 1.15.
- branch: width 3, depth 4 on a 200-token prompt: tracegen (shared prompt cache, batched
  frontier) against expanding each node by a full forward over its context; target >= 5x.
- memory: peak RSS of a 2,000-node branch exploration, in a fresh process; target < 3 GB.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time

import torch

from tracegen.backends.transformers import from_objects, load_model
from tracegen.recording.recorder import Recorder
from tracegen.recording.strategies import Beam, Branch, Greedy
from tracegen.testing import tiny_model, tiny_tokenizer

PROMPT = "The capital of France is"
LONG_PROMPT = (
    "In the early days of computing, programmers wrote instructions directly in machine code, "
    "a painstaking process that demanded an intimate knowledge of the hardware. "
) * 8


def timed(fn, repeat: int) -> float:
    """Median wall time of ``repeat`` calls after one warm-up."""
    fn()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def record(model, strategy, prompt: str, max_new_tokens: int, top_k: int = 10):
    recorder = Recorder(model, top_k=top_k, max_new_tokens=max_new_tokens)
    return recorder.record_run(prompt, strategy)


def naive_branch(model, prompt: str, width: int, depth: int) -> int:
    """Expand the same tree as ``Branch(width, min_prob=0, max_depth=depth)`` with one full
    forward pass (no cache, batch of one) over each evaluated node's whole context."""
    ids = model.tokenizer(prompt)["input_ids"]
    frontier, evaluated = [ids], 0
    for level in range(depth):
        nxt = []
        for context in frontier:
            with torch.inference_mode():
                logits = model.model(input_ids=torch.tensor([context])).logits[0, -1]
            evaluated += 1
            top = torch.topk(torch.log_softmax(logits.float(), -1), width).indices.tolist()
            if level < depth - 1:
                nxt.extend(context + [t] for t in top)
        frontier = nxt
    return evaluated


def memory_row(tiny: bool) -> dict:
    code = (
        "import resource, sys, json\n"
        "from benchmarks.bench_record import load\n"
        "from tracegen.recording.recorder import Recorder\n"
        "from tracegen.recording.strategies import Branch\n"
        f"model = load({tiny})\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "run = Recorder(model, top_k=20, max_new_tokens=64).record_run("
        "'Write a short poem about the sea.', Branch(branch_width=4, min_prob=0.0, max_depth=12, max_nodes=2000))\n"
        "after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(json.dumps({'nodes': len(run.nodes), 'peak_mb': after / 1024, 'model_mb': before / 1024}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def load(tiny: bool):
    if tiny:
        return from_objects(tiny_model(), tiny_tokenizer(), name="tiny-gpt2")
    return load_model(device="cpu", dtype="float32", progress=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tiny", action="store_true", help="use the tiny test model (smoke run)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    torch.manual_seed(0)
    model = load(args.tiny)
    ids = torch.tensor([model.tokenizer(PROMPT)["input_ids"]])
    rows = []

    generate_kwargs = dict(max_new_tokens=32, output_scores=True, return_dict_in_generate=True, min_new_tokens=32)
    # min_new_tokens keeps both sides at 32 tokens; tracegen is told the same by suppressing EOS below.
    eos_free = from_objects(model.model, model.tokenizer, name=model.info["name"])
    eos_free.info["eos_token_ids"] = []

    base = timed(lambda: model.model.generate(ids, do_sample=False, **generate_kwargs), args.repeat)
    ours = timed(lambda: record(eos_free, Greedy(), PROMPT, 32), args.repeat)
    rows.append(("greedy, 32 tokens", "generate(output_scores)", base, ours, "<= 1.15"))

    base = timed(lambda: model.model.generate(ids, num_beams=4, num_return_sequences=4, do_sample=False,
                                              **generate_kwargs), args.repeat)
    ours = timed(lambda: record(eos_free, Beam(num_beams=4), PROMPT, 32), args.repeat)
    rows.append(("beam 4, 32 tokens", "generate(num_beams=4)", base, ours, "<= 1.15"))

    long_prompt = LONG_PROMPT[:200] if args.tiny else LONG_PROMPT  # the tiny model's bytes are tokens
    prompt_len = len(model.tokenizer(long_prompt)["input_ids"])
    base = timed(lambda: naive_branch(model, long_prompt, 3, 4), 1)
    ours = timed(lambda: record(model, Branch(branch_width=3, min_prob=0.0, max_depth=4, max_nodes=10_000),
                                long_prompt, 4), args.repeat)
    rows.append((f"branch w3 d4, {prompt_len}-token prompt", "full forward per node", base, ours, ">= 5x faster"))

    print(f"\nmodel: {model.info['name']} ({model.info['dtype']}, {model.info['device']}), "
          f"torch threads: {torch.get_num_threads()}\n")
    print(f"| {'case':34} | {'baseline':24} | {'baseline s':>10} | {'tracegen s':>10} | {'ratio':>6} | target |")
    print(f"|{'-' * 36}|{'-' * 26}|{'-' * 12}|{'-' * 12}|{'-' * 8}|--------|")
    for case, baseline, b, o, target in rows:
        ratio = o / b if "<=" in target else b / o
        print(f"| {case:34} | {baseline:24} | {b:10.3f} | {o:10.3f} | {ratio:6.2f} | {target} |")
    mem = memory_row(args.tiny)
    print(f"\nbranch exploration of {mem['nodes']} nodes (top-20): peak RSS {mem['peak_mb']:.0f} MB "
          f"(model loaded: {mem['model_mb']:.0f} MB); target < 3072 MB")


if __name__ == "__main__":
    main()
