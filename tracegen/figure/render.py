"""One call from a trace to a figure's bytes: select, draw, write (``render_figure``), and to a file
(``write_figure``), the library behind ``tracegen figure``, ``trace.figure()`` and ``GET /api/figure``."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from .._atomic import check_output, is_stdout, write_output
from ..errors import ParameterError, TracegenError
from ..trace import Trace, load
from .compare_figure import compare_strip_drawing, compare_text_drawing, compared_steps
from .convert import check_png_size, svg_to_pdf, svg_to_png
from .distribution_figure import distribution_drawing
from .drawing import Drawing
from .forking_figure import forking_drawing
from .options import COMPARE_KINDS, FORMATS, FigureOptions, Length, check_kind_and_format, default_width
from .output import Figure, PdfFigure, PngFigure, SvgFigure, TexFigure
from .selection import PathSelection, select_path
from .strip_figure import strip_drawing
from .svg import render_svg
from .tex import render_tikz
from .text_figure import text_drawing
from .text_tex import render_text_tex
from .tree_figure import tree_drawing

EXTENSIONS = {fmt: "." + fmt for fmt in FORMATS}

_DRAWERS: dict[str, Callable[[PathSelection, FigureOptions, bool], Drawing]] = {
    "text": lambda selection, options, _: text_drawing(selection, options),
    "tree": lambda selection, options, _: tree_drawing(selection, options),
    "distribution": distribution_drawing,
    "strip": lambda selection, options, _: strip_drawing(selection, options),
    "forking": lambda selection, options, _: forking_drawing(selection, options),
}


def render_figure(trace: Trace, kind: str = "text", *, run: str | None = None, result: int | None = None,
                  node: int | None = None, format: str = "svg", options: FigureOptions | None = None,
                  compare: Trace | None = None, names: tuple[str, str] = ("A", "B")) -> Figure:
    """A figure of ``trace`` as the content of its file.

    Args:
        trace: The trace (for the compare kinds, trace A: the path is drawn from it).
        kind: ``text``, ``tree``, ``distribution``, ``strip`` or ``forking`` (a run ``tracegen fork``
            wrote); with ``compare``, ``compare-text`` or ``compare-strip`` (both models'
            probabilities and KL(A||B)).
        run: The run's id (default: the first run).
        result: 1-based result number (1 = best; the default path).
        node: A node id: the path ends there (for ``distribution``: the distribution its token
            was chosen from).
        format: ``svg`` and ``tex`` give ``str``; ``pdf`` and ``png`` give ``bytes``.
        options: Look and size (``FigureOptions``; defaults fit a paper column).
        compare: Trace B, of the same contexts (e.g. ``tracegen rescore`` of A), for the compare kinds.
        names: What the legend calls A and B (their file names).

    Returns:
        ``SvgFigure``/``TexFigure`` (``str``) or ``PdfFigure``/``PngFigure`` (``bytes``), which a
        notebook displays inline.

    Raises:
        TracegenError: An unknown run, result, node, kind, format or a bad option.
    """
    options = options or FigureOptions()
    check_kind_and_format(kind, format)
    options = _with_width(options, format)
    if options.annotate is not None and kind != "text":
        raise ParameterError("annotate", "adds tables to the text kind only")
    if (kind in COMPARE_KINDS) != (compare is not None):
        raise TracegenError(f"--kind {kind} needs --compare B.json (another model's trace of the same contexts)"
                            if compare is None else "--compare draws --kind compare-text or compare-strip")
    selection = select_path(trace, run, result, node)
    if not selection.steps and kind in ("text", "strip", *COMPARE_KINDS):
        raise TracegenError(f"run {selection.run.id!r}: the path to node {selection.end.id} has no generated tokens")
    if format == "tex" and kind == "text":
        return TexFigure(render_text_tex(selection, options, _title(selection, kind)))
    if compare is not None:
        from ..comparison import compare as compare_traces

        steps = compared_steps(selection, compare_traces(trace, compare).nodes)
        draw = compare_strip_drawing if kind == "compare-strip" else compare_text_drawing
        drawing = draw(selection, steps, options, names)
    else:
        drawing = _DRAWERS[kind](selection, options, node is not None)
    width = drawing_width(drawing, options)
    if format == "tex":
        return TexFigure(render_tikz(drawing, width, standalone=options.standalone))
    svg = render_svg(drawing, width)
    if format == "svg":
        return SvgFigure(svg)
    if format == "pdf":
        return PdfFigure(svg_to_pdf(svg), svg)
    check_png_size(width.px, drawing.height * width.px / drawing.width, options.dpi)
    return PngFigure(svg_to_png(svg, options.dpi, px_units=width.unit == "px"))


def _with_width(options: FigureOptions, fmt: str) -> FigureOptions:
    """``options`` with the width resolved for ``fmt``; a TeX length is refused outside TeX."""
    if options.width is None:
        return replace(options, width=default_width(fmt))
    if options.width.tex and fmt != "tex":
        raise ParameterError("width", f"{options.width.tex}: only TeX output (format tex) can scale to a TeX "
                                      f"length; give svg, pdf and png a length, e.g. 7.7cm (a column)")
    return options


def drawing_width(drawing: Drawing, options: FigureOptions) -> Length:
    """The width a drawing is shown at: the option's, in its unit, times the drawing's share of it
    (a kind that needs less than the width, like a short strip, comes out narrower, not half empty)."""
    width = options.layout_width
    if drawing.width >= width.px - 0.5:
        return width
    return Length(round(drawing.width / width.px * width.value, 3), width.unit, width.tex)


def _title(selection: PathSelection, kind: str) -> str:
    what = f"result {selection.result_rank + 1}" if selection.result_rank is not None else f"node {selection.end.id}"
    return f"tracegen {kind}: run {selection.run.id}, {what}"


def default_output(trace_path: str | os.PathLike, kind: str, format: str) -> Path:
    """Where ``tracegen figure`` writes by default: beside the trace, ``NAME.KIND.FORMAT``."""
    path = Path(trace_path)
    return path.with_name(f"{path.stem}.{kind}{EXTENSIONS[format]}")


def format_for(output: str | os.PathLike | None, format: str | None) -> str:
    """The format asked for, else the output file's extension, else SVG."""
    if format is not None:
        return format
    if output is not None:
        suffix = Path(output).suffix.lower().lstrip(".")
        if suffix in FORMATS:
            return suffix
        raise TracegenError(f"{output}: cannot tell the format from the extension; add --format svg|pdf|png|tex")
    return "svg"


def write_figure(trace_path: str | os.PathLike, output: str | os.PathLike | None = None, *, kind: str = "text",
                 format: str | None = None, run: str | None = None, result: int | None = None,
                 node: int | None = None, options: FigureOptions | None = None,
                 compare: str | os.PathLike | None = None) -> Path | None:
    """Read a trace file and write one figure of it, atomically.

    Args:
        trace_path: The trace.
        output: The file to write (default: beside the trace, ``NAME.KIND.FORMAT``); ``"-"``: the
            standard output.
        kind: See ``render_figure``.
        format: ``svg``, ``pdf``, ``png`` or ``tex`` (default: from ``output``'s extension, else SVG).
        run: See ``render_figure``.
        result: See ``render_figure``.
        node: See ``render_figure``.
        options: See ``render_figure``.
        compare: Trace B's file, for the compare kinds.

    Returns:
        The path written (``None`` for the standard output).
    """
    fmt = format_for(None if is_stdout(output) else output, format)
    check_kind_and_format(kind, fmt)
    out: str | os.PathLike
    if output is None:
        out = default_output(trace_path, kind, fmt)
    elif is_stdout(output):
        out = output
    else:
        out = Path(output)
    if not is_stdout(out):
        check_output(out, inputs=[trace_path] + ([compare] if compare is not None else []))
    trace = load(trace_path)
    other = None if compare is None else load(compare)
    names = (Path(trace_path).name, Path(compare).name if compare is not None else "B")
    figure = render_figure(trace, kind, run=run, result=result, node=node, format=fmt, options=options,
                           compare=other, names=names)
    data = figure.encode("utf-8") if isinstance(figure, str) else bytes(figure)
    return write_output(out, data)


__all__ = ["FORMATS", "Length", "default_output", "format_for", "render_figure", "write_figure"]
