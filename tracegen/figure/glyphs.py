"""Token text as a figure may draw it: characters that must not be drawn as themselves become labels.

Token text is untrusted and can hold anything a model emits. Control characters (NUL and
the rest), bidirectional controls (which would reorder the text around them), other
invisible format characters, surrogates, private-use and unassigned code points are shown
as a visible ``<U+202E>`` label: never dropped, never able to move or hide other text, and
never a character an XML parser refuses. Newlines and tabs are layout, handled by the
kinds that flow text.

Widths are monospace columns (the figures lay text out on a fixed grid so the output does
not depend on the fonts of the machine that made it): East Asian wide characters take two,
combining marks none.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Format characters that are safe and needed to draw emoji sequences and some scripts.
_JOINERS = {0x200C, 0x200D}
_LABELLED_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


@dataclass(frozen=True)
class Hidden:
    """A character shown as its code point label instead of itself."""

    codepoint: int

    @property
    def hex(self) -> str:
        """Upper-case hex digits, at least 4 (TeX reads only upper-case hex)."""
        return f"{self.codepoint:04X}"

    @property
    def label(self) -> str:
        return f"<U+{self.hex}>"


Part = str | Hidden


@lru_cache(maxsize=4096)
def is_hidden(char: str) -> bool:
    """Whether ``char`` is drawn as a label rather than itself."""
    code = ord(char)
    if code in _JOINERS:
        return False
    if code in (0xFFFE, 0xFFFF) or 0xFDD0 <= code <= 0xFDEF:
        return True  # noncharacters: not allowed in XML
    return unicodedata.category(char) in _LABELLED_CATEGORIES


def parts(text: str) -> list[Part]:
    """``text`` split into runs of drawable characters and single ``Hidden`` characters."""
    out: list[Part] = []
    run: list[str] = []
    for char in text:
        if is_hidden(char):
            if run:
                out.append("".join(run))
                run = []
            out.append(Hidden(ord(char)))
        else:
            run.append(char)
    if run:
        out.append("".join(run))
    return out


def visible(text: str) -> str:
    """``text`` with every hidden character replaced by its label (what SVG draws)."""
    return "".join(p if isinstance(p, str) else p.label for p in parts(text))


@lru_cache(maxsize=4096)
def char_columns(char: str) -> int:
    if unicodedata.combining(char) or ord(char) in _JOINERS or 0xFE00 <= ord(char) <= 0xFE0F:
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def columns(text: str) -> int:
    """Monospace columns ``text`` takes when drawn (labels counted as drawn)."""
    return sum(char_columns(c) for c in visible(text))


def truncate(text: str, max_columns: int) -> str:
    """``text`` cut to at most ``max_columns`` columns, ending in ``…`` when it was cut."""
    shown = visible(text)
    if columns(shown) <= max_columns:
        return shown
    out: list[str] = []
    used = 0
    for char in shown:
        width = char_columns(char)
        if used + width > max_columns - 1:
            break
        out.append(char)
        used += width
    return "".join(out) + "\u2026"


def candidate_label(text: str) -> str:
    """A token's text for labels and lists: whitespace made visible, empty shown as ``∅``.

    The viewer's ``candidateLabel``: space ``·``, tab ``→``, CR ``␍``, newline ``↵``.
    """
    if text == "":
        return "\u2205"
    return text.replace(" ", "\u00b7").replace("\t", "\u2192").replace("\r", "\u240d").replace("\n", "\u21b5")
