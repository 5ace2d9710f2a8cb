"""Recording through a serving engine's OpenAI-compatible API (vLLM, llama.cpp, TGI).

- ``options.py``: ``OpenAIOptions`` (``--base-url``, ``--tokenizer``, ``--api-key-env``, ...).
- ``client.py``: HTTP with retries, backoff and a bound on requests in flight.
- ``connection.py``: the served model's name and tokenizer, and ``connect``.
- ``backend.py``: ``OpenAIBackend``, the ``Backend`` that asks the server.

The responses' logprob fields are read by ``tracegen.logprobs``, shared with ``tracegen import``.
This module only declares the backend (``BACKEND``); the rest is imported when it is opened.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..declaration import Capabilities, Declaration, Opening
from .options import OpenAIOptions

if TYPE_CHECKING:
    from .backend import OpenAIBackend
    from .client import Cancelled, Client, Counters, RequestFailed
    from .connection import connect


def _open(model: Any, options: OpenAIOptions, opening: Opening) -> OpenAIBackend:
    from .connection import connect

    assert options.base_url is not None  # a required option: make_options checked it
    return connect(options.base_url, model=model, tokenizer=options.tokenizer, api_key=options.key(),
                   top_k=opening.top_k, concurrency=options.concurrency, timeout=options.timeout,
                   retries=options.retries, prompt_format=options.prompt_format, on_change=opening.on_change)


def _local_specs(model: Any, options: Mapping[str, Any]) -> list[Any]:
    """The served model's files are the server's; only a tokenizer is read here (``--tokenizer``,
    else the model's name when it names one; none: the server's first model, nothing read)."""
    tokenizer = options.get("tokenizer") or model
    return [] if tokenizer is None else [tokenizer]


BACKEND = Declaration(
    name="openai",
    summary="an OpenAI-compatible server such as vLLM, llama.cpp or TGI, top-k only",
    options=OpenAIOptions,
    capabilities=Capabilities(whole_distributions=False, server_sampling=True, concurrent_runs=True),
    opener=_open,
    local_specs=_local_specs,
)

_LAZY = {"OpenAIBackend": ".backend", "Cancelled": ".client", "Client": ".client", "Counters": ".client",
         "RequestFailed": ".client", "connect": ".connection"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["BACKEND", "Cancelled", "Client", "Counters", "OpenAIBackend", "OpenAIOptions", "RequestFailed",
           "connect"]
