"""A figure's options, checked once: every mistake is one ``TracegenError`` line naming the option."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import TracegenError
from .scale import TOKEN_METRICS

KINDS = ("text", "tree", "distribution", "strip", "forking")
FORMATS = ("svg", "pdf", "png", "tex")

PX_PER_UNIT = {"px": 1.0, "pt": 96 / 72, "mm": 96 / 25.4, "cm": 96 / 2.54, "in": 96.0}
_LENGTH = re.compile(r"\s*([0-9]+(?:\.[0-9]+)?)\s*(px|pt|mm|cm|in)?\s*\Z")
AUTO_ANNOTATIONS = 3


@dataclass(frozen=True)
class Length:
    """A length as the user wrote it (``8.5cm``): the SVG keeps the unit, layout works in px."""

    value: float
    unit: str

    @property
    def px(self) -> float:
        return self.value * PX_PER_UNIT[self.unit]

    def __str__(self) -> str:
        return f"{self.value:g}{self.unit}"


def parse_length(text: str | float, option: str = "--width") -> Length:
    """``"8.5cm"``, ``"600px"``, ``"600"`` (px) or a number (px) -> ``Length``."""
    if isinstance(text, int | float) and not isinstance(text, bool):
        value, unit = float(text), "px"
    else:
        match = _LENGTH.match(str(text))
        if not match:
            raise TracegenError(f"{option}: {text!r} is not a length (e.g. 8.5cm, 17cm, 600px)")
        value, unit = float(match.group(1)), match.group(2) or "px"
    length = Length(value, unit)
    if not 20 <= length.px <= 20000:
        raise TracegenError(f"{option}: {text!r} is out of range (between 0.6cm and 5m)")
    return length


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
        width: The figure's width (``8.5cm``: a column); a tree narrower than this keeps its natural size.
        font: Font family of token text (layout assumes a monospace font, 0.6 em per character).
        font_size: Token text size in pt.
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
    width: Length = Length(8.5, "cm")
    font: str = "DejaVu Sans Mono"
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
        if not re.fullmatch(r"[A-Za-z0-9 _.-]{1,64}", self.font):
            raise TracegenError(f"--font: {self.font!r} is not a font family name (letters, digits, spaces)")
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


def check_kind_and_format(kind: str, fmt: str) -> None:
    if kind not in KINDS:
        raise TracegenError(f"--kind: {kind!r} is not one of {', '.join(KINDS)}")
    if fmt not in FORMATS:
        raise TracegenError(f"--format: {fmt!r} is not one of {', '.join(FORMATS)}")
