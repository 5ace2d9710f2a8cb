"""Prompt files: one text prompt, or a jsonl file of them, or standard input."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson

from .._inputs import input_name, read_input_text
from .._jsontext import MAX_DEPTH, first_problem, json_kind, json_lines
from ..errors import TracegenError


@dataclass(frozen=True)
class Prompt:
    """A prompt to record.

    Args:
        text: The prompt text.
        id: The run id it gets (default ``run-N``).
        continuation: For the ``forced`` strategy: the text to force after the prompt.
        metadata: The jsonl line's further fields (``answer``, a subject, ...), kept with the
            run (its ``metadata``; a corpus's columns).
    """

    text: str
    id: str | None = None
    continuation: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict, hash=False)

    @property
    def answer(self) -> str | None:
        """The expected outcome (the jsonl line's ``answer``), which ``tracegen fork`` and
        ``tracegen summarize --outcome`` compare against."""
        answer = self.metadata.get("answer")
        return None if answer is None else str(answer)


def read_prompts(path: str) -> list[Prompt]:
    """Read prompts from ``path``: ``-`` is standard input, ``*.jsonl`` holds one object per line
    (``{"prompt": ..., "id": ..., "continuation": ...}`` and any metadata fields, ``answer`` a
    reference answer), anything else is one prompt.

    One trailing newline of a text prompt is dropped (editors add it; the model should not
    see it), and so is a leading UTF-8 byte order mark. JSON Lines end at ``"\n"`` only
    (U+2028 and its kin are text inside a prompt). Problems raise a one-line
    ``TracegenError`` naming the file (and line).
    """
    name = input_name(path, stdin=True)
    text = read_input_text(path, "prompt file (text or .jsonl)", stdin=True)
    if name.endswith(".jsonl"):
        prompts = _parse_jsonl(text, name)
    else:
        text = text[:-2] if text.endswith("\r\n") else text[:-1] if text.endswith("\n") else text
        if not text.strip():
            raise TracegenError(f"{name}: the prompt is empty")
        prompts = [Prompt(text)]
    return prompts


def _parse_jsonl(text: str, name: str) -> list[Prompt]:
    prompts: list[Prompt] = []
    seen: set[str] = set()
    for number, line in json_lines(text):
        where = f"{name}:{number}"
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            if "depth limit" in exc.msg:  # orjson's own limit, 1,024 levels
                raise TracegenError(f"{where}: nested deeper than {MAX_DEPTH} levels") from None
            raise TracegenError(f"{where}: not valid JSON ({exc.msg}, column {exc.colno})") from None
        if not isinstance(record, dict):
            raise TracegenError(f"{where}: expected an object like {{\"prompt\": \"...\"}}, got {json_kind(record)}")
        problem = first_problem(record)
        if problem is not None:
            raise TracegenError(f"{where}: {problem[0]}: {problem[1]}")
        prompt = record.get("prompt")
        if not isinstance(prompt, str) or not prompt.strip():
            raise TracegenError(f"{where}: \"prompt\" must be a non-empty string")
        run_id = record.get("id")
        if run_id is not None:
            if isinstance(run_id, bool) or not isinstance(run_id, (str, int)):
                raise TracegenError(f"{where}: \"id\" must be a string, got {json_kind(run_id)}")
            run_id = str(run_id)
            if run_id in seen:
                raise TracegenError(f"{where}: duplicate id {run_id!r}")
            seen.add(run_id)
        continuation = record.get("continuation")
        if continuation is not None and not isinstance(continuation, str):
            raise TracegenError(f"{where}: \"continuation\" must be a string")
        metadata = {k: v for k, v in record.items() if k not in ("prompt", "id", "continuation")}
        prompts.append(Prompt(prompt, run_id, continuation, metadata))
    if not prompts:
        raise TracegenError(f"{name}: no prompts in the file")
    return prompts
