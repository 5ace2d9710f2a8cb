"""Outcome functions: a rollout's text -> a label (or ``None``), named by a spec string.

A spec is ``regex:PATTERN`` (the first group, else the whole match), ``last-number``,
``choice:A,B,C,D`` (the first option to appear as a whole word) or
``python:MODULE:FUNCTION`` (any callable ``text -> label or None``: a classifier, an LLM
judge). ``outcome_for(spec)`` builds one; a label is a string compared exactly, after the
function's own normalisation. Other features (``corpus summarize --outcome``) import this
module: it depends on nothing but the standard library.
"""

from __future__ import annotations

import importlib
import re
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import Any

from ..errors import ParameterError

# Numbers as people write them in answers: a sign, thousands separators, decimals.
_NUMBER = re.compile(r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")


class Outcome(ABC):
    """One outcome function: ``outcome(text)`` is the label of ``text`` or ``None``."""

    #: The spec's prefix (``regex``, ``last-number``, ``choice``, ``python``).
    kind: str

    def __init__(self, spec: str) -> None:
        self.spec = spec

    @abstractmethod
    def __call__(self, text: str) -> str | None:
        """The label of ``text``, ``None`` when it has none."""

    def __repr__(self) -> str:
        return f"outcome_for({self.spec!r})"


class RegexOutcome(Outcome):
    """``regex:PATTERN``: the first match's first group (the whole match if it has no group)."""

    kind = "regex"

    def __init__(self, spec: str) -> None:
        super().__init__(spec)
        pattern = spec.split(":", 1)[1]
        if not pattern:
            raise ParameterError("outcome", "regex: needs a pattern, e.g. regex:answer is (\\w+)")
        try:
            self.pattern = re.compile(pattern)
        except re.error as exc:
            raise ParameterError("outcome", f"regex: {pattern!r} is not a regular expression ({exc})") from None

    def __call__(self, text: str) -> str | None:
        match = self.pattern.search(text)
        if match is None:
            return None
        return match.group(1) if self.pattern.groups else match.group(0)


class LastNumberOutcome(Outcome):
    """``last-number``: the last number in the text, without separators or a ``+``
    (``"1,024.0"`` -> ``"1024.0"``)."""

    kind = "last-number"

    def __init__(self, spec: str) -> None:
        super().__init__(spec)
        if spec != "last-number":
            raise ParameterError("outcome", "last-number takes no argument")

    def __call__(self, text: str) -> str | None:
        numbers = _NUMBER.findall(text)
        return numbers[-1].replace(",", "").lstrip("+") if numbers else None


class ChoiceOutcome(Outcome):
    """``choice:A,B,C,D``: the option that appears first in the text as a whole word."""

    kind = "choice"

    def __init__(self, spec: str) -> None:
        super().__init__(spec)
        self.options = [o.strip() for o in spec.split(":", 1)[1].split(",") if o.strip()]
        if len(self.options) < 2 or len(set(self.options)) != len(self.options):
            raise ParameterError("outcome", "choice: needs two or more distinct options, e.g. choice:A,B,C,D")
        alternation = "|".join(re.escape(o) for o in sorted(self.options, key=len, reverse=True))
        self.pattern = re.compile(rf"(?<!\w)({alternation})(?!\w)")

    def __call__(self, text: str) -> str | None:
        match = self.pattern.search(text)
        return match.group(1) if match else None


class PythonOutcome(Outcome):
    """``python:MODULE:FUNCTION``: the user's function; a result that is not ``None`` becomes a
    string with ``str``."""

    kind = "python"

    def __init__(self, spec: str) -> None:
        super().__init__(spec)
        parts = spec.split(":")
        if len(parts) != 3 or not parts[1] or not parts[2]:
            raise ParameterError("outcome", "python: needs MODULE:FUNCTION, e.g. python:mymodule:judge")
        try:
            module = importlib.import_module(parts[1])
        except ImportError as exc:
            raise ParameterError("outcome", f"python: cannot import {parts[1]!r} ({exc})") from None
        function = getattr(module, parts[2], None)
        if not callable(function):
            raise ParameterError("outcome", f"python: {parts[1]!r} has no function {parts[2]!r}")
        self.function: Callable[[str], Any] = function

    def __call__(self, text: str) -> str | None:
        label = self.function(text)
        return None if label is None else str(label)


OUTCOMES: dict[str, type[Outcome]] = {
    "regex": RegexOutcome,
    "last-number": LastNumberOutcome,
    "choice": ChoiceOutcome,
    "python": PythonOutcome,
}


def outcome_for(spec: str | Outcome) -> Outcome:
    """The outcome function named by ``spec`` (an ``Outcome`` is returned as it is).

    Raises:
        ParameterError: An unknown kind or a bad argument (named ``outcome``).
    """
    if isinstance(spec, Outcome):
        return spec
    if not isinstance(spec, str) or not spec:
        raise ParameterError("outcome", "must be a spec such as regex:PATTERN, last-number, choice:A,B or "
                                        "python:MODULE:FUNCTION")
    kind = spec.split(":", 1)[0]
    if kind not in OUTCOMES:
        raise ParameterError("outcome", f"{kind!r} is not one of regex:, last-number, choice:, python:")
    return OUTCOMES[kind](spec)
