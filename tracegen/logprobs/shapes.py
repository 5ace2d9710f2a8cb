"""What serving engines say about next tokens: their logprob JSON shapes, read into positions.

Servers and saved API responses name tokens by text (sometimes with bytes or an id) and give
only the top-k of each distribution. Each parser here reads one documented shape into a list
of ``Position`` objects; turning those into trace nodes (token ids, tree) is the caller's
job. Malformed input raises ``ShapeError`` naming the field; a field the API documents as
always present must be there (its value may be null where the API says so).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from .._jsontext import MAX_SAFE_INTEGER
from .._jsontext import json_kind as kind
from ..trace.fields import (
    FieldError,
    expect_dict,
    expect_list,
    expect_str,
    expect_token_id,
    is_number,
    optional_list,
    required,
)

#: A response that does not have the shape its API documents; the message names the field. It
#: is the error the shared field checks raise (``trace.fields``), by the name parsers use.
ShapeError = FieldError

__all__ = ["Candidate", "Position", "ShapeError", "candidate", "llamacpp", "llamacpp_post_sampling",
           "named_by_id", "openai_chat", "openai_completions", "tgi", "tgi_prefill", "vllm_prompt_tokens"]

# vLLM's `return_tokens_as_token_ids` writes tokens as "token_id:1234".
# ASCII digits only: Python's \d and int() also read "١٢" and full-width "１２" as 12.
_TOKEN_ID = re.compile(r"token_id:([0-9]+)\Z")


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
        raise ShapeError(f"{where}: the token must be a string, got {kind(text)}")
    if logprob is not None:
        if not is_number(logprob):
            raise ShapeError(f"{where}: logprob must be a number, got {kind(logprob)}")
        try:
            logprob = float(logprob)
        except OverflowError:  # an integer of hundreds of digits: as far past any float as it can be
            logprob = math.inf if logprob > 0 else -math.inf
        logprob = max(logprob, -1e30) if not math.isnan(logprob) else None
        if logprob is not None and logprob > 1e-4:
            raise ShapeError(f"{where}: logprob {logprob} is not a log-probability")
        logprob = min(logprob, 0.0) if logprob is not None else None
    if raw is not None:
        try:
            if not isinstance(raw, list):
                raise TypeError
            raw = bytes(raw)  # checks every item is an integer 0-255, at C speed
        except (TypeError, ValueError):
            raise ShapeError(f"{where}: bytes must be a list of integers 0-255") from None
    if token_id is None:
        match = _TOKEN_ID.match(text)
        if match:
            if len(match.group(1)) > 16 or int(match.group(1)) > MAX_SAFE_INTEGER:
                raise ShapeError(f"{where}: {text[:40]!r} names a token id above {MAX_SAFE_INTEGER}")
            token_id = int(match.group(1))
    else:
        token_id = expect_token_id(token_id, f"{where}.id")
    return Candidate(text=text, logprob=logprob, raw=raw, id=token_id)


def openai_completions(logprobs: Any, where: str = "logprobs") -> list[Position]:
    """The legacy completions shape: ``{tokens, token_logprobs, top_logprobs, text_offset}``.

    Used by OpenAI's ``/v1/completions``, vLLM, llama-cpp-python and llama.cpp's
    OpenAI-compatible endpoint. ``top_logprobs`` is a list of ``{text: logprob}`` objects
    (``null`` where none was computed, e.g. an echoed prompt's first token).
    """
    expect_dict(logprobs, where)
    tokens = expect_list(required(logprobs, "tokens", where), f"{where}.tokens")
    chosen = expect_list(required(logprobs, "token_logprobs", where), f"{where}.token_logprobs")
    tops = optional_list(logprobs.get("top_logprobs"), f"{where}.top_logprobs")
    if tops is None:
        tops = [None] * len(tokens)
    if not len(tokens) == len(chosen) == len(tops):
        raise ShapeError(f"{where}: tokens, token_logprobs and top_logprobs differ in length "
                         f"({len(tokens)}, {len(chosen)}, {len(tops)})")
    out = []
    for i, (text, logprob, top) in enumerate(zip(tokens, chosen, tops, strict=True)):
        token = candidate(text, logprob, f"{where}.tokens[{i}]")
        if top is None:
            out.append(Position(token, None))
            continue
        expect_dict(top, f"{where}.top_logprobs[{i}]")
        cands = [candidate(t, lp, f"{where}.top_logprobs[{i}][{t!r}]") for t, lp in top.items()]
        out.append(Position(token, _by_logprob(cands)))
    return out


# OpenAI: "the value -9999.0 is used to signify that the token is very unlikely" (outside the
# top 20): no log-probability at all, so the trace records it as unknown.
_VERY_UNLIKELY = -9999.0


def openai_chat(logprobs: Any, where: str = "logprobs") -> list[Position]:
    """The chat completions shape: ``{content: [{token, logprob, bytes, top_logprobs}]}``.

    Used by OpenAI's ``/v1/chat/completions``, vLLM and llama.cpp's OpenAI-compatible chat
    endpoint. Each ``top_logprobs`` entry is ``{token, logprob, bytes}``; ``token`` and
    ``logprob`` are required, ``bytes`` and ``top_logprobs`` may be null or absent.
    ``content`` is ``null`` when no token was generated. A logprob of ``-9999.0`` (OpenAI's
    "very unlikely") becomes unknown.
    """
    expect_dict(logprobs, where)
    content = optional_list(logprobs.get("content"), f"{where}.content")
    if content is None:
        return []
    out = []
    for i, item in enumerate(content):
        here = f"{where}.content[{i}]"
        token = _openai_candidate(item, here)
        tops = optional_list(item.get("top_logprobs"), f"{here}.top_logprobs")
        if tops is None:
            out.append(Position(token, None))
            continue
        top = [_openai_candidate(t, f"{here}.top_logprobs[{j}]") for j, t in enumerate(tops)]
        out.append(Position(token, _by_logprob(top)))
    return out


def _openai_candidate(item: Any, where: str) -> Candidate:
    expect_dict(item, where)
    text = required(item, "token", where)
    logprob = _present(item, "logprob", where)
    return candidate(text, None if logprob == _VERY_UNLIKELY else logprob, where, raw=item.get("bytes"))


def llamacpp(probabilities: Any, where: str = "completion_probabilities") -> list[Position]:
    """llama.cpp server's ``/completion`` ``completion_probabilities``, in any of its shapes.

    - current: ``{id, token, bytes, logprob, top_logprobs: [{id, token, bytes, logprob}]}``;
    - with ``post_sampling_probs``: ``prob`` and ``top_probs`` instead (probabilities after
      the sampler chain, see ``llamacpp_post_sampling``);
    - older servers: ``{content, probs: [{tok_str, prob}]}``, where the chosen token's
      probability is the one its text has in ``probs`` (unknown when it is not there).

    ``token`` and ``logprob`` (or ``prob``) are required, ``id`` and ``bytes`` optional.
    Probabilities become log-probabilities; a candidate of probability 0 is left out of the top.
    """
    out = []
    for i, item in enumerate(expect_list(probabilities, where)):
        here = f"{where}[{i}]"
        expect_dict(item, here)
        if "top_logprobs" in item or "top_probs" in item:
            out.append(_llamacpp_position(item, here))
        elif "probs" in item:
            out.append(_llamacpp_old_position(item, here))
        else:
            raise ShapeError(f"{here}: missing field 'top_logprobs', 'top_probs' or 'probs'")
    return out


def llamacpp_post_sampling(probabilities: Any) -> bool:
    """Whether llama.cpp ``completion_probabilities`` hold probabilities after sampling
    (``top_probs``, or the old ``probs``) rather than the model's own log-probabilities."""
    return isinstance(probabilities, list) and any(
        isinstance(item, dict) and "top_logprobs" not in item for item in probabilities
    )


def _llamacpp_position(item: dict[str, Any], where: str) -> Position:
    key, value = ("top_logprobs", "logprob") if "top_logprobs" in item else ("top_probs", "prob")
    tops = expect_list(item[key], f"{where}.{key}")

    def read(entry: Any, here: str) -> Candidate:
        expect_dict(entry, here)
        text = required(entry, "token", here)
        number = _present(entry, value, here)
        logprob = number if value == "logprob" else _log(number, here)
        return candidate(text, logprob, here, raw=entry.get("bytes"), token_id=entry.get("id"))

    token = read(item, where)
    top = [read(t, f"{where}.{key}[{j}]") for j, t in enumerate(tops)]
    _one_token_per_id([(where, token), *((f"{where}.{key}[{j}]", c) for j, c in enumerate(top))])
    return Position(token, _by_logprob([c for c in top if c.logprob is not None]))


def _llamacpp_old_position(item: dict[str, Any], where: str) -> Position:
    top = []
    for j, entry in enumerate(expect_list(item["probs"], f"{where}.probs")):
        here = f"{where}.probs[{j}]"
        expect_dict(entry, here)
        text = required(entry, "tok_str", here)
        top.append(candidate(text, _log(required(entry, "prob", here), here), here))
    text = expect_str(required(item, "content", where), f"{where}.content")
    logprob = next((c.logprob for c in top if c.text == text), None)
    return Position(candidate(text, logprob, where), _by_logprob([c for c in top if c.logprob is not None]))


def tgi(details: Any, where: str = "details") -> list[Position]:
    """Text Generation Inference ``/generate`` ``details`` (or one of its ``best_of_sequences``).

    ``tokens`` is ``[{id, text, logprob, special}]``; ``top_tokens`` (present when the request
    set ``top_n_tokens``) holds one list of the same objects per generated token. ``id``,
    ``text`` and ``logprob`` are required.
    """
    expect_dict(details, where)
    tokens = expect_list(required(details, "tokens", where), f"{where}.tokens")
    tops = optional_list(details.get("top_tokens"), f"{where}.top_tokens")
    if not tops:
        tops = [None] * len(tokens)
    elif len(tops) != len(tokens):
        raise ShapeError(f"{where}: tokens and top_tokens differ in length ({len(tokens)}, {len(tops)})")
    out = []
    for i, (item, top) in enumerate(zip(tokens, tops, strict=True)):
        token = _tgi_candidate(item, f"{where}.tokens[{i}]")
        if top is None:
            out.append(Position(token, None))
            continue
        top = expect_list(top, f"{where}.top_tokens[{i}]")
        cands = [_tgi_candidate(t, f"{where}.top_tokens[{i}][{j}]") for j, t in enumerate(top)]
        _one_token_per_id([(f"{where}.tokens[{i}]", token),
                           *((f"{where}.top_tokens[{i}][{j}]", c) for j, c in enumerate(cands))])
        out.append(Position(token, _by_logprob(cands)))
    return out


def tgi_prefill(prefill: Any, where: str = "details.prefill") -> list[Candidate]:
    """TGI's ``prefill`` (``decoder_input_details``): the prompt's tokens ``[{id, text, logprob}]``
    (the first token's ``logprob`` is null: nothing precedes it)."""
    return [_tgi_candidate(item, f"{where}[{i}]", prefill=True)
            for i, item in enumerate(expect_list(prefill, where))]


def _tgi_candidate(item: Any, where: str, prefill: bool = False) -> Candidate:
    expect_dict(item, where)
    text = required(item, "text", where)
    logprob = required(item, "logprob", where) if prefill else _present(item, "logprob", where)
    return candidate(text, logprob, where, token_id=_present(item, "id", where))  # its range checked there


def vllm_prompt_tokens(token_ids: Any, prompt_logprobs: Any, where: str) -> list[Candidate]:
    """The prompt as vLLM returns it: ``prompt_token_ids`` (with ``return_token_ids``), their
    texts taken from ``prompt_logprobs`` (``[null, {"<id>": {logprob, rank, decoded_token}}, ...]``)
    where it names them. A token whose text is not given is named ``token_id:<id>``.

    Args:
        token_ids: The ``prompt_token_ids`` field.
        prompt_logprobs: The ``prompt_logprobs`` field, or ``None``.
        where: The path of the object holding both fields, ending in ``.`` (or empty).
    """
    expect_list(token_ids, f"{where}prompt_token_ids")
    prompt_logprobs = optional_list(prompt_logprobs, f"{where}prompt_logprobs")
    out = []
    for i, value in enumerate(token_ids):
        here = f"{where}prompt_token_ids[{i}]"
        ident = expect_token_id(value, here)
        text, logprob = f"token_id:{ident}", None
        entry = prompt_logprobs[i] if prompt_logprobs is not None and i < len(prompt_logprobs) else None
        if entry is not None:
            info = expect_dict(entry, f"{where}prompt_logprobs[{i}]").get(str(ident))
            if info is not None:
                here = f"{where}prompt_logprobs[{i}][{str(ident)!r}]"
                logprob = required(expect_dict(info, here), "logprob", here)
                if isinstance(info.get("decoded_token"), str):
                    text = info["decoded_token"]
        out.append(candidate(text, logprob, here, token_id=ident))
    return out


def named_by_id(token: Candidate) -> bool:
    """Whether the source named this token only by its id (vLLM's ``token_id:1234``), so its
    text is not known from the source."""
    return token.id is not None and _TOKEN_ID.match(token.text) is not None


def _log(probability: Any, where: str) -> float | None:
    """A probability as a log-probability; ``None`` for 0."""
    if not is_number(probability):
        raise ShapeError(f"{where}: prob must be a number, got {kind(probability)}")
    if not 0 <= probability <= 1 + 1e-4:  # NaN too
        raise ShapeError(f"{where}: prob {probability} is not a probability")
    return min(math.log(probability), 0.0) if probability > 0 else None


def _one_token_per_id(named: list[tuple[str, Candidate]]) -> None:
    """Refuse two candidates of one position that give the same id different texts or bytes:
    which one the id stands for cannot be told, and merging them would hide one."""
    first: dict[int, tuple[str, Candidate]] = {}
    for where, cand in named:
        if cand.id is None:
            continue
        seen = first.setdefault(cand.id, (where, cand))
        if seen[1].text != cand.text or None not in (seen[1].raw, cand.raw) and seen[1].raw != cand.raw:
            raise ShapeError(f"{where}: id {cand.id} is {cand.text[:40]!r} here but {seen[1].text[:40]!r} at "
                             f"{seen[0]}")


def _by_logprob(cands: list[Candidate]) -> list[Candidate]:
    """Most likely first (stable, so equal log-probabilities keep the source's order)."""
    return sorted(cands, key=lambda c: -(c.logprob if c.logprob is not None else -math.inf))


def _present(item: dict[str, Any], key: str, where: str) -> Any:
    """A required field that may not be null (its type is checked where it is read)."""
    value = required(item, key, where)
    if value is None:
        raise ShapeError(f"{where}: {key} must be a number, got null")
    return value
