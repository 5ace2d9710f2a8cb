"""A figure's options, checked once: every mistake is one ``TracegenError`` line naming the option."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import TracegenError
from .drawing import Style
from .scale import TOKEN_METRICS

KINDS = ("text", "tree", "distribution", "strip", "forking")
FORMATS = ("svg", "pdf", "png", "tex")

PX_PER_UNIT = {"px": 1.0, "pt": 96 / 72, "mm": 96 / 25.4, "cm": 96 / 2.54, "in": 96.0}
_LENGTH = re.compile(r"\s*([0-9]+(?:\.[0-9]+)?)\s*(px|pt|mm|cm|in)?\s*\Z")
_TEX_LENGTH = re.compile(r"\s*([0-9]*\.?[0-9]+)?\s*(\\columnwidth|\\linewidth|\\textwidth)\s*\Z")
AUTO_ANNOTATIONS = 3
# What a figure is laid out at when TeX scales it to a length only TeX knows. A column is the
# narrowest two-column class's (ACL's 7.7cm; article 8.07cm, acmart 8.47cm, IEEEtran 8.89cm),
# so fitting a real column only ever enlarges the text; a text width is NeurIPS's 5.5in.
TEX_NOMINAL_CM = {r"\columnwidth": 7.7, r"\linewidth": 7.7, r"\textwidth": 14.0}
DEFAULT_WIDTH_CM = 7.7  # svg, pdf, png: fits a column of every usual two-column class unscaled
MIN_WIDTH_PX, MAX_WIDTH_PX = 20.0, 20000.0  # what --width takes, both ends included


@dataclass(frozen=True)
class Length:
    """A length as the user wrote it (``8.5cm``): the SVG keeps the unit, layout works in px.

    Args:
        value: The number.
        unit: ``px``, ``pt``, ``mm``, ``cm`` or ``in``.
        tex: A TeX length (``\\columnwidth``, ``0.5\\textwidth``) TeX output scales to; ``value``
            and ``unit`` are then the nominal size the figure is laid out at.
    """

    value: float
    unit: str
    tex: str | None = None

    @property
    def px(self) -> float:
        return self.value * PX_PER_UNIT[self.unit]

    def __str__(self) -> str:
        return self.tex if self.tex else f"{self.value:g}{self.unit}"

    @property
    def nominal(self) -> str:
        """The size as a TeX dimension even when ``tex`` is set (``7.7cm``)."""
        return f"{self.value:g}{self.unit}"


def parse_length(text: str | float, option: str = "--width") -> Length:
    """``"8.5cm"``, ``"600px"``, ``"600"`` (px), a number (px), or a TeX length (``\\columnwidth``,
    ``\\linewidth``, ``\\textwidth``, optionally times a factor: ``0.5\\textwidth``) -> ``Length``."""
    if isinstance(text, int | float) and not isinstance(text, bool):
        value, unit = float(text), "px"
        tex = None
    elif (tex_match := _TEX_LENGTH.match(str(text))) is not None:
        factor = float(tex_match.group(1)) if tex_match.group(1) else 1.0
        name = tex_match.group(2)
        value, unit = round(factor * TEX_NOMINAL_CM[name], 4), "cm"
        tex = f"{factor:g}{name}" if tex_match.group(1) else name
    else:
        match = _LENGTH.match(str(text))
        if not match:
            raise TracegenError(f"{option}: {text!r} is not a length (e.g. 8cm, 17cm, 600px, \\columnwidth)")
        value, unit = float(match.group(1)), match.group(2) or "px"
        tex = None
    length = Length(value, unit, tex)
    if not MIN_WIDTH_PX <= length.px <= MAX_WIDTH_PX:
        raise TracegenError(f"{option}: {text!r} is out of range (from {MIN_WIDTH_PX:g}px to {MAX_WIDTH_PX:g}px, "
                            f"about {MIN_WIDTH_PX / PX_PER_UNIT['cm']:.2f}cm to {MAX_WIDTH_PX / PX_PER_UNIT['cm']:.0f}cm)")
    return length


def default_width(fmt: str) -> Length:
    """The width when none is given: TeX scales to ``\\linewidth``; a picture is a column wide."""
    return parse_length(r"\linewidth") if fmt == "tex" else Length(DEFAULT_WIDTH_CM, "cm")


def parse_annotate(text: str | None) -> tuple[int, ...] | str | None:
    """``"3,7"`` -> ``(3, 7)``; ``"auto"`` (the 3 least likely tokens) or ``"auto:5"`` kept as text."""
    if text is None or text == "":
        return None
    if re.fullmatch(r"auto(:[1-9][0-9]*)?", text.strip()):
        return text.strip()
    try:
        positions = tuple(sorted({int(p) for p in text.split(",") if p.strip()}))
    except ValueError:
        raise TracegenError(f"--annotate: {text!r} is not a list of positions (e.g. 3,7) or auto") from None
    if not positions or positions[0] < 1:
        raise TracegenError(f"--annotate: {text!r}: positions count from 1 (the first generated token)")
    return positions


@dataclass(frozen=True)
class FigureOptions:
    """How a figure looks. Every field has a default that fits a paper column.

    Args:
        colour: What token colours show: ``probability``, ``surprisal`` (bits) or ``entropy``
            (bits, of the distribution each token was chosen from).
        width: The figure's width; a tree narrower than this keeps its natural size. Default
            (``None``): ``\\linewidth`` for TeX, 7.7cm (a column of every usual two-column class)
            for SVG, PDF and PNG. A TeX length (``\\columnwidth``) is for TeX output only.
        font: Font family of token text in SVG, PDF and PNG (layout assumes a monospace font,
            at most 0.6 em per character); TeX uses the document's typewriter font.
        text_font: Font family of the other text (labels, axes, legend) in SVG, PDF and PNG;
            TeX uses the document's sans-serif font.
        font_size: Token text size in pt; labels are ``LABEL_RATIO`` of it (7 pt at the default 8 pt).
        annotate: Positions (1-based) that get a small top-k table (text kind), or ``"auto"``
            (``"auto:K"``) for the K least likely tokens.
        top_k_shown: Candidates listed in an annotation (default 5) or a distribution (default 10).
        max_depth: Tree: deepest level drawn (default: as deep as fits ``width`` with text of at
            least 5.5 pt).
        min_prob: Tree: nodes less likely than this (given their parent) are left out.
        max_nodes: Tree: at most this many nodes; the most likely paths are kept.
        dpi: PNG resolution.
        standalone: TeX: a compilable ``standalone`` document instead of a snippet.
        prompt: Text kind: show the prompt (greyed) before the generated text.
    """

    colour: str = "probability"
    width: Length | None = None
    font: str = "DejaVu Sans Mono"
    text_font: str = "DejaVu Sans"
    font_size: float = 8.0
    annotate: tuple[int, ...] | str | None = None
    top_k_shown: int | None = None
    max_depth: int | None = None
    min_prob: float = 0.0
    max_nodes: int = 24
    dpi: int = 300
    standalone: bool = False
    prompt: bool = True

    def __post_init__(self) -> None:
        if self.colour not in TOKEN_METRICS:
            raise TracegenError(f"--colour: {self.colour!r} is not one of {', '.join(TOKEN_METRICS)}")
        if not 4 <= self.font_size <= 36:
            raise TracegenError(f"--font-size: {self.font_size:g} pt is out of range (4 to 36)")
        for flag, family in (("--font", self.font), ("--text-font", self.text_font)):
            if not re.fullmatch(r"[A-Za-z0-9 _.-]{1,64}", family):
                raise TracegenError(f"{flag}: {family!r} is not a font family name (letters, digits, spaces)")
        if self.top_k_shown is not None and not 1 <= self.top_k_shown <= 100:
            raise TracegenError(f"--top-k-shown: {self.top_k_shown} is out of range (1 to 100)")
        if self.max_depth is not None and not 1 <= self.max_depth <= 1000:
            raise TracegenError(f"--max-depth: {self.max_depth} is out of range (1 to 1000)")
        if not 0.0 <= self.min_prob < 1.0:
            raise TracegenError(f"--min-prob: {self.min_prob:g} is not a probability below 1")
        if not 1 <= self.max_nodes <= 5000:
            raise TracegenError(f"--max-nodes: {self.max_nodes} is out of range (1 to 5000)")
        if not 30 <= self.dpi <= 2400:
            raise TracegenError(f"--dpi: {self.dpi} is out of range (30 to 2400)")

    @property
    def font_px(self) -> float:
        return self.font_size * PX_PER_UNIT["pt"]

    @property
    def style(self) -> Style:
        return Style(font=self.font, font_size=self.font_px, text_font=self.text_font)

    @property
    def layout_width(self) -> Length:
        """The width the figure is laid out at (``width``, else the picture default)."""
        return self.width if self.width is not None else Length(DEFAULT_WIDTH_CM, "cm")


def check_kind_and_format(kind: str, fmt: str) -> None:
    if kind not in KINDS:
        raise TracegenError(f"--kind: {kind!r} is not one of {', '.join(KINDS)}")
    if fmt not in FORMATS:
        raise TracegenError(f"--format: {fmt!r} is not one of {', '.join(FORMATS)}")
