"""Which nodes of a run a ``tree`` figure draws, so it fits a column.

Kept first: the path to the focused node (the selected result or ``--node``), then the
paths to the results in rank order, then the most likely paths (by the product of the
probabilities from the root). A node is left out when it is deeper than ``max_depth``, or
when it is off the focused path and less likely than ``min_prob`` given its parent; at most
``max_nodes`` are kept. Because every key below ranks a parent before its children, the
kept nodes always form a tree that contains the root. Where children were left out, the
figure says how many.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..trace import Node, Run


@dataclass(frozen=True)
class PrunedTree:
    """The drawn part of a run.

    Args:
        root: The root's id.
        children: Each kept node's kept children, most likely first (then by id).
        hidden: For each kept node, how many of its children were left out.
        depth: Each kept node's depth (root 0).
    """

    root: int
    children: dict[int, list[int]]
    hidden: dict[int, int]
    depth: dict[int, int]

    @property
    def nodes(self) -> list[int]:
        return sorted(self.depth)


def prune_tree(run: Run, focus: list[Node], max_depth: int, min_prob: float, max_nodes: int) -> PrunedTree:
    """The nodes to draw (see the module docstring).

    Args:
        run: The run.
        focus: The focused path, root first.
        max_depth: Deepest level kept (the root is level 0).
        min_prob: Nodes off the focused path below this probability (given the parent) are left out.
        max_nodes: Most nodes kept (at least the root).
    """
    on_focus = {n.id for n in focus}
    best_result = _best_result(run)
    depth: dict[int, int] = {run.root.id: 0}
    path_logprob: dict[int, float] = {run.root.id: 0.0}
    candidates: list[tuple[tuple, int]] = []
    for node in run.nodes[1:]:  # parents come before children in a trace
        parent = node.parent
        if parent not in depth:
            continue
        d = depth[parent] + 1
        lp = node.logprob if node.logprob is not None else -math.inf
        if d > max_depth or (node.id not in on_focus and math.exp(lp) < min_prob):
            continue
        depth[node.id] = d
        path_logprob[node.id] = path_logprob[parent] + lp
        key = (node.id not in on_focus, best_result.get(node.id, math.inf), -path_logprob[node.id], d, node.id)
        candidates.append((key, node.id))
    candidates.sort()
    kept = {run.root.id} | {node_id for _, node_id in candidates[:max(0, max_nodes - 1)]}
    return _assemble(run, kept)


def _assemble(run: Run, kept: set[int]) -> PrunedTree:
    children: dict[int, list[int]] = {}
    hidden: dict[int, int] = {}
    depth: dict[int, int] = {}
    for node_id in sorted(kept, key=lambda i: (len(run.path(i)), i)):
        node = run.node(node_id)
        depth[node_id] = 0 if node.parent is None else depth[node.parent] + 1
        all_children = run.children(node_id)
        shown = [c for c in all_children if c.id in kept]
        shown.sort(key=lambda c: (-(c.logprob if c.logprob is not None else -math.inf), c.id))
        children[node_id] = [c.id for c in shown]
        if len(all_children) > len(shown):
            hidden[node_id] = len(all_children) - len(shown)
    return PrunedTree(root=run.root.id, children=children, hidden=hidden, depth=depth)


def _best_result(run: Run) -> dict[int, int]:
    """For each node, the best (lowest) rank of a result whose path passes through it."""
    best: dict[int, int] = {}
    for rank, result in enumerate(run.results):
        for node in run.path(result.node):
            best.setdefault(node.id, rank)
    return best
