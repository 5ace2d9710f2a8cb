"""``tracegen figure``: every kind and format through the command, errors in one line, no torch."""

from __future__ import annotations

import io
import math
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from figure_tools import assert_in_order, pdf_text
from synthetic_traces import tricky_trace

from tracegen.cli import main
from tracegen.figure.scale import scale_for
from tracegen.figure.selection import select_path

KINDS = ("text", "tree", "distribution", "strip")
FORMATS = ("svg", "pdf", "png", "tex")
MAGIC = {"svg": b"<?xml", "pdf": b"%PDF-", "png": b"\x89PNG\r\n\x1a\n", "tex": b"% tracegen"}


@pytest.fixture
def trace_path(tmp_path: Path) -> Path:
    path = tmp_path / "tricky.json"
    tricky_trace().save(path)
    return path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["figure", *args])
    return result.exit_code, result.output


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_and_format(trace_path: Path, kind: str, fmt: str) -> None:
    code, output = run(str(trace_path), "--kind", kind, "--format", fmt)
    assert code == 0, output
    out = trace_path.with_name(f"tricky.{kind}.{fmt}")
    assert output.strip() == str(out)
    assert out.read_bytes().startswith(MAGIC[fmt])


def test_format_follows_the_extension(trace_path: Path, tmp_path: Path) -> None:
    for fmt in FORMATS:
        out = tmp_path / f"figure.{fmt.upper()}"
        code, output = run(str(trace_path), "-o", str(out))
        assert code == 0, output
        assert out.read_bytes().startswith(MAGIC[fmt])


def test_pdf_has_the_tokens_as_text(trace_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.pdf"
    assert run(str(trace_path), "-o", str(out), "--run", "beam")[0] == 0
    assert_in_order(pdf_text(out), ["The", "cat", "sat", "on", "the", "mat", "probability"])
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert "DejaVuSansMono" in fonts and " yes " in fonts  # the font that exists here, embedded


@pytest.mark.parametrize(("mono", "sans", "want"), [
    ("Latin Modern Mono", "Latin Modern Sans", ("LMMono", "LMSans")),  # fonts-lmodern, with TeX Live
    ("Liberation Mono", "Liberation Serif", ("LiberationMono", "LiberationSerif")),  # Times and Courier metrics
])
def test_font_options_set_the_pdf_fonts(trace_path: Path, tmp_path: Path, mono: str, sans: str, want) -> None:
    listed = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout
    if mono not in listed or sans not in listed:
        pytest.skip(f"{mono} / {sans} not installed here")
    out = tmp_path / "t.pdf"
    assert run(str(trace_path), "-o", str(out), "--run", "beam", "--kind", "tree", "--font", mono,
               "--text-font", sans)[0] == 0
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert all(name in fonts for name in want), fonts
    assert "DejaVu" not in fonts


@pytest.mark.parametrize("dpi", [150, 300])
def test_png_size_and_token_colours(trace_path: Path, tmp_path: Path, dpi: int) -> None:
    from PIL import Image

    svg_out, png_out = tmp_path / "t.svg", tmp_path / "t.png"
    assert run(str(trace_path), "-o", str(svg_out), "--run", "beam", "--width", "12cm")[0] == 0
    assert run(str(trace_path), "-o", str(png_out), "--run", "beam", "--width", "12cm", "--dpi", str(dpi))[0] == 0
    image = Image.open(io.BytesIO(png_out.read_bytes())).convert("RGB")
    svg = svg_out.read_text()
    shown_cm = float(re.search(r'width="([0-9.]+)cm"', svg).group(1))  # type: ignore[union-attr]
    assert 0 < shown_cm <= 12  # short text: narrower than asked, never half empty
    assert image.width == round(shown_cm / 2.54 * dpi)
    view_width = float(re.search(r'viewBox="0 0 ([0-9.]+)', svg).group(1))  # type: ignore[union-attr]
    k = image.width / view_width
    selection = select_path(tricky_trace(), "beam")
    scale = scale_for("probability")
    boxes = re.findall(r'<rect x="([0-9.]+)" y="([0-9.]+)" width="([0-9.]+)" height="([0-9.]+)" rx="1.5" '
                       r'fill="(#[0-9a-f]{6})" class="tg-token" data-pos="(\d+)"', svg)
    assert len(boxes) == len(selection.steps)
    for x, y, _w, _h, fill, pos in boxes[:3]:
        step = selection.steps[int(pos) - 1]
        assert fill == scale.colour(math.exp(step.logprob))
        # a pixel in the swatch's left margin, inside the box and clear of the glyphs
        pixel = image.getpixel((int((float(x) + 1.2) * k), int((float(y) + 2) * k)))
        assert "#{:02x}{:02x}{:02x}".format(*pixel) == fill


def test_png_width_in_px_scales_with_dpi(trace_path: Path, tmp_path: Path) -> None:
    from PIL import Image

    out, svg = tmp_path / "t.png", tmp_path / "t.svg"
    assert run(str(trace_path), "-o", str(out), "--width", "400px", "--dpi", "192")[0] == 0
    assert run(str(trace_path), "-o", str(svg), "--width", "400px")[0] == 0
    shown_px = float(re.search(r'width="([0-9.]+)px"', svg.read_text()).group(1))  # type: ignore[union-attr]
    assert shown_px <= 400
    assert Image.open(out).width == round(shown_px * 2)


@pytest.mark.parametrize(("args", "message"), [
    (["--run", "nope"], "no run 'nope' in the trace"),
    (["--result", "7"], "has no result 7"),
    (["--node", "99"], "has no node 99"),
    (["--result", "1", "--node", "2"], "give a result or a node, not both"),
    (["--width", "wide"], "--width 'wide' is not a length"),
    (["--annotate", "0"], "positions count from 1"),
    (["--annotate", "40"], "beyond the path's 5 tokens"),
    (["--annotate", "x,y"], "is not a list of positions"),
    (["--kind", "tree", "--annotate", "auto"], "text kind only"),
    (["--font", "x;}<"], "is not a font family name"),
    (["--font-size", "99"], "out of range"),
    (["--min-prob", "1.5"], "not a probability"),
    (["--kind", "pie"], "'pie' is not one of"),
    (["-o", "figure.gif"], "cannot tell the format"),
])
def test_mistakes_are_one_line_and_write_nothing(trace_path: Path, args: list[str], message: str) -> None:
    before = sorted(p.name for p in trace_path.parent.iterdir())
    code, output = run(str(trace_path), *args)
    assert code in (1, 2)
    lines = output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and message in lines[0], output
    assert sorted(p.name for p in trace_path.parent.iterdir()) == before


def test_missing_trace_and_directory_and_overwrite(trace_path: Path, tmp_path: Path) -> None:
    code, output = run(str(tmp_path / "missing.json"))
    assert code == 1 and output.startswith("Error: ") and "no such file" in output
    code, output = run(str(trace_path), "-o", str(tmp_path / "nope" / "x.svg"))
    assert code == 1 and "does not exist" in output
    before = trace_path.read_bytes()
    code, output = run(str(trace_path), "-o", str(trace_path), "--format", "svg")
    assert code == 1 and "that is the input" in output and trace_path.read_bytes() == before


@pytest.mark.integration
def test_figure_does_not_import_torch(trace_path: Path, tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from tracegen.cli import main\n"
        f"r = CliRunner().invoke(main, ['figure', {str(trace_path)!r}, '-o', {str(tmp_path / 'x.png')!r}])\n"
        "assert r.exit_code == 0, r.output\n"
        "heavy = sorted(m for m in ('torch', 'transformers', 'numpy') if m in sys.modules)\n"
        "print(','.join(heavy) or 'none')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "none"


@pytest.mark.integration
def test_installed_executable(trace_path: Path, tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("tracegen")
    if not exe.exists():
        pytest.skip("no tracegen executable beside this Python")
    out = tmp_path / "fig.tex"
    ok = subprocess.run([str(exe), "figure", str(trace_path), "--kind", "tree", "-o", str(out)],
                        capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert out.read_text().startswith("% tracegen tree")
    bad = subprocess.run([str(exe), "figure", str(trace_path), "--node", "x"], capture_output=True, text=True)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and bad.stderr.startswith("Error: ")
