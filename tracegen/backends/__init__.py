"""What runs the model: one ``Backend`` interface (``base.py``) and its implementations.

- ``transformers/``: a transformers model in this process (backend, KV cache, loading, GGUF conversion).
- ``openai/``: an OpenAI-compatible server (vLLM, llama.cpp, TGI).
- ``llamacpp/``: a GGUF file run by llama.cpp in this process (the ``tracegen[llamacpp]`` extra).

``open_backend(name, model, **options)`` builds one by name; the CLI, ``tracegen.record`` and
live mode all go through it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from ..errors import ParameterError
from .base import Backend, Vocabulary

#: Backend names, as ``--backend`` and ``backend=`` take them.
BACKENDS = ("transformers", "openai", "llamacpp")


def open_backend(name: str | None = None, model: Any = None, **options: Any) -> Backend:
    """The backend called ``name``, ready to record.

    Args:
        name: ``"transformers"`` (default: the model in this process), ``"openai"`` (a
            server) or ``"llamacpp"`` (a GGUF file in llama.cpp, in this process).
        model: transformers: a hub id, a model directory, a ``.gguf`` file, a ``LoadedModel``
            or ``None`` for the embedded default. openai: the served model's name (default:
            the server's first). llamacpp: a ``.gguf`` file, ``None`` for the default's.
        **options: transformers: ``device``, ``dtype``, ``progress``, ``prefix_cache_bytes``,
            ``threads`` (CPU threads; default ``tracegen.backends.threads.Threads.default``).
            openai: ``base_url`` (required), ``tokenizer``, ``api_key``, ``top_k``,
            ``concurrency``, ``timeout``, ``retries``, ``prompt_format``, ``on_change``
            (see ``tracegen.backends.openai.connect``). llamacpp: ``n_ctx``, ``threads``,
            ``n_gpu_layers`` (see ``tracegen.backends.llamacpp.open_llamacpp``).

    Raises:
        ParameterError: An unknown name or option.
        TracegenError: A model or server that cannot be reached or loaded.
    """
    name = name or "transformers"
    if name == "transformers":
        from .transformers import LoadedModel, TransformersBackend, load_model

        engine_options = {k: options.pop(k) for k in ("prefix_cache_bytes", "threads") if k in options}
        _no_other_options(name, options, {"device", "dtype", "progress"})
        loaded = model if isinstance(model, LoadedModel) else load_model(model, **options)
        return TransformersBackend(loaded, **engine_options)
    if name == "openai":
        from .openai import connect

        if not options.get("base_url"):
            raise ParameterError("base_url", "is needed by the openai backend")
        _no_other_options(name, options, {"base_url", "tokenizer", "api_key", "top_k", "concurrency", "timeout",
                                          "retries", "prompt_format", "on_change"})
        return connect(model=model, **options)
    if name == "llamacpp":
        from .llamacpp import open_llamacpp

        _no_other_options(name, options, {"n_ctx", "threads", "n_gpu_layers"})
        return open_llamacpp(model, **options)
    raise ParameterError("backend", f"{name!r} is not one of {', '.join(BACKENDS)}")


@contextmanager
def backend_for(backend: str | Backend | None, model: Any, *, device: str, dtype: str | None, progress: bool,
                top_k: int, on_change: Any, options: Mapping[str, Any] | None = None) -> Iterator[Backend]:
    """The backend ``record`` and ``rescore`` run on, for the ``with`` block.

    A ``Backend`` is used as given and left open (it is the caller's). A name is opened with
    what applies to it of the caller's own arguments (``device``, ``dtype`` and ``progress``
    for transformers; ``top_k`` and ``on_change`` for openai) plus ``options``, and closed
    when the block ends.
    """
    if isinstance(backend, Backend):
        yield backend
        return
    if backend in (None, "transformers"):
        own = {"device": device, "dtype": dtype, "progress": progress}
    elif backend == "openai":
        own = {"top_k": top_k, "on_change": on_change}
    else:  # llamacpp: n_ctx, threads and n_gpu_layers come in options
        own = {}
    opened = open_backend(backend, model, **own, **(options or {}))
    try:
        yield opened
    finally:
        opened.close()


def _no_other_options(name: str, options: dict[str, Any], allowed: set[str]) -> None:
    for option in sorted(set(options) - allowed):
        raise ParameterError(option, f"is not an option of the {name} backend")


__all__ = ["BACKENDS", "Backend", "Vocabulary", "backend_for", "open_backend"]
