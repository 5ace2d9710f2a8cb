"""Checks of parsed JSON values, written once for every reader of JSON a user hands tracegen:
the trace reader (``io.py``, ``validate.py``, ``fork.py``), the response parsers
(``tracegen.logprobs``, ``tracegen.importing``, the openai backend) and the live API.

- Predicates (``is_integer``, ``is_number``, ``is_finite``) answer yes or no and tell the type
  checker what a ``True`` means. A bool is never a number here, though Python's ``True`` is an ``int``.
- ``expect_*``, ``optional_*`` and ``required`` return the value or raise ``FieldError``, whose
  message starts with the field's path as the caller names it (``runs[0].nodes[3].top[1]``,
  ``choices[0].logprobs``); a caller that knows more (the file, the record) puts it in front.
"""

from __future__ import annotations

import math
from typing import Any, TypeGuard

from .._jsontext import MAX_SAFE_INTEGER, is_safe_integer, json_kind, shown
from ..errors import TracegenError


class FieldError(TracegenError):
    """A JSON field that is missing or has the wrong type; the message starts with its path."""


# -- predicates ------------------------------------------------------------------------------


def is_integer(value: Any) -> TypeGuard[int]:
    """Whether ``value`` is an ``int`` and not a bool."""
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: Any) -> TypeGuard[int | float]:
    """Whether ``value`` is an ``int`` or a ``float`` (NaN and infinities too), and not a bool."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def is_finite(value: Any) -> TypeGuard[int | float]:
    """Whether ``value`` is a number (not a bool) other than NaN and the infinities."""
    return is_number(value) and math.isfinite(value)


# -- checks that name the field --------------------------------------------------------------


def missing(where: str, key: str, why: str | None = None) -> FieldError:
    """The error for a field ``key`` of the object at ``where`` that is not there; ``why``: what
    its absence tells the user (``the request did not ask for logprobs``)."""
    message = f"{where}.{key}: missing" if where else f"{key}: missing"
    return FieldError(f"{message}: {why}" if why else message)


def required(obj: dict[str, Any], key: str, where: str) -> Any:
    """``obj[key]``, a field that must be present (its value may be null)."""
    if key not in obj:
        raise missing(where, key)
    return obj[key]


def expect_dict(value: Any, where: str) -> dict[str, Any]:
    """``value`` if it is an object."""
    if not isinstance(value, dict):
        raise FieldError(f"{where} must be an object, got {json_kind(value)}")
    return value


def expect_list(value: Any, where: str) -> list[Any]:
    """``value`` if it is a list."""
    if not isinstance(value, list):
        raise FieldError(f"{where} must be a list, got {json_kind(value)}")
    return value


def optional_list(value: Any, where: str) -> list[Any] | None:
    """``value`` if it is a list, ``None`` if it is null."""
    return None if value is None else expect_list(value, where)


def expect_str(value: Any, where: str) -> str:
    """``value`` if it is a string."""
    if not isinstance(value, str):
        raise FieldError(f"{where} must be a string, got {json_kind(value)}")
    return value


def expect_bool(value: Any, where: str) -> bool:
    """``value`` if it is ``true`` or ``false``."""
    if not isinstance(value, bool):
        raise FieldError(f"{where} must be true or false, got {json_kind(value)}")
    return value


def expect_int(value: Any, where: str) -> int:
    """``value`` if it is an integer a JavaScript number holds exactly (within ±(2**53 - 1))."""
    if not is_safe_integer(value):
        raise FieldError(f"{where} must be an integer from {-MAX_SAFE_INTEGER} to {MAX_SAFE_INTEGER}, "
                         f"got {shown(value)}")
    return value


def optional_int(value: Any, where: str) -> int | None:
    """``expect_int``, or ``None`` if ``value`` is null."""
    return None if value is None else expect_int(value, where)


def expect_number(value: Any, where: str) -> int | float:
    """``value`` if it is a number (an integer or a float, not a bool)."""
    if not is_number(value):
        raise FieldError(f"{where} must be a number, got {json_kind(value)}")
    return value


def optional_number(value: Any, where: str) -> int | float | None:
    """``value`` if it is a number, ``None`` if it is null."""
    if value is None:
        return None
    if not isinstance(value, int | float) or isinstance(value, bool):  # is_number inline: once per node
        raise FieldError(f"{where} must be a number or null, got {json_kind(value)}")
    return value


def expect_token_id(value: Any, where: str) -> int:
    """``value`` if it is a token id: an integer from 0 to 2**53 - 1 (what the viewer holds exactly)."""
    if not is_safe_integer(value) or value < 0:
        raise FieldError(f"{where} must be a token id (an integer from 0 to {MAX_SAFE_INTEGER}), got {shown(value)}")
    return value
