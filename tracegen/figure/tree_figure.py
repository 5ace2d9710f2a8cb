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
    PROMPT_BG,
    PROMPT_FG,
    UNKNOWN_FILL,
    Drawing,
    Link,
    Rect,
    Shape,
    Style,
    Text,
)
from .glyphs import candidate_label, columns, truncate
from .legend import colour_legend, text_width
from .options import FigureOptions, Length
from .scale import ColourScale, metric_value, scale_for, text_colour_on
from .selection import PathSelection
from .tree_layout import NODE_SIZE, tidy_tree
from .tree_pruning import PrunedTree, prune_tree

LABEL_COLUMNS = 10
MIN_PRINTED_PT = 5.5  # the smallest text size a default tree is scaled down to
DIMMED = 0.4


def fitting_depth(width_px: float, font_pt: float) -> int:
    """How many levels fit ``width_px`` without scaling ``font_pt`` text below ``MIN_PRINTED_PT``."""
    natural = width_px / min(1.0, MIN_PRINTED_PT / font_pt)
    return max(1, int((natural - 100) // NODE_SIZE[1]))


def short_probability(p: float | None) -> str:
    if p is None:
        return "?"
    if p >= 0.1:
        return f"{p * 100:.0f}%"
    if p >= 0.001:
        return f"{p * 100:.1f}%"
    return "<0.1%"


class _Tree:
    """Geometry and styling of one pruned tree."""

    def __init__(self, selection: PathSelection, pruned: PrunedTree, options: FigureOptions) -> None:
        self.selection = selection
        self.run = selection.run
        self.pruned = pruned
        self.style = Style(font=options.font, font_size=options.font_px)
        self.scale: ColourScale = scale_for(options.colour)
        self.focus = {n.id for n in selection.nodes}
        self.results = {r.node: rank for rank, r in reversed(list(enumerate(self.run.results)))}
        fs = self.style.font_size
        self.box_h = 1.45 * fs
        self.labels = {i: self._label(i) for i in pruned.nodes}
        self.widths = {i: columns(label) * self.style.advance + 0.6 * fs for i, label in self.labels.items()}
        self.points = {k: (y, x) for k, (x, y) in tidy_tree(pruned.root, pruned.children).items()}

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
            out.append((f"+{self.pruned.hidden[node_id]}", FG_FAINT))
        return out

    def mark_size(self) -> float:
        return self.style.font_size * 0.78

    def right_edge(self, node_id: int) -> float:
        x, _ = self.points[node_id]
        marks = " ".join(text for text, _ in self.marks(node_id))
        extra = text_width(marks, self.mark_size()) + self.style.font_size * 0.4 if marks else 0.0
        return x + self.widths[node_id] + extra

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
    """The ``tree`` figure of ``selection``'s run, its path focused."""
    depth = options.max_depth if options.max_depth is not None else fitting_depth(options.width.px, options.font_size)
    pruned = prune_tree(selection.run, list(selection.nodes), depth, options.min_prob, options.max_nodes)
    tree = _Tree(selection, pruned, options)
    fs = tree.style.font_size
    top = min(y for _, y in tree.points.values()) - tree.box_h / 2 - fs * 0.8
    bottom = max(y for _, y in tree.points.values()) + tree.box_h / 2
    dx, dy = 1.0, 1.0 - top
    width = max(tree.right_edge(i) for i in pruned.nodes) + 2.0
    drawing = Drawing(width=width, height=0.0, style=tree.style, title=_title(selection))
    unknown = False
    for parent, children in pruned.children.items():
        for child in children:
            drawing.add(*_link(tree, parent, child, dx, dy))
    for node_id in pruned.nodes:
        shapes, was_unknown = _node(tree, node_id, dx, dy)
        drawing.add(*shapes)
        unknown = unknown or was_unknown
    legend_top = bottom + dy + fs * 0.9
    legend, legend_h = colour_legend(tree.scale, 1.0, legend_top, max(width, 200.0), tree.style, unknown=unknown)
    drawing.add(*legend)
    drawing.width = max(width, _legend_right(legend) + 2.0)
    drawing.height = legend_top + legend_h + 1.0
    return drawing


def _legend_right(shapes: list[Shape]) -> float:
    right = 0.0
    for shape in shapes:
        if isinstance(shape, Text):
            right = max(right, shape.x + (text_width(shape.text, shape.size) if shape.anchor == "start" else 0))
        elif isinstance(shape, Rect):
            right = max(right, shape.x + shape.w)
    return right


def _link(tree: _Tree, parent: int, child: int, dx: float, dy: float) -> list[Shape]:
    px, py = tree.points[parent]
    cx, cy = tree.points[child]
    focus = child in tree.focus
    opacity = DIMMED if tree.dimmed(child) else 1.0
    node = tree.run.node(child)
    p = None if node.logprob is None else math.exp(node.logprob)
    size = tree.style.font_size * 0.72
    return [
        Link((px + tree.widths[parent] + dx, py + dy), (cx + dx - 1.0, cy + dy), stroke=FG if focus else FG_FAINT,
             width=1.3 if focus else 0.8, opacity=opacity, role="tg-link"),
        Text(cx + dx - 2.5, cy + dy - 2.5, short_probability(p), size, fill=FG_SOFT, anchor="end", opacity=opacity,
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
    for text, colour in tree.marks(node_id):
        shapes.append(Text(mark_x, y + 0.3 * fs, text, tree.mark_size(), fill=colour, bold=colour == ACCENT,
                           opacity=opacity, role="tg-mark"))
        mark_x += text_width(text + " ", tree.mark_size())
    return shapes, unknown


def display_width(drawing: Drawing, width: Length) -> Length:
    """The width a tree is shown at: ``width``, or its natural size when that is smaller."""
    if drawing.width >= width.px:
        return width
    return Length(round(drawing.width / width.px * width.value, 3), width.unit)


def _title(selection: PathSelection) -> str:
    return f"tracegen tree: run {selection.run.id}, path to node {selection.end.id}"
