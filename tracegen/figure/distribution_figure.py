"""The ``distribution`` kind: the top-k of one context as a horizontal bar chart.

Which context: with ``--node N``, the distribution N's token was chosen from (N's token
highlighted; the root's own distribution when N is the root); otherwise the distribution
after the prompt, with the selected path's first token highlighted. Ranks count from 1.
"""

from __future__ import annotations

import math

from .drawing import (
    ACCENT_SOFT,
    BAR,
    BG_SOFT,
    BORDER,
    FG,
    FG_FAINT,
    FG_SOFT,
    Drawing,
    Line,
    Rect,
    Shape,
    Style,
    Text,
)
from .glyphs import candidate_label, columns, truncate, visible
from .legend import legend
from .numbers import format_probability, format_tick, nice_ceiling
from .options import FigureOptions
from .scale import LN2, metric_value, scale_for
from .selection import PathSelection, decode

DEFAULT_ROWS = 10
LABEL_COLUMNS = 12


def context_of(selection: PathSelection, node_given: bool) -> tuple[int, int | None]:
    """``(index of the context on the path, index of the chosen node or None)``."""
    if node_given:
        last = len(selection.nodes) - 1
        return (last, None) if last == 0 else (last - 1, last)
    return (0, 1) if len(selection.nodes) > 1 else (0, None)


def _rows(selection: PathSelection, context_index: int, chosen_index: int | None, shown: int):
    context = selection.nodes[context_index]
    chosen = selection.nodes[chosen_index] if chosen_index is not None else None
    tokens = selection.trace.tokens
    rows = [(rank, tokens.get(t, f"<id {t}>"), math.exp(lp), chosen is not None and t == chosen.token)
            for rank, (t, lp) in enumerate((context.top or [])[:shown], start=1)]
    if chosen is not None and not any(r[3] for r in rows):
        in_top = next((i for i, (t, _) in enumerate(context.top or []) if t == chosen.token), None)
        rank = chosen.rank if chosen.rank is not None else in_top
        p = None if chosen.logprob is None else math.exp(chosen.logprob)
        rows.append((None if rank is None else rank + 1, tokens.get(chosen.token, "?"), p, True))  # type: ignore[arg-type]
    return rows


def distribution_drawing(selection: PathSelection, options: FigureOptions, node_given: bool) -> Drawing:
    """The ``distribution`` figure (see the module docstring)."""
    style = options.style
    fs, adv = style.font_size, style.advance
    width = options.layout_width.px
    scale = scale_for(options.colour)
    context_index, chosen_index = context_of(selection, node_given)
    context = selection.nodes[context_index]
    rows = _rows(selection, context_index, chosen_index, options.top_k_shown or DEFAULT_ROWS)
    drawing = Drawing(width=width, height=0.0, style=style,
                      title=f"tracegen distribution: run {selection.run.id}, after node {context.id}")
    y = _header(drawing, selection, context_index, style)
    row_h = 1.5 * fs
    label_x = 4 * adv
    label_w = (LABEL_COLUMNS + 1) * adv
    bar_x = label_x + label_w + 0.5 * fs
    bar_w = width - bar_x - 7 * style.advance_at(style.label_size)
    axis_max = nice_ceiling(max((p for _, _, p, _ in rows if p is not None), default=1.0))
    for i, (rank, text, p, chosen) in enumerate(rows):
        top = y + i * row_h
        drawing.add(*_row(top, row_h, rank, text, p, chosen, style, scale, bar_x, bar_w, axis_max, width))
    y += len(rows) * row_h
    if context.top_mass is not None and context.entropy is None:
        rest = max(0.0, 1.0 - context.top_mass)
        drawing.add(Text(label_x, y + 1.05 * fs, f"other tokens: {format_probability(rest)} (not recorded)",
                         style.label_size, fill=FG_SOFT))
        y += row_h
    y = _axis(drawing, bar_x, bar_w, y + 0.2 * fs, axis_max, style)
    shapes, legend_h = legend([scale] if scale.metric != "entropy" else [], None, 0.0, y + 0.6 * fs, width, style)
    drawing.add(*shapes)
    drawing.height = y + 0.6 * fs + legend_h
    return drawing


def _header(drawing: Drawing, selection: PathSelection, context_index: int, style: Style) -> float:
    fs, adv = style.font_size, style.advance
    context = selection.nodes[context_index]
    text = selection.prompt + decode(selection.trace, [n.token for n in selection.nodes[1:context_index + 1]])  # type: ignore[misc]
    text = visible(text.replace("\n", " ").replace("\t", " "))
    room = int((drawing.width - 6 * adv) // adv)
    tail = text if columns(text) <= room else "\u2026" + _tail(text, room - 1)
    drawing.add(Text(0, fs, "after", style.label_size, fill=FG_SOFT),
                Text(5.2 * adv, fs, tail, fs, fill=FG, family="mono", role="tg-context"))
    entropy = "entropy unknown" if context.entropy is None else f"entropy {context.entropy / LN2:.2f} bits"
    top = context.top or []
    mass = context.top_mass if context.top_mass is not None else sum(math.exp(lp) for _, lp in top)
    stats = f"{entropy} \u00b7 top-{len(top)} covers {format_probability(mass)}"
    drawing.add(Text(0, 2.4 * fs, stats, style.label_size, fill=FG_SOFT))
    return 3.0 * fs


def _tail(text: str, room: int) -> str:
    out = text
    while columns(out) > room:
        out = out[1:]
    return out


def _row(top: float, row_h: float, rank: int | None, text: str, p: float | None, chosen: bool, style: Style,
         scale, bar_x: float, bar_w: float, axis_max: float, width: float) -> list[Shape]:
    fs, adv = style.font_size, style.advance
    baseline = top + 1.05 * fs
    label = truncate(candidate_label(text), LABEL_COLUMNS)
    shapes: list[Shape] = []
    if chosen:
        shapes.append(Rect(0, top + 0.05 * fs, width, row_h - 0.1 * fs, fill=ACCENT_SOFT, rx=2.0, role="tg-chosen"))
    shapes.append(Text(3 * adv, baseline, f"{rank}" if rank is not None else "?", style.label_size, fill=FG_SOFT,
                       anchor="end", family="mono"))
    shapes.append(Rect(4 * adv - 1, top + 0.15 * fs, columns(label) * adv + 2, 1.25 * fs,
                       fill=BORDER if chosen else BG_SOFT, rx=1.5))
    shapes.append(Text(4 * adv, baseline, label, fs, fill=FG, family="mono", bold=chosen, role="tg-candidate"))
    if p is not None:
        colour = scale.colour(metric_value(scale.metric, math.log(p) if p > 0 else -math.inf, None)) \
            if scale.metric != "entropy" else BAR
        length = max(0.8, min(1.0, p / axis_max) * bar_w)
        # a hairline edge: the scale's low end is nearly white
        shapes.append(Rect(bar_x, top + 0.25 * fs, length, 1.0 * fs, fill=colour or BAR, stroke=BORDER,
                           stroke_width=0.5, rx=1.0, role="tg-bar"))
        shapes.append(Text(bar_x + length + 0.3 * fs, baseline, format_probability(p), style.label_size,
                           fill=FG, bold=chosen, family="mono"))
    return shapes


def _axis(drawing: Drawing, x: float, w: float, y: float, axis_max: float, style: Style) -> float:
    fs = style.font_size
    size = style.label_size
    drawing.add(Line(((x, y), (x + w, y)), stroke=FG_FAINT, width=0.6))
    for i in range(3):
        value = axis_max * i / 2
        tx = x + w * i / 2
        drawing.add(Line(((tx, y), (tx, y + 0.3 * fs)), stroke=FG_FAINT, width=0.6),
                    Text(tx, y + 0.3 * fs + size, format_tick(value * 100) + "%", size, fill=FG_SOFT,
                         anchor="middle"))
    return y + 0.3 * fs + size * 1.3
