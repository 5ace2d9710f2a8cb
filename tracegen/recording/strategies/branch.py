"""Branching exploration: expand every uncertain step into its most likely alternatives.

Level by level, every node of a level gets its most likely children (up to ``branch_width``,
each at least ``min_prob`` likely). A level's nodes go to the backend's ``Tree`` together:
locally they run in batches on the prompt's cache, through a server as concurrent requests.
"""

from __future__ import annotations

import math
from typing import Any

import torch

from ...backends.remote import require_top
from ...trace import Node, is_unmapped
from ..exploration import Exploration
from .base import Strategy, finite, whole

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
    parameters = ("branch_width", "min_prob", "max_depth", "max_nodes")

    def __init__(self, branch_width: int = 3, min_prob: float = 0.05, max_depth: int | None = None,
                 max_nodes: int = 200) -> None:
        self.branch_width = whole(branch_width, "branch_width", 1)
        self.min_prob = finite(min_prob, "min_prob", 0, 1)
        self.max_depth = None if max_depth is None else whole(max_depth, "max_depth", 1)
        self.max_nodes = whole(max_nodes, "max_nodes", 2)

    def params(self) -> dict[str, Any]:
        return {"branch_width": self.branch_width, "min_prob": self.min_prob,
                "max_depth": self.max_depth, "max_nodes": self.max_nodes}

    def total_work(self, max_new_tokens: int) -> int:
        return self.max_nodes

    def explore(self, ctx: Exploration) -> None:
        depth_limit = self.max_depth or ctx.max_new_tokens
        run = ctx.run
        require_top(ctx.backend, self.branch_width)
        tree = ctx.backend.tree(ctx.prompt_ids)
        first = tree.root()
        root = ctx.root(first.logprobs, first.exact, first.retokenized)
        ctx.advance(1)
        frontier: list[tuple[Node, torch.Tensor]] = [(root, first.logprobs[0])]
        visited = {root.id}  # not len(run.nodes): a resumed run already holds nodes
        cut: list[int] = []  # depths the node budget kept from being fully expanded

        for depth in range(1, depth_limit + 1):
            children = self._expand_level(ctx, frontier, visited, cut, depth)
            evaluate = []
            for child in children:
                if child.token in ctx.eos:
                    ctx.finish(child, "eos")
                elif depth < depth_limit and child.token is not None and not is_unmapped(child.token):
                    if len(visited) < self.max_nodes:
                        evaluate.append(child)
                    else:
                        cut.append(depth + 1)
            if not evaluate:
                break
            step = tree.evaluate(run, evaluate)
            ctx.record(evaluate, step.logprobs, step.exact, step.retokenized)
            frontier = list(zip(evaluate, step.logprobs, strict=True))

        if cut:
            run.extra.setdefault("stats", {})["stopped"] = {
                "reason": "max_nodes", "nodes": len(visited), "depth": min(cut), "max_depth": depth_limit}
        # Rank the leaves first and decode only the ones kept.
        leaves = [n for n in run.nodes if n.id in visited and n.parent is not None and not run.children(n.id)]
        leaves.sort(key=lambda n: -_path_logprob(run, n))
        run.results = [ctx.result(n) for n in leaves[:MAX_RESULTS]]

    def _expand_level(self, ctx: Exploration, frontier: list[tuple[Node, torch.Tensor]], visited: set[int],
                      cut: list[int], depth: int) -> list[Node]:
        """Create the children of one level's nodes, most likely paths first, within the node budget."""
        log_min = math.log(self.min_prob) if self.min_prob > 0 else -math.inf
        # Most likely paths first, so a node budget keeps the likeliest part of the tree.
        frontier.sort(key=lambda item: -_path_logprob(ctx.run, item[0]))
        children: list[Node] = []
        for parent, logprobs in frontier:
            values, ids = torch.topk(logprobs, min(self.branch_width, logprobs.shape[-1]))
            ids = ids[(values >= log_min) & (values > -math.inf)]
            room = self.max_nodes - len(visited)
            if ids.numel() > room:
                cut.append(depth)
                ids = ids[:room]
            if ids.numel() == 0:
                continue
            made = ctx.children([parent] * ids.numel(), logprobs.expand(ids.numel(), -1), ids)
            ctx.advance(len(made))
            visited.update(n.id for n in made)
            children.extend(made)
        return children


def _path_logprob(run, node: Node) -> float:
    return sum(n.logprob for n in run.path(node.id)[1:])
