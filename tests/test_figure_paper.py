"""Figures in the papers they are made for: a page of each usual class, every kind in a column at
the default width and at ``\\columnwidth``, and across both columns at ``\\textwidth``, compiled by
pdflatex; no box may be overfull, and every glyph TeX prints is legible (tokens >= 7 pt, any
other text >= 6 pt, read back from the PDF by pdfminer).

Debian's TeX Live has article, IEEEtran and acmart (texlive-publishers); the ACL and NeurIPS
styles are not packaged, so their pages use the class's own page geometry (ACL: two 7.7 cm
columns; NeurIPS: one 5.5 in column) on article, unless the real style file is installed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from figure_tools import compile_tex, require
from synthetic_traces import synthetic_trace, tricky_trace

from tracegen.figure import FigureOptions, parse_length, render_figure

TEX = pytest.mark.integration
KINDS = ("text", "tree", "distribution", "strip")


@dataclass(frozen=True)
class PaperClass:
    name: str
    preamble: str
    begin: str = ""
    two_columns: bool = True
    needs: str = ""  # a file kpsewhich must find, else the class is skipped
    style: str = ""  # the real style file, used where installed instead of the geometry

    def available(self) -> bool:
        return not self.needs or _kpsewhich(self.needs)


def _kpsewhich(name: str) -> bool:
    if shutil.which("kpsewhich") is None:
        return False
    return subprocess.run(["kpsewhich", name], capture_output=True, text=True).stdout.strip() != ""


COMMON = "\\usepackage[T1]{fontenc}\n\\usepackage{lmodern}\n\\usepackage{xcolor}\n\\usepackage{tikz}\n"
CLASSES = [
    PaperClass("article", "\\documentclass[10pt,twocolumn]{article}\n" + COMMON),
    PaperClass("ieeetran", "\\documentclass[conference]{IEEEtran}\n" + COMMON, needs="IEEEtran.cls"),
    PaperClass("acmart", "\\documentclass[sigconf]{acmart}\n\\settopmatter{printacmref=false}\n\\setcopyright{none}\n"
               "\\renewcommand\\footnotetextcopyrightpermission[1]{}\n\\usepackage{tikz}\n",
               begin="\\title{Figures}\\maketitle\n", needs="acmart.cls"),
    PaperClass("acl", "\\documentclass[11pt,twocolumn]{article}\n\\usepackage[textwidth=16cm,columnsep=0.6cm,"
               "a4paper]{geometry}\n" + COMMON, needs="geometry.sty", style="acl.sty"),
    PaperClass("neurips", "\\documentclass[10pt]{article}\n\\usepackage[textwidth=5.5in,letterpaper]{geometry}\n"
               + COMMON, two_columns=False, needs="geometry.sty", style="neurips_2024.sty"),
]


def _options(kind: str, width: str | None) -> FigureOptions:
    return FigureOptions(width=None if width is None else parse_length(width),
                         annotate="auto" if kind == "text" else None)


def _figures(tmp_path: Path, paper: PaperClass) -> str:
    """The body: each kind at the default width and at \\columnwidth, then at \\textwidth."""
    traces = {"text": (tricky_trace(), "beam"), "tree": (synthetic_trace(400, depth=12), None),
              "distribution": (tricky_trace(), "beam"), "strip": (synthetic_trace(120, depth=60), None)}
    body = []
    widths = [None, r"\columnwidth"] + ([r"\textwidth"] if paper.two_columns else [])
    for width in widths:
        for kind in KINDS:
            trace, run = traces[kind]
            name = f"{kind}-{len(body)}.tex"
            (tmp_path / name).write_text(render_figure(trace, kind, run=run, format="tex",
                                                       options=_options(kind, width)), encoding="utf-8")
            env = "figure*" if width == r"\textwidth" else "figure"
            body.append(f"\\begin{{{env}}}[p]\n\\input{{{name}}}\n\\caption{{{kind}, {(width or 'default').lstrip(chr(92))}}}\n"
                        f"\\end{{{env}}}\n")
    return "".join(body)


def _page(tmp_path: Path, paper: PaperClass) -> Path:
    preamble = paper.preamble
    if paper.style and _kpsewhich(paper.style):  # the real style, where a TeX Live has it
        preamble = "\\documentclass[11pt]{article}\n" + f"\\usepackage{{{paper.style[:-4]}}}\n" + COMMON
    source = (preamble + "\\begin{document}\n" + paper.begin + "Text before the figures.\n\n"
              + _figures(tmp_path, paper) + "\\clearpage Text after the figures.\n\\end{document}\n")
    path = tmp_path / f"{paper.name}.tex"
    path.write_text(source, encoding="utf-8")
    return path


def _printed_sizes(pdf: Path) -> list[tuple[str, str, float]]:
    """Every glyph TeX printed: (character, font name, printed size in pt)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTContainer

    out = []

    def walk(item) -> None:
        if isinstance(item, LTChar):
            size = item.size if item.upright else item.width if item.width > item.height else item.height
            out.append((item.get_text(), item.fontname, size))
        elif isinstance(item, LTContainer):
            for child in item:
                walk(child)

    for page in extract_pages(str(pdf)):
        walk(page)
    return out


@TEX
@pytest.mark.parametrize("paper", CLASSES, ids=[c.name for c in CLASSES])
def test_every_kind_fits_the_class_and_stays_legible(tmp_path: Path, paper: PaperClass) -> None:
    require("pdflatex")
    if not paper.available():
        pytest.skip(f"{paper.needs} is not installed (make figure-tools)")
    pdf = compile_tex(_page(tmp_path, paper), "pdflatex")
    log = pdf.with_suffix(".log").read_text(errors="replace")
    overfull = re.findall(r"Overfull \\[hv]box \(([0-9.]+)pt too (?:wide|high)\)[^\n]*\n", log)
    assert not overfull, f"{paper.name}: overfull boxes {overfull}"
    sizes = _printed_sizes(pdf)
    figure_glyphs = [(c, f, s) for c, f, s in sizes if s < 9.5]  # the body text is 9 pt or more
    tokens = [s for _, font, s in figure_glyphs if re.search(r"mono|lmtt|typewriter|cmtt|tt\d", font, re.I)]
    assert tokens, "no token text found"
    assert min(tokens) >= 7 - 0.05, f"{paper.name}: tokens printed at {min(tokens):.2f} pt"
    smallest = min(s for _, _, s in figure_glyphs)
    assert smallest >= 6 - 0.05, f"{paper.name}: text printed at {smallest:.2f} pt " \
        f"({[c for c, _, s in figure_glyphs if s == smallest][:10]})"


@TEX
def test_a_tex_width_scales_the_picture_to_it(tmp_path: Path) -> None:
    """``\\columnwidth`` and ``0.5\\textwidth``: the picture is as wide as TeX says, whatever the class."""
    require("pdflatex")
    for width in (r"\columnwidth", r"0.5\textwidth"):
        snippet = render_figure(tricky_trace(), "strip", run="beam", format="tex",
                                options=FigureOptions(width=parse_length(width)))
        assert f"\\ifdim{width}<" in snippet
        (tmp_path / "fig.tex").write_text(snippet, encoding="utf-8")
    source = ("\\documentclass[twocolumn]{article}\n" + COMMON + "\\begin{document}\n"
              "\\setbox0=\\hbox{\\input{fig.tex}}\\typeout{WIDTH=\\the\\wd0;COLUMN=\\the\\columnwidth;"
              "TEXT=\\the\\textwidth}\n\\end{document}\n")
    path = tmp_path / "measure.tex"
    path.write_text(source, encoding="utf-8")
    log = compile_tex(path, "pdflatex").with_suffix(".log").read_text(errors="replace")
    found = re.search(r"WIDTH=([0-9.]+)pt;COLUMN=([0-9.]+)pt;TEXT=([0-9.]+)pt", log)
    assert found, log[-1500:]
    width, column, text = (float(g) for g in found.groups())
    nominal = parse_length(r"0.5\textwidth").px * 0.75
    assert width == pytest.approx(min(0.5 * text, nominal * 1.25), abs=0.05)


def test_tex_lengths_are_for_tex_only() -> None:
    from tracegen.errors import TracegenError

    with pytest.raises(TracegenError, match="only TeX output"):
        render_figure(tricky_trace(), "strip", run="beam", format="svg",
                      options=FigureOptions(width=parse_length(r"\columnwidth")))
    assert str(parse_length(r"\linewidth")) == r"\linewidth"
    assert str(parse_length(r" 0.5\textwidth ")) == r"0.5\textwidth"
    assert parse_length(r"\columnwidth").px == pytest.approx(parse_length("7.7cm").px)
