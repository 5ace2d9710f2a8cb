"""Helpers for the figure tests: the external tools (TeX Live, poppler), and what text a figure must show."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tracegen.figure.glyphs import visible

TEX_ENGINES = ("pdflatex", "lualatex", "xelatex")
# An article that \input's a snippet; pdflatex gets what a snippet's header asks for.
ARTICLE = r"""\documentclass{article}
\ifdefined\Umathcode\else
  \usepackage[T1]{fontenc}
\fi
\usepackage{lmodern}
\usepackage{xcolor}
\usepackage{tikz}
\begin{document}
Before the figure.
\begin{figure}[h]
\input{%s}
\caption{A figure.}
\end{figure}
After the figure.
\end{document}
"""


def require(tool: str) -> str:
    """The tool's path; a skip where it is missing, a failure under CI (``make test`` installs it)."""
    path = shutil.which(tool)
    if path is None:
        message = f"{tool} is not installed (make figure-tools)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def compile_tex(source: Path, engine: str = "pdflatex", shell_escape: bool = False) -> Path:
    """Compile ``source`` in its directory; the PDF, or a failure showing TeX's error."""
    require(engine)
    args = [engine, "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape"]
    if shell_escape:
        args[-1] = "-shell-escape"
    proc = subprocess.run([*args, source.name], cwd=source.parent, capture_output=True, text=True,
                          errors="replace", timeout=180)
    log = source.with_suffix(".log")
    if proc.returncode != 0:
        text = log.read_text(errors="replace") if log.exists() else proc.stdout
        errors = [line for line in text.splitlines() if line.startswith("!")]
        pytest.fail(f"{engine} failed on {source.name}: {errors[:3]}\n{text[-2000:]}")
    return source.with_suffix(".pdf")


def pdf_text(pdf: Path) -> str:
    require("pdftotext")
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


# What pdftotext writes for a few glyphs the fonts name differently from the ASCII character.
_PDF_EQUIVALENTS = {"\u02dc": "~", "\u02c6": "^", "\u2019": "'", "\u2018": "`", "\u2026": "...", "\u2014": "--",
                    "\u2013": "-", "\u00a0": " "}


def squeeze(text: str) -> str:
    """Text without whitespace, for comparing what a renderer shows with what a token holds."""
    for glyph, ascii_text in _PDF_EQUIVALENTS.items():
        text = text.replace(glyph, ascii_text)
    return "".join(text.split())


def shown(token: str, unicode_engine: bool = True, has_glyph=lambda c: True) -> str:
    """What a figure shows for ``token``: labels for hidden characters, ``<U+XXXX>`` for characters
    the engine cannot typeset (``has_glyph``), newlines and tabs as layout."""
    out = []
    for char in visible(token.replace("\n", "").replace("\t", "")):
        out.append(char if (ord(char) < 0x80 or has_glyph(char)) else f"<U+{ord(char):04X}>")
    return "".join(out)


def assert_in_order(haystack: str, needles: list[str]) -> None:
    """Each needle occurs in ``haystack`` after the previous one (whitespace ignored)."""
    text = squeeze(haystack)
    at = 0
    for needle in needles:
        wanted = squeeze(needle)
        if not wanted:
            continue
        found = text.find(wanted, at)
        assert found >= 0, f"{wanted!r} not found in order after ...{text[max(0, at - 80):at]!r}"
        at = found + len(wanted)
