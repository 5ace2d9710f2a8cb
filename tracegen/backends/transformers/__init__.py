"""The transformers backend: a transformers model in this process, with its KV cache.

- ``options.py``: ``TransformersOptions`` (``--device``, ``--dtype``, ``--cache-mb``).
- ``loading.py``: a ``--model`` spec loaded on a device and dtype (``load_model``, ``from_objects``).
- ``conversion.py``: a ``.gguf`` file dequantized once to a float32 cache.
- ``kvcache.py``: everything that knows the transformers cache API.
- ``backend.py``: ``TransformersBackend``, the ``Backend`` over a loaded model.

Specs, the default model and tokenizers alone are ``tracegen.models``'s, shared by every
backend. This module only declares the backend (``BACKEND``); torch and transformers are
imported when it is opened or when one of its classes is asked for.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ..declaration import Capabilities, Declaration, Opening
from .options import DEVICES, DTYPES, TransformersOptions

if TYPE_CHECKING:
    from .backend import TransformersBackend
    from .loading import LoadedModel, from_objects, load_model


def _open(model: Any, options: TransformersOptions, opening: Opening) -> TransformersBackend:
    from .backend import TransformersBackend
    from .loading import LoadedModel, load_model

    loaded = model if isinstance(model, LoadedModel) else load_model(
        model, device=options.device, dtype=options.dtype, progress=opening.progress)
    return TransformersBackend(loaded, prefix_cache_bytes=options.cache_mb * 2**20, threads=options.threads)


BACKEND = Declaration(
    name="transformers",
    summary="the model run by transformers in this process",
    options=TransformersOptions,
    capabilities=Capabilities(whole_distributions=True, batched=True, prefix_reuse=True),
    opener=_open,
)

_LAZY = {"TransformersBackend": ".backend", "LoadedModel": ".loading", "from_objects": ".loading",
         "load_model": ".loading"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["BACKEND", "DEVICES", "DTYPES", "LoadedModel", "TransformersBackend", "TransformersOptions",
           "from_objects", "load_model"]
