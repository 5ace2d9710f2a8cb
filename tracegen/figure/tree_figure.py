"""The ``tree`` kind: a run as a node-link diagram laid out exactly like the viewer's tree.

Depth runs left to right (d3's ``y``), siblings top to bottom (d3's ``x``), children ordered
by probability; see ``tree_layout``. Each node is a swatch with its token, each link carries
the child's probability near the child, the focused path is drawn dark, pruned beams are
dimmed, results carry their number (``#1`` = best) and a ``+N`` says that N children were
left out.
"""

from __future__ import annotations

import math

from .drawing import (
    ACCENT,
    FG,
    FG_FAINT,
    FG_SOFT,
    MIN_SCALE,
    PROMPT_BG,
    PROMPT_FG,
    UNKNOWN_FILL,
    Drawing,
    Link,
    Rect,
    Shape,
    Text,
)
from .glyphs import candidate_label, columns, truncate
from .legend import Key, legend, right_edge, text_width
from .options import FigureOptions
from .scale import ColourScale, metric_value, scale_for, text_colour_on
from .selection import PathSelection
from .tree_layout import NODE_SIZE, tidy_tree
from .tree_pruning import PrunedTree, prune_tree

LABEL_COLUMNS = 10
DIMMED = 0.55  # a pruned beam: faded, its text still at 3:1 contrast or more


def fitting_depth(width_px: float, font_pt: float) -> int:
    """At most how many levels fit ``width_px`` when the tree may be scaled down to ``MIN_SCALE``
    (tokens of 8 pt print at 7 pt, labels at 6 pt): levels are at least ``NODE_SIZE`` apart.
    The first guess; ``tree_drawing`` drops levels until the drawn tree fits."""
    scale = font_pt / 8.0  # NODE_SIZE is for 8 pt text
    natural = width_px / MIN_SCALE
    return max(1, int(natural // (NODE_SIZE[1] * scale)))


def short_probability(p: float | None) -> str:
    if p is None:
        return "?"
    if p >= 0.1:
        return f"{p * 100:.0f}%"
    if p >= 0.001:
        return f"{p * 100:.1f}%"
    return "<0.1%"


class _Tree:
    """Geometry and styling of one pruned tree.

    Levels are as far apart as the widest box with its marks, plus room for a link: a curve,
    then a straight tail at the child's height wide enough for the edge label above it. Every
    node of a level shares its x, so in the band of the tails every link is horizontal at its
    own child's height and no curve can cross a label.
    """

    def __init__(self, selection: PathSelection, pruned: PrunedTree, options: FigureOptions) -> None:
        self.selection = selection
        self.run = selection.run
        self.pruned = pruned
        self.style = options.style
        self.scale: ColourScale = scale_for(options.colour)
        self.focus = {n.id for n in selection.nodes}
        self.results = {r.node: rank for rank, r in reversed(list(enumerate(self.run.results)))}
        fs = self.style.font_size
        self.box_h = 1.45 * fs
        self.labels = {i: self._label(i) for i in pruned.nodes}
        self.widths = {i: columns(label) * self.style.advance + 0.6 * fs for i, label in self.labels.items()}
        self.tail = text_width("<0.1%", self.style.label_size) + 0.5 * fs
        k = fs / (32 / 3)  # the viewer's node size is for 8 pt text
        level = max([NODE_SIZE[1] * k] + [self.extent(i) + 1.5 * fs + self.tail for i in pruned.children])
        sibling = max(NODE_SIZE[0] * k, self.box_h + self.style.label_size * 1.2)
        layout = tidy_tree(pruned.root, pruned.children, node_size=(sibling, level))
        self.points = {key: (y, x) for key, (x, y) in layout.items()}

    def _label(self, node_id: int) -> str:
        node = self.run.node(node_id)
        if node.parent is None:
            prompt = candidate_label(self.selection.prompt) if self.selection.prompt else "prompt"
            tail = prompt[-(LABEL_COLUMNS - 1):]
            return ("\u2026" + tail) if len(prompt) > len(tail) else prompt
        text = self.selection.trace.tokens.get(node.token, f"<id {node.token}>")  # type: ignore[arg-type]
        return truncate(candidate_label(text), LABEL_COLUMNS)

    def marks(self, node_id: int) -> list[tuple[str, str]]:
        """Text after a node's box: its result number and how many children were left out."""
        out = []
        if node_id in self.results:
            out.append((f"#{self.results[node_id] + 1}", ACCENT))
        if self.pruned.hidden.get(node_id):
            out.append((f"+{self.pruned.hidden[node_id]}", FG_SOFT))
        return out

    def extent(self, node_id: int) -> float:
        """How far right of its x a node reaches: its box and its marks."""
        marks = " ".join(text for text, _ in self.marks(node_id))
        extra = text_width(marks, self.style.label_size) + self.style.font_size * 0.4 if marks else 0.0
        return self.widths[node_id] + extra

    def right_edge(self, node_id: int) -> float:
        return self.points[node_id][0] + self.extent(node_id)

    def dimmed(self, node_id: int) -> bool:
        return self.selection.is_pruned(node_id)

    def fill(self, node_id: int) -> tuple[str, str, bool]:
        """Box fill, text colour, and whether the value is unknown."""
        node = self.run.node(node_id)
        if node.parent is None:
            return PROMPT_BG, PROMPT_FG, False
        parent = self.run.node(node.parent)
        colour = self.scale.colour(metric_value(self.scale.metric, node.logprob, parent.entropy))
        if colour is None:
            return UNKNOWN_FILL, FG, True
        return colour, text_colour_on(colour), False


def tree_drawing(selection: PathSelection, options: FigureOptions) -> Drawing:
    """The ``tree`` figure of ``selection``'s run, its path focused.

    Without ``max_depth`` the tree is as deep as fits the width scaled down to ``MIN_SCALE`` at
    most: levels are dropped until it does (one level is always drawn).
    """
    width = options.layout_width.px
    if options.max_depth is not None:
        return _tree_drawing(selection, options, options.max_depth)
    depth = fitting_depth(width, options.font_size)
    while True:
        drawing = _tree_drawing(selection, options, depth)
        if depth == 1 or drawing.width * MIN_SCALE <= width:
            return drawing
        depth -= 1


def _tree_drawing(selection: PathSelection, options: FigureOptions, depth: int) -> Drawing:
    pruned = prune_tree(selection.run, list(selection.nodes), depth, options.min_prob, options.max_nodes)
    tree = _Tree(selection, pruned, options)
    fs = tree.style.font_size
    top = min(y for _, y in tree.points.values()) - tree.box_h / 2 - fs * 0.8
    bottom = max(y for _, y in tree.points.values()) + tree.box_h / 2
    dx, dy = 1.0, 1.0 - top
    width = max(tree.right_edge(i) for i in pruned.nodes) + 2.0
    drawing = Drawing(width=width, height=0.0, style=tree.style, title=_title(selection))
    key = Key(tree.style)
    key.mark("37%", "p given the parent")
    end = selection.end.id
    key.line(f"path to result {selection.result_rank + 1}" if selection.result_rank is not None
             else f"path to node {end}", FG, 1.3)
    unknown = dimmed = False
    for parent, children in pruned.children.items():
        for child in children:
            drawing.add(*_link(tree, parent, child, dx, dy))
    for node_id in pruned.nodes:
        shapes, was_unknown = _node(tree, node_id, dx, dy)
        drawing.add(*shapes)
        unknown = unknown or was_unknown
        dimmed = dimmed or tree.dimmed(node_id)
    if tree.results.keys() & set(pruned.nodes):
        key.mark("#k", "result k (1 = best)", ACCENT, bold=True)
    if any(pruned.hidden.get(i) for i in pruned.nodes):
        key.mark("+N", "N more children not drawn")
    if dimmed:
        key.swatch("pruned beam", tree.scale.colour_at(0.6), opacity=DIMMED)
    if unknown:
        key.swatch("unknown", UNKNOWN_FILL, stroke=FG_FAINT, dashed=True)
    legend_top = bottom + dy + fs * 0.9
    shapes, legend_h = legend([tree.scale], key, 1.0, legend_top, max(width, options.layout_width.px) - 2.0,
                              tree.style)
    drawing.add(*shapes)
    drawing.width = max(width, right_edge(shapes) + 2.0)
    drawing.height = legend_top + legend_h + 1.0
    return drawing


def _link(tree: _Tree, parent: int, child: int, dx: float, dy: float) -> list[Shape]:
    px, py = tree.points[parent]
    cx, cy = tree.points[child]
    focus = child in tree.focus
    opacity = DIMMED if tree.dimmed(child) else 1.0
    node = tree.run.node(child)
    p = None if node.logprob is None else math.exp(node.logprob)
    size = tree.style.label_size
    return [
        Link((px + tree.extent(parent) + dx + 1.0, py + dy), (cx + dx - 1.0, cy + dy), stroke=FG if focus else FG_FAINT,
             width=1.3 if focus else 0.8, opacity=opacity, role="tg-link", tail=tree.tail),
        Text(cx + dx - 2.5, cy + dy - 2.0, short_probability(p), size, fill=FG if opacity < 1 else FG_SOFT,
             anchor="end", opacity=opacity,
             role="tg-link-prob", data=(("node", child),)),
    ]


def _node(tree: _Tree, node_id: int, dx: float, dy: float) -> tuple[list[Shape], bool]:
    x, y = tree.points[node_id]
    x, y = x + dx, y + dy
    fs = tree.style.font_size
    fill, ink, unknown = tree.fill(node_id)
    opacity = DIMMED if tree.dimmed(node_id) else 1.0
    outlined = node_id == tree.selection.end.id
    data = (("node", node_id),)
    shapes: list[Shape] = [
        Rect(x, y - tree.box_h / 2, tree.widths[node_id], tree.box_h, fill=fill,
             stroke=FG if outlined else (FG_FAINT if unknown else None),
             stroke_width=1.2 if outlined else 0.6, dashed=unknown and not outlined, rx=2.0, opacity=opacity,
             role="tg-node", data=data),
        Text(x + 0.3 * fs, y + 0.35 * fs, tree.labels[node_id], fs, fill=ink, family="mono", opacity=opacity,
             role="tg-node-text", data=data),
    ]
    mark_x = x + tree.widths[node_id] + fs * 0.3
    size = tree.style.label_size
    for text, colour in tree.marks(node_id):
        shapes.append(Text(mark_x, y + 0.35 * size, text, size, fill=FG if opacity < 1 else colour,
                           bold=colour == ACCENT,
                           opacity=opacity, role="tg-mark"))
        mark_x += text_width(text + " ", size)
    return shapes, unknown


def _title(selection: PathSelection) -> str:
    return f"tracegen tree: run {selection.run.id}, path to node {selection.end.id}"
