"""The saved API responses in tests/data and the ``--from`` format each is read as: the one table
the import, hostile-input and fuzz tests share."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

#: Fixture file -> the import format that reads it.
FIXTURES = {
    "openai-chat.json": "openai-chat",
    "openai-completions.jsonl": "openai-completions",
    "openai-completions-echo.json": "openai-completions",
    "llamacpp.json": "llamacpp",
    "llamacpp-old.json": "llamacpp",
    "vllm-chat.json": "vllm",
    "vllm-completions.json": "vllm",
    "tgi.json": "tgi",
}
