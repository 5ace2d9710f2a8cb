"""Figures as TeX: ``\\colorbox`` runs for the ``text`` kind, TikZ for the drawn kinds.

A snippet is meant for ``\\input`` into a paper and names what its preamble needs in a
comment at its top; ``standalone`` makes a compilable ``standalone``-class document. All
definitions stay inside one group. Every piece of token text goes through ``tex_escape``,
and the template refuses any value that did not (``templates.tex_environment``).
"""

from __future__ import annotations

from .._version import __version__
from .drawing import ColourBar, Drawing, Line, Link, Rect, Text
from .options import Length
from .templates import number, tex_environment
from .tex_escape import MACROS, TexCode, comment_text, tex_escape

TEMPLATE = "figure.tex.j2"
PT_PER_PX = 0.75
MAX_UPSCALE = 1.25
_ANCHORS = {"start": "base west", "middle": "base", "end": "base east"}


class Colours:
    """``\\definecolor`` names for the colours a figure uses, in order of first use."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}

    def __call__(self, colour: str) -> str:
        key = colour.lstrip("#").upper()
        if key not in self.names:
            self.names[key] = f"tgc{len(self.names) + 1}"
        return self.names[key]

    def definitions(self) -> list[TexCode]:
        return [TexCode(rf"\definecolor{{{name}}}{{HTML}}{{{key}}}%") for key, name in self.names.items()]


def document(title: str, body: list[TexCode], *, standalone: bool, tikz: bool, box_width: str | None = None) -> str:
    """The snippet (or standalone document) around ``body``."""
    return tex_environment().get_template(TEMPLATE).render(
        title=comment_text(title),
        version=comment_text(__version__),
        standalone=standalone,
        tikz=tikz,
        macros=TexCode(MACROS.rstrip("\n")),
        body=body,
        box_width=TexCode(box_width) if box_width else None,
    )


def render_tikz(drawing: Drawing, width: Length, standalone: bool = False) -> str:
    """``drawing`` as a ``tikzpicture``, ``width`` wide.

    A TeX length (``\\columnwidth``) is only known when the document is typeset: the picture is
    drawn at the nominal width and ``\\resizebox`` scales it to the TeX length, enlarging it at
    most ``MAX_UPSCALE`` times (a figure in a wide single column stays near its set size).

    Args:
        drawing: The figure's shapes, in px.
        width: The width it is drawn at (the px coordinates are scaled to it).
        standalone: A compilable document instead of a snippet (at the nominal width).
    """
    scale = width.px / drawing.width * PT_PER_PX
    colours = Colours()
    lines = [_shape(shape, scale, colours) for shape in drawing.shapes]
    picture = [TexCode(rf"\begin{{tikzpicture}}[x={number(scale)}pt,y=-{number(scale)}pt,line cap=round]"),
               TexCode(rf"\path[use as bounding box] (0,0) rectangle ({number(drawing.width)},{number(drawing.height)});"),
               *[TexCode(line) for group in lines for line in group],
               TexCode(r"\end{tikzpicture}%")]
    if width.tex and not standalone:
        largest = number(width.px * PT_PER_PX * MAX_UPSCALE)
        picture = [TexCode(rf"\edef\tgwidth{{\the\dimexpr\ifdim{width.tex}<{largest}pt {width.tex}\else "
                           rf"{largest}pt\fi\relax}}%"),
                   TexCode(r"\resizebox{\tgwidth}{!}{%"), *picture, TexCode("}%")]
    return document(drawing.title, [*colours.definitions(), *picture], standalone=standalone, tikz=True)


def _opacity(value: float) -> str:
    return f",opacity={number(value)}" if value < 1 else ""


def _shape(shape: object, scale: float, colours: Colours) -> list[str]:
    if isinstance(shape, Rect):
        return [_rect(shape, scale, colours)]
    if isinstance(shape, Line):
        points = " -- ".join(f"({number(x)},{number(y)})" for x, y in shape.points)
        dash = ",dash pattern=on 1.5pt off 1.1pt" if shape.dashed else ""
        return [rf"\draw[draw={colours(shape.stroke)},line width={number(shape.width * scale)}pt{dash}"
                rf"{_opacity(shape.opacity)}] {points};"]
    if isinstance(shape, Link):
        (x0, y0), (x1, y1), (bx, by) = shape.source, shape.target, shape.bend
        (c1x, c1y), (c2x, c2y) = shape.controls
        tail = f" -- ({number(x1)},{number(y1)})" if shape.bend != shape.target else ""
        return [rf"\draw[draw={colours(shape.stroke)},line width={number(shape.width * scale)}pt"
                rf"{_opacity(shape.opacity)}] ({number(x0)},{number(y0)}) .. controls ({number(c1x)},{number(c1y)})"
                rf" and ({number(c2x)},{number(c2y)}) .. ({number(bx)},{number(by)}){tail};"]
    if isinstance(shape, Text):
        return [_text(shape, scale, colours)]
    if isinstance(shape, ColourBar):
        return _colour_bar(shape, colours)
    raise TypeError(f"unknown shape {type(shape).__name__}")


def _rect(shape: Rect, scale: float, colours: Colours) -> str:
    options = []
    if shape.fill:
        options.append(f"fill={colours(shape.fill)}")
    if shape.stroke:
        options.append(f"draw={colours(shape.stroke)},line width={number(shape.stroke_width * scale)}pt")
        if shape.dashed:
            options.append("dash pattern=on 1.5pt off 1.1pt")
    if shape.rx:
        options.append(f"rounded corners={number(shape.rx * scale)}pt")
    command = r"\filldraw" if shape.fill and shape.stroke else r"\draw" if shape.stroke else r"\fill"
    return (rf"{command}[{','.join(options)}{_opacity(shape.opacity)}] ({number(shape.x)},{number(shape.y)}) "
            rf"rectangle ({number(shape.x + shape.w)},{number(shape.y + shape.h)});")


def _text(shape: Text, scale: float, colours: Colours) -> str:
    size = shape.size * scale
    family = r"\ttfamily" if shape.family == "mono" else r"\sffamily"  # the document's fonts, not --font
    bold = r"\bfseries" if shape.bold else ""
    rotate = f",rotate={number(-shape.rotate)}" if shape.rotate else ""
    return (rf"\node[anchor={_ANCHORS[shape.anchor]},inner sep=0pt,text={colours(shape.fill)}{rotate}"
            rf"{_opacity(shape.opacity)},font=\fontsize{{{number(size)}}}{{{number(size * 1.2)}}}\selectfont{family}{bold}]"
            rf" at ({number(shape.x)},{number(shape.y)}) {{{tex_escape(shape.text)}}};")


def _colour_bar(bar: ColourBar, colours: Colours) -> list[str]:
    # PDF shadings interpolate linearly in RGB between two colours: one per pair of stops.
    count = len(bar.stops) - 1
    step = bar.w / count
    return [rf"\shade[left color={colours(a)},right color={colours(b)}] ({number(bar.x + i * step)},{number(bar.y)})"
            rf" rectangle ({number(bar.x + (i + 1) * step)},{number(bar.y + bar.h)});"
            for i, (a, b) in enumerate(zip(bar.stops, bar.stops[1:], strict=False))]
