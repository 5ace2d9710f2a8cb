"""Small top-k tables under chosen tokens of a ``text`` figure (``--annotate``).

Each table lists the candidates of the distribution a token was chosen from, ranks from 1,
the chosen one highlighted (and added at the end when it was not among those shown). Tables
sit in a band below the token's line, at the token's x when there is room, else moved right
or onto a further row of the band.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import TracegenError
from .drawing import ACCENT, ACCENT_SOFT, BORDER, FG, FG_SOFT, Line, Rect, Shape, Style, Text
from .glyphs import candidate_label, columns, truncate
from .numbers import format_probability
from .options import AUTO_ANNOTATIONS, FigureOptions
from .selection import PathSelection, Step

if TYPE_CHECKING:
    from .text_figure import Chunk

DEFAULT_ROWS = 5
LEADER_CLEARANCE = 2.0  # px: a leader line passing closer than this to another table is left out
LABEL_COLUMNS = 12


@dataclass(frozen=True)
class Row:
    rank: str
    label: str
    probability: str
    chosen: bool


@dataclass
class Table:
    """One annotation: where it goes and what it lists."""

    line: int
    position: int
    anchor_x: float
    rows: list[Row]
    style: Style
    x: float = 0.0
    y: float = 0.0  # from the top of its line's band

    @property
    def size(self) -> float:
        return self.style.label_size

    @property
    def row_h(self) -> float:
        return self.size * 1.3

    @property
    def pad(self) -> float:
        return self.size * 0.35

    @property
    def width(self) -> float:
        label = max(6, max(columns(r.label) for r in self.rows))  # "token 12" fits the heading
        probability = max(len(r.probability) for r in self.rows)
        return 2 * self.pad + (4 + label + 1 + probability) * self.style.advance_at(self.size)

    @property
    def height(self) -> float:
        return 2 * self.pad + (len(self.rows) + 1) * self.row_h

    @property
    def band_bottom(self) -> float:
        return self.y + self.height + self.size * 0.6

    def top(self, band_top: float) -> float:
        return band_top + self.y + self.size * 0.3

    def leader(self, band_top: float) -> tuple[tuple[float, float], tuple[float, float]]:
        """The leader line from the token's swatch to the table's top left corner."""
        box_bottom = band_top - self.style.font_size * 0.15
        return (self.anchor_x + 1.5, box_bottom), (self.x + self.pad, self.top(band_top))

    def shapes(self, band_top: float, leader: bool = True) -> list[Shape]:
        """The table's shapes, its band starting at ``band_top`` (just below the token's line);
        ``leader``: with the line from its token (left out where it would cross another table)."""
        size, adv, pad = self.size, self.style.advance_at(self.size), self.pad
        top = self.top(band_top)
        out: list[Shape] = []
        if leader:
            out.append(Line(self.leader(band_top), stroke=FG_SOFT, width=0.6, role="tg-annotation-leader"))
        out += [
            Rect(self.x, top, self.width, self.height, fill="#ffffff", stroke=BORDER, stroke_width=0.7, rx=2,
                 role="tg-annotation", data=(("pos", self.position),)),
            Text(self.x + pad, top + pad + size * 0.95, f"token {self.position}", size, fill=ACCENT, bold=True),
        ]
        label_x = self.x + pad + 4 * adv
        right = self.x + self.width - pad
        for i, row in enumerate(self.rows, start=1):
            row_top = top + pad + i * self.row_h
            baseline = row_top + size * 0.95
            if row.chosen:
                out.append(Rect(self.x + pad * 0.5, row_top, self.width - pad, self.row_h, fill=ACCENT_SOFT, rx=1.5))
            out.append(Text(self.x + pad + 3 * adv, baseline, row.rank, size, fill=FG_SOFT, anchor="end",
                            family="mono"))
            out.append(Text(label_x, baseline, row.label, size, fill=FG, family="mono", bold=row.chosen,
                            role="tg-annotation-token"))
            out.append(Text(right, baseline, row.probability, size, fill=FG_SOFT, anchor="end", family="mono",
                            bold=row.chosen))
        return out


def resolve_positions(selection: PathSelection, annotate: tuple[int, ...] | str | None) -> list[int]:
    """``--annotate`` as 1-based positions: given ones checked, ``auto[:K]`` the K least likely tokens."""
    steps = selection.steps
    if annotate is None:
        return []
    if isinstance(annotate, str):
        count = int(annotate.split(":")[1]) if ":" in annotate else AUTO_ANNOTATIONS
        known = [s for s in steps if s.logprob is not None and s.parent.top]
        least = sorted(known, key=lambda s: (s.logprob, s.position))[:count]
        return sorted(s.position for s in least)
    for position in annotate:
        if position > len(steps):
            raise TracegenError(f"--annotate: position {position} is beyond the path's {len(steps)} tokens")
    return list(annotate)


def table_rows(selection: PathSelection, step: Step, shown: int) -> list[Row]:
    """The candidates of the distribution ``step`` was chosen from, the chosen token marked."""
    top = step.parent.top or []
    tokens = selection.trace.tokens
    rows = [Row(f"{rank}.", truncate(candidate_label(tokens.get(t, f"<id {t}>")), LABEL_COLUMNS),
                format_probability(math.exp(lp)), t == step.node.token)
            for rank, (t, lp) in enumerate(top[:shown], start=1)]
    if not any(r.chosen for r in rows):
        in_top = next((i for i, (t, _) in enumerate(top) if t == step.node.token), None)
        rank = step.node.rank if step.node.rank is not None else in_top
        rank_text = f"{rank + 1}." if rank is not None else f">{len(top)}"
        rows.append(Row(rank_text, truncate(candidate_label(step.text), LABEL_COLUMNS),
                        format_probability(step.probability), True))
    return rows


def annotation_tables(selection: PathSelection, options: FigureOptions, style: Style, chunks: list[Chunk],
                      width: float) -> list[Table]:
    """The tables ``options.annotate`` asks for, placed in the bands below their tokens' lines."""
    shown = options.top_k_shown or DEFAULT_ROWS
    tables = []
    for position in resolve_positions(selection, options.annotate):
        step = selection.steps[position - 1]
        chunk = next(c for c in chunks if c.segment is not None and c.segment.first <= position <= c.segment.last)
        tables.append(Table(line=chunk.line, position=position, anchor_x=chunk.col * style.advance,
                            rows=table_rows(selection, step, shown), style=style))
    _place(tables, width)
    return tables


def _place(tables: list[Table], width: float) -> None:
    gap = tables[0].size * 0.8 if tables else 0.0
    by_line: dict[int, list[Table]] = {}
    for table in tables:
        by_line.setdefault(table.line, []).append(table)
    for line_tables in by_line.values():
        line_tables.sort(key=lambda t: (t.anchor_x, t.position))
        right, row_y, row_h = -math.inf, 0.0, 0.0
        for table in line_tables:
            x = min(max(0.0, table.anchor_x), max(0.0, width - table.width))
            if x < right + gap:
                x = right + gap
            if x + table.width > width and right > -math.inf:
                row_y += row_h + gap
                row_h = 0.0
                x = min(max(0.0, table.anchor_x), max(0.0, width - table.width))
            table.x, table.y = x, row_y
            right = x + table.width
            row_h = max(row_h, table.height)


def crosses(segment: tuple[tuple[float, float], tuple[float, float]], x: float, y: float, w: float, h: float) -> bool:
    """Whether a line segment passes through the rectangle (Liang-Barsky clipping)."""
    (x0, y0), (x1, y1) = segment
    dx, dy = x1 - x0, y1 - y0
    low, high = 0.0, 1.0
    for p, q in ((-dx, x0 - x), (dx, x + w - x0), (-dy, y0 - y), (dy, y + h - y0)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return False
    return True


def table_shapes(tables: list[Table], band_tops: dict[int, float]) -> list[Shape]:
    """Every table's shapes; a leader line only where it passes no other table (the heading
    ``token N`` still names the token)."""
    m = LEADER_CLEARANCE
    boxes = [(t, t.x - m, t.top(band_tops[t.line]) - m, t.width + 2 * m, t.height + 2 * m) for t in tables]
    out: list[Shape] = []
    for table in tables:
        leader = table.leader(band_tops[table.line])
        clear = not any(other is not table and crosses(leader, x, y, w, h) for other, x, y, w, h in boxes)
        out.extend(table.shapes(band_tops[table.line], leader=clear))
    return out
