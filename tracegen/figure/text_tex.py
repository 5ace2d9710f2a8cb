"""The ``text`` kind as TeX: the prompt and the tokens as ``\\colorbox`` runs that TeX itself
wraps to the column, a top-k table per annotated token below, and a colour bar.

Boxes may break between each other (``\\allowbreak``) but not inside one, as on the page; a
token longer than ``LONG_PIECE`` characters is cut into several boxes so it cannot overflow.
"""

from __future__ import annotations

import re

from .annotations import DEFAULT_ROWS, resolve_positions, table_rows
from .drawing import ACCENT, FG_FAINT, FG_SOFT, LABEL_RATIO, PROMPT_BG, PROMPT_FG, UNKNOWN_FILL
from .numbers import format_tick
from .options import FigureOptions
from .scale import ColourScale, scale_for, text_colour_on
from .selection import PathSelection, Segment
from .templates import number
from .tex import document
from .tex_escape import TexCode, tex_escape
from .text_figure import TAB, segment_colour

LONG_PIECE = 24
PRUNED_ALPHA = 0.55
_WORDS = re.compile(r"\S+\s*|\s+")


def _hex(colour: str) -> str:
    return colour.lstrip("#").upper()


def _fade(colour: str, alpha: float) -> str:
    """``colour`` at ``alpha`` over white (xcolor has no opacity; TikZ and SVG use real opacity)."""
    rgb = [int(colour.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4)]
    return "#" + "".join(f"{round(255 - (255 - c) * alpha):02x}" for c in rgb)


def _box(fill: str, ink: str, content: str) -> str:
    return rf"\tgtok{{{_hex(fill)}}}{{{_hex(ink)}}}{{{content}}}\allowbreak"


def _pieces(text: str) -> list[str]:
    return [text[i:i + LONG_PIECE] for i in range(0, len(text), LONG_PIECE)] or [""]


def prompt_lines(prompt: str) -> list[str]:
    out = []
    for i, line in enumerate(prompt.replace("\t", TAB).split("\n")):
        if i:
            out.append(r"\newline")
        for word in _WORDS.findall(line):
            out.extend(_box(PROMPT_BG, PROMPT_FG, tex_escape(piece)) for piece in _pieces(word))
    return out


def segment_lines(segment: Segment, selection: PathSelection, scale: ColourScale, marker: int | None) -> list[str]:
    colour = segment_colour(segment, scale)
    fill = colour or UNKNOWN_FILL
    ink = text_colour_on(colour) if colour else "#1d2127"
    if selection.is_pruned(selection.steps[segment.first - 1].node.id):
        fill, ink = _fade(fill, PRUNED_ALPHA), _fade(ink, PRUNED_ALPHA)
    out = []
    if segment.text == "":
        out.append(_box(fill, ink, r"\tgfaint{\ensuremath{\emptyset}}"))
    parts = segment.text.replace("\t", TAB).split("\n")
    for i, part in enumerate(parts):
        if part:
            out.extend(_box(fill, ink, tex_escape(piece)) for piece in _pieces(part))
        if i < len(parts) - 1:
            out.append(_box(fill, ink, r"\tgfaint{\ensuremath{\hookleftarrow}}") + r"\newline")
    if marker is not None:
        out[-1] = out[-1].replace(r"\allowbreak", rf"\tgmark{{{marker}}}\allowbreak", 1) \
            if not out[-1].endswith(r"\newline") else out[-1]
    return out


def _tables(selection: PathSelection, options: FigureOptions, positions: list[int], scale: ColourScale) -> list[str]:
    if not positions:
        return []
    shown = options.top_k_shown or DEFAULT_ROWS
    label_size = options.font_size * LABEL_RATIO
    out = [r"\par\smallskip\noindent"]
    for position in positions:
        step = selection.steps[position - 1]
        rows = [rf"\multicolumn{{3}}{{@{{}}l}}{{\sffamily\bfseries\textcolor[HTML]{{{_hex(ACCENT)}}}{{token {position}}}}}\\"]
        for row in table_rows(selection, step, shown):
            label: str = tex_escape(row.label)
            if row.chosen:
                colour = scale.colour(None if step.probability is None else _metric(step, scale)) or UNKNOWN_FILL
                label = rf"\colorbox[HTML]{{{_hex(colour)}}}{{\textcolor[HTML]{{{_hex(text_colour_on(colour))}}}{{{label}}}}}"
            rows.append(rf"{tex_escape(row.rank)} & {label} & {tex_escape(row.probability)}\\")
        out.append(r"{\fontsize{" + number(label_size) + "}{" + number(label_size * 1.3)
                   + r"}\selectfont\setlength{\fboxsep}{0.5pt}\begin{tabular}[t]{@{}r@{\ }l@{\ \ }r@{}}")
        out.extend(rows)
        out.append(r"\end{tabular}}\hspace{1.2em}\allowbreak")
    return out


def _metric(step, scale: ColourScale) -> float | None:
    from .scale import metric_value

    return metric_value(scale.metric, step.logprob, step.entropy)


def _legend(scale: ColourScale, options: FigureOptions, prompt: bool) -> list[str]:
    count = 40
    bar = "".join(rf"\textcolor[HTML]{{{_hex(scale.colour_at(i / (count - 1)))}}}{{\rule{{1.6pt}}{{5pt}}}}"
                  for i in range(count))
    d0, d1 = scale.domain
    size = number(options.font_size * LABEL_RATIO)
    swatch = (rf"\quad\colorbox[HTML]{{{_hex(PROMPT_BG)}}}{{\rule{{0pt}}{{4pt}}\rule{{8pt}}{{0pt}}}}\ "
              rf"\textcolor[HTML]{{{_hex(FG_SOFT)}}}{{prompt}}") if prompt else ""
    return [r"\par\smallskip\noindent{\sffamily\fontsize{" + size + "}{" + size + r"}\selectfont"
            rf"\textcolor[HTML]{{{_hex(FG_SOFT)}}}{{{tex_escape(scale.label)}}}\ \ "
            rf"{tex_escape(format_tick(d0))}\,{bar}\,{tex_escape(format_tick(d1))}{swatch}}}\par"]


def render_text_tex(selection: PathSelection, options: FigureOptions, title: str) -> str:
    """The ``text`` figure of ``selection`` as a TeX snippet (or a standalone document)."""
    scale = scale_for(options.colour)
    positions = resolve_positions(selection, options.annotate)
    markers: dict[int, int] = {}
    for position in positions:
        segment = next(s for s in selection.segments if s.first <= position <= s.last)
        markers.setdefault(segment.first, position)
    size = options.font_size
    body = [
        r"\setlength{\fboxsep}{0.6pt}\setlength{\lineskip}{1.5pt}\setlength{\lineskiplimit}{1pt}%",
        # a strut lower than the baseline skip, so swatches on neighbouring lines never touch
        r"\def\tgtok#1#2#3{\colorbox[HTML]{#1}{\vrule height 0.82em depth 0.26em width 0pt"
        r"\textcolor[HTML]{#2}{#3}}}%",
        rf"\def\tgfaint#1{{\textcolor[HTML]{{{_hex(FG_FAINT)}}}{{#1}}}}%",
        # an annotated token: its position, as the table below it is headed ("token 7")
        rf"\def\tgmark#1{{\raisebox{{0.45em}}{{\fontsize{{{number(size * LABEL_RATIO)}}}{{{number(size)}}}\selectfont"
        rf"\sffamily\bfseries\textcolor[HTML]{{{_hex(ACCENT)}}}{{#1}}}}}}%",
        r"\par\noindent\ttfamily\fontsize{" + number(size) + "}{" + number(size * 1.55) + r"}\selectfont",
    ]
    if options.prompt and selection.prompt:
        body.extend(prompt_lines(selection.prompt))
    for segment in selection.segments:
        body.extend(segment_lines(segment, selection, scale, markers.get(segment.first)))
    body.extend(_tables(selection, options, positions, scale))
    body.extend(_legend(scale, options, options.prompt and bool(selection.prompt)))
    # TeX wraps the text to the width itself: a TeX length as it is, except in a standalone
    # document, whose \\linewidth is no paper's
    width = options.layout_width
    box_width = width.nominal if options.standalone or not width.tex else width.tex
    return document(title, [TexCode(line) for line in body], standalone=options.standalone, tikz=False,
                    box_width=box_width)
