"""The ``compare-strip`` and ``compare-text`` kinds: one path of trace A, with both models'
probabilities of each token and the divergence of the distributions it was drawn from.

A row is a token and the distribution it was chosen from (the viewer's convention, and
``tracegen compare``'s rows): at each step the token's probability under A and under B
(``logprob_a``/``logprob_b``) and KL(A||B) of the two distributions it was drawn from. Where a trace knows only a
top-k, the divergence is an interval: the figure draws its known lower end, solid, and a dashed
outline up to the upper end (to the axis end, marked cut, when unbounded), never a guess.

KL(A||B) is written in ASCII so that pdflatex prints it. The divergence axis runs from 0 to the path's largest known value rounded up (a quantized
model's divergences are hundredths of a nat); the legend and the axis say where it ends.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

from ..errors import TracegenError
from .drawing import FG, FG_FAINT, FG_SOFT, UNKNOWN_FILL, Drawing, Line, Rect, Text
from .glyphs import candidate_label, truncate
from .legend import Key, clip_mark, legend, right_edge
from .numbers import format_tick, nice_ceiling
from .options import FigureOptions
from .scale import ColourScale, scale_for, text_colour_on
from .selection import PathSelection
from .text_figure import Flow

LABEL_COLUMNS = 10
MAX_COLUMN = 48.0
DIVERGENCE = "kl_ab"
DIVERGENCE_LABEL = "KL(A||B), nats"  # ASCII: pdflatex has no double bar


@dataclass(frozen=True)
class ComparedStep:
    """One token of the path under both models.

    Args:
        position: 1-based position after the prompt.
        text: The token's display text.
        p_a: Its probability under A (``None``: unknown).
        p_b: Its probability under B.
        lo: The divergence of the distributions it was drawn from: known lower end (``None``:
            the context was not compared).
        hi: Its upper end (``None``: unbounded); ``lo == hi`` when exact.
    """

    position: int
    text: str
    p_a: float | None
    p_b: float | None
    lo: float | None
    hi: float | None

    @property
    def exact(self) -> bool:
        return self.lo is not None and self.hi is not None and self.hi - self.lo <= 1e-12


def compared_steps(selection: PathSelection, nodes: list[dict[str, Any]]) -> list[ComparedStep]:
    """The path's steps with the comparison's rows (``Comparison.nodes``): a row is a step, named
    by the node whose token was drawn, with the figures of the distribution it was drawn from."""
    rows = {(f["run"], f["node"]): f for f in nodes if not f.get("next")}
    run = selection.run.id
    if not any((run, s.node.id) in rows for s in selection.steps):
        raise TracegenError(f"run {run!r}: the comparison has no step of this path (is B a rescoring of A?)")
    out = []
    for step in selection.steps:
        row = rows.get((run, step.node.id), {})
        lo = row.get(f"{DIVERGENCE}_lo")
        out.append(ComparedStep(step.position, step.text, _p(row.get("logprob_a")), _p(row.get("logprob_b")),
                                lo, row.get(f"{DIVERGENCE}_hi") if lo is not None else None))
    return out


def _p(logprob: float | None) -> float | None:
    return None if logprob is None else math.exp(logprob)


def divergence_scale(steps: list[ComparedStep]) -> ColourScale:
    """The divergence scale from 0 to the path's largest known value, rounded up."""
    known = [v for s in steps for v in (s.lo, s.hi) if v is not None and math.isfinite(v)]
    top = nice_ceiling(max(known, default=0.0)) if max(known, default=0.0) > 0 else 0.01
    return replace(scale_for("divergence"), domain=(0.0, top), label=DIVERGENCE_LABEL)


def compare_strip_drawing(selection: PathSelection, steps: list[ComparedStep], options: FigureOptions,
                          names: tuple[str, str]) -> Drawing:
    """Per step, A's and B's probability bars side by side above the line, the divergence below."""
    style = options.style
    fs, small = style.font_size, style.label_size
    width = options.layout_width.px
    p_scale, d_scale = scale_for("probability"), divergence_scale(steps)
    left = 8 * small * 0.62 + 0.6 * small
    column = min(MAX_COLUMN, (width - left - 1) / max(1, len(steps)))
    p_h, d_h = 5.5 * fs, 3.5 * fs
    mid = 1.5 * fs + p_h
    drawing = Drawing(width=width, height=0.0, style=style,
                      title=f"tracegen compare-strip: run {selection.run.id}, A {names[0]} against B {names[1]}")
    axis_x = left - 0.25 * small
    d_max = d_scale.domain[1]
    drawing.add(Line(((axis_x, mid - p_h), (axis_x, mid + d_h)), stroke=FG_FAINT, width=0.6),
                Line(((axis_x, mid), (left + column * len(steps), mid)), stroke=FG_FAINT, width=0.6))
    for value, y in ((0.0, mid), (0.5, mid - p_h / 2), (1.0, mid - p_h)):
        drawing.add(Text(axis_x - 0.3 * small, y + 0.35 * small, format_tick(value), small, fill=FG_SOFT,
                         anchor="end"))
    drawing.add(Text(axis_x, mid - p_h - 0.8 * small, "p", small, fill=FG, anchor="middle"),
                Text(axis_x - 0.3 * small, mid + d_h / 2 + 0.35 * small, "KL", small, fill=FG, anchor="end"),
                Text(axis_x - 0.3 * small, mid + d_h + 0.35 * small, format_tick(d_max), small, fill=FG_SOFT,
                     anchor="end", role="tg-compare-axis"))
    bounded, cut, unknown = _strip_columns(drawing, steps, left, column, mid, p_h, d_h, d_scale, small)
    y = mid + d_h + 0.3 * fs + (0.5 * small if cut else 0.0)
    every = next((s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000) if s * column >= small * 2.2), len(steps))
    for step in steps:
        if step.position % every == 0 or (step.position == 1 and every > 2):
            drawing.add(Text(left + (step.position - 0.5) * column, y + small, str(step.position), small,
                             fill=FG_SOFT, anchor="middle"))
    y += small * 1.3
    label_size = min(fs, column * 0.9)
    if label_size >= small:
        longest = 0
        for step in steps:
            label = truncate(candidate_label(step.text), LABEL_COLUMNS)
            longest = max(longest, len(label))
            drawing.add(Text(left + (step.position - 0.5) * column + label_size * 0.35, y + 0.2 * fs, label,
                             label_size, fill=FG, family="mono", anchor="end", rotate=-90, role="tg-strip-token",
                             data=(("pos", step.position),)))
        y += 0.2 * fs + longest * style.advance_at(label_size)
    key = Key(style)
    key.swatch(f"left bar: p under A ({_short(names[0])})", p_scale.colour_at(0.7))
    key.swatch(f"right bar, outlined: p under B ({_short(names[1])})", p_scale.colour_at(0.7), stroke=FG)
    key.bar(f"{DIVERGENCE_LABEL} of the distributions it was drawn from", d_scale.colour_at(0.6), up=False)
    if bounded:
        key.swatch("dashed: upper bound (a top-k only)", None, stroke=FG_SOFT, dashed=True)
    if cut:
        key.chevron(f"beyond {format_tick(d_max)} nats, cut", FG)
    if unknown:
        key.swatch("unknown", UNKNOWN_FILL, stroke=FG_FAINT, dashed=True)
    shapes, legend_h = legend([p_scale, d_scale], key, 0.0, y + 0.5 * fs, width, style)
    drawing.add(*shapes)
    drawing.height = y + 0.5 * fs + legend_h
    drawing.width = max(left + column * len(steps) + 1.0, right_edge(shapes) + 1.0)
    return drawing


def _strip_columns(drawing: Drawing, steps: list[ComparedStep], left: float, column: float, mid: float, p_h: float,
                   d_h: float, d_scale: ColourScale, small: float) -> tuple[bool, bool, bool]:
    """Each step's two probability bars and its divergence bar; whether any divergence is a
    bound, any was cut at the axis end, any probability unknown."""
    p_scale = scale_for("probability")
    d_max = d_scale.domain[1]
    bounded = cut = unknown = False
    for i, step in enumerate(steps):
        x = left + i * column
        gap = min(1.0, column * 0.15)
        half = (column - gap) / 2
        data = (("pos", step.position),)
        for j, p in enumerate((step.p_a, step.p_b)):
            bx = x + gap / 2 + j * half
            if p is None:
                drawing.add(Rect(bx, mid - p_h, half, p_h, fill=None, stroke=FG_FAINT, stroke_width=0.5, dashed=True,
                                 role="tg-compare-p", data=data))
                unknown = True
                continue
            height = max(1.0, p * p_h)
            drawing.add(Rect(bx, mid - height, half, height, fill=p_scale.colour(p), stroke=FG if j else None,
                             stroke_width=0.5 if j else 0.0, role="tg-compare-p", data=data))
        if step.lo is None:
            continue
        shown_lo = min(step.lo, d_max)
        lo_h = max(0.8, shown_lo / d_max * d_h)
        drawing.add(Rect(x + gap / 2, mid + 0.5, column - gap, lo_h, fill=d_scale.colour(step.lo),
                         role="tg-compare-divergence", data=data))
        if not step.exact:
            bounded = True
            hi = d_max if step.hi is None else min(step.hi, d_max)
            drawing.add(Rect(x + gap / 2, mid + 0.5, column - gap, max(lo_h, hi / d_max * d_h), fill=None,
                             stroke=FG_SOFT, stroke_width=0.5, dashed=True, role="tg-compare-bound", data=data))
        end = step.lo if step.exact else step.hi
        if end is None or end > d_max:
            cut = True
            drawing.add(*clip_mark(x + gap / 2, mid + 0.5 + d_h, column - gap, small, FG))
    return bounded, cut, unknown


def compare_text_drawing(selection: PathSelection, steps: list[ComparedStep], options: FigureOptions,
                         names: tuple[str, str]) -> Drawing:
    """The path as running text: each token on a swatch of its divergence, over two thin strips
    of its probability under A (upper) and B (lower)."""
    style = options.style
    fs = style.font_size
    width = options.layout_width.px
    p_scale, d_scale = scale_for("probability"), divergence_scale(steps)
    flow = Flow(int(width // style.advance))
    placed: list[tuple[Any, ComparedStep]] = []
    for step in steps:
        text = candidate_label(step.text) if step.text.strip() == "" else step.text.replace("\n", "\u21b5")
        before = len(flow.chunks)
        flow.place(text.replace("\t", "    "), None)
        placed.extend((chunk, step) for chunk in flow.chunks[before:])
    line_h = 1.95 * fs
    drawing = Drawing(width=width, height=0.0, style=style,
                      title=f"tracegen compare-text: run {selection.run.id}, A {names[0]} against B {names[1]}")
    bounded = unknown = False
    strip = 0.16 * fs
    for chunk, step in placed:
        x, top = chunk.col * style.advance, chunk.line * line_h
        w = chunk.cols * style.advance
        data = (("pos", step.position),)
        colour = None if step.lo is None else d_scale.colour(step.lo)
        drawing.add(Rect(x + 0.5, top + 0.1 * fs, max(w - 1, 1), 1.3 * fs, fill=colour or UNKNOWN_FILL,
                         stroke=None if colour and step.exact else FG_SOFT, stroke_width=0.6,
                         dashed=not (colour and step.exact), rx=1.5, role="tg-compare-token", data=data))
        bounded = bounded or (colour is not None and not step.exact)
        unknown = unknown or colour is None
        drawing.add(Text(x, top + 1.08 * fs, chunk.text, fs, fill=text_colour_on(colour) if colour else FG,
                         family="mono", role="tg-token-text", data=data))
        for j, p in enumerate((step.p_a, step.p_b)):
            drawing.add(Rect(x + 0.5, top + 1.45 * fs + j * (strip + 0.5), max(w - 1, 1), strip,
                             fill=p_scale.colour(p) if p is not None else UNKNOWN_FILL,
                             stroke=None if p is not None else FG_FAINT, stroke_width=0.4,
                             role="tg-compare-p", data=data))
    y = (max((c.line for c, _ in placed), default=0) + 1) * line_h
    key = Key(style)
    key.swatch(f"swatch: {DIVERGENCE_LABEL} of the distribution drawn from", d_scale.colour_at(0.6))
    key.line(f"upper strip: p under A ({_short(names[0])})", p_scale.colour_at(0.8), strip)
    key.line(f"lower strip: p under B ({_short(names[1])})", p_scale.colour_at(0.8), strip)
    if bounded:
        key.swatch("dashed: lower bound (a top-k only)", d_scale.colour_at(0.3), stroke=FG_SOFT, dashed=True)
    if unknown:
        key.swatch("not compared", UNKNOWN_FILL, stroke=FG_SOFT, dashed=True)
    shapes, legend_h = legend([d_scale, p_scale], key, 0.0, y + fs * 0.4, width, style)
    drawing.add(*shapes)
    drawing.height = y + fs * 0.4 + legend_h
    used = max((c.col + c.cols for c, _ in placed), default=0) * style.advance
    right = max(used, right_edge(shapes))
    drawing.width = min(right + 1.0, max(right, width))
    return drawing


def _short(name: str) -> str:
    """A trace's name for the legend: its file name, at most 24 characters."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return truncate(base, 24)
