"""What ``trace.figure(...)`` returns: the file's content, as ``str`` or ``bytes``, that also
shows itself inline in a notebook (IPython's ``_repr_*_`` methods)."""

from __future__ import annotations

import html


class SvgFigure(str):
    """An SVG document (``str``); a notebook draws it."""

    __slots__ = ()
    format = "svg"  # type: ignore[assignment]  # the figure's format, shadowing str.format on purpose

    def _repr_svg_(self) -> str:
        return str(self)


class TexFigure(str):
    """A TeX snippet or document (``str``); a notebook shows the source."""

    __slots__ = ()
    format = "tex"  # type: ignore[assignment]  # the figure's format, shadowing str.format on purpose

    def _repr_markdown_(self) -> str:
        return "```latex\n" + str(self) + "\n```"

    def _repr_html_(self) -> str:
        return "<pre>" + html.escape(str(self)) + "</pre>"


class PngFigure(bytes):
    """A PNG image (``bytes``); a notebook shows it."""

    __slots__ = ()
    format = "png"

    def _repr_png_(self) -> bytes:
        return bytes(self)


class PdfFigure(bytes):
    """A PDF document (``bytes``); a notebook shows the SVG it was made from (browsers do not inline PDF)."""

    format = "pdf"
    svg: str

    def __new__(cls, data: bytes, svg: str) -> PdfFigure:
        obj = super().__new__(cls, data)
        obj.svg = svg
        return obj

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict[str, object]:
        return {"image/svg+xml": self.svg, "text/plain": f"<PDF figure, {len(self)} bytes>"}


Figure = SvgFigure | TexFigure | PngFigure | PdfFigure
