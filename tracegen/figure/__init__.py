"""Figures for papers from a trace: ``text``, ``tree``, ``distribution`` and ``strip``, and of two
traces compared (``compare-text``, ``compare-strip``), as SVG, PDF, PNG or TeX, coloured by the
viewer's scales and laid out like the viewer.

- ``render.py``: ``render_figure`` (trace -> file content) and ``write_figure`` (-> a file);
- ``selection.py`` (run and path), ``tree_pruning.py`` (what a tree draws);
- ``scale.py`` (the colour scales, ``static/scales.json``), ``tree_layout.py`` (d3's tidy tree);
- one module per kind (``text_figure``, ``tree_figure``, ``distribution_figure``,
  ``strip_figure``, ``compare_figure``) building a ``drawing.Drawing``; ``legend.py`` (colour
  bars and a key of every mark drawn);
- writers: ``svg.py``, ``tex.py`` (TikZ), ``text_tex.py`` (``\\colorbox`` runs), ``convert.py``
  (PDF and PNG through cairosvg); escaping in ``glyphs.py`` and ``tex_escape.py``.

Nothing here imports torch.
"""

from .options import (
    KINDS,
    OPTION_NAMES,
    FigureOptions,
    Length,
    parse_annotate,
    parse_figure_options,
    parse_length,
)
from .output import Figure, PdfFigure, PngFigure, SvgFigure, TexFigure
from .render import FORMATS, default_output, format_for, render_figure, write_figure

__all__ = [
    "FORMATS", "KINDS", "Figure", "FigureOptions", "Length", "PdfFigure", "PngFigure", "SvgFigure", "TexFigure",
    "OPTION_NAMES", "default_output", "format_for", "parse_annotate", "parse_figure_options", "parse_length",
    "render_figure", "write_figure",
]
