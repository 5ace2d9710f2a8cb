"""The colour bar legend under a figure: the metric, its scale with ticks, and what grey and dashed mean."""

from __future__ import annotations

from .drawing import FG_FAINT, FG_SOFT, PROMPT_BG, UNKNOWN_FILL, ColourBar, Rect, Shape, Style, Text
from .numbers import format_tick
from .scale import ColourScale

SANS_ADVANCE = 0.68  # a generous average for DejaVu Sans (digits 0.64 em, "+" 0.84 em): labels never collide


def text_width(text: str, size: float) -> float:
    return len(text) * size * SANS_ADVANCE


def colour_legend(scale: ColourScale, x: float, y: float, width: float, style: Style, *,
                  prompt: bool = False, unknown: bool = False) -> tuple[list[Shape], float]:
    """The legend's shapes with their top at ``y``, and the height they take.

    Args:
        scale: The scale the figure's colours come from.
        x: Left edge.
        y: Top edge.
        width: Room available (px).
        style: The figure's style (sizes follow its font size).
        prompt: Also explain the grey prompt swatch.
        unknown: Also explain the dashed swatch (a value the trace does not know).
    """
    size = style.font_size * 0.8
    shapes: list[Shape] = []
    baseline = y + size
    shapes.append(Text(x, baseline, scale.label, size, fill=FG_SOFT, role="tg-legend-label"))
    bar_x = x + text_width(scale.label, size) + size * 0.6
    bar_w = max(40.0, min(120.0, width * 0.35))
    bar_h = size * 0.8
    shapes.append(ColourBar(bar_x, y + size * 0.25, bar_w, bar_h, scale.stops))
    d0, d1 = scale.domain
    tick_y = y + size * 0.25 + bar_h + size * 0.95
    for value, anchor in ((d0, "start"), ((d0 + d1) / 2, "middle"), (d1, "end")):
        tx = bar_x + (value - d0) / (d1 - d0) * bar_w
        shapes.append(Text(tx, tick_y, format_tick(value), size * 0.85, fill=FG_FAINT, anchor=anchor))
    cursor = bar_x + bar_w + size * 1.2
    row_top = y
    extras = []
    if prompt:
        extras.append(("prompt", Rect(0, 0, size * 1.6, bar_h + 1, fill=PROMPT_BG, rx=1.5)))
    if unknown:
        extras.append(("unknown", Rect(0, 0, size * 1.6, bar_h + 1, fill=UNKNOWN_FILL, stroke=FG_FAINT,
                                       stroke_width=0.6, dashed=True, rx=1.5)))
    height = tick_y - y + size * 0.3
    for label, swatch in extras:
        need = swatch.w + size * 0.4 + text_width(label, size)
        if cursor + need > x + width:
            cursor = x
            row_top += height
        shapes.append(Rect(cursor, row_top + size * 0.25, swatch.w, swatch.h, fill=swatch.fill, stroke=swatch.stroke,
                           stroke_width=swatch.stroke_width, dashed=swatch.dashed, rx=swatch.rx))
        shapes.append(Text(cursor + swatch.w + size * 0.4, row_top + size, label, size, fill=FG_SOFT))
        cursor += need + size * 1.2
    return shapes, row_top - y + height
