"""The files a model spec makes a command read, so that no output is written over them.

``tracegen record --model m.gguf -o m.gguf`` must be refused like ``-o prompt.txt``: the
model's own files are inputs too. A spec reads a ``.gguf`` file (and, with transformers, its
converted copy in the cache), a model directory (every file in it), or a hub id's snapshot in
the local Hugging Face cache; a tokenizer spec reads the same.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import TracegenError
from ..models import gguf, resolve_spec
from . import BACKENDS


def spec_files(spec: Any) -> list[Path]:
    """The files and directories that loading ``spec`` reads (a directory stands for every
    file in it); nothing for what is not a spec (an object in memory, a served model's name
    that is no path).

    Args:
        spec: A ``--model`` or ``--tokenizer`` spec, or ``None`` for the default model. A
            ``.gguf``'s converted copies in tracegen's cache count too (its tokenizer, and with
            transformers its weights, are loaded from there).
    """
    if spec is not None and not isinstance(spec, str | os.PathLike):
        return []
    try:
        where = resolve_spec(None if spec is None else str(spec))
    except TracegenError:
        return []  # loading it fails later with the loader's own message
    if where.kind == "gguf":
        files = [Path(where.where)]
        if spec is not None and Path(spec).is_dir():
            files.append(Path(spec))
        files += [gguf.cache_dir_for(Path(where.where), what) for what in ("gguf", "gguf-tokenizer")]
        return files
    if where.kind == "directory":
        return [Path(where.where)]
    return _hub_snapshot(str(where.where))


def backend_files(backend: Any, model: Any, options: Mapping[str, Any] | None = None) -> list[Path]:
    """What opening ``backend`` (a name, as ``open_backend`` takes; ``None``: transformers) on
    ``model`` reads: the files of the specs its declaration names (``Declaration.local_specs``:
    the model's here for transformers and llamacpp, only the tokenizer's for a server). A
    ``Backend`` already open reads nothing more; an unknown name is refused when it is opened."""
    if backend is not None and not isinstance(backend, str):
        return []
    found = BACKENDS.get(backend or "transformers")
    specs = [model] if found is None else found.local_specs(model, options or {})
    return [path for spec in specs for path in spec_files(spec)]


def _hub_snapshot(model_id: str) -> list[Path]:
    """The hub id's snapshot in the local Hugging Face cache, when it is there (no network)."""
    try:
        from huggingface_hub import snapshot_download

        return [Path(snapshot_download(model_id, local_files_only=True))]
    except Exception:  # noqa: BLE001 - not cached, or not a hub id: nothing here is read
        return []
