"""The options that choose and configure a backend, for commands that run a model on a trace.

``tracegen rescore`` declares them with ``@backend_options`` and turns them into
``open_backend`` options with ``server_options``; names and help match ``tracegen record``'s.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import click

from ..errors import TracegenError

# Literal choices rather than imports: importing torch costs seconds (see cli/record.py).
BACKENDS = ["transformers", "openai"]
DEVICES = ["auto", "cpu", "cuda", "mps"]
DTYPES = ["bfloat16", "float16", "float32"]

_OPTIONS = [
    click.option("--model", "model_spec", metavar="SPEC", default=None,
                 help="Hugging Face id, local model directory or .gguf file (default: the embedded "
                      "SmolLM2-135M-Instruct); with --backend openai, the served model's name (default: the server's first)."),
    click.option("--backend", type=click.Choice(BACKENDS), default="transformers", show_default=True,
                 help="Run the model here, or ask an OpenAI-compatible server (vLLM, llama.cpp, TGI)."),
    click.option("--base-url", metavar="URL", default=None, help="openai: the server, e.g. http://127.0.0.1:8000/v1."),
    click.option("--tokenizer", "tokenizer_spec", metavar="SPEC", default=None,
                 help="openai: the served model's tokenizer (hub id, directory or .gguf; default: --model)."),
    click.option("--api-key-env", metavar="VAR", default=None,
                 help="openai: environment variable that holds the API key (never recorded)."),
    click.option("--concurrency", type=click.IntRange(min=1), default=4, show_default=True,
                 help="openai: requests in flight at most."),
    click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
                 help="openai: seconds per request."),
    click.option("--retries", type=click.IntRange(min=0), default=5, show_default=True,
                 help="openai: retries with backoff after 429, 5xx, timeouts."),
    click.option("--prompt-format", type=click.Choice(["auto", "ids", "text"]), default="auto", show_default=True,
                 help="openai: send contexts as token ids (token-exact) or text; auto: ids if the server takes them."),
    click.option("--device", type=click.Choice(DEVICES), default="auto", show_default=True),
    click.option("--dtype", type=click.Choice(DTYPES), default=None, help="Default: float32 on CPU."),
]


def backend_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add the backend options to a click command (in ``tracegen record``'s order)."""
    for option in reversed(_OPTIONS):
        command = option(command)
    return command


def server_options(backend: str, *, base_url: str | None, tokenizer_spec: str | None, api_key_env: str | None,
                   concurrency: int, timeout: float, retries: int, prompt_format: str) -> dict[str, Any]:
    """``open_backend`` options from the command line; server options without ``--backend openai`` are a usage error."""
    if backend == "openai" and not base_url:
        raise click.UsageError("--backend openai needs --base-url")
    if backend != "openai":
        for name, value in [("--base-url", base_url), ("--tokenizer", tokenizer_spec), ("--api-key-env", api_key_env)]:
            if value is not None:
                raise click.UsageError(f"{name} needs --backend openai")
        return {}
    return {"base_url": base_url, "tokenizer": tokenizer_spec, "api_key": api_key(api_key_env),
            "concurrency": concurrency, "timeout": timeout, "retries": retries, "prompt_format": prompt_format}


def api_key(variable: str | None) -> str | None:
    """The API key in the environment variable ``variable`` (a key is never taken on the command line)."""
    if variable is None:
        return None
    value = os.environ.get(variable)
    if not value:
        raise TracegenError(f"--api-key-env {variable}: that environment variable is not set")
    return value
