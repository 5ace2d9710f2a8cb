"""The ``strip`` kind: probability and entropy at each step of the path, with axes.

As on the page: probability bars rise above a middle line, coloured like the text figure's
tokens; entropy bars (in bits, of the distribution each token was chosen from) hang below
it; an unknown entropy is a dashed full-height outline, never a zero bar. Under the bars:
positions (from 1) and, when there is room, the tokens themselves.
"""

from __future__ import annotations

import math

from .drawing import ENTROPY, FG, FG_FAINT, FG_SOFT, UNKNOWN_FILL, Drawing, Line, Rect, Shape, Style, Text
from .glyphs import candidate_label, truncate
from .legend import colour_legend
from .numbers import format_tick
from .options import FigureOptions
from .scale import LN2, metric_value, scale_for
from .selection import PathSelection

MAX_COLUMN = 22.0  # px, as the page's strip
LABEL_COLUMNS = 10


def _tick_step(count: int, column: float, size: float) -> int:
    """Every how many positions a number fits under the bars."""
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000):
        if step * column >= size * 2.2:
            return step
    return max(1, count)


def strip_drawing(selection: PathSelection, options: FigureOptions) -> Drawing:
    """The ``strip`` figure of ``selection``'s path."""
    style = Style(font=options.font, font_size=options.font_px)
    fs = style.font_size
    width = options.width.px
    steps = selection.steps
    scale = scale_for(options.colour)
    small = fs * 0.75
    left = 7 * small * 0.6 + 0.4 * fs  # room for the longest axis label, "10 bits"
    column = min(MAX_COLUMN, (width - left - 1) / max(1, len(steps)))
    p_h, h_h = 5.5 * fs, 3.5 * fs
    mid = 1.5 * fs + p_h  # room above for the axis title
    entropies = [s.entropy / LN2 for s in steps if s.entropy is not None]
    h_max = float(max(1, math.ceil(max(entropies, default=1.0))))  # whole bits
    drawing = Drawing(width=width, height=0.0, style=style,
                      title=f"tracegen strip: run {selection.run.id}, path to node {selection.end.id}")
    drawing.add(*_axes(left, mid, p_h, h_h, h_max, column * len(steps), small))
    unknown = False
    for i, step in enumerate(steps):
        shapes, was_unknown = _column(step, left + i * column, column, mid, p_h, h_h, h_max, scale)
        drawing.add(*shapes)
        unknown = unknown or was_unknown
    y = mid + h_h + 0.3 * fs
    every = _tick_step(len(steps), column, small)
    for step in steps:
        if step.position % every == 0 or (step.position == 1 and every > 2):
            drawing.add(Text(left + (step.position - 0.5) * column, y + small, str(step.position), small,
                             fill=FG_FAINT, anchor="middle"))
    y += small * 1.3
    label_size = min(fs * 0.8, column * 0.9)
    if label_size >= fs * 0.5:
        longest = 0
        for step in steps:
            label = truncate(candidate_label(step.text), LABEL_COLUMNS)
            longest = max(longest, len(label))
            x = left + (step.position - 0.5) * column + label_size * 0.35
            drawing.add(Text(x, y + 0.2 * fs, label, label_size, fill=FG, family="mono", anchor="end", rotate=-90,
                             role="tg-strip-token", data=(("pos", step.position),)))
        y += 0.2 * fs + longest * style.advance_at(label_size)
    legend, legend_h = colour_legend(scale, 0.0, y + 0.5 * fs, width, style, unknown=unknown)
    drawing.add(*legend)
    drawing.height = y + 0.5 * fs + legend_h
    return drawing


def _axes(left: float, mid: float, p_h: float, h_h: float, h_max: float, plot_w: float, size: float) -> list[Shape]:
    x = left - 0.25 * size
    shapes: list[Shape] = [
        Line(((x, mid - p_h), (x, mid + h_h)), stroke=FG_FAINT, width=0.6),
        Line(((x, mid), (left + plot_w, mid)), stroke=FG_FAINT, width=0.6),
    ]
    for value, y in ((0.0, mid), (0.5, mid - p_h / 2), (1.0, mid - p_h)):
        shapes.append(Text(x - 0.3 * size, y + 0.35 * size, format_tick(value), size, fill=FG_FAINT, anchor="end"))
    shapes.append(Text(x - 0.3 * size, mid + h_h + 0.35 * size, f"{format_tick(h_max)} bits", size, fill=FG_FAINT,
                       anchor="end"))
    shapes.append(Text(x, mid - p_h - 0.8 * size, "p", size, fill=FG_SOFT, anchor="middle"))
    shapes.append(Text(x - 0.3 * size, mid + h_h / 2 + 0.35 * size, "H", size, fill=FG_SOFT, anchor="end"))
    return shapes


def _column(step, x: float, w: float, mid: float, p_h: float, h_h: float, h_max: float, scale) -> tuple[list[Shape], bool]:
    gap = min(1.0, w * 0.15)
    shapes: list[Shape] = []
    p = step.probability
    data = (("pos", step.position),)
    colour = scale.colour(metric_value(scale.metric, step.logprob, step.entropy))
    if p is not None:
        height = max(1.0, p * p_h)
        shapes.append(Rect(x + gap / 2, mid - height, w - gap, height, fill=colour or UNKNOWN_FILL,
                           stroke=None if colour else FG_FAINT, stroke_width=0.5, dashed=colour is None,
                           role="tg-strip-p", data=data))
    if step.entropy is None:
        shapes.append(Rect(x + gap / 2, mid + 0.5, w - gap, h_h - 0.5, fill=None, stroke=FG_FAINT, stroke_width=0.5,
                           dashed=True, role="tg-strip-h", data=data))
        return shapes, True
    height = max(0.8, min(1.0, step.entropy / LN2 / h_max) * h_h)
    shapes.append(Rect(x + gap / 2, mid + 0.5, w - gap, height, fill=ENTROPY, opacity=0.75, role="tg-strip-h",
                       data=data))
    return shapes, colour is None
