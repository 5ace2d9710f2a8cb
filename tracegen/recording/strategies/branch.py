"""Branching exploration: expand every uncertain step into its most likely alternatives.

Level by level, every node of a level gets its most likely children (up to ``branch_width``,
each at least ``min_prob`` likely). A level's nodes go to the backend's ``Tree`` together:
locally they run in batches on the prompt's cache, through a server as concurrent requests.
"""

from __future__ import annotations

import math
from typing import Any

import torch

from ...trace import Node, is_unmapped
from ..exploration import Exploration
from .base import Strategy, check

MAX_RESULTS = 20


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
        run = ctx.run
        ctx.engine.require_top(self.branch_width)
        tree = ctx.engine.tree(ctx.prompt_ids)
        first = tree.root()
        root = ctx.root(first.logprobs, first.exact, first.retokenized)
        ctx.advance(1)
        log_min = math.log(self.min_prob) if self.min_prob > 0 else -math.inf
        frontier: list[tuple[Node, torch.Tensor]] = [(root, first.logprobs[0])]
        visited = {root.id}  # not len(run.nodes): a resumed run already holds nodes

        for depth in range(1, depth_limit + 1):
            # Most likely paths first, so a node budget keeps the likeliest part of the tree.
            frontier.sort(key=lambda item: -_path_logprob(run, item[0]))
            children: list[Node] = []
            for parent, logprobs in frontier:
                room = self.max_nodes - len(visited)
                if room <= 0:
                    break
                values, ids = torch.topk(logprobs, min(self.branch_width, room))
                ids = ids[(values >= log_min) & (values > -math.inf)]
                if ids.numel() == 0:
                    continue
                made = ctx.children([parent] * ids.numel(), logprobs.expand(ids.numel(), -1), ids)
                ctx.advance(len(made))
                visited.update(n.id for n in made)
                children.extend(made)
            evaluate = []
            for child in children:
                if child.token in ctx.eos:
                    ctx.finish(child, "eos")
                elif depth < depth_limit and len(visited) < self.max_nodes and not is_unmapped(child.token):
                    evaluate.append(child)
            if not evaluate:
                break
            step = tree.evaluate(run, evaluate)
            ctx.record(evaluate, step.logprobs, step.exact, step.retokenized)
            frontier = list(zip(evaluate, step.logprobs, strict=True))

        # Rank the leaves first and decode only the ones kept.
        leaves = [n for n in run.nodes if n.id in visited and n.parent is not None and not run.children(n.id)]
        leaves.sort(key=lambda n: -_path_logprob(run, n))
        run.results = [ctx.result(n) for n in leaves[:MAX_RESULTS]]


def _path_logprob(run, node: Node) -> float:
    return sum(n.logprob for n in run.path(node.id)[1:])
