"""Saved API responses: a file's records, each with its prompt (when known) and its choices.

One reader per API finds the choices, their finish reasons and whatever the response says
about its prompt; the parsers in ``tracegen.logprobs`` read the logprob fields. Every problem is a
``ShapeError`` naming the file, the record and the field. See ``docs/import.md``.

The file is UTF-8 JSON or JSON Lines (lines end at ``"\n"`` only; a BOM is allowed). Each
record may nest at most ``MAX_DEPTH`` levels and hold no lone surrogate, so that the trace
made of it can be written and read back.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import orjson

from .._inputs import input_name, read_input_text
from .._jsontext import (
    MAX_DEPTH,
    first_problem,
    json_kind,
    json_lines,
    may_hold_surrogates,
    nesting,
)
from ..errors import TracegenError
from ..logprobs.shapes import (
    Candidate,
    Position,
    ShapeError,
    llamacpp,
    llamacpp_post_sampling,
    named_by_id,
    openai_chat,
    openai_completions,
    tgi,
    tgi_prefill,
    vllm_prompt_tokens,
)
from ..trace.fields import (
    expect_dict,
    expect_list,
    expect_str,
    expect_token_id,
    is_integer,
    missing,
    optional_list,
    required,
)

FORMATS = ("openai-chat", "openai-completions", "llamacpp", "vllm", "tgi")
# A run's fields sit 3 levels deep in a trace (trace > runs > run): a wrapper's `messages`,
# kept in the run, may nest this deep for the trace to stay within MAX_DEPTH.
MESSAGES_DEPTH = MAX_DEPTH - 3


@dataclass
class Choice:
    """One generated sequence: its positions, why it ended, and its token ids when the source
    lists them apart from the logprobs (vLLM's ``token_ids``)."""

    positions: list[Position]
    finish_reason: Any = None
    token_ids: list[int] | None = None


@dataclass
class Record:
    """One saved request's answer.

    Args:
        label: ``record N`` (N: the line of a JSONL file, the 1-based index in a JSON list).
        choices: Its generated sequences; all continue the same prompt.
        run_id: The wrapper's ``id``.
        prompt: The prompt's text, when known (wrapper, echo, prefill, llama.cpp ``prompt``).
        prompt_key: What identifies the prompt for merging (its text, or its messages).
        messages: The wrapper's chat messages.
        chat: Whether the prompt is a chat (a chat response, or ``messages``).
        prompt_tokens: The prompt's tokens, when the source gives them.
        model: The response's ``model`` field.
        post_sampling: llama.cpp probabilities after the sampler chain.
    """

    label: str
    choices: list[Choice] = field(default_factory=list)
    run_id: str | None = None
    prompt: str | None = None
    prompt_key: str | None = None
    messages: list[Any] | None = None
    chat: bool = False
    prompt_tokens: list[Candidate] | None = None
    model: str | None = None
    post_sampling: bool = False


def read_records(path: str | os.PathLike, source_format: str) -> list[Record]:
    """Every record of a JSON or JSONL file of saved responses (``"-"``: standard input)."""
    name = input_name(path, stdin=True)
    reader = _READERS[source_format]
    out = []
    text = read_input_text(path, "file of responses", stdin=True)
    check_text = may_hold_surrogates(text)  # else no string needs the (slower) check
    for label, obj in _split(text, name):
        try:
            out.append(_record(obj, label, reader, check_text))
        except ShapeError as exc:
            raise ShapeError(f"{name}: {label}: {exc}") from None
    if not out:
        raise TracegenError(f"{name}: no responses in the file")
    return out


class _NotJSON(Exception):
    """Text that is not one JSON value; the message says why, in one line."""


class _TooDeep(_NotJSON):
    """JSON nested deeper than the libraries read (and far deeper than ``MAX_DEPTH``)."""


def _loads(text: str) -> Any:
    """JSON, fast; the standard library reads what orjson refuses (NaN, Infinity, which some
    servers write, and lone surrogate escapes, so that the error can name their field)."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        pass
    try:
        return json.loads(text)
    except RecursionError:  # orjson stops at 1,024 levels, the standard library near 1,000
        raise _TooDeep(f"nested deeper than {MAX_DEPTH} levels") from None
    except ValueError as exc:  # JSONDecodeError, or an integer of over 4,300 digits
        raise _NotJSON(str(exc).partition("\n")[0]) from None


def _split(text: str, name: str) -> list[tuple[str, Any]]:
    """``(label, object)`` per record: a JSON object, a JSON list, or JSON Lines."""
    try:
        whole = _loads(text)
    except _NotJSON as exc:
        lines = json_lines(text)
        if not lines:
            raise TracegenError(f"{name}: empty file, no responses") from None
        if len(lines) == 1 or not _parses(lines[0][1]):
            raise TracegenError(f"{name}: {exc}" if isinstance(exc, _TooDeep)
                                else f"{name}: not JSON or JSON Lines ({exc})") from None
        out: list[Any] = []
        for n, line in lines:
            try:
                obj = _loads(line)
            except _TooDeep as line_exc:
                raise TracegenError(f"{name}: record {n}: {line_exc}") from None
            except _NotJSON as line_exc:
                raise TracegenError(f"{name}: line {n}: not JSON ({line_exc})") from None
            if isinstance(obj, list):  # one request's answer as a list (TGI, llama.cpp multi-prompt)
                out.extend((f"record {n}, item {i}", item) for i, item in enumerate(obj, start=1))
            else:
                out.append((f"record {n}", obj))
        return out
    if isinstance(whole, list):
        return [(f"record {i}", item) for i, item in enumerate(whole, start=1)]
    return [("record 1", whole)]


def _parses(line: str) -> bool:
    try:
        _loads(line)
    except _NotJSON:
        return False
    return True


def _record(obj: Any, label: str, reader: Callable[[Any, str], Record], check_text: bool = True) -> Record:
    expect_dict(obj, "the record")
    problem = first_problem(obj, text=check_text)
    if problem is not None:
        raise ShapeError(f"{problem[0] or 'the record'}: {problem[1]}")
    if "response" not in obj:
        record = reader(obj, "")
        record.label = label
        return record
    request = obj.get("request")
    if request is not None:
        expect_dict(request, "request")
    prompt, where = obj.get("prompt"), "prompt"
    if prompt is None and request is not None:
        prompt, where = request.get("prompt"), "request.prompt"
    messages, where_messages = obj.get("messages"), "messages"
    if messages is None and request is not None:
        messages, where_messages = request.get("messages"), "request.messages"
    run_id = obj.get("id")
    if run_id is not None and not (isinstance(run_id, str) or is_integer(run_id)):
        raise ShapeError(f"id must be a string or an integer, got {json_kind(run_id)}")
    if prompt is not None:
        expect_str(prompt, where)
    rendered = _render_messages(messages, where_messages) if prompt is None and messages is not None else None
    record = reader(obj["response"], "response.")
    record.label = label
    record.run_id = None if run_id is None else str(run_id)
    if prompt is not None:
        record.prompt = record.prompt_key = prompt
    elif rendered is not None:
        record.prompt = rendered
        record.prompt_key = "messages:" + json.dumps(messages, sort_keys=True, ensure_ascii=False)
        record.messages = messages
        record.chat = True
    return record


def _render_messages(messages: Any, where: str) -> str:
    """One user message: its text; a conversation: ``role: text`` lines."""
    if not isinstance(messages, list) or not messages:
        raise ShapeError(f"{where} must be a non-empty list of messages, got {json_kind(messages)}")
    if nesting(messages) > MESSAGES_DEPTH:
        raise ShapeError(f"{where}: nested deeper than {MESSAGES_DEPTH} levels (the trace keeps them in a run, "
                         f"at most {MAX_DEPTH} levels deep)")
    rendered = []
    for i, message in enumerate(messages):
        if not isinstance(message, dict) or not isinstance(message.get("role"), str):
            raise ShapeError(f"{where}[{i}] must be an object with a \"role\"")
        content = message.get("content")
        if isinstance(content, list):  # content parts: keep the text ones
            content = "".join(expect_str(required(p, "text", f"{where}[{i}].content[{j}]"),
                                         f"{where}[{i}].content[{j}].text")
                              for j, p in enumerate(content) if isinstance(p, dict) and p.get("type") == "text")
        rendered.append((message["role"], content if isinstance(content, str) else ""))
    if len(rendered) == 1 and rendered[0][0] == "user":
        return rendered[0][1]
    return "\n".join(f"{role}: {text}" for role, text in rendered)


# -- one reader per API ---------------------------------------------------------------------


def _openai(response: Any, prefix: str, kind: str | None) -> Record:
    """OpenAI's chat or legacy completions response; ``kind`` ``None`` tells them apart (vLLM)."""
    expect_dict(response, prefix.rstrip(".") or "response")
    if "completion_probabilities" in response or "details" in response:
        raise missing(prefix.rstrip("."), "choices", "not an OpenAI-shaped response (try --from llamacpp or tgi)")
    choices = expect_list(required(response, "choices", prefix.rstrip(".")), f"{prefix}choices")
    if kind is None:
        chat = response.get("object") == "chat.completion" or any(
            isinstance(c, dict) and "message" in c for c in choices)
        kind = "chat" if chat else "completions"
    record = Record(label="", chat=kind == "chat", model=_model(response))
    if response.get("prompt_token_ids") is not None:  # vLLM chat: the templated prompt's ids
        record.prompt_tokens = vllm_prompt_tokens(response["prompt_token_ids"], response.get("prompt_logprobs"), prefix)
        _prompt_from_tokens(record)
    usage = response.get("usage")
    prompt_count = usage.get("prompt_tokens") if isinstance(usage, dict) else None
    for i, choice in enumerate(choices):
        here = f"{prefix}choices[{i}]"
        expect_dict(choice, here)
        if kind == "chat" and "message" not in choice and "text" in choice:
            raise ShapeError(f"{here}: a completions choice (\"text\", no \"message\"): use --from openai-completions")
        if kind == "completions" and "message" in choice:
            raise ShapeError(f"{here}: a chat choice (\"message\"): use --from openai-chat")
        logprobs = choice.get("logprobs")
        if logprobs is None:
            raise missing(here, "logprobs", "the request did not ask for logprobs")
        if kind == "chat":
            positions = openai_chat(logprobs, f"{here}.logprobs")
        else:
            positions = openai_completions(logprobs, f"{here}.logprobs")
            if choice.get("prompt_token_ids") is not None and record.prompt_tokens is None:
                record.prompt_tokens = vllm_prompt_tokens(choice["prompt_token_ids"], choice.get("prompt_logprobs"),
                                                          f"{here}.")
                _prompt_from_tokens(record)
            positions = _strip_echo(record, positions, prompt_count, f"{here}.logprobs")
        record.choices.append(Choice(positions, choice.get("finish_reason"),
                                     _token_ids(choice.get("token_ids"), len(positions), f"{here}.token_ids")))
    return record


def _strip_echo(record: Record, positions: list[Position], prompt_count: Any, where: str) -> list[Position]:
    """With ``echo``, the positions start with the prompt: its first token has no logprob."""
    if not positions or positions[0].token.logprob is not None or positions[0].top is not None:
        return positions
    count = len(record.prompt_tokens) if record.prompt_tokens is not None else prompt_count
    if not is_integer(count) or not 0 < count <= len(positions):
        raise ShapeError(f"{where}: the prompt is echoed, but usage.prompt_tokens does not say how many "
                         "tokens it has")
    echoed = [p.token for p in positions[:count]]
    if record.prompt_tokens is None:
        record.prompt_tokens = echoed
    else:  # vLLM's ids, with the echoed texts where prompt_logprobs did not name them
        record.prompt_tokens = [Candidate(e.text, t.logprob, e.raw, t.id) if named_by_id(t) else t
                                for t, e in zip(record.prompt_tokens, echoed, strict=True)]
    _prompt_from_tokens(record)
    return positions[count:]


def _token_ids(value: Any, length: int, where: str) -> list[int] | None:
    if value is None:
        return None
    value = [expect_token_id(t, f"{where}[{i}]") for i, t in enumerate(expect_list(value, where))]
    return value if len(value) == length else None  # e.g. cut at a stop string: do not guess


def _llamacpp(response: Any, prefix: str) -> Record:
    """llama.cpp server's ``/completion``: ``completion_probabilities``, ``stop_type``, ``prompt``."""
    expect_dict(response, prefix.rstrip(".") or "response")
    probabilities = response.get("completion_probabilities")
    if probabilities is None:
        if "choices" in response:
            raise missing(prefix.rstrip("."), "completion_probabilities",
                          "an OpenAI-shaped response (try --from openai-chat or openai-completions)")
        raise missing(prefix.rstrip("."), "completion_probabilities", "the request did not set n_probs")
    positions = llamacpp(probabilities, f"{prefix}completion_probabilities")
    reason = response.get("stop_type")
    if not isinstance(reason, str):  # older servers: one flag per reason
        reason = next((r for r, flag in (("eos", "stopped_eos"), ("word", "stopped_word"),
                                          ("limit", "stopped_limit")) if response.get(flag)), None)
    prompt = response.get("prompt") if isinstance(response.get("prompt"), str) else None
    return Record(label="", choices=[Choice(positions, reason)], prompt=prompt, prompt_key=prompt,
                  model=_model(response), post_sampling=llamacpp_post_sampling(probabilities))


def _tgi(response: Any, prefix: str) -> Record:
    """TGI's ``/generate`` with ``details``: the sequence, its ``best_of_sequences``, ``prefill``."""
    if isinstance(response, list):  # older TGI and the HF Inference API answer with a list
        records = [_tgi(item, f"{prefix}[{i}].") for i, item in enumerate(response)]
        if not records:
            raise ShapeError(f"{prefix or 'response'}: an empty list")
        first = records[0]
        first.choices = [c for r in records for c in r.choices]
        return first
    expect_dict(response, prefix.rstrip(".") or "response")
    details = response.get("details")
    if details is None:
        raise missing(prefix.rstrip("."), "details", "the request did not set details=true")
    expect_dict(details, f"{prefix}details")
    record = Record(label="", choices=[Choice(tgi(details, f"{prefix}details"), details.get("finish_reason"))])
    best_of = optional_list(details.get("best_of_sequences"), f"{prefix}details.best_of_sequences") or []
    for i, sequence in enumerate(best_of):
        here = f"{prefix}details.best_of_sequences[{i}]"
        positions = tgi(sequence, here)
        record.choices.append(Choice(positions, sequence.get("finish_reason")))
    prefill = details.get("prefill")
    if prefill:
        record.prompt_tokens = tgi_prefill(prefill, f"{prefix}details.prefill")
        _prompt_from_tokens(record)
    return record


def _prompt_from_tokens(record: Record) -> None:
    """The prompt's text spelled by its tokens (an echo, a prefill), when every text is known."""
    tokens = record.prompt_tokens
    if not tokens or any(named_by_id(t) for t in tokens):
        return
    data = b"".join(t.raw if t.raw is not None else t.text.encode("utf-8") for t in tokens)
    record.prompt = record.prompt_key = data.decode("utf-8", errors="replace")


def _model(response: dict[str, Any]) -> str | None:
    model = response.get("model")
    return model if isinstance(model, str) and model else None


_READERS: dict[str, Callable[[Any, str], Record]] = {
    "openai-chat": lambda response, prefix: _openai(response, prefix, "chat"),
    "openai-completions": lambda response, prefix: _openai(response, prefix, "completions"),
    "vllm": lambda response, prefix: _openai(response, prefix, None),
    "llamacpp": _llamacpp,
    "tgi": _tgi,
}
