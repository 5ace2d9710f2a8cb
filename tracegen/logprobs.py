"""What serving engines say about next tokens: their logprob JSON shapes, read into positions.

Servers and saved API responses name tokens by text (sometimes with bytes or an id) and give
only the top-k of each distribution. Each parser here reads one documented shape into a list
of ``Position`` objects; turning those into trace nodes (token ids, tree) is the caller's
job. Malformed input raises ``ShapeError`` naming the field.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from .errors import TracegenError

# vLLM's `return_tokens_as_token_ids` writes tokens as "token_id:1234".
_TOKEN_ID = re.compile(r"token_id:(\d+)\Z")


class ShapeError(TracegenError):
    """A response that does not have the shape its API documents; the message names the field."""


@dataclass
class Candidate:
    """A token as a source names it.

    Args:
        text: The token's text.
        logprob: Its natural-log probability (``None`` where the source gives none, e.g.
            the first token of an echoed prompt).
        raw: Its exact bytes, when the source gives them.
        id: Its vocabulary id, when the source gives it.
    """

    text: str
    logprob: float | None
    raw: bytes | None = None
    id: int | None = None


@dataclass
class Position:
    """One token of a response and the top-k the source gave for the place it fills."""

    token: Candidate
    top: list[Candidate] | None


def candidate(text: Any, logprob: Any, where: str, raw: Any = None, token_id: Any = None) -> Candidate:
    """A checked ``Candidate``; ``where`` names the field in errors."""
    if not isinstance(text, str):
        raise ShapeError(f"{where}: the token must be a string, got {_kind(text)}")
    if logprob is not None:
        if isinstance(logprob, bool) or not isinstance(logprob, (int, float)):
            raise ShapeError(f"{where}: logprob must be a number, got {_kind(logprob)}")
        logprob = max(float(logprob), -1e30) if not math.isnan(logprob) else None
        if logprob is not None and logprob > 1e-4:
            raise ShapeError(f"{where}: logprob {logprob} is not a log-probability")
        logprob = min(logprob, 0.0) if logprob is not None else None
    if raw is not None:
        if not isinstance(raw, list) or not all(isinstance(b, int) and 0 <= b < 256 for b in raw):
            raise ShapeError(f"{where}: bytes must be a list of integers 0-255")
        raw = bytes(raw)
    if token_id is None:
        match = _TOKEN_ID.match(text)
        if match:
            token_id = int(match.group(1))
    elif isinstance(token_id, bool) or not isinstance(token_id, int) or token_id < 0:
        raise ShapeError(f"{where}: id must be a non-negative integer, got {token_id!r}")
    return Candidate(text=text, logprob=logprob, raw=raw, id=token_id)


def openai_completions(logprobs: Any, where: str = "logprobs") -> list[Position]:
    """The legacy completions shape: ``{tokens, token_logprobs, top_logprobs, text_offset}``.

    Used by OpenAI's ``/v1/completions``, vLLM, llama-cpp-python and llama.cpp's
    OpenAI-compatible endpoint. ``top_logprobs`` is a list of ``{text: logprob}`` objects
    (``null`` where none was computed, e.g. an echoed prompt's first token).
    """
    if not isinstance(logprobs, dict):
        raise ShapeError(f"{where}: expected an object, got {_kind(logprobs)}")
    tokens = _list(logprobs, "tokens", where)
    chosen = _list(logprobs, "token_logprobs", where)
    tops = logprobs.get("top_logprobs")
    if tops is None:
        tops = [None] * len(tokens)
    elif not isinstance(tops, list):
        raise ShapeError(f"{where}.top_logprobs: expected a list, got {_kind(tops)}")
    if not len(tokens) == len(chosen) == len(tops):
        raise ShapeError(f"{where}: tokens, token_logprobs and top_logprobs differ in length "
                         f"({len(tokens)}, {len(chosen)}, {len(tops)})")
    out = []
    for i, (text, logprob, top) in enumerate(zip(tokens, chosen, tops, strict=True)):
        token = candidate(text, logprob, f"{where}.tokens[{i}]")
        if top is None:
            out.append(Position(token, None))
            continue
        if not isinstance(top, dict):
            raise ShapeError(f"{where}.top_logprobs[{i}]: expected an object, got {_kind(top)}")
        cands = [candidate(t, lp, f"{where}.top_logprobs[{i}][{t!r}]") for t, lp in top.items()]
        cands.sort(key=lambda c: -(c.logprob if c.logprob is not None else -math.inf))
        out.append(Position(token, cands))
    return out


def _list(obj: dict[str, Any], key: str, where: str) -> list[Any]:
    value = obj.get(key)
    if not isinstance(value, list):
        raise ShapeError(f"{where}.{key}: expected a list, got {_kind(value)}")
    return value


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean"}.get(type(value), type(value).__name__)
