"""SVG -> PDF and PNG with cairosvg, byte for byte the same on every run.

cairo stamps a PDF with its creation time unless told otherwise: an empty creation date
leaves the entry out, so a figure rebuilt from the same trace is the same file. cairosvg is
imported here only, when a PDF or PNG is asked for (it needs the cairo C library).
"""

from __future__ import annotations

from ..errors import TracegenError


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
            return cairo_surface, width, height

    return _UndatedPDF.convert(bytestring=svg.encode("utf-8"))


def svg_to_png(svg: str, dpi: int, px_units: bool = False) -> bytes:
    """The PNG of an SVG document at ``dpi`` pixels per inch.

    Args:
        svg: The document; its ``width`` and ``height`` (cm, mm, in, pt or px) set the size.
        dpi: Pixels per inch.
        px_units: The document's size is in px, which CSS fixes at 96 per inch.
    """
    _, surface = _cairosvg()
    if px_units:
        return surface.PNGSurface.convert(bytestring=svg.encode("utf-8"), scale=dpi / 96)
    return surface.PNGSurface.convert(bytestring=svg.encode("utf-8"), dpi=dpi)
