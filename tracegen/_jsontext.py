"""What every reader of JSON text from a user shares: the nesting limit, JSON Lines, and
the checks that keep a value writable as the JSON it came from.

The limits are the format's (``docs/trace-format.md``, "Limits"): tracegen reads no JSON
nested deeper than ``MAX_DEPTH`` and writes none, so whatever it writes it can read back
(orjson writes at most 254 levels and reads at most 1,024; Python's ``json`` fails near
1,000). Integers a trace uses as ids stay within ``MAX_SAFE_INTEGER``, the largest a
JavaScript number (the viewer) holds exactly.
"""

from __future__ import annotations

import math
import re
from typing import Any

import orjson

# Real responses and traces nest fewer than 10 levels; 100 leaves room for any extra field
# and stays far below every limit of the libraries that read or write them.
MAX_DEPTH = 100
MAX_SAFE_INTEGER = 2**53 - 1
BOM = "\ufeff"
# JSON's own whitespace: a line of only these is blank (str.strip would also eat U+2028...).
_JSON_SPACE = " \t\r\n"


def strip_bom(text: str) -> str:
    """``text`` without a leading UTF-8 byte order mark (editors on Windows add one)."""
    return text[1:] if text.startswith(BOM) else text


def json_lines(text: str) -> list[tuple[int, str]]:
    """``(line number, line)`` of each non-blank line of JSON Lines text, numbered from 1.

    Lines end at ``"\\n"`` only: U+2028, U+2029 and U+0085 are valid inside a JSON string
    (``str.splitlines`` would cut a record there). A leading BOM is dropped.
    """
    return [(number, line) for number, line in enumerate(strip_bom(text).split("\n"), start=1)
            if line.strip(_JSON_SPACE)]


def is_safe_integer(value: Any) -> bool:
    """Whether ``value`` is an integer (not a bool) a JavaScript number holds exactly."""
    return isinstance(value, int) and not isinstance(value, bool) and -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER


def json_kind(value: Any) -> str:
    """What a parsed JSON value is, in words for an error message: ``an object``, ``null``..."""
    if value is None:
        return "null"
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean", int: "an integer",
            float: "a number"}.get(type(value), type(value).__name__)


def shown(value: Any) -> str:
    """A value for an error message: a number as written, anything else by its kind (a
    string or a list from the input could be long, or break the one-line message)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return repr(value)
    return json_kind(value)


def first_problem(value: Any, *, depth: int = 1, limit: int = MAX_DEPTH, strict: bool = False,
                  text: bool = True) -> tuple[str, str] | None:
    """A part of a parsed JSON value that cannot be written back as JSON text, if any.

    Finds an array or object nested deeper than ``limit`` (counting ``value`` itself as
    level ``depth``), a string or key holding a lone surrogate (not text: no UTF-8 encodes
    it), a key that is not a string, and with ``strict`` what JSON text cannot hold as the
    same value: NaN, an infinity, an integer beyond 64 bits (orjson writes NaN as ``null``
    and refuses big integers). ``text=False`` skips the strings, for a value parsed from text
    that holds no surrogate escape (``may_hold_surrogates``).

    Returns:
        ``(path, problem)``, the path relative to ``value`` (``""``, ``"a.b[2]"``), or
        ``None`` when the whole value is fine.
    """
    if depth <= limit and writes_back_as_itself(value, limit - depth):
        return None
    scalars = text or strict
    problem = _scalar_problem(value, strict) if scalars else None
    if problem is not None:
        return "", problem
    # An explicit stack of containers (no recursion limit); each entry's path is a
    # (parent, key) chain, rendered only when there is a problem to report.
    stack: list[tuple[Any, Any, int]] = [(value, None, depth)] if isinstance(value, (dict, list)) else []
    while stack:
        item, path, level = stack.pop()
        if level > limit:
            return _render(path), f"nested deeper than {limit} levels"
        is_dict = isinstance(item, dict)
        for key, child in item.items() if is_dict else enumerate(item):
            if is_dict and scalars:
                if not isinstance(key, str):
                    return _render((path, key)), "a key that is not a string"
                bad = lone_surrogate(key)
                if bad is not None:
                    return _render(path), f"a key with a lone surrogate {bad} is not text"
            if isinstance(child, (dict, list)):
                stack.append((child, (path, key), level + 1))
            elif scalars:
                problem = _scalar_problem(child, strict)
                if problem is not None:
                    return _render((path, key)), problem
    return None


def writes_back_as_itself(value: Any, room: int = MAX_DEPTH - 1) -> bool:
    """Whether ``value`` is plain JSON (dicts with string keys, lists, text, finite numbers,
    64-bit integers, booleans, null) nesting at most ``room`` levels below itself: checked
    at C speed by orjson (a trace holds a million values).

    ``True`` means ``first_problem`` finds nothing in any mode; ``False`` only that it must
    look (a NaN, nesting at the limit, what orjson cannot write...), and it alone names what is wrong.
    """
    try:
        # orjson refuses a lone surrogate, a key that is not a string and an integer beyond
        # 64 bits; indented, a line's indent is its nesting (no string holds a raw newline).
        written = orjson.dumps(value, option=orjson.OPT_INDENT_2)
    except TypeError:  # orjson.JSONEncodeError, and what orjson cannot write at all
        return False
    if b"\n" + b"  " * (room + 1) in written:  # a line nested past the room: maybe too deep
        return False
    # orjson writes NaN and the infinities as null: with a null anywhere, compare the value
    # read back (a NaN reads back as None, a tuple as a list: not equal, so False).
    return b"null" not in written or orjson.loads(written) == value


def may_hold_surrogates(json_text: str) -> bool:
    """Whether JSON text (decoded from UTF-8, so with no surrogate of its own) has a
    ``\\uD800``-``\\uDFFF`` escape: the only way a parsed string can hold a lone surrogate."""
    return _SURROGATE_ESCAPE.search(json_text) is not None


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abcdefABCDEF]")


def _scalar_problem(item: Any, strict: bool) -> str | None:
    if isinstance(item, str):
        bad = lone_surrogate(item)
        return None if bad is None else f"a lone surrogate {bad} is not text"
    if strict and isinstance(item, float) and not math.isfinite(item):
        return f"{item} is not a JSON number"
    if strict and isinstance(item, int) and not -(2**63) <= item < 2**64:
        return "an integer beyond 64 bits"
    return None


def nesting(value: Any) -> int:
    """How deep ``value`` nests: 0 for a scalar, 1 for ``[]`` or ``{}``, 2 for ``[[]]``."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, level)
            stack.extend((child, level + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def lone_surrogate(text: str) -> str | None:
    """The first lone surrogate in ``text`` written as ``\\udXXX``, or ``None``."""
    if text.isascii():
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"\\u{ord(text[exc.start]):04x}"
    return None


def _render(path: Any) -> str:
    keys = []
    while path is not None:
        path, key = path
        keys.append(key)
    keys.reverse()
    shown = keys if len(keys) <= _SHOWN_KEYS else keys[:_SHOWN_KEYS]
    out = ""
    for key in shown:
        if isinstance(key, str) and _PLAIN_KEY.fullmatch(key):
            out += f".{key}" if out else key
        else:  # an index, or a key that could break the one-line message: as Python writes it
            out += f"[{key!r}]"
    return out + ("..." if len(shown) < len(keys) else "")


_SHOWN_KEYS = 8  # a path into deep nesting: where it starts is enough


_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
