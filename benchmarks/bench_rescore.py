"""Rescoring a branch tree level by level on the prompt's cache against a full forward per node.

    python benchmarks/bench_rescore.py [--nodes 2000] [--width 3] [--depth 8] [--device cpu]

Records one branch tree with the default model (SmolLM2-135M-Instruct, float32), then rescores
it twice in this process, side by side: with ``tracegen.rescore`` (each level of the tree in
batches on top of the prompt's KV cache) and with one plain forward pass over the whole
context of every node (what rescoring without a tree would do). Prints a table with the
ratio, and the largest probability difference between the two (they compute the same thing).
"""

from __future__ import annotations

import argparse
import math
import time

import torch

from tracegen.backends.transformers import load_model
from tracegen.backends.transformers.backend import TransformersBackend, log_softmax
from tracegen.recording.distribution import summarize
from tracegen.recording.prompts import Prompt
from tracegen.recording.recorder import Recorder, make_strategy
from tracegen.rescoring.rescorer import Rescorer

PROMPT = "The best way to learn a new language is"


def record_tree(engine: TransformersBackend, nodes: int, width: int, depth: int):
    recorder = Recorder(engine, top_k=10, max_new_tokens=depth)
    strategy = make_strategy("branch", branch_width=width, min_prob=0.0, max_depth=depth, max_nodes=nodes)
    recorder.record_runs([Prompt(PROMPT, id="tree")], [strategy])
    return recorder.finish()


def full_forward_per_node(engine: TransformersBackend, trace) -> tuple[dict[int, list[tuple[int, float]]], int]:
    """Every evaluated node's top-10 from one forward pass over its whole context, no cache."""
    run = trace.runs[0]
    out = {}
    for node in run.nodes:
        if node.top is None:
            continue
        ids = torch.tensor([run.prompt_token_ids + run.token_ids(node.id)], device=engine.device)
        with torch.inference_mode():
            logits = engine.model(input_ids=ids, logits_to_keep=1).logits[:, -1, :]
        out[node.id] = summarize(log_softmax(logits), 10).top[0]
    return out, len(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000, help="the tree's node budget (max_nodes)")
    parser.add_argument("--width", type=int, default=3)
    parser.add_argument("--depth", type=int, default=8)
    parser.add_argument("--device", default="cpu")
    args = parser.parse_args()

    engine = TransformersBackend(load_model(None, device=args.device, progress=False))
    trace = record_tree(engine, args.nodes, args.width, args.depth)
    run = trace.runs[0]
    evaluated = sum(1 for n in run.nodes if n.top is not None)
    Rescorer(engine, record_tree(engine, 40, 3, 3)).rescore_runs()  # warm up both paths
    full_forward_per_node(engine, record_tree(engine, 40, 3, 3))

    started = time.perf_counter()
    rescorer = Rescorer(engine, trace)
    rescorer.rescore_runs()
    tree_seconds = time.perf_counter() - started
    rescored = rescorer.finish().runs[0]
    tree_passes = rescored.extra["stats"]["forward_passes"]

    started = time.perf_counter()
    direct, direct_passes = full_forward_per_node(engine, trace)
    direct_seconds = time.perf_counter() - started

    worst = 0.0
    for node in rescored.nodes:
        if node.top is not None:
            reference = dict(direct[node.id])
            worst = max(worst, max(abs(math.exp(lp) - math.exp(reference.get(t, -math.inf))) for t, lp in node.top))

    device = "GPU" if engine.device.type == "cuda" else f"{torch.get_num_threads()}-thread CPU"
    print(f"\nRescoring a {len(run.nodes)}-node branch tree (width {args.width}, depth {args.depth}, "
          f"{evaluated} distributions) with SmolLM2-135M-Instruct float32, {device}\n")
    print("| method | forward passes | seconds | distributions / s | speed-up |")
    print("|---|---:|---:|---:|---:|")
    print(f"| full forward per node | {direct_passes} | {direct_seconds:.1f} | {evaluated / direct_seconds:.1f} | 1.00 |")
    print(f"| tracegen rescore (tree levels on the prompt's cache) | {tree_passes} | {tree_seconds:.1f} | "
          f"{evaluated / tree_seconds:.1f} | {direct_seconds / tree_seconds:.2f} |")
    print(f"\nLargest probability difference between the two: {worst:.2e}")


if __name__ == "__main__":
    main()
