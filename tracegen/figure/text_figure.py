"""The ``text`` kind: the path as running text, each token on a swatch of its colour.

Text is laid out on a monospace grid (``glyphs.columns``): the figure's positions depend on
the trace and the options only, never on the fonts of the machine that makes it. The prompt
comes first, greyed and wrapped at spaces; tokens wrap between tokens (inside one only when
it is longer than a line); a newline inside a token shows a faint ``↵`` and breaks the line,
as the page does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .annotations import Table, annotation_tables, table_shapes
from .drawing import (
    FG,
    FG_FAINT,
    FG_SOFT,
    PROMPT_BG,
    PROMPT_FG,
    UNKNOWN_FILL,
    Drawing,
    Rect,
    Shape,
    Style,
    Text,
)
from .glyphs import char_columns, columns, visible
from .legend import Key, legend, right_edge
from .options import FigureOptions
from .scale import ColourScale, metric_value, scale_for, text_colour_on
from .selection import PathSelection, Segment

NEWLINE_MARK = "\u21b5"
EMPTY_MARK = "\u2205"
TAB = "    "
PRUNED_OPACITY = 0.55  # a token of a pruned beam
_WORDS = re.compile(r"\S+\s*|\s+")


@dataclass
class Chunk:
    """A piece of text placed on one line: part of the prompt or of one segment."""

    line: int
    col: int
    text: str
    segment: Segment | None  # None for the prompt
    faint: bool = False

    @property
    def cols(self) -> int:
        return columns(self.text)


class Flow:
    """Places text left to right on lines of ``max_cols`` columns."""

    def __init__(self, max_cols: int) -> None:
        self.max_cols = max(4, max_cols)
        self.line = 0
        self.col = 0
        self.chunks: list[Chunk] = []

    def newline(self) -> None:
        self.line += 1
        self.col = 0

    def place(self, text: str, segment: Segment | None, faint: bool = False) -> None:
        """Place ``text`` (visible, no newlines); move to a new line first if it fits there
        but not here, else cut it where each line is full.

        One pass over the characters: a token of 10 MB costs its length, not its length
        times its number of lines.
        """
        width = columns(text)
        if self.col > 0 and self.col + width > self.max_cols and width <= self.max_cols:
            self.newline()
        if self.col + width <= self.max_cols:
            self._emit(text, segment, faint, width)
            return
        start = used = 0
        for i, char in enumerate(text):
            char_width = char_columns(char)
            if self.col + used + char_width > self.max_cols:  # this line is full
                if i > start:
                    self._emit(text[start:i], segment, faint, used)
                self.newline()
                start, used = i, 0
            used += char_width
        self._emit(text[start:], segment, faint, used)

    def _emit(self, text: str, segment: Segment | None, faint: bool, width: int) -> None:
        self.chunks.append(Chunk(self.line, self.col, text, segment, faint))
        self.col += width


def flow_text(selection: PathSelection, max_cols: int, show_prompt: bool) -> list[Chunk]:
    """The prompt and the path's segments placed on lines."""
    flow = Flow(max_cols)
    if show_prompt:
        for i, line in enumerate(selection.prompt.replace("\t", TAB).split("\n")):
            if i:
                flow.newline()
            for word in _WORDS.findall(line):
                flow.place(visible(word), None)
    for segment in selection.segments:
        parts = segment.text.replace("\t", TAB).split("\n")
        if segment.text == "":
            flow.place(EMPTY_MARK, segment, faint=True)
        for i, part in enumerate(parts):
            if part:
                flow.place(visible(part), segment)
            if i < len(parts) - 1:
                flow.place(NEWLINE_MARK, segment, faint=True)
                flow.newline()
    return _merge_prompt(flow.chunks)


def _merge_prompt(chunks: list[Chunk]) -> list[Chunk]:
    """One chunk per line of prompt, so a line of prompt is one searchable text."""
    out: list[Chunk] = []
    for chunk in chunks:
        last = out[-1] if out else None
        if chunk.segment is None and last is not None and last.segment is None and last.line == chunk.line:
            out[-1] = Chunk(last.line, last.col, last.text + chunk.text, None)
        else:
            out.append(chunk)
    return out


def segment_colour(segment: Segment, scale: ColourScale) -> str | None:
    return scale.colour(metric_value(scale.metric, segment.logprob, segment.entropy))


def text_drawing(selection: PathSelection, options: FigureOptions) -> Drawing:
    """The ``text`` figure of ``selection``."""
    style = options.style
    fs = style.font_size
    width = options.layout_width.px
    chunks = flow_text(selection, int(width // style.advance), options.prompt)
    scale = scale_for(options.colour)
    line_h = 1.55 * fs
    tables = annotation_tables(selection, options, style, chunks, width)
    bands = _band_heights(tables)
    tops: dict[int, float] = {}
    y = 0.0
    for line in range(max((c.line for c in chunks), default=0) + 1):
        tops[line] = y
        y += line_h + bands.get(line, 0.0)
    drawing = Drawing(width=width, height=0.0, style=style, title=_title(selection))
    unknown = False
    for chunk in chunks:
        shapes, was_unknown = _chunk_shapes(chunk, tops[chunk.line], style, scale, selection)
        drawing.add(*shapes)
        unknown = unknown or was_unknown
    drawing.add(*table_shapes(tables, {line: top + line_h for line, top in tops.items()}))
    key = Key(style)
    if options.prompt and selection.prompt:
        key.swatch("prompt", PROMPT_BG)
    if any(selection.is_pruned(s.node.id) for s in selection.steps):
        key.swatch("pruned beam", scale.colour_at(0.6), opacity=PRUNED_OPACITY)
    if unknown:
        key.swatch("unknown", UNKNOWN_FILL, stroke=FG_FAINT, dashed=True)
    if tables:
        key.line("top-k of the token it points to", FG_SOFT, 0.6)
    shapes, legend_h = legend([scale], key, 0.0, y + fs * 0.4, width, style)
    drawing.add(*shapes)
    drawing.height = y + fs * 0.4 + legend_h
    used = max([c.col + c.cols for c in chunks], default=0) * style.advance
    right = max(used, right_edge(drawing.shapes))
    drawing.width = min(right + 1.0, max(right, width))  # as wide as drawn, never wider than asked
    return drawing


def _band_heights(tables: list[Table]) -> dict[int, float]:
    bands: dict[int, float] = {}
    for table in tables:
        bands[table.line] = max(bands.get(table.line, 0.0), table.band_bottom)
    return bands


def _chunk_shapes(chunk: Chunk, top: float, style: Style, scale: ColourScale,
                  selection: PathSelection) -> tuple[list[Shape], bool]:
    fs = style.font_size
    x = chunk.col * style.advance
    w = chunk.cols * style.advance
    baseline = top + 1.08 * fs
    box_y, box_h = top + 0.1 * fs, 1.3 * fs
    mono = dict(size=fs, family="mono")
    if chunk.segment is None:
        return [Rect(x, box_y, w, box_h, fill=PROMPT_BG, role="tg-prompt"),
                Text(x, baseline, chunk.text, fill=PROMPT_FG, role="tg-prompt", **mono)], False  # type: ignore[arg-type]
    segment = chunk.segment
    fill = segment_colour(segment, scale)
    opacity = PRUNED_OPACITY if selection.is_pruned(selection.steps[segment.first - 1].node.id) else 1.0
    data = (("pos", segment.first),)
    if fill is None:
        rect = Rect(x + 0.5, box_y, max(w - 1, 1), box_h, fill=UNKNOWN_FILL, stroke=FG_FAINT, stroke_width=0.6,
                    dashed=True, rx=1.5, opacity=opacity, role="tg-token", data=data)
        ink = FG
    else:
        rect = Rect(x + 0.5, box_y, max(w - 1, 1), box_h, fill=fill, rx=1.5, opacity=opacity, role="tg-token",
                    data=data)
        ink = text_colour_on(fill)
    text = Text(x, baseline, chunk.text, fill=ink, opacity=0.45 * opacity if chunk.faint else opacity,
                role="tg-token-text", data=data, **mono)  # type: ignore[arg-type]
    return [rect, text], fill is None


def _title(selection: PathSelection) -> str:
    what = f"result {selection.result_rank + 1}" if selection.result_rank is not None else f"node {selection.end.id}"
    return f"tracegen: run {selection.run.id}, {what}"

