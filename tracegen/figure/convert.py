"""SVG -> PDF and PNG with cairosvg, byte for byte the same on every run.

cairo stamps a PDF with its creation time unless told otherwise: an empty creation date
leaves the entry out, so a figure rebuilt from the same trace is the same file. Both formats
name the tracegen that made them (the PDF's Creator, the PNG's ``Software`` text chunk), as
the SVG and TeX files do in a comment. cairosvg is imported here only, when a PDF or PNG is
asked for (it needs the cairo C library).
"""

from __future__ import annotations

import math
import struct
import zlib

from .._version import __version__
from ..errors import TracegenError

#: What every figure says made it.
CREATOR = f"tracegen {__version__}"

#: The largest side of an image cairo can draw, in pixels; a larger PNG fails inside cairo.
MAX_PNG_SIDE = 32767


def check_png_size(width_px: float, height_px: float, dpi: int) -> None:
    """Refuse, in one line, a PNG larger than cairo draws.

    Args:
        width_px: The figure's width in CSS px (96 per inch).
        height_px: Its height in CSS px.
        dpi: Pixels per inch of the PNG.
    """
    width, height = (math.ceil(side * dpi / 96) for side in (width_px, height_px))
    if max(width, height) > MAX_PNG_SIDE:
        raise TracegenError(f"the PNG would be {width} x {height} pixels; cairo draws at most {MAX_PNG_SIDE} per "
                            "side: lower --dpi or --width, draw fewer tokens, or write SVG or PDF")


def _cairosvg():
    try:
        import cairocffi
        import cairosvg.surface
    except (ImportError, OSError) as exc:  # OSError: the cairo C library itself is missing
        raise TracegenError(
            f"PDF and PNG figures need cairosvg and the cairo library ({exc}); "
            "pip install cairosvg, and on Debian/Ubuntu apt-get install libcairo2"
        ) from None
    return cairocffi, cairosvg.surface


def svg_to_pdf(svg: str) -> bytes:
    """The PDF of an SVG document, vector and with its text as text, without a timestamp."""
    cairocffi, surface = _cairosvg()

    class _UndatedPDF(surface.PDFSurface):  # type: ignore[name-defined]  # cairosvg has no types
        def _create_surface(self, width, height):
            cairo_surface, width, height = super()._create_surface(width, height)
            cairo_surface.set_metadata(cairocffi.PDF_METADATA_CREATE_DATE, "")
            cairo_surface.set_metadata(cairocffi.PDF_METADATA_CREATOR, CREATOR)
            return cairo_surface, width, height

    return _UndatedPDF.convert(bytestring=svg.encode("utf-8"))


def svg_to_png(svg: str, dpi: int, px_units: bool = False) -> bytes:
    """The PNG of an SVG document at ``dpi`` pixels per inch.

    Args:
        svg: The document; its ``width`` and ``height`` (cm, mm, in, pt or px) set the size.
        dpi: Pixels per inch.
        px_units: The document's size is in px, which CSS fixes at 96 per inch.
    """
    cairocffi, surface = _cairosvg()
    try:
        if px_units:
            png = surface.PNGSurface.convert(bytestring=svg.encode("utf-8"), scale=dpi / 96)
        else:
            png = surface.PNGSurface.convert(bytestring=svg.encode("utf-8"), dpi=dpi)
    except cairocffi.CairoError as exc:  # a size check_png_size let through, or cairo out of memory
        raise TracegenError(f"cairo cannot draw this PNG ({exc}): lower --dpi or --width, or write SVG or PDF") \
            from None
    return with_text_chunk(png, "Software", CREATOR)


def with_text_chunk(png: bytes, keyword: str, text: str) -> bytes:
    """``png`` with a ``tEXt`` chunk (``keyword``, Latin-1 ``text``) right after its header chunk."""
    data = keyword.encode("latin-1") + b"\0" + text.encode("latin-1")
    chunk = struct.pack(">I", len(data)) + b"tEXt" + data + struct.pack(">I", zlib.crc32(b"tEXt" + data))
    end_of_header = 8 + 4 + 4 + 13 + 4  # signature, IHDR length, type, 13 bytes of data, CRC
    return png[:end_of_header] + chunk + png[end_of_header:]
