"""The ``forking`` kind: the outcome distribution o_t along a forked run's base path.

Like the figures of Bigelow et al. (ICLR 2025): one stacked column per position of the
path, one colour per outcome label (a legend names them), change points as dashed vertical
lines, forking tokens marked by a triangle, and the path's tokens under the columns.
Positions not analysed (a budget, an interruption) are dashed outlines.
"""

from __future__ import annotations

from ..errors import TracegenError
from .drawing import FG, FG_FAINT, FG_SOFT, Drawing, Line, Rect, Shape, Style, Text
from .glyphs import candidate_label, truncate
from .numbers import format_tick
from .options import FigureOptions
from .selection import PathSelection

# The page's palette (viewer/src/model/fork.ts), so a figure reads like the Forking panel.
PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7", "#9c755f")
NO_OUTCOME = "#9aa1ab"
MAX_COLUMN = 22.0
LABEL_COLUMNS = 10


def label_colours(labels: list[str | None]) -> dict[str | None, str]:
    """A colour per outcome label, in the fork's order; no outcome is grey."""
    out: dict[str | None, str] = {}
    i = 0
    for label in labels:
        if label is None:
            out[label] = NO_OUTCOME
        else:
            out[label] = PALETTE[i % len(PALETTE)]
            i += 1
    return out


def forking_drawing(selection: PathSelection, options: FigureOptions) -> Drawing:
    """The ``forking`` figure of ``selection``'s run (its ``fork`` object)."""
    fork = selection.run.fork
    if fork is None:
        raise TracegenError(f"run {selection.run.id!r} has no forking analysis (--kind forking draws what "
                            "'tracegen fork' writes)")
    style = Style(font=options.font, font_size=options.font_px)
    fs = style.font_size
    small = fs * 0.75
    width = options.layout_width.px  # render_figure has resolved the width for the format
    positions = fork.positions
    colours = label_colours(fork.labels)
    left = 4 * small * 0.6 + 0.6 * fs
    column = min(MAX_COLUMN, (width - left - 1) / max(1, len(positions)))
    top, height = 1.2 * fs, 7 * fs
    drawing = Drawing(width=width, height=0.0, style=style,
                      title=f"tracegen forking: run {selection.run.id}, outcome {fork.outcome}")
    drawing.add(*_axis(left, top, height, small))
    forking = {f["position"] for f in fork.forking_tokens}
    for i, entry in enumerate(positions):
        x = left + i * column
        drawing.add(*_column(entry, x, column, top, height, colours))
        if entry["position"] in forking:
            cx = x + column / 2
            drawing.add(Text(cx, top - 0.2 * fs, "\u25bc", small, fill="#d9480f", anchor="middle",
                             role="tg-forking-mark"))
    index = {entry["position"]: i for i, entry in enumerate(positions)}
    for t in fork.change_points:
        x = left + index[t] * column
        drawing.add(Line(((x, top - 0.3 * fs), (x, top + height + 0.2 * fs)), stroke=FG, width=1.0, dashed=True,
                         role="tg-forking-change-point"))
    y = top + height + 0.3 * fs
    label_size = min(fs * 0.8, column * 0.9)
    longest = 0
    table = selection.trace.tokens
    for i, entry in enumerate(positions):
        text = truncate(candidate_label(table.get(entry["alternatives"][0]["token"], "?")), LABEL_COLUMNS)
        longest = max(longest, len(text))
        drawing.add(Text(left + (i + 0.5) * column + label_size * 0.35, y, text, label_size, fill=FG, family="mono",
                         anchor="end", rotate=-90, role="tg-forking-token", data=(("pos", entry["position"]),)))
    y += longest * style.advance_at(label_size) + 0.8 * fs
    drawing.add(*_legend(colours, y, width, small))
    drawing.height = y + 1.6 * small
    return drawing


def _axis(left: float, top: float, height: float, size: float) -> list[Shape]:
    x = left - 0.25 * size
    shapes: list[Shape] = [Line(((x, top), (x, top + height)), stroke=FG_FAINT, width=0.6)]
    for value in (0.0, 0.5, 1.0):
        y = top + height * (1 - value)
        shapes.append(Text(x - 0.3 * size, y + 0.35 * size, format_tick(value), size, fill=FG_FAINT, anchor="end"))
    shapes.append(Text(x, top - 0.5 * size, "o\u209c", size, fill=FG_SOFT, anchor="middle"))
    return shapes


def _column(entry: dict, x: float, w: float, top: float, height: float,
            colours: dict[str | None, str]) -> list[Shape]:
    gap = min(1.0, w * 0.15)
    data = (("pos", entry["position"]),)
    if entry["status"] != "done" or not entry.get("distribution"):
        return [Rect(x + gap / 2, top, w - gap, height, fill=None, stroke=FG_FAINT, stroke_width=0.5, dashed=True,
                     role="tg-forking-missing", data=data)]
    shapes: list[Shape] = []
    y = top + height
    order = list(colours)  # every column stacks the labels in the same order, the legend's
    for label, share in sorted(entry["distribution"], key=lambda pair: order.index(pair[0]) if pair[0] in order else 0):
        h = share * height
        y -= h
        shapes.append(Rect(x + gap / 2, y, w - gap, h, fill=colours.get(label, NO_OUTCOME), role="tg-forking-share",
                           data=data))
    return shapes


def _legend(colours: dict[str | None, str], y: float, width: float, size: float) -> list[Shape]:
    shapes: list[Shape] = []
    x = 0.0
    for label, colour in colours.items():
        text = "(none)" if label is None else truncate(label, 16)
        advance = size * 1.4 + len(text) * size * 0.6 + size
        if x + advance > width and x > 0:
            x, y = 0.0, y + size * 1.5
        shapes.append(Rect(x, y - size * 0.8, size, size, fill=colour, role="tg-forking-key"))
        shapes.append(Text(x + size * 1.3, y, text, size, fill=FG_SOFT, family="mono"))
        x += advance
    return shapes
