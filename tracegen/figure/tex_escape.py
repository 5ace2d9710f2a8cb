"""Token text as TeX that typesets it literally, with every engine, and can never run as code.

Escaping is total: the output contains no character TeX would read as a command, a group,
a comment, a parameter or math, and no line break, so ``\\input{/etc/passwd}``,
``\\write18{...}``, ``%``, ``}`` or a newline in a token print as themselves. Characters are
written as:

- printable ASCII: itself, or a command for TeX's special characters and for those whose
  glyph depends on the font encoding (``<``, ``>``, ``|``, quotes), ``-`` and ``,`` broken
  up so no ligature (``--``, ``,,``) forms;
- the Latin-1 and Latin Extended-A letters and common punctuation that pdflatex typesets
  with ``T1`` fonts (``PDFLATEX_SAFE``): themselves, as UTF-8;
- characters ``glyphs`` labels (controls, bidi controls, NUL, ...): ``\\tgcode{202E}``, which
  prints ``<U+202E>``;
- anything else (CJK, emoji, Greek, ...): ``\\tgU{128512}{1F600}`` (decimal, for ``\\char``, and hex: no ``"``,
  which babel may make active): the glyph under LuaLaTeX and
  XeLaTeX when the current font has it, else ``<U+1F600>`` (pdflatex cannot typeset it).

The snippet defines ``\\tgU`` and ``\\tgcode`` itself, inside a group (``MACROS``).
"""

from __future__ import annotations

from .glyphs import Hidden, parts


class TexCode(str):
    """A string that is TeX source made by tracegen (escaped text or its own markup)."""

    __slots__ = ()


_ASCII = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&", "#": r"\#",
    "^": r"\textasciicircum{}", "_": r"\_", "~": r"\textasciitilde{}", "%": r"\%", " ": r"\ ",
    "'": r"\textquotesingle{}", "`": r"\textasciigrave{}", '"': r"\textquotedbl{}",
    "<": r"\textless{}", ">": r"\textgreater{}", "|": r"\textbar{}",
    "-": "-{}", ",": ",{}", "[": "{[}", "]": "{]}",
}
# Drawn with TeX's own symbols: the marks figures use for invisible text, which pdflatex
# could otherwise only show as a code label.
_SYMBOLS = {
    "\u00b7": r"\textperiodcentered{}",
    "\u2192": r"\ensuremath{\rightarrow}",
    "\u21b5": r"\ensuremath{\hookleftarrow}",
    "\u2205": r"\ensuremath{\emptyset}",
    "\u2026": r"\ldots{}",
    "\u00a0": "~",
}


def _ranges(*spans: tuple[int, int]) -> frozenset[int]:
    return frozenset(c for lo, hi in spans for c in range(lo, hi + 1))


# What pdflatex with \usepackage[T1]{fontenc} and lmodern typesets from UTF-8 input
# (tests/test_figure_tex.py compiles every one of them).
PDFLATEX_SAFE = _ranges(
    (0x00A1, 0x00AC), (0x00AE, 0x00FF),  # Latin-1 (U+00AD, the soft hyphen, is a label)
    # Latin Extended-A as LaTeX's t1enc.dfu declares it: not Ħ ħ ĸ Ŀ ŀ ŉ Ŧ ŧ ſ, nor Ĳ ĳ (no typewriter glyph)
    (0x0100, 0x0125), (0x0128, 0x0131), (0x0134, 0x0137), (0x0139, 0x013E), (0x0141, 0x0148), (0x014A, 0x0165),
    (0x0168, 0x017E),
    (0x2013, 0x2014), (0x2018, 0x201A), (0x201C, 0x201E), (0x2020, 0x2022), (0x2030, 0x2030),
    (0x2039, 0x203A), (0x20AC, 0x20AC),
)


def tex_char(char: str) -> str:
    """One character as TeX source."""
    code = ord(char)
    if 0x20 <= code < 0x7F:
        return _ASCII.get(char, char)
    symbol = _SYMBOLS.get(char)
    if symbol is not None:
        return symbol
    if code in PDFLATEX_SAFE:
        return char
    return rf"\tgU{{{code}}}{{{code:04X}}}"


def tex_escape(text: str) -> TexCode:
    """``text`` as TeX source that typesets it literally (see the module docstring).

    Newlines and tabs are labels here: callers that flow text handle them before.
    """
    out: list[str] = []
    for part in parts(text):
        if isinstance(part, Hidden):
            out.append(rf"\tgcode{{{part.hex}}}")
        else:
            out.extend(tex_char(c) for c in part)
    return TexCode("".join(out))


def comment_text(text: str) -> TexCode:
    """``text`` for a ``%`` comment line: ASCII only, no line break can end the comment early."""
    return TexCode(ascii(text)[1:-1])


# \tgU and \tgcode, defined inside the snippet's group so they never clash with the document.
# \Umathcode exists only in the Unicode engines (LuaTeX, XeTeX), where \iffontchar asks the
# current font for the glyph; pdfTeX cannot take a code point above 255, so it prints the label.
MACROS = TexCode(r"""\def\tgcode#1{\begingroup\ttfamily\textless U+#1\textgreater\endgroup}%
\ifdefined\Umathcode
  \def\tgU#1#2{\iffontchar\font#1\relax\char#1\relax\else\tgcode{#2}\fi}%
\else
  \def\tgU#1#2{\tgcode{#2}}%
\fi
""")
