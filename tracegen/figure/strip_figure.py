"""The ``strip`` kind: probability and entropy at each step of the path, with axes.

As on the page: probability bars rise above a middle line, coloured like the text figure's
tokens; entropy bars (in bits, of the distribution each token was chosen from) hang below
it; an unknown entropy is a dashed full-height outline, never a zero bar. Under the bars:
positions (from 1) and, when there is room, the tokens themselves.
"""

from __future__ import annotations

from .drawing import ENTROPY, FG, FG_FAINT, FG_SOFT, UNKNOWN_FILL, Drawing, Line, Rect, Shape, Text
from .glyphs import candidate_label, truncate
from .legend import Key, clip_mark, legend, right_edge
from .numbers import format_tick
from .options import FigureOptions
from .scale import LN2, ColourScale, metric_value, scale_for
from .selection import PathSelection, Step

MAX_COLUMN = 48.0  # px: a short path fills the width (the page caps at 22, a figure has no scroll)
LABEL_COLUMNS = 10
H_MAX_BITS = scale_for("entropy").domain[1]  # the page's fixed depth of an entropy bar (5 bits)


def _tick_step(count: int, column: float, size: float) -> int:
    """Every how many positions a number fits under the bars."""
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000):
        if step * column >= size * 2.2:
            return step
    return max(1, count)


def strip_drawing(selection: PathSelection, options: FigureOptions) -> Drawing:
    """The ``strip`` figure of ``selection``'s path.

    Probability bars take ``options.colour``'s scale, except ``entropy``: then they keep the
    probability colours and the entropy bars take the entropy scale (otherwise one purple).
    Entropy bars share the page's fixed axis, 0 to ``H_MAX_BITS``; a longer one is cut there
    and marked with a chevron.
    """
    style = options.style
    fs = style.font_size
    width = options.layout_width.px
    steps = selection.steps
    p_scale = scale_for("probability" if options.colour == "entropy" else options.colour)
    h_scale = scale_for("entropy") if options.colour == "entropy" else None
    small = style.label_size
    left = 6 * small * 0.62 + 0.6 * small  # room for the longest axis label, "5 bits"
    column = min(MAX_COLUMN, (width - left - 1) / max(1, len(steps)))
    plot_w = column * len(steps)
    p_h, h_h = 5.5 * fs, 3.5 * fs
    mid = 1.5 * fs + p_h  # room above for the axis title
    drawing = Drawing(width=width, height=0.0, style=style,
                      title=f"tracegen strip: run {selection.run.id}, path to node {selection.end.id}")
    drawing.add(*_axes(left, mid, p_h, h_h, plot_w, small))
    unknown = clipped = False
    for i, step in enumerate(steps):
        shapes, was_unknown, was_clipped = _column(step, left + i * column, column, mid, p_h, h_h, p_scale, h_scale,
                                                   small)
        drawing.add(*shapes)
        unknown, clipped = unknown or was_unknown, clipped or was_clipped
    y = mid + h_h + 0.3 * fs + (0.5 * small if clipped else 0.0)
    every = _tick_step(len(steps), column, small)
    for step in steps:
        if step.position % every == 0 or (step.position == 1 and every > 2):
            drawing.add(Text(left + (step.position - 0.5) * column, y + small, str(step.position), small,
                             fill=FG_SOFT, anchor="middle", role="tg-strip-position"))
    y += small * 1.3
    label_size = min(fs, column * 0.9)
    if label_size >= fs * MIN_TOKEN_RATIO:
        longest = 0
        for step in steps:
            label = truncate(candidate_label(step.text), LABEL_COLUMNS)
            longest = max(longest, len(label))
            x = left + (step.position - 0.5) * column + label_size * 0.35
            drawing.add(Text(x, y + 0.2 * fs, label, label_size, fill=FG, family="mono", anchor="end", rotate=-90,
                             role="tg-strip-token", data=(("pos", step.position),)))
        y += 0.2 * fs + longest * style.advance_at(label_size)
    key = Key(style)
    key.bar("p: probability of the token", p_scale.colour_at(0.7), up=True)
    key.bar(f"H: entropy of its distribution (0\u2013{format_tick(H_MAX_BITS)} bits)",
            h_scale.colour_at(0.7) if h_scale else ENTROPY, up=False, opacity=1.0 if h_scale else H_OPACITY)
    if clipped:
        key.chevron(f"H over {format_tick(H_MAX_BITS)} bits, cut", FG)
    if unknown:
        key.swatch("unknown", UNKNOWN_FILL, stroke=FG_FAINT, dashed=True)
    shapes, legend_h = legend([p_scale] + ([h_scale] if h_scale else []), key, 0.0, y + 0.5 * fs, width, style)
    drawing.add(*shapes)
    drawing.height = y + 0.5 * fs + legend_h
    drawing.width = max(left + plot_w + 1.0, right_edge(shapes) + 1.0)
    return drawing


MIN_TOKEN_RATIO = 0.875  # tokens under the bars are drawn when they fit at 7 pt (beside 8 pt text)
H_OPACITY = 0.85


def _axes(left: float, mid: float, p_h: float, h_h: float, plot_w: float, size: float) -> list[Shape]:
    x = left - 0.25 * size
    shapes: list[Shape] = [
        Line(((x, mid - p_h), (x, mid + h_h)), stroke=FG_FAINT, width=0.6),
        Line(((x, mid), (left + plot_w, mid)), stroke=FG_FAINT, width=0.6),
    ]
    for value, y in ((0.0, mid), (0.5, mid - p_h / 2), (1.0, mid - p_h)):
        shapes.append(Text(x - 0.3 * size, y + 0.35 * size, format_tick(value), size, fill=FG_SOFT, anchor="end"))
    shapes.append(Text(x - 0.3 * size, mid + h_h + 0.35 * size, f"{format_tick(H_MAX_BITS)} bits", size,
                       fill=FG_SOFT, anchor="end"))
    shapes.append(Text(x, mid - p_h - 0.8 * size, "p", size, fill=FG, anchor="middle"))
    shapes.append(Text(x - 0.3 * size, mid + h_h / 2 + 0.35 * size, "H", size, fill=FG, anchor="end"))
    return shapes


def _column(step: Step, x: float, w: float, mid: float, p_h: float, h_h: float, p_scale: ColourScale,
            h_scale: ColourScale | None, size: float) -> tuple[list[Shape], bool, bool]:
    """A column's bars; whether a value is unknown and whether the entropy bar was cut."""
    gap = min(1.0, w * 0.15)
    shapes: list[Shape] = []
    p = step.probability
    data = (("pos", step.position),)
    colour = p_scale.colour(metric_value(p_scale.metric, step.logprob, step.entropy))
    if p is not None:
        height = max(1.0, p * p_h)
        shapes.append(Rect(x + gap / 2, mid - height, w - gap, height, fill=colour or UNKNOWN_FILL,
                           stroke=None if colour else FG_FAINT, stroke_width=0.5, dashed=colour is None,
                           role="tg-strip-p", data=data))
    if step.entropy is None:
        shapes.append(Rect(x + gap / 2, mid + 0.5, w - gap, h_h - 0.5, fill=None, stroke=FG_FAINT, stroke_width=0.5,
                           dashed=True, role="tg-strip-h", data=data))
        return shapes, True, False
    bits = step.entropy / LN2
    height = max(0.8, min(1.0, bits / H_MAX_BITS) * h_h)
    fill = h_scale.colour(bits) if h_scale else ENTROPY
    shapes.append(Rect(x + gap / 2, mid + 0.5, w - gap, height, fill=fill or ENTROPY,
                       opacity=1.0 if h_scale else H_OPACITY, role="tg-strip-h", data=data))
    clipped = bits > H_MAX_BITS
    if clipped:
        shapes.extend(clip_mark(x + gap / 2, mid + 0.5 + height, w - gap, size, FG))
    return shapes, colour is None, clipped
