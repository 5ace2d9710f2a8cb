"""Branching exploration: expand every uncertain step into its most likely alternatives.

Level by level, every node of a level gets its most likely children (up to ``branch_width``,
each at least ``min_prob`` likely). All nodes of a level have contexts of the same length,
so they are evaluated together in batches on top of the prompt's cache, which is computed
once; each node keeps only its own token's keys and values, so memory grows with the number
of nodes, not with nodes x context length.
"""

from __future__ import annotations

import math
from typing import Any

import torch

from .. import kvcache
from ..explore import Exploration
from ..trace import Node
from .base import Strategy, check

MAX_RESULTS = 20
BATCH_BYTES = 256 * 2**20  # cache memory one batch of a level may take


class Branch(Strategy):
    """Breadth-first tree of the likely continuations.

    Args:
        branch_width: At most this many children per node, most likely first.
        min_prob: Only children at least this likely (probability, not logprob).
        max_depth: Tokens after the prompt (the tree's depth); defaults to ``max_new_tokens``.
        max_nodes: Stop creating nodes once the tree has this many (root included).
    """

    name = "branch"

    def __init__(self, branch_width: int = 3, min_prob: float = 0.05, max_depth: int | None = None,
                 max_nodes: int = 200) -> None:
        check(branch_width >= 1, "--branch-width must be at least 1")
        check(0 <= min_prob <= 1, "--min-prob must be between 0 and 1")
        check(max_depth is None or max_depth >= 1, "--max-depth must be at least 1")
        check(max_nodes >= 2, "--max-nodes must be at least 2")
        self.branch_width = int(branch_width)
        self.min_prob = float(min_prob)
        self.max_depth = max_depth
        self.max_nodes = int(max_nodes)

    def params(self) -> dict[str, Any]:
        return {"branch_width": self.branch_width, "min_prob": self.min_prob,
                "max_depth": self.max_depth, "max_nodes": self.max_nodes}

    def total_work(self, max_new_tokens: int) -> int:
        return self.max_nodes

    def explore(self, ctx: Exploration) -> None:
        depth_limit = self.max_depth or ctx.max_new_tokens
        engine, run = ctx.engine, ctx.run
        step = engine.prefill(ctx.prompt_ids)
        root = ctx.root(step.logprobs)
        ctx.advance(1)
        prompt_kv = kvcache.layers(step.cache)
        own_kv: dict[int, list[tuple[torch.Tensor, torch.Tensor]]] = {}  # node -> its token's KV per layer
        log_min = math.log(self.min_prob) if self.min_prob > 0 else -math.inf
        frontier: list[tuple[Node, torch.Tensor]] = [(root, step.logprobs[0])]
        per_position = kvcache.bytes_per_position(engine.model)

        for depth in range(1, depth_limit + 1):
            # Most likely paths first, so a node budget keeps the likeliest part of the tree.
            frontier.sort(key=lambda item: -_path_logprob(run, item[0]))
            children: list[Node] = []
            for parent, logprobs in frontier:
                room = self.max_nodes - len(run.nodes)
                if room <= 0:
                    break
                values, ids = torch.topk(logprobs, min(self.branch_width, room))
                ids = ids[values >= log_min]
                if ids.numel() == 0:
                    continue
                made = ctx.children([parent] * ids.numel(), logprobs.expand(ids.numel(), -1), ids)
                ctx.advance(len(made))
                children.extend(made)
            evaluate = []
            for child in children:
                if child.token in ctx.eos:
                    ctx.finish(child, "eos")
                elif depth < depth_limit and len(run.nodes) < self.max_nodes:
                    evaluate.append(child)
            if not evaluate:
                break
            batch = max(1, min(64, BATCH_BYTES // (per_position * (len(ctx.prompt_ids) + depth))))
            frontier = []
            for start in range(0, len(evaluate), batch):
                chunk = evaluate[start : start + batch]
                suffixes = [[own_kv[n.id] for n in run.path(c.parent)[1:]] for c in chunk]
                cache = kvcache.prefix_batch(engine.model, prompt_kv, suffixes)
                logprobs = engine.run_batch(cache, [c.token for c in chunk])
                ctx.record(chunk, logprobs)
                last = kvcache.last_positions(cache)
                for row, child in enumerate(chunk):
                    own_kv[child.id] = [(k[row], v[row]) for k, v in last]
                    frontier.append((child, logprobs[row]))
                del cache

        # Rank the leaves first and decode only the ones kept.
        leaves = [n for n in run.nodes if n.parent is not None and not run.children(n.id)]
        leaves.sort(key=lambda n: -_path_logprob(run, n))
        run.results = [ctx.result(n) for n in leaves[:MAX_RESULTS]]


def _path_logprob(run, node: Node) -> float:
    return sum(n.logprob for n in run.path(node.id)[1:])
