"""A figure as a short list of shapes in CSS pixels, drawn by both the SVG and the TikZ writer.

Each kind (text, tree, distribution, strip) builds a ``Drawing``; ``svg.py`` and ``tex.py``
turn the same shapes into markup, so the two formats agree on every position and colour.
Text in a shape is the raw token text; the writers escape it for their language.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Point = tuple[float, float]


# Every label (edge percentages, marks, axes, ticks, legend) is this fraction of the token size:
# 7 pt beside 8 pt tokens, so that a figure scaled down to ``MIN_SCALE`` still prints labels
# at 6 pt and tokens at 7 pt.
LABEL_RATIO = 0.875
MIN_SCALE = 0.875


@dataclass(frozen=True)
class Style:
    """Fonts and sizes shared by the kinds.

    Args:
        font: The font family for token text (a monospace font: layout assumes 0.6 em per column).
        font_size: Token text size in px.
        text_font: The font family of every other text (labels, axes, legend).
    """

    font: str = "DejaVu Sans Mono"
    font_size: float = 32 / 3  # 8 pt
    text_font: str = "DejaVu Sans"

    @property
    def label_size(self) -> float:
        """Size of every label, in px."""
        return self.font_size * LABEL_RATIO

    @property
    def advance(self) -> float:
        """Width of one monospace column at ``font_size``."""
        return 0.6 * self.font_size

    def advance_at(self, size: float) -> float:
        return 0.6 * size


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str | None
    stroke: str | None = None
    stroke_width: float = 0.0
    rx: float = 0.0
    dashed: bool = False
    opacity: float = 1.0
    role: str = ""
    data: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class Line:
    points: tuple[Point, ...]
    stroke: str
    width: float = 1.0
    dashed: bool = False
    opacity: float = 1.0
    role: str = ""


@dataclass(frozen=True)
class Link:
    """A horizontal link, as d3's ``linkHorizontal`` draws it: a cubic curve with both control
    points at mid x, ending at ``bend``; from there a straight ``tail`` to the target (room for a label)."""

    source: Point
    target: Point
    stroke: str
    width: float = 1.0
    opacity: float = 1.0
    role: str = ""
    tail: float = 0.0

    @property
    def bend(self) -> Point:
        tail = min(self.tail, max(0.0, (self.target[0] - self.source[0]) * 0.6))
        return self.target[0] - tail, self.target[1]

    @property
    def controls(self) -> tuple[Point, Point]:
        bx, by = self.bend
        mid = (self.source[0] + bx) / 2
        return (mid, self.source[1]), (mid, by)


@dataclass(frozen=True)
class Text:
    """Text at a baseline point. ``family`` is ``"mono"`` (token text, ``Style.font``) or ``"sans"``."""

    x: float
    y: float
    text: str
    size: float
    fill: str = "#1d2127"
    anchor: str = "start"  # start | middle | end
    family: str = "sans"
    bold: bool = False
    rotate: float = 0.0
    opacity: float = 1.0
    role: str = ""
    data: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class ColourBar:
    """A horizontal gradient through evenly spaced ``stops`` (the legend of a colour scale)."""

    x: float
    y: float
    w: float
    h: float
    stops: tuple[str, ...]


Shape = Rect | Line | Link | Text | ColourBar


@dataclass
class Drawing:
    """A whole figure: its size in px, its shapes in drawing order, and a title for accessibility."""

    width: float
    height: float
    style: Style
    title: str
    shapes: list[Shape] = field(default_factory=list)

    def add(self, *shapes: Shape) -> None:
        self.shapes.extend(shapes)


# The viewer's light theme (viewer/src/style.css), so a figure reads like the page. Text is
# drawn in FG or FG_SOFT (contrast on white 16:1 and 6:1); FG_FAINT (3:1) is for lines only.
FG = "#1d2127"
FG_SOFT = "#5b6472"
FG_FAINT = "#8b94a3"
BORDER = "#dfe3e8"
BG_SOFT = "#f6f7f9"
ACCENT = "#2f6fde"
ACCENT_SOFT = "#e6eefc"
PROMPT_BG = "#eef0f3"
PROMPT_FG = "#4b5361"
ENTROPY = "#8e6fd1"
BAR = "#8fb3ef"
UNKNOWN_FILL = "#ffffff"  # a value the trace does not know: white, dashed outline
