"""A figure's options, checked once: every mistake is one ``ParameterError`` naming the option.

``parse_figure_options`` is the one parser that the three front ends call: ``tracegen figure``
(values click has typed), ``GET /api/figure`` (the query's text) and ``Trace.figure`` (Python
values). The error names the Python parameter (``width``); the CLI shows it as its flag
(``--width``, ``cli.flag_for``) and live mode as the query field, which has the same name.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from typing import Any

from ..errors import ParameterError
from .drawing import Style
from .scale import TOKEN_METRICS

KINDS = ("text", "tree", "distribution", "strip", "forking", "compare-text", "compare-strip")
COMPARE_KINDS = ("compare-text", "compare-strip")
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


def parse_length(text: str | float, param: str = "width") -> Length:
    """``"8.5cm"``, ``"600px"``, ``"600"`` (px), a number (px), or a TeX length (``\\columnwidth``,
    ``\\linewidth``, ``\\textwidth``, optionally times a factor: ``0.5\\textwidth``) -> ``Length``.

    Raises:
        ParameterError: Not a length, or outside what a figure can be (named ``param``).
    """
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
            raise ParameterError(param, f"{text!r} is not a length (e.g. 8cm, 17cm, 600px, \\columnwidth)")
        value, unit = float(match.group(1)), match.group(2) or "px"
        tex = None
    length = Length(value, unit, tex)
    if not MIN_WIDTH_PX <= length.px <= MAX_WIDTH_PX:
        raise ParameterError(param, f"{text!r} is out of range (from {MIN_WIDTH_PX:g}px to {MAX_WIDTH_PX:g}px, "
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
        raise ParameterError("annotate", f"{text!r} is not a list of positions (e.g. 3,7) or auto") from None
    if not positions or positions[0] < 1:
        raise ParameterError("annotate", f"{text!r} has no position from 1 up: positions count from 1 "
                                         f"(the first generated token)")
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
        max_depth: Tree: deepest level drawn (default: as deep as fits ``width`` scaled down to
            ``MIN_SCALE`` at most: tokens at 7 pt, labels at 6 pt).
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
            raise ParameterError("colour", f"{self.colour!r} is not one of {', '.join(TOKEN_METRICS)}")
        if not 4 <= self.font_size <= 36:
            raise ParameterError("font_size", f"{self.font_size:g} pt is out of range (4 to 36)")
        for param, family in (("font", self.font), ("text_font", self.text_font)):
            if not re.fullmatch(r"[A-Za-z0-9 _.-]{1,64}", family):
                raise ParameterError(param, f"{family!r} is not a font family name (letters, digits, spaces)")
        if self.top_k_shown is not None and not 1 <= self.top_k_shown <= 100:
            raise ParameterError("top_k_shown", f"{self.top_k_shown} is out of range (1 to 100)")
        if self.max_depth is not None and not 1 <= self.max_depth <= 1000:
            raise ParameterError("max_depth", f"{self.max_depth} is out of range (1 to 1000)")
        if not 0.0 <= self.min_prob < 1.0:
            raise ParameterError("min_prob", f"{self.min_prob:g} is not a probability below 1")
        if not 1 <= self.max_nodes <= 5000:
            raise ParameterError("max_nodes", f"{self.max_nodes} is out of range (1 to 5000)")
        if not 30 <= self.dpi <= 2400:
            raise ParameterError("dpi", f"{self.dpi} is out of range (30 to 2400)")

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
    """Refuse a kind or a format tracegen does not draw (``ParameterError`` naming ``kind`` or ``format``)."""
    if kind not in KINDS:
        raise ParameterError("kind", f"{kind!r} is not one of {', '.join(KINDS)}")
    if fmt not in FORMATS:
        raise ParameterError("format", f"{fmt!r} is not one of {', '.join(FORMATS)}")


# -- the one parser: a value as Python, click or a query string gives it -> the option's type ----

_ASCII_INTEGER = re.compile(r"-?[0-9]{1,16}")  # int() also reads " 5", "5_0", "١٢", full-width digits
_TRUE, _FALSE = ("1", "true"), ("0", "false")


def parse_integer(param: str, value: object) -> int | None:
    """An integer option: an ``int`` (not a bool) or ASCII decimal text; ``None`` or ``""``: not given."""
    if value is None or value == "":
        return None
    if isinstance(value, str) and _ASCII_INTEGER.fullmatch(value):
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise ParameterError(param, f"must be an integer, not {_shown(value)}")


def _number(param: str, value: object) -> float:
    """A number option: an ``int`` or ``float`` (not a bool), or text of a finite number."""
    if isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            raise ParameterError(param, f"must be a number, not {_shown(value)}") from None
        if math.isfinite(number):
            return number
    elif isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    raise ParameterError(param, f"must be a number, not {_shown(value)}")


def _flag(param: str, value: object) -> bool:
    """A yes/no option: a ``bool``, or ``1``/``true``/``0``/``false`` as a query writes it."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in _TRUE + _FALSE:
        return value.lower() in _TRUE
    raise ParameterError(param, f"must be true or false (1 or 0), not {_shown(value)}")


def _text(param: str, value: object) -> str:
    if not isinstance(value, str):
        raise ParameterError(param, f"must be text, not {_shown(value)}")
    return value


def _width(param: str, value: object) -> Length:
    if isinstance(value, Length):
        return value
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return parse_length(value, param)
    raise ParameterError(param, f"must be a length (e.g. 8cm), not {_shown(value)}")


def _annotate(param: str, value: object) -> tuple[int, ...] | str | None:
    """Positions as text (``"3,7"``, ``"auto:2"``) or, from Python, a list or tuple of them."""
    if isinstance(value, list | tuple):
        value = ",".join(str(position) for position in value)
    return parse_annotate(_text(param, value))


def _shown(value: object) -> str:
    """A refused value for a one-line message: short, as Python writes it."""
    return repr(value[:40]) if isinstance(value, str) else repr(value)[:40]


_PARSERS: dict[str, Callable[[str, Any], Any]] = {
    "colour": _text, "width": _width, "font": _text, "text_font": _text, "font_size": _number,
    "annotate": _annotate, "top_k_shown": parse_integer, "max_depth": parse_integer, "min_prob": _number,
    "max_nodes": parse_integer, "dpi": parse_integer, "standalone": _flag, "prompt": _flag,
}
OPTION_NAMES = tuple(field.name for field in fields(FigureOptions))  # tests check _PARSERS has each


def parse_figure_options(values: Mapping[str, object]) -> FigureOptions:
    """The figure options from ``values``, each as Python, click or a query string gives it.

    An absent value, ``None`` or (from a query) ``""`` keeps the option's default. Text is read
    as the command line reads it (``"12cm"``, ``"3,7"``, ``"300"``, ``"true"``).

    Args:
        values: Option name (a ``FigureOptions`` field: ``colour``, ``width``, ...) -> value.

    Raises:
        TypeError: A name that is not a figure option (a mistyped keyword argument).
        ParameterError: A value the option cannot take; it names the option (``width``).
    """
    unknown = sorted(set(values) - set(OPTION_NAMES))
    if unknown:
        raise TypeError(f"{unknown[0]!r} is not a figure option (one of {', '.join(OPTION_NAMES)})")
    given = {name: value for name, value in values.items() if value is not None and not _is_empty_text(value)}
    return FigureOptions(**{name: _PARSERS[name](name, value) for name, value in given.items()})


def _is_empty_text(value: object) -> bool:
    return isinstance(value, str) and value == ""
