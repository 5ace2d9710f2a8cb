"""The shape checks every response parser makes, in one place: each names the field it refused.

``where`` is always the field's path as the error should show it (``choices[0].logprobs``).
"""

from __future__ import annotations

from typing import Any

from .._jsontext import MAX_SAFE_INTEGER, is_safe_integer, shown
from .._jsontext import json_kind as kind
from ..errors import TracegenError


class ShapeError(TracegenError):
    """A response that does not have the shape its API documents; the message names the field."""


def expect_dict(value: Any, where: str) -> dict[str, Any]:
    """``value`` if it is an object."""
    if not isinstance(value, dict):
        raise ShapeError(f"{where}: expected an object, got {kind(value)}")
    return value


def expect_list(value: Any, where: str) -> list[Any]:
    """``value`` if it is a list."""
    if not isinstance(value, list):
        raise ShapeError(f"{where}: expected a list, got {kind(value)}")
    return value


def expect_str(value: Any, where: str) -> str:
    """``value`` if it is a string."""
    if not isinstance(value, str):
        raise ShapeError(f"{where}: expected a string, got {kind(value)}")
    return value


def optional_list(value: Any, where: str) -> list[Any] | None:
    """``value`` if it is a list, ``None`` if it is null or absent."""
    return None if value is None else expect_list(value, where)


def required(obj: dict[str, Any], key: str, where: str) -> Any:
    """``obj[key]``, which the API documents as always present (its value may be null)."""
    if key not in obj:
        raise ShapeError(f"{where}.{key}: missing" if where else f"{key}: missing")
    return obj[key]


def expect_token_id(value: Any, where: str) -> int:
    """``value`` if it is a token id: an integer from 0 to 2**53 - 1 (what the viewer holds exactly)."""
    if not is_safe_integer(value) or value < 0:
        raise ShapeError(f"{where}: expected a token id (an integer from 0 to {MAX_SAFE_INTEGER}), got {shown(value)}")
    return value
