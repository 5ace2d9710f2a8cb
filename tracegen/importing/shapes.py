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

from ..errors import TracegenError

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
        try:
            if not isinstance(raw, list):
                raise TypeError
            raw = bytes(raw)  # checks every item is an integer 0-255, at C speed
        except (TypeError, ValueError):
            raise ShapeError(f"{where}: bytes must be a list of integers 0-255") from None
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
        out.append(Position(token, _by_logprob(cands)))
    return out


# OpenAI: "the value -9999.0 is used to signify that the token is very unlikely" (outside the
# top 20): no log-probability at all, so the trace records it as unknown.
_VERY_UNLIKELY = -9999.0


def openai_chat(logprobs: Any, where: str = "logprobs") -> list[Position]:
    """The chat completions shape: ``{content: [{token, logprob, bytes, top_logprobs}]}``.

    Used by OpenAI's ``/v1/chat/completions``, vLLM and llama.cpp's OpenAI-compatible chat
    endpoint. Each ``top_logprobs`` entry is ``{token, logprob, bytes}``. ``content`` is
    ``null`` when no token was generated. A logprob of ``-9999.0`` (OpenAI's "very
    unlikely") becomes unknown.
    """
    if not isinstance(logprobs, dict):
        raise ShapeError(f"{where}: expected an object, got {_kind(logprobs)}")
    content = logprobs.get("content")
    if content is None:
        return []
    if not isinstance(content, list):
        raise ShapeError(f"{where}.content: expected a list, got {_kind(content)}")
    out = []
    for i, item in enumerate(content):
        here = f"{where}.content[{i}]"
        token = _openai_candidate(item, here)
        tops = item.get("top_logprobs")
        if tops is None:
            out.append(Position(token, None))
            continue
        if not isinstance(tops, list):
            raise ShapeError(f"{here}.top_logprobs: expected a list, got {_kind(tops)}")
        top = [_openai_candidate(t, f"{here}.top_logprobs[{j}]") for j, t in enumerate(tops)]
        out.append(Position(token, _by_logprob(top)))
    return out


def _openai_candidate(item: Any, where: str) -> Candidate:
    if not isinstance(item, dict):
        raise ShapeError(f"{where}: expected an object, got {_kind(item)}")
    logprob = item.get("logprob")
    if logprob == _VERY_UNLIKELY:
        logprob = None
    return candidate(item.get("token"), logprob, where, raw=item.get("bytes"))


def llamacpp(probabilities: Any, where: str = "completion_probabilities") -> list[Position]:
    """llama.cpp server's ``/completion`` ``completion_probabilities``, in any of its shapes.

    - current: ``{id, token, bytes, logprob, top_logprobs: [{id, token, bytes, logprob}]}``;
    - with ``post_sampling_probs``: ``prob`` and ``top_probs`` instead (probabilities after
      the sampler chain, see ``llamacpp_post_sampling``);
    - older servers: ``{content, probs: [{tok_str, prob}]}``, where the chosen token's
      probability is the one its text has in ``probs`` (unknown when it is not there).

    Probabilities become log-probabilities; a candidate of probability 0 is left out of the top.
    """
    if not isinstance(probabilities, list):
        raise ShapeError(f"{where}: expected a list, got {_kind(probabilities)}")
    out = []
    for i, item in enumerate(probabilities):
        here = f"{where}[{i}]"
        if not isinstance(item, dict):
            raise ShapeError(f"{here}: expected an object, got {_kind(item)}")
        if "top_logprobs" in item or "top_probs" in item:
            out.append(_llamacpp_position(item, here))
        elif "probs" in item:
            out.append(_llamacpp_old_position(item, here))
        else:
            raise ShapeError(f"{here}: expected top_logprobs, top_probs or probs")
    return out


def llamacpp_post_sampling(probabilities: Any) -> bool:
    """Whether llama.cpp ``completion_probabilities`` hold probabilities after sampling
    (``top_probs``, or the old ``probs``) rather than the model's own log-probabilities."""
    return isinstance(probabilities, list) and any(
        isinstance(item, dict) and "top_logprobs" not in item for item in probabilities
    )


def _llamacpp_position(item: dict[str, Any], where: str) -> Position:
    key, value = ("top_logprobs", "logprob") if "top_logprobs" in item else ("top_probs", "prob")
    tops = item[key]
    if not isinstance(tops, list):
        raise ShapeError(f"{where}.{key}: expected a list, got {_kind(tops)}")

    def read(entry: Any, here: str) -> Candidate:
        if not isinstance(entry, dict):
            raise ShapeError(f"{here}: expected an object, got {_kind(entry)}")
        number = entry.get(value)
        logprob = number if value == "logprob" else _log(number, here)
        return candidate(entry.get("token"), logprob, here, raw=entry.get("bytes"), token_id=entry.get("id"))

    token = read(item, where)
    top = [read(t, f"{where}.{key}[{j}]") for j, t in enumerate(tops)]
    return Position(token, _by_logprob([c for c in top if c.logprob is not None]))


def _llamacpp_old_position(item: dict[str, Any], where: str) -> Position:
    probs = item["probs"]
    if not isinstance(probs, list):
        raise ShapeError(f"{where}.probs: expected a list, got {_kind(probs)}")
    top = []
    for j, entry in enumerate(probs):
        here = f"{where}.probs[{j}]"
        if not isinstance(entry, dict):
            raise ShapeError(f"{here}: expected an object, got {_kind(entry)}")
        top.append(candidate(entry.get("tok_str"), _log(entry.get("prob"), here), here))
    text = item.get("content")
    if not isinstance(text, str):
        raise ShapeError(f"{where}.content: expected a string, got {_kind(text)}")
    logprob = next((c.logprob for c in top if c.text == text), None)
    return Position(candidate(text, logprob, where), _by_logprob([c for c in top if c.logprob is not None]))


def tgi(details: Any, where: str = "details") -> list[Position]:
    """Text Generation Inference ``/generate`` ``details`` (or one of its ``best_of_sequences``).

    ``tokens`` is ``[{id, text, logprob, special}]``; ``top_tokens`` (present when the request
    set ``top_n_tokens``) holds one list of the same objects per generated token.
    """
    if not isinstance(details, dict):
        raise ShapeError(f"{where}: expected an object, got {_kind(details)}")
    tokens = _list(details, "tokens", where)
    tops = details.get("top_tokens")
    if tops is None or tops == []:
        tops = [None] * len(tokens)
    elif not isinstance(tops, list):
        raise ShapeError(f"{where}.top_tokens: expected a list, got {_kind(tops)}")
    elif len(tops) != len(tokens):
        raise ShapeError(f"{where}: tokens and top_tokens differ in length ({len(tokens)}, {len(tops)})")
    out = []
    for i, (item, top) in enumerate(zip(tokens, tops, strict=True)):
        token = _tgi_candidate(item, f"{where}.tokens[{i}]")
        if top is None:
            out.append(Position(token, None))
            continue
        if not isinstance(top, list):
            raise ShapeError(f"{where}.top_tokens[{i}]: expected a list, got {_kind(top)}")
        cands = [_tgi_candidate(t, f"{where}.top_tokens[{i}][{j}]") for j, t in enumerate(top)]
        out.append(Position(token, _by_logprob(cands)))
    return out


def tgi_prefill(prefill: Any, where: str = "details.prefill") -> list[Candidate]:
    """TGI's ``prefill`` (``decoder_input_details``): the prompt's tokens ``[{id, text, logprob}]``."""
    if not isinstance(prefill, list):
        raise ShapeError(f"{where}: expected a list, got {_kind(prefill)}")
    return [_tgi_candidate(item, f"{where}[{i}]") for i, item in enumerate(prefill)]


def _tgi_candidate(item: Any, where: str) -> Candidate:
    if not isinstance(item, dict):
        raise ShapeError(f"{where}: expected an object, got {_kind(item)}")
    return candidate(item.get("text"), item.get("logprob"), where, token_id=item.get("id"))


def vllm_prompt_tokens(token_ids: Any, prompt_logprobs: Any, where: str) -> list[Candidate]:
    """The prompt as vLLM returns it: ``prompt_token_ids`` (with ``return_token_ids``), their
    texts taken from ``prompt_logprobs`` (``[null, {"<id>": {logprob, rank, decoded_token}}, ...]``)
    where it names them. A token whose text is not given is named ``token_id:<id>``.

    Args:
        token_ids: The ``prompt_token_ids`` field.
        prompt_logprobs: The ``prompt_logprobs`` field, or ``None``.
        where: The path of the object holding both fields, ending in ``.`` (or empty).
    """
    if not isinstance(token_ids, list):
        raise ShapeError(f"{where}prompt_token_ids: expected a list, got {_kind(token_ids)}")
    if prompt_logprobs is not None and not isinstance(prompt_logprobs, list):
        raise ShapeError(f"{where}prompt_logprobs: expected a list, got {_kind(prompt_logprobs)}")
    out = []
    for i, token_id in enumerate(token_ids):
        here = f"{where}prompt_token_ids[{i}]"
        if isinstance(token_id, bool) or not isinstance(token_id, int) or token_id < 0:
            raise ShapeError(f"{here}: expected a token id, got {token_id!r}")
        text, logprob = f"token_id:{token_id}", None
        entry = prompt_logprobs[i] if prompt_logprobs is not None and i < len(prompt_logprobs) else None
        if entry is not None:
            if not isinstance(entry, dict):
                raise ShapeError(f"{where}prompt_logprobs[{i}]: expected an object, got {_kind(entry)}")
            info = entry.get(str(token_id))
            if isinstance(info, dict):
                here = f"{where}prompt_logprobs[{i}][{str(token_id)!r}]"
                logprob = info.get("logprob")
                if isinstance(info.get("decoded_token"), str):
                    text = info["decoded_token"]
        out.append(candidate(text, logprob, here, token_id=token_id))
    return out


def named_by_id(token: Candidate) -> bool:
    """Whether the source named this token only by its id (vLLM's ``token_id:1234``), so its
    text is not known from the source."""
    return token.id is not None and _TOKEN_ID.match(token.text) is not None


def _log(probability: Any, where: str) -> float | None:
    """A probability as a log-probability; ``None`` for 0."""
    if isinstance(probability, bool) or not isinstance(probability, (int, float)) or math.isnan(probability):
        raise ShapeError(f"{where}: prob must be a number, got {_kind(probability)}")
    if not 0 <= probability <= 1 + 1e-4:
        raise ShapeError(f"{where}: prob {probability} is not a probability")
    return min(math.log(probability), 0.0) if probability > 0 else None


def _by_logprob(cands: list[Candidate]) -> list[Candidate]:
    """Most likely first (stable, so equal log-probabilities keep the source's order)."""
    return sorted(cands, key=lambda c: -(c.logprob if c.logprob is not None else -math.inf))


def _list(obj: dict[str, Any], key: str, where: str) -> list[Any]:
    value = obj.get(key)
    if not isinstance(value, list):
        raise ShapeError(f"{where}.{key}: expected a list, got {_kind(value)}")
    return value


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean", int: "an integer",
            float: "a number"}.get(type(value), type(value).__name__)
