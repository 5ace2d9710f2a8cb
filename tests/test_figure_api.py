"""``trace.figure(...)``: the same bytes as the command, typed results that a notebook displays inline."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from synthetic_traces import tricky_trace

from tracegen import load
from tracegen.cli import main
from tracegen.figure import PdfFigure, PngFigure, SvgFigure, TexFigure


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "t.json"
    tricky_trace().save(path)
    return path


@pytest.mark.parametrize(("fmt", "cls", "base"), [("svg", SvgFigure, str), ("tex", TexFigure, str),
                                                  ("pdf", PdfFigure, bytes), ("png", PngFigure, bytes)])
def test_figure_method_equals_the_command(saved: Path, tmp_path: Path, fmt: str, cls: type, base: type) -> None:
    trace = load(saved)
    figure = trace.figure("tree", run="beam", result=2, format=fmt, colour="surprisal", width="12cm")
    assert isinstance(figure, cls) and isinstance(figure, base)
    out = tmp_path / f"cli.{fmt}"
    result = CliRunner().invoke(main, ["figure", str(saved), "--kind", "tree", "--run", "beam", "--result", "2",
                                       "--colour", "surprisal", "--width", "12cm", "-o", str(out)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == (figure.encode("utf-8") if isinstance(figure, str) else bytes(figure))


def test_figures_display_in_a_notebook() -> None:
    trace = tricky_trace()
    svg = trace.figure()
    assert svg._repr_svg_() == str(svg) and str(svg).startswith("<?xml")
    png = trace.figure(format="png")
    assert png._repr_png_().startswith(b"\x89PNG")
    pdf = trace.figure(format="pdf")
    bundle = pdf._repr_mimebundle_()
    assert bundle["image/svg+xml"] == str(svg) and bytes(pdf).startswith(b"%PDF-")
    tex = trace.figure(format="tex")
    assert tex._repr_markdown_().startswith("```latex\n% tracegen text")


def test_annotate_takes_a_list_and_options_are_checked() -> None:
    trace = tricky_trace()
    assert trace.figure(annotate=[2, 4]) == trace.figure(annotate="2,4")
    with pytest.raises(TypeError):
        trace.figure(colr="surprisal")
    from tracegen.errors import ParameterError

    with pytest.raises(ParameterError, match="^colour "):
        trace.figure(colour="rainbow")
