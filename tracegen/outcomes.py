"""Outcome extractors: the answer a continuation gives, to compare with a reference answer.

``outcome_extractor("last-number")`` returns a function ``text -> str | None``. Specs:

- ``last-number``: the last number in the text (``1,234.50`` -> ``1234.5``);
- ``regex:PATTERN``: the last match of ``PATTERN`` (its first group when it has one);
- ``choice:ABCD``: the first of the letters ``A``, ``B``, ... standing alone (``(B)``, ``B.``);
- ``python:MODULE:FUNCTION``: your function of the text.

``tracegen summarize --outcome`` scores runs with it (and ``tracegen fork`` may share it).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable

from .errors import ParameterError

Extractor = Callable[[str], "str | None"]

_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?|-?\.\d+")
KINDS = ("last-number", "regex:PATTERN", "choice:LETTERS", "python:MODULE:FUNCTION")


def outcome_extractor(spec: str) -> Extractor:
    """The extractor ``spec`` names; a bad spec raises ``ParameterError("outcome", ...)``."""
    if spec == "last-number":
        return last_number
    kind, _, rest = spec.partition(":")
    if kind == "regex" and rest:
        try:
            pattern = re.compile(rest)
        except re.error as exc:
            raise ParameterError("outcome", f"regex {rest!r} does not compile ({exc})") from None
        return lambda text: _last_match(pattern, text)
    if kind == "choice" and rest:
        letters = "".join(dict.fromkeys(rest))
        choice = re.compile(r"(?<![A-Za-z0-9])([" + re.escape(letters) + r"])(?![A-Za-z0-9])")
        return lambda text: (m.group(1) if (m := choice.search(text)) else None)
    if kind == "python" and rest.count(":") == 1:
        module, function = rest.split(":")
        try:
            found = getattr(importlib.import_module(module), function)
        except (ImportError, AttributeError) as exc:
            raise ParameterError("outcome", f"cannot import {rest} ({exc})") from None
        return lambda text: _text_or_none(found(text))
    raise ParameterError("outcome", f"{spec!r} is not one of {', '.join(KINDS)}")


def last_number(text: str) -> str | None:
    """The last number in ``text``, normalised (no thousands separators, no trailing zeros)."""
    found = _NUMBER.findall(text)
    if not found:
        return None
    number = found[-1].replace(",", "")
    if "." in number:
        number = number.rstrip("0").rstrip(".")
    return number if number not in ("", "-") else None


def _last_match(pattern: re.Pattern[str], text: str) -> str | None:
    matches = list(pattern.finditer(text))
    if not matches:
        return None
    last = matches[-1]
    return last.group(1) if pattern.groups else last.group(0)


def _text_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def is_correct(extract: Extractor, text: str | None, answer: object) -> bool | None:
    """Whether ``text`` gives ``answer``: the outcomes compared after extraction (the answer's
    own outcome when the extractor finds one in it, else the answer as it is); ``None`` without
    an answer."""
    if answer is None:
        return None
    reference = str(answer).strip()
    reference = extract(reference) or reference
    got = extract(text or "")
    return got is not None and got.strip() == reference
