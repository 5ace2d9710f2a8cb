"""The legend under a figure: each colour scale with its ticks, then a key saying what every other
mark in the figure means (a reviewer needs no caption). Entries flow left to right and wrap.

A kind lists only the marks it drew (``Key``), so the legend never explains what is not there.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .drawing import FG, FG_SOFT, ColourBar, Line, Rect, Shape, Style, Text
from .glyphs import columns
from .numbers import format_tick
from .scale import ColourScale

SANS_ADVANCE = 0.68  # a generous average for DejaVu Sans (digits 0.64 em, "+" 0.84 em): labels never collide


def text_width(text: str, size: float) -> float:
    return len(text) * size * SANS_ADVANCE


@dataclass(frozen=True)
class Sample:
    """What a key entry shows before its words: shapes in a box ``width`` x ``height`` at (0, 0)."""

    shapes: tuple[Shape, ...]
    width: float


@dataclass
class Key:
    """The entries of a legend's key, in the order they were added (duplicates dropped)."""

    style: Style
    entries: list[tuple[Sample, str]] = field(default_factory=list)

    def _add(self, sample: Sample, words: str) -> None:
        if all(words != w for _, w in self.entries):
            self.entries.append((sample, words))

    @property
    def _h(self) -> float:
        return self.style.label_size * 0.9

    def swatch(self, words: str, fill: str | None, *, stroke: str | None = None, dashed: bool = False,
               opacity: float = 1.0) -> None:
        """A box like the figure's: a prompt swatch, an unknown value, a faded node."""
        w = self.style.label_size * 1.8
        self._add(Sample((Rect(0, 0, w, self._h, fill=fill, stroke=stroke, stroke_width=0.6 if stroke else 0.0,
                               dashed=dashed, rx=1.5, opacity=opacity),), w), words)

    def bar(self, words: str, fill: str, *, up: bool, opacity: float = 1.0) -> None:
        """A bar on an axis line, rising (``up``) or hanging, as the strip draws them."""
        w, h = self.style.label_size * 0.7, self._h
        mid = h * 0.55 if up else h * 0.15
        bar = Rect(w * 0.3, 0 if up else mid, w, mid if up else h - mid, fill=fill, opacity=opacity)
        axis = Line(((0, mid), (w * 1.6, mid)), stroke=FG_SOFT, width=0.6)
        self._add(Sample((bar, axis), w * 1.6), words)

    def line(self, words: str, stroke: str, width: float, opacity: float = 1.0) -> None:
        """A stroke like the figure's links (the drawn path, the others)."""
        w = self.style.label_size * 2.2
        self._add(Sample((Line(((0, self._h / 2), (w, self._h / 2)), stroke=stroke, width=width,
                               opacity=opacity),), w), words)

    def chevron(self, words: str, stroke: str) -> None:
        """The clipping mark of a bar longer than its axis."""
        size = self.style.label_size
        self._add(Sample((Rect(0, 0, size * 0.9, self._h * 0.6, fill=FG_SOFT),
                          *clip_mark(0, self._h * 0.6, size * 0.9, size, stroke)), size * 0.9), words)

    def mark(self, text: str, words: str, colour: str = FG_SOFT, bold: bool = False) -> None:
        """A piece of text as the figure prints it (``+N``, ``#k``, ``37%``)."""
        size = self.style.label_size
        self._add(Sample((Text(0, self._h * 0.95, text, size, fill=colour, bold=bold,
                               family="sans"),), text_width(text, size) * 1.15), words)


def clip_mark(x: float, y: float, w: float, size: float, stroke: str, up: bool = False) -> list[Shape]:
    """A chevron under (``up``: over) the end of a bar at ``y`` that its axis cut off."""
    depth = size * 0.35 * (-1 if up else 1)
    gap = size * 0.15 * (-1 if up else 1)
    return [Line(((x, y + gap), (x + w / 2, y + gap + depth), (x + w, y + gap)), stroke=stroke, width=1.0,
                 role="tg-clipped")]


def legend(scales: list[ColourScale], key: Key | None, x: float, y: float, width: float,
           style: Style) -> tuple[list[Shape], float]:
    """The legend's shapes with their top at ``y``, and the height they take.

    Args:
        scales: The colour scales the figure's colours come from, each drawn as a bar with ticks.
        key: What the figure's other marks mean.
        x: Left edge.
        y: Top edge.
        width: Room available (px): entries wrap to a new row past it.
        style: The figure's style (sizes follow its label size).
    """
    size = style.label_size
    row_h = size * 2.6
    shapes: list[Shape] = []
    cursor, row_top = x, y
    gap = size * 1.2

    def place(need: float) -> float:
        nonlocal cursor, row_top
        if cursor > x and cursor + need > x + width:
            cursor = x
            row_top += row_h
        at = cursor
        cursor += need + gap
        return at

    for scale in scales:
        label_w = text_width(scale.label, size)
        bar_w = max(48.0, min(110.0, width * 0.3))
        at = place(label_w + size * 0.5 + bar_w + size * 0.6)
        shapes.append(Text(at, row_top + size, scale.label, size, fill=FG_SOFT, role="tg-legend-label"))
        bar_x = at + label_w + size * 0.5
        bar_h = size * 0.8
        shapes.append(ColourBar(bar_x, row_top + size * 0.2, bar_w, bar_h, scale.stops))
        d0, d1 = scale.domain
        tick_y = row_top + size * 0.2 + bar_h + size * 1.0
        for value, anchor in ((d0, "start"), ((d0 + d1) / 2, "middle"), (d1, "end")):
            tx = bar_x + (value - d0) / (d1 - d0) * bar_w
            shapes.append(Text(tx, tick_y, format_tick(value), size, fill=FG_SOFT, anchor=anchor,
                               role="tg-legend-tick"))
    for sample, words in key.entries if key else []:
        at = place(sample.width + size * 0.4 + text_width(words, size))
        top = row_top + size * 0.15
        shapes.extend(_moved(s, at, top) for s in sample.shapes)
        shapes.append(Text(at + sample.width + size * 0.4, row_top + size, words, size, fill=FG,
                           role="tg-legend-key"))
    return shapes, row_top - y + row_h - size * 0.4


def _moved(shape: Shape, dx: float, dy: float) -> Shape:
    if isinstance(shape, Rect | Text):
        return replace(shape, x=shape.x + dx, y=shape.y + dy)
    if isinstance(shape, Line):
        return replace(shape, points=tuple((px + dx, py + dy) for px, py in shape.points))
    raise TypeError(f"a legend sample cannot hold a {type(shape).__name__}")


def right_edge(shapes: list[Shape]) -> float:
    """The right-most x the shapes reach (text by the generous width estimate)."""
    right = 0.0
    for shape in shapes:
        if isinstance(shape, Text) and not shape.rotate:
            wide = columns(shape.text) * 0.6 * shape.size if shape.family == "mono" else text_width(shape.text, shape.size)
            right = max(right, shape.x + (wide if shape.anchor == "start" else wide / 2 if shape.anchor == "middle"
                                          else 0.0))
        elif isinstance(shape, Rect | ColourBar):
            right = max(right, shape.x + shape.w)
        elif isinstance(shape, Line):
            right = max(right, *(px for px, _ in shape.points))
    return right
