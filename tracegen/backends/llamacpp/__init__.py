"""The llama.cpp backend: a GGUF model run in this process by llama-cpp-python.

- ``options.py``: ``LlamaCppOptions`` (``--n-ctx``, ``--threads``, ``--n-gpu-layers``).
- ``context.py``: everything that knows llama-cpp-python (model, context, batches, KV-cache sequences).
- ``sequences.py``: the KV cache's sequences as a cache of contexts, reused by shared prefix.
- ``backend.py``: ``LlamaCppBackend``, the ``Backend`` over them, and ``open_llamacpp``.

Needs the optional extra: ``pip install 'tracegen[llamacpp]'``. This module only declares the
backend (``BACKEND``); llama-cpp-python and torch are imported when it is opened.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ..declaration import Capabilities, Declaration, Opening
from .options import LlamaCppOptions

if TYPE_CHECKING:
    from .backend import LlamaCppBackend, LlamaTree, open_llamacpp


def _open(model: Any, options: LlamaCppOptions, opening: Opening) -> LlamaCppBackend:
    from .backend import open_llamacpp

    return open_llamacpp(model, n_ctx=options.n_ctx, threads=options.threads, n_gpu_layers=options.n_gpu_layers)


BACKEND = Declaration(
    name="llamacpp",
    summary="a GGUF file run by llama.cpp in this process",
    options=LlamaCppOptions,
    capabilities=Capabilities(whole_distributions=True, batched=True, prefix_reuse=True),
    opener=_open,
)


def __getattr__(name: str) -> Any:
    if name in ("LlamaCppBackend", "LlamaTree", "open_llamacpp"):
        return getattr(importlib.import_module(".backend", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["BACKEND", "LlamaCppBackend", "LlamaCppOptions", "LlamaTree", "open_llamacpp"]
