"""Connecting to a server: its model's name and tokenizer, and the backend that asks it."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

from ...errors import TracegenError
from ...models import load_tokenizer
from ...trace.tokens import TokenTable
from .backend import OpenAIBackend
from .client import Client, Counters, RequestFailed


def normalize_url(base_url: str) -> str:
    """``http://host:8000`` and ``http://host:8000/v1`` both mean the ``/v1`` API root."""
    try:
        parsed = urlparse(base_url)
        parsed.port  # noqa: B018 - parsing the port refuses one out of range or not a number
    except ValueError as exc:  # "http://[::1": an unclosed IPv6 bracket
        raise TracegenError(f"--base-url {base_url!r} is not an http(s) URL ({exc})") from None
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise TracegenError(f"--base-url {base_url!r} is not an http(s) URL")
    url = base_url.rstrip("/")
    return url if parsed.path.rstrip("/") else f"{url}/v1"


def connect(base_url: str, *, model: str | None = None, tokenizer: str | None = None, api_key: str | None = None,
            top_k: int = 10, concurrency: int = 4, timeout: float = 60.0, retries: int = 5,
            prompt_format: str = "auto", on_change=None) -> OpenAIBackend:
    """Connect to an OpenAI-compatible server and prepare to record through it.

    Args:
        base_url: The server, e.g. ``http://127.0.0.1:8000/v1`` (``/v1`` is added when missing).
        model: The served model's name; default: the first one ``GET /models`` lists.
        tokenizer: Its tokenizer (hub id, directory or ``.gguf``); default: ``model``.
        api_key: Bearer token (read from an environment variable by the CLI, never recorded).
        top_k: Candidates per step.
        concurrency: Requests in flight at most.
        timeout: Seconds per request.
        retries: Retries after 429, 5xx, timeouts and dropped connections.
        prompt_format: ``auto``, ``ids`` or ``text`` (see ``OpenAIBackend``).
        on_change: Called with the request ``Counters`` whenever they change.

    Returns:
        The backend, for ``tracegen.record(..., backend=...)`` or ``LiveSession``.
    """
    url = normalize_url(base_url)
    client = Client(url, api_key=api_key, timeout=timeout, concurrency=concurrency, retries=retries,
                    on_change=on_change)
    if model is None:
        model = _first_model(client)
    try:
        tok, source = load_tokenizer(tokenizer or model)
    except TracegenError as exc:
        hint = "" if tokenizer else " (pass --tokenizer: the served model's hub id, directory or .gguf)"
        raise TracegenError(f"{exc}{hint}") from None
    table = TokenTable(tok)
    eos = [int(tok.eos_token_id)] if getattr(tok, "eos_token_id", None) is not None else []
    info = {
        "name": Path(model).stem if model.lower().endswith(".gguf") else model,
        "vocab_size": table.vocab_size,
        "source": model,
        "backend": "openai",
        "base_url": url,
        "tokenizer": source,
        "prompt_format": prompt_format,
        "special_token_ids": sorted(set(tok.all_special_ids)),
        "eos_token_ids": eos,
    }
    backend = OpenAIBackend(client, model, table, info, top_k=top_k, prompt_format=prompt_format,
                            concurrency=concurrency)
    backend.probe()
    return backend


def _first_model(client: Client) -> str:
    try:
        data = client.get("/models")
        return str(data["data"][0]["id"])
    except RequestFailed as exc:
        if "cannot connect" in str(exc):
            raise
        raise TracegenError(f"{exc}; pass --model NAME") from None
    except (KeyError, IndexError, TypeError):
        raise TracegenError(f"{client.base_url}/models lists no model; pass --model NAME") from None


__all__ = ["Counters", "connect", "normalize_url"]
