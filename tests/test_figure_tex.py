"""TeX figures compiled by Debian's TeX Live: every kind with pdflatex, lualatex and xelatex, as a
standalone document and \\input into an article; the PDF's text holds the tokens, in order, literally."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from figure_tools import ARTICLE, TEX_ENGINES, assert_in_order, compile_tex, pdf_text, shown
from figure_traces import HOSTILE, hostile_trace
from synthetic_traces import tricky_trace

from tracegen.figure import FigureOptions, render_figure
from tracegen.figure.selection import select_path
from tracegen.figure.templates import tex_environment
from tracegen.figure.tex_escape import PDFLATEX_SAFE, TexCode, tex_escape

KINDS = ("text", "tree", "distribution", "strip")
# compiling runs TeX Live in a subprocess: the integration tier (make test), not make test-fast
TEX = pytest.mark.integration
# Tokens that come out of every engine as written (ASCII after escaping, or letters T1 has).
LITERAL = [t for t in HOSTILE if all(ord(c) < 0x7F or ord(c) in PDFLATEX_SAFE for c in t) and "\t" not in t]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def expected_text(kind: str) -> list[str]:
    """What the PDF must show, in order, for the hostile run."""
    selection = select_path(hostile_trace(), "hostile")
    if kind == "text":
        return [t for t in (shown(s.text) for s in selection.segments) if t in [shown(x) for x in LITERAL]]
    if kind == "distribution":
        return ["</svg>", "\u00b7the"]  # the root's top-2, by rank
    if kind == "strip":
        return ["1", "2", "3"]
    return ["</svg>"]


@TEX
@pytest.mark.parametrize("engine", TEX_ENGINES)
@pytest.mark.parametrize("kind", KINDS)
def test_standalone_compiles_and_shows_the_tokens(tmp_path: Path, kind: str, engine: str) -> None:
    source = render_figure(hostile_trace(), kind, run="hostile", format="tex",
                           options=FigureOptions(standalone=True, annotate="auto" if kind == "text" else None))
    pdf = compile_tex(write(tmp_path, f"{kind}.tex", source), engine)
    text = pdf_text(pdf)
    assert_in_order(text, expected_text(kind))
    assert "root:x:0" not in text


@TEX
@pytest.mark.parametrize("kind", KINDS)
def test_snippet_inputs_into_an_article(tmp_path: Path, kind: str) -> None:
    for run in ("hostile", "beam"):
        write(tmp_path, f"{kind}-{run}.tex", render_figure(hostile_trace(), kind, run=run, format="tex"))
        pdf = compile_tex(write(tmp_path, f"paper-{kind}-{run}.tex", ARTICLE % f"{kind}-{run}.tex"), "pdflatex")
        text = pdf_text(pdf)
        for words in ("Before the figure.", "Figure 1: A figure.", "After the figure."):  # a float: any order
            assert words in text
    assert_in_order(pdf_text(tmp_path / f"paper-{kind}-hostile.pdf"), expected_text(kind))


@TEX
def test_two_snippets_in_one_document_do_not_clash(tmp_path: Path) -> None:
    write(tmp_path, "a.tex", render_figure(tricky_trace(), "text", run="beam", format="tex"))
    write(tmp_path, "b.tex", render_figure(tricky_trace(), "tree", run="beam", format="tex"))
    both = ARTICLE.replace(r"\input{%s}", r"\input{a.tex}\par\input{b.tex}")
    text = pdf_text(compile_tex(write(tmp_path, "paper.tex", both), "lualatex"))
    assert_in_order(text, ["The", "cat", "sat", "on", "the", "mat", "\u00b7cat"])


@TEX
def test_nothing_in_a_token_runs_even_with_shell_escape(tmp_path: Path) -> None:
    source = render_figure(hostile_trace(), "text", run="hostile", format="tex", options=FigureOptions(standalone=True))
    assert r"\immediate\write18" not in source and r"\input{/etc" not in source
    text = pdf_text(compile_tex(write(tmp_path, "t.tex", source), "pdflatex", shell_escape=True))
    assert not (tmp_path / "PWNED").exists()
    assert_in_order(text, [r"\input{/etc/passwd}", r"\immediate\write18{touch PWNED}", r"\end{document}\\"])
    assert "root:" not in text


@TEX
def test_unicode_engines_draw_what_the_font_has(tmp_path: Path) -> None:
    snippet = render_figure(hostile_trace(), "text", run="hostile", format="tex")
    write(tmp_path, "fig.tex", snippet)
    document = ARTICLE.replace(r"\usepackage{lmodern}", "\\usepackage{fontspec}\n\\setmonofont{DejaVu Sans Mono}")
    for engine in ("lualatex", "xelatex"):
        text = pdf_text(compile_tex(write(tmp_path, f"{engine}.tex", document % "fig.tex"), engine))
        assert "\u03bb" in text and "caf\u00e9" in text  # Greek from DejaVu, Latin-1 from either font
        assert "<U+4E2D><U+6587>" in text  # DejaVu has no CJK: the label, never a silent gap
        assert "<U+202E>evil<U+202C>" in text  # bidi controls are always labels
    pdftext = pdf_text(compile_tex(write(tmp_path, "pdf.tex", ARTICLE % "fig.tex"), "pdflatex"))
    assert "<U+03BB>" in pdftext and "caf\u00e9" in pdftext and "\U0001F600" not in pdftext


@TEX
def test_every_character_declared_safe_for_pdflatex_compiles(tmp_path: Path) -> None:
    chars = " ".join(chr(c) for c in sorted(PDFLATEX_SAFE))  # spaced: the lines must break to fit the page
    body = (f"{{\\ttfamily {tex_escape(chars)}}}\\par {tex_escape(chars)}\\par\n")
    document = ("\\documentclass{article}\\usepackage[T1]{fontenc}\\usepackage{lmodern}\n"
                "\\begin{document}\\sloppy\n" + body + "\\end{document}\n")
    log_path = write(tmp_path, "safe.tex", document)
    text = pdf_text(compile_tex(log_path, "pdflatex"))
    log = log_path.with_suffix(".log").read_text(errors="replace")
    assert "Missing character" not in log and "not set up for use with LaTeX" not in log
    # letters T1 has no glyph for are built from a letter and an accent: compare base letters
    def base(t: str) -> str:
        letters = unicodedata.normalize("NFKD", t).replace("\u0131", "i").replace("\u0237", "j")
        return "".join(c for c in letters if c.isalnum()).replace("\u0110", "\u00d0").replace("\u0111", "\u00f0")
    assert_in_order(base(text), [base(c) for c in chars if c.isalpha()])


@pytest.mark.parametrize("text", ["%", "#", "$", "&", "_", "{", "}", "~", "^", "\\", "\x00", "\n", "\r", "\u202e"])
def test_escaped_text_has_no_bare_special_character(text: str) -> None:
    escaped = tex_escape(f"a{text}b")
    assert "\n" not in escaped and "\r" not in escaped and "\x00" not in escaped
    stripped = escaped
    for command in (r"\textbackslash{}", r"\textasciicircum{}", r"\textasciitilde{}", r"\%", r"\#", r"\$", r"\&",
                    r"\_", r"\{", r"\}"):
        stripped = stripped.replace(command, "")
    stripped = stripped.replace(r"\tgcode{0000}", "").replace(r"\tgcode{000A}", "").replace(r"\tgcode{000D}", "")
    stripped = stripped.replace(r"\tgcode{202E}", "")
    assert stripped == "ab", escaped


def test_tex_templates_refuse_unescaped_text() -> None:
    template = tex_environment().from_string("<< value >>")
    assert template.render(value=TexCode(r"\%")) == r"\%"
    with pytest.raises(TypeError, match="unescaped"):
        template.render(value="%")
