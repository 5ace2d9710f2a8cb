"""What runs the model: one ``Backend`` interface (``base.py``) and the table of its implementations.

Each backend is a package that declares itself (``declaration.Declaration``: name, options
dataclass, capabilities, how to open it) as ``BACKEND``; ``BACKENDS`` below is the table.
The command line builds ``--backend`` and every backend's flags from it, and
``open_backend``, ``tracegen.record``, ``tracegen.rescore``, ``tracegen.explore`` and
``tracegen serve`` open backends through it. Adding a backend is one package and one line
here. See docs/backends.md for what each ``Backend`` method must guarantee.

- ``transformers/``: a transformers model in this process (backend, KV cache, loading, GGUF conversion).
- ``openai/``: an OpenAI-compatible server (vLLM, llama.cpp, TGI).
- ``llamacpp/``: a GGUF file run by llama.cpp in this process (the ``tracegen[llamacpp]`` extra).

Reading the table imports no torch: each package's heavy modules load when it is opened.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ..errors import ParameterError
from . import llamacpp, openai, transformers
from .declaration import OPENING_FIELDS, Capabilities, Declaration, Opening, option

if TYPE_CHECKING:
    from .base import Backend, Vocabulary

#: The backend table: name -> declaration, as ``--backend`` and ``backend=`` take the names.
BACKENDS: dict[str, Declaration] = {b.name: b for b in (transformers.BACKEND, openai.BACKEND, llamacpp.BACKEND)}


def declaration(name: str | None) -> Declaration:
    """The declaration of the backend called ``name`` (``None``: transformers).

    Raises:
        ParameterError: No backend has that name.
    """
    found = BACKENDS.get(name or "transformers")
    if found is None:
        raise ParameterError("backend", f"{name!r} is not one of {', '.join(BACKENDS)}")
    return found


def open_backend(name: str | None = None, model: Any = None, **options: Any) -> Backend:
    """The backend called ``name``, ready to record.

    Args:
        name: A name in ``BACKENDS``: ``"transformers"`` (default: the model in this
            process), ``"openai"`` (a server) or ``"llamacpp"`` (a GGUF file in llama.cpp).
        model: transformers: a hub id, a model directory, a ``.gguf`` file, a ``LoadedModel``
            or ``None`` for the embedded default. openai: the served model's name (default:
            the server's first). llamacpp: a ``.gguf`` file, ``None`` for the default's.
        **options: The backend's declared options (``TransformersOptions``,
            ``OpenAIOptions``, ``LlamaCppOptions``), and ``progress``, ``top_k``,
            ``on_change`` (``declaration.Opening``) for any backend.

    Raises:
        ParameterError: An unknown name or option, or a required option missing.
        TracegenError: A model or server that cannot be reached or loaded.
    """
    opening = Opening(**{k: options.pop(k) for k in OPENING_FIELDS if k in options})
    return declaration(name).open(model, options, opening)


@contextmanager
def backend_for(backend: str | Backend | None, model: Any, *, opening: Opening,
                options: Mapping[str, Any] | None = None, **own: Any) -> Iterator[Backend]:
    """The backend ``record`` and ``rescore`` run on, for the ``with`` block.

    A ``Backend`` is used as given and left open (it is the caller's). A name is opened with
    ``options`` plus those of the caller's own arguments ``own`` (``device``, ``dtype``) that
    the backend declares and ``options`` does not set, and closed when the block ends.
    """
    from .base import Backend

    if isinstance(backend, Backend):
        yield backend
        return
    declared = declaration(backend)
    names = {spec.name for spec in declared.specs()}
    merged = {**{k: v for k, v in own.items() if k in names}, **(options or {})}
    opened = declared.open(model, merged, opening)
    try:
        yield opened
    finally:
        opened.close()


def __getattr__(name: str) -> Any:
    if name in ("Backend", "Vocabulary"):  # base.py imports torch: only when asked for
        return getattr(importlib.import_module(".base", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["BACKENDS", "Backend", "Capabilities", "Declaration", "Opening", "Vocabulary", "backend_for",
           "declaration", "open_backend", "option"]
