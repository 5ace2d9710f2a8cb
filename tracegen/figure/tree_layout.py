"""d3-hierarchy's ``tree()`` layout (Buchheim et al.'s linear-time Reingold-Tilford), ported.

The viewer draws a run's tree with d3-hierarchy; a figure must put every node exactly where
the page does, so this is a line-by-line port of d3-hierarchy 3.1's ``src/tree.js`` with
``nodeSize`` (the only mode tracegen uses). Variable names follow the original (``z`` =
prelim, ``m`` = mod, ``c`` = change, ``s`` = shift, ``t`` = thread, ``a`` = ancestor) so the two
can be read side by side; ``tests/data/tree_layouts.json`` holds d3's own output to compare.

Coordinates are d3's: ``x`` across siblings (0 at the root), ``y`` = depth x level size. A
left-to-right drawing puts ``y`` on the horizontal axis.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)

# tracegen's drawn tree: 28 px between neighbouring rows, 120 px per depth level.
NODE_SIZE = (28.0, 120.0)


class _Node(Generic[K]):
    """d3's ``TreeNode``: the layout's working state for one node."""

    __slots__ = ("key", "parent", "children", "A", "a", "z", "m", "c", "s", "t", "i", "depth")

    def __init__(self, key: K | None, i: int, depth: int) -> None:
        self.key = key
        self.parent: _Node[K] | None = None
        self.children: list[_Node[K]] | None = None
        self.A: _Node[K] | None = None  # default ancestor
        self.a: _Node[K] = self  # ancestor
        self.z = 0.0  # prelim
        self.m = 0.0  # mod
        self.c = 0.0  # change
        self.s = 0.0  # shift
        self.t: _Node[K] | None = None  # thread
        self.i = i  # index among siblings
        self.depth = depth


def sibling_separation(a: _Node, b: _Node) -> float:
    """tracegen's separation: 1 between siblings, 1.25 between cousins (d3's default is 2)."""
    return 1.0 if a.parent is b.parent else 1.25


def tidy_tree(root: K, children: Mapping[K, Sequence[K]], node_size: tuple[float, float] = NODE_SIZE,
              separation: Callable[[_Node, _Node], float] = sibling_separation) -> dict[K, tuple[float, float]]:
    """Lay out a tree like ``d3.tree().nodeSize(node_size).separation(separation)``.

    Args:
        root: The root's key.
        children: Each node's children in drawing order (missing or empty = a leaf).
        node_size: ``(dx, dy)``: the distance between neighbouring siblings and between levels.
        separation: d3's separation function, in units of ``dx``.

    Returns:
        ``{key: (x, y)}`` in d3's coordinates: ``x`` across, 0 at the root; ``y`` = depth * dy.
    """
    t = _build(root, children)
    for v in _post_order(t):
        _first_walk(v, separation)
    assert t.parent is not None
    t.parent.m = -t.z
    out: dict[K, tuple[float, float]] = {}
    dx, dy = node_size
    for v in _pre_order(t):
        parent = v.parent
        assert parent is not None
        x = v.z + parent.m  # d3's secondWalk
        v.m += parent.m
        out[v.key] = (x * dx, v.depth * dy)  # type: ignore[index]  # d3's sizeNode
    return out


def _build(root: K, children: Mapping[K, Sequence[K]]) -> _Node[K]:
    tree: _Node[K] = _Node(root, 0, 0)
    stack = [tree]
    while stack:
        node = stack.pop()
        kids = children.get(node.key, ())  # type: ignore[arg-type]
        if kids:
            node.children = [_Node(k, i, node.depth + 1) for i, k in enumerate(kids)]
            for child in node.children:
                child.parent = node
            stack.extend(node.children)
    holder: _Node[K] = _Node(None, 0, -1)
    holder.children = [tree]
    tree.parent = holder
    return tree


def _post_order(root: _Node[K]) -> list[_Node[K]]:
    """Children before parents, left siblings before right ones (d3's ``eachAfter``)."""
    order: list[_Node[K]] = []
    stack = [root]
    while stack:
        node = stack.pop()
        order.append(node)
        if node.children:
            stack.extend(node.children)
    order.reverse()
    return order


def _pre_order(root: _Node[K]) -> list[_Node[K]]:
    """Parents before children (d3's ``eachBefore``)."""
    order: list[_Node[K]] = []
    stack = [root]
    while stack:
        node = stack.pop()
        order.append(node)
        if node.children:
            stack.extend(reversed(node.children))
    return order


def _next_left(v: _Node[K]) -> _Node[K] | None:
    return v.children[0] if v.children else v.t


def _next_right(v: _Node[K]) -> _Node[K] | None:
    return v.children[-1] if v.children else v.t


def _move_subtree(wm: _Node[K], wp: _Node[K], shift: float) -> None:
    change = shift / (wp.i - wm.i)
    wp.c -= change
    wp.s += shift
    wm.c += change
    wp.z += shift
    wp.m += shift


def _execute_shifts(v: _Node[K]) -> None:
    shift = 0.0
    change = 0.0
    assert v.children
    for w in reversed(v.children):
        w.z += shift
        w.m += shift
        change += w.c
        shift += w.s + change


def _next_ancestor(vim: _Node[K], v: _Node[K], ancestor: _Node[K]) -> _Node[K]:
    return vim.a if vim.a.parent is v.parent else ancestor


def _first_walk(v: _Node[K], separation: Callable[[_Node, _Node], float]) -> None:
    parent = v.parent
    assert parent is not None and parent.children is not None
    siblings = parent.children
    w = siblings[v.i - 1] if v.i else None
    if v.children:
        _execute_shifts(v)
        midpoint = (v.children[0].z + v.children[-1].z) / 2
        if w is not None:
            v.z = w.z + separation(v, w)
            v.m = v.z - midpoint
        else:
            v.z = midpoint
    elif w is not None:
        v.z = w.z + separation(v, w)
    parent.A = _apportion(v, w, parent.A or siblings[0], separation)


def _apportion(v: _Node[K], w: _Node[K] | None, ancestor: _Node[K],
               separation: Callable[[_Node, _Node], float]) -> _Node[K]:
    if w is None:
        return ancestor
    assert v.parent is not None and v.parent.children is not None
    vip: _Node[K] | None = v
    vop: _Node[K] = v
    vim: _Node[K] | None = w
    vom: _Node[K] = v.parent.children[0]
    sip, sop, sim, som = v.m, v.m, w.m, vom.m
    while True:
        vim = _next_right(vim)  # type: ignore[arg-type]
        vip = _next_left(vip)  # type: ignore[arg-type]
        if vim is None or vip is None:
            break
        vom = _next_left(vom)  # type: ignore[assignment]
        vop = _next_right(vop)  # type: ignore[assignment]
        vop.a = v
        shift = vim.z + sim - vip.z - sip + separation(vim, vip)
        if shift > 0:
            _move_subtree(_next_ancestor(vim, v, ancestor), v, shift)
            sip += shift
            sop += shift
        sim += vim.m
        sip += vip.m
        som += vom.m
        sop += vop.m
    if vim is not None and _next_right(vop) is None:
        vop.t = vim
        vop.m += sim - sop
    if vip is not None and _next_left(vom) is None:
        vom.t = vip
        vom.m += sip - som
        ancestor = v
    return ancestor
