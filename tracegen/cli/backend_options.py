"""The options that choose and configure a backend, for the commands that run a model.

``tracegen record`` and ``tracegen rescore`` declare all of them with ``@backend_options``;
``tracegen serve``, which needs a model in this process, declares the local ones with
``@local_backend_options``. ``open_options`` turns the values into ``open_backend`` options and
refuses an option that the chosen backend would silently ignore.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import click

from ..errors import TracegenError
from .text import TEXT

# Literal choices rather than imports: importing torch costs seconds, and `tracegen --help`
# or `tracegen export` should not pay for it. tests/test_cli_record.py keeps them in sync.
BACKENDS = ["transformers", "openai", "llamacpp"]
LOCAL_BACKENDS = ["transformers", "llamacpp"]
DEVICES = ["auto", "cpu", "cuda", "mps"]
DTYPES = ["bfloat16", "float16", "float32"]

_MODEL_HELP = ("Hugging Face id, local model directory or .gguf file (default: the embedded SmolLM2-135M-Instruct); "
               "with --backend llamacpp, a .gguf file")

_SERVER = [
    click.option("--base-url", metavar="URL", type=TEXT, default=None, help="openai: the server, e.g. http://127.0.0.1:8000/v1."),
    click.option("--tokenizer", "tokenizer_spec", metavar="SPEC", default=None,
                 help="openai: the served model's tokenizer (hub id, directory or .gguf; default: --model)."),
    click.option("--api-key-env", metavar="VAR", type=TEXT, default=None,
                 help="openai: environment variable that holds the API key (never recorded)."),
    click.option("--concurrency", type=click.IntRange(min=1), default=4, show_default=True,
                 help="openai: requests in flight at most."),
    click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
                 help="openai: seconds per request."),
    click.option("--retries", type=click.IntRange(min=0), default=5, show_default=True,
                 help="openai: retries with backoff after 429, 5xx, timeouts."),
    click.option("--prompt-format", type=click.Choice(["auto", "ids", "text"]), default="auto", show_default=True,
                 help="openai: send contexts as token ids (token-exact) or text; auto: ids if the server takes them."),
]

_LLAMACPP = [
    click.option("--n-ctx", type=click.IntRange(min=1), default=None,
                 help="llamacpp: most KV-cache cells, shared by the contexts in flight; the cache starts at 512 "
                      "and doubles when needed (default: the model's context, at most 4096)."),
    click.option("--n-gpu-layers", type=click.IntRange(min=-1), default=0, show_default=True,
                 help="llamacpp: layers to offload to a GPU (-1: all; needs a GPU build of llama-cpp-python)."),
]

# Both backends that compute in this process (tracegen/backends/threads.py explains the default).
_THREADS = click.option("--threads", type=click.IntRange(min=1), default=None,
                        help="transformers, llamacpp: CPU threads [default: one CPU left free for the rest of "
                             "the machine; at most 4 for a one-token step].")

_TRANSFORMERS = [
    click.option("--device", type=click.Choice(DEVICES), default="auto", show_default=True,
                 help="transformers: where the model runs."),
    click.option("--dtype", type=click.Choice(DTYPES), default=None, help="transformers: default float32 on CPU."),
]


def backend_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add every backend's options to a click command."""
    return _add(command, [
        click.option("--model", "model_spec", metavar="SPEC", default=None,
                     help=_MODEL_HELP + "; with --backend openai, the served model's name (default: the server's first)."),
        click.option("--backend", type=click.Choice(BACKENDS), default="transformers", show_default=True,
                     help="Run the model here (transformers, or llama.cpp on a GGUF file: llamacpp), or ask an "
                          "OpenAI-compatible server (vLLM, llama.cpp, TGI)."),
        *_SERVER, *_LLAMACPP, *_TRANSFORMERS, _THREADS,
    ])


def local_backend_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add the options of the backends that run the model in this process."""
    return _add(command, [
        click.option("--model", "model_spec", metavar="SPEC", default=None, help=_MODEL_HELP + "."),
        click.option("--backend", type=click.Choice(LOCAL_BACKENDS), default="transformers", show_default=True,
                     help="Run the model with transformers, or with llama.cpp on a GGUF file (llamacpp)."),
        *_LLAMACPP, *_TRANSFORMERS, _THREADS,
    ])


def _add(command: Callable[..., Any], options: list[Callable[..., Any]]) -> Callable[..., Any]:
    for option in reversed(options):  # decorators apply bottom-up; --help lists them in this order
        command = option(command)
    return command


def open_options(backend: str, *, device: str = "auto", dtype: str | None = None, base_url: str | None = None,
                 tokenizer_spec: str | None = None, api_key_env: str | None = None, concurrency: int = 4,
                 timeout: float = 60.0, retries: int = 5, prompt_format: str = "auto", n_ctx: int | None = None,
                 threads: int | None = None, n_gpu_layers: int = 0) -> dict[str, Any]:
    """``open_backend`` options from the command line, beyond ``device`` and ``dtype`` (which
    the library takes apart). An option of another backend than ``backend`` is a usage error."""
    foreign = {
        "transformers": [("--device", None if device == "auto" else device), ("--dtype", dtype)],
        "openai": [("--base-url", base_url), ("--tokenizer", tokenizer_spec), ("--api-key-env", api_key_env)],
        "llamacpp": [("--n-ctx", n_ctx), ("--n-gpu-layers", n_gpu_layers or None)],
    }
    if backend == "openai" and threads is not None:
        raise click.UsageError("--threads sets the threads of a model computed here: --backend transformers or "
                               "llamacpp (an openai server has its own)")
    for owner, given in foreign.items():
        for name, value in given:
            if owner != backend and value is not None:
                raise click.UsageError(f"{name} needs --backend {owner}")
    if backend == "openai":
        if not base_url:
            raise click.UsageError("--backend openai needs --base-url")
        return {"base_url": base_url, "tokenizer": tokenizer_spec, "api_key": api_key(api_key_env),
                "concurrency": concurrency, "timeout": timeout, "retries": retries, "prompt_format": prompt_format}
    if backend == "llamacpp":
        return {"n_ctx": n_ctx, "threads": threads, "n_gpu_layers": n_gpu_layers}
    return {} if threads is None else {"threads": threads}


def api_key(variable: str | None) -> str | None:
    """The API key in the environment variable ``variable`` (a key is never taken on the command line)."""
    if variable is None:
        return None
    value = os.environ.get(variable)
    if not value:
        raise TracegenError(f"--api-key-env {variable}: that environment variable is not set")
    return value
