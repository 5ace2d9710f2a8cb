"""A ``Drawing`` as a self-contained SVG document (``templates/figure.svg.j2``).

Token text only ever becomes character data of a ``<text>`` element: jinja2 escapes ``&``,
``<``, ``>`` and quotes, and ``glyphs.visible`` replaces what XML forbids or what would hide
or reorder text with a label first. No element, attribute or id is made from token text.
"""

from __future__ import annotations

from .._version import __version__
from .drawing import ColourBar, Drawing, Line, Link, Rect, Text
from .glyphs import visible
from .options import Length
from .templates import number, svg_environment

TEMPLATE = "figure.svg.j2"
SANS_FALLBACKS = ["DejaVu Sans", "Helvetica", "Arial", "sans-serif"]
MONO_FALLBACKS = ["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"]
_KINDS = {Rect: "rect", Line: "line", Link: "link", Text: "text", ColourBar: "colourbar"}


def _font_list(font: str, fallbacks: list[str]) -> str:
    # cairosvg uses the first family only; browsers fall back along the list. A name with a
    # space is quoted, as CSS asks (the option allows letters, digits, spaces, ``_.-`` only).
    return ", ".join(f"'{f}'" if " " in f else f for f in [font] + [f for f in fallbacks if f != font])


def render_svg(drawing: Drawing, width: Length) -> str:
    """The SVG document of ``drawing`` shown ``width`` wide (its height follows the aspect ratio).

    Args:
        drawing: The figure's shapes, in px.
        width: The displayed width, with its unit (``8.5cm``).
    """
    bars: list[tuple[str, list[tuple[str, str]]]] = []
    shapes = []
    for shape in drawing.shapes:
        extra = None
        if isinstance(shape, ColourBar):
            extra = f"tg-bar-{len(bars) + 1}"
            count = len(shape.stops) - 1
            bars.append((extra, [(f"{i / count:.4g}", colour) for i, colour in enumerate(shape.stops)]))
        shapes.append((_KINDS[type(shape)], shape, extra))
    height_value = drawing.height * width.value / drawing.width
    return svg_environment().get_template(TEMPLATE).render(
        drawing=drawing,
        width=f"{number(width.value)}{width.unit}",
        height=f"{number(height_value)}{width.unit}",
        description=f"Made by tracegen {__version__} (tracegen figure)",
        shapes=shapes,
        bars=bars,
        fonts={"mono": _font_list(drawing.style.font, MONO_FALLBACKS),
               "sans": _font_list(drawing.style.text_font, SANS_FALLBACKS)},
        n=number,
        text=visible,
    )
