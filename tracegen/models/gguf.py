"""GGUF files: what they hold (quantization, damage), their tokenizer, and the conversion cache.

Every backend reads GGUF files here: transformers converts one once to a float32 safetensors
copy (``backends/transformers/conversion.py`` writes it through ``save_cache``), llama.cpp
and the openai backend take only its tokenizer and its quantization type.

Cache layout: ``<cache root>/gguf/<file stem>-<key>/`` where the key hashes the file's
name, size and first MiB. A directory only ever appears complete: it is built under a
temporary name in the same parent and renamed into place, and it is used only when it
holds the completion marker written last.

Where the model runs elsewhere (llama.cpp, a server) only the tokenizer is wanted; its
converted copy alone goes to ``<cache root>/gguf-tokenizer/<file stem>-<key>/``, the same way.
Loading it takes a quarter of a second and ~50 MB, where converting the GGUF's tokenizer
takes seconds and ~100 MB more (transformers imports its model machinery to do it).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from .._atomic import write_bytes_atomic
from .._version import __version__
from ..errors import TracegenError
from .hub import first_line

# Bump when the cache layout or the conversion changes, so old copies are not reused.
CACHE_LAYOUT = 1
MARKER = "tracegen-cache.json"


def cache_root() -> Path:
    """The tracegen cache directory: ``$TRACEGEN_CACHE``, else ``$XDG_CACHE_HOME/tracegen``,
    else ``~/.cache/tracegen``."""
    explicit = os.environ.get("TRACEGEN_CACHE")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "tracegen"


def cache_key(gguf: Path) -> str:
    """A short key for one GGUF file's content: name, size and a hash of its first MiB."""
    stat = gguf.stat()
    digest = hashlib.sha256(f"{CACHE_LAYOUT}\0{gguf.name}\0{stat.st_size}\0".encode())
    with gguf.open("rb") as handle:
        digest.update(handle.read(1 << 20))
    return digest.hexdigest()[:16]


def cache_dir_for(gguf: Path, what: str = "gguf") -> Path:
    """Where the converted copy of ``gguf`` lives (whether or not it exists yet): the whole
    model (``what="gguf"``) or its tokenizer alone (``"gguf-tokenizer"``)."""
    return cache_root() / what / f"{gguf.stem}-{cache_key(gguf)}"


def is_complete(directory: Path) -> bool:
    """Whether ``directory`` is a finished cache entry (its completion marker is there)."""
    return (directory / MARKER).is_file()


def gguf_info(gguf: Path) -> dict[str, Any]:
    """What a trace says about a GGUF file: its file name and quantization type (e.g. ``Q4_1``)."""
    return {"gguf": gguf.name, "quantization": quantization(gguf)}


def require_support() -> None:
    """Refuse, in one line, to read a GGUF file without the packages transformers needs for it."""
    for module in ("gguf", "accelerate"):
        try:
            importlib.metadata.version(module)
        except importlib.metadata.PackageNotFoundError:
            raise TracegenError(f"loading a .gguf file needs the `{module}` package: "
                                "pip install gguf accelerate") from None


def load_error(what: str, gguf: Path, exc: Exception) -> Exception:
    """A one-line error for a GGUF that failed to load: what is wrong with the file when it
    is damaged (transformers says "cannot reshape array..."), else the loader's first line.
    An unexpected exception from a sound file is a bug: it is returned as is."""
    problem = damage(gguf)
    if problem is None and not isinstance(exc, (OSError, ValueError, RuntimeError, KeyError)):
        return exc
    return TracegenError(f"cannot load {what} {str(gguf)!r}: {problem or first_line(exc)}")


def damage(gguf: Path) -> str | None:
    """Why ``gguf`` is not a readable GGUF file, in words for an error message, or ``None``
    when the ``gguf`` package reads it whole (then a failure to load it lies elsewhere).

    Used after a load failed: transformers reports a truncated file as a numpy reshape or
    struct error, which says nothing about the file.
    """
    try:
        size = gguf.stat().st_size
        with gguf.open("rb") as handle:
            magic = handle.read(4)
    except OSError as exc:
        return f"cannot read it ({exc.strerror})"
    if size == 0:
        return "an empty file, not a GGUF model"
    if magic != b"GGUF":
        return "not a GGUF file (it does not start with the GGUF magic bytes)"
    from gguf import GGUFReader

    try:
        GGUFReader(gguf)
    except Exception:  # noqa: BLE001 - whatever the reader trips on, the file is what is wrong
        return f"a truncated or damaged GGUF file: its header or tensor data do not fit in its {size} bytes"
    return None


def converted_from(directory: Path) -> Path | None:
    """The GGUF file a finished cache entry was converted from, or ``None`` if ``directory`` is not one."""
    try:
        source = json.loads((directory / MARKER).read_text()).get("source")
    except (OSError, ValueError, AttributeError):
        return None
    return Path(source) if isinstance(source, str) and source else None


def save_cache(model: Any, tokenizer: Any, gguf: Path, target: Path) -> None:
    """Write ``model`` (``None``: the tokenizer alone) and ``tokenizer`` to ``target``
    atomically (temp dir + rename).

    If another process finished the same entry first, its copy is kept and ours dropped.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        if model is not None:
            model.save_pretrained(tmp, safe_serialization=True)
        tokenizer.save_pretrained(tmp)
        marker = {"source": str(gguf), "size": gguf.stat().st_size, "layout": CACHE_LAYOUT,
                  "tracegen_version": __version__}
        (tmp / MARKER).write_text(json.dumps(marker, indent=2))
        os.chmod(tmp, 0o755)
        if target.exists() and not is_complete(target):
            # Not something we ever create (entries appear whole); a leftover from a
            # hand-made or damaged copy. Replace it.
            shutil.rmtree(target, ignore_errors=True)
        try:
            os.replace(tmp, target)
        except OSError:
            if not is_complete(target):
                raise
            # A concurrent conversion won the race; its copy is equivalent.
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def load_tokenizer(gguf: Path) -> Any:
    """The tokenizer of ``gguf``: from a cache entry (the model's or the tokenizer's own),
    else converted from the file now and its tokenizer entry written for next time."""
    from transformers import AutoTokenizer, PreTrainedTokenizerFast

    for what in ("gguf", "gguf-tokenizer"):
        directory = cache_dir_for(gguf, what)
        if is_complete(directory):
            # A GGUF's tokenizer always converts to a `tokenizers` one; naming its class
            # skips AutoTokenizer's config lookup, which imports transformers' model code.
            try:
                tokenizer = PreTrainedTokenizerFast.from_pretrained(directory, local_files_only=True)
            except (OSError, ValueError, KeyError):  # a damaged entry: convert again below
                shutil.rmtree(directory, ignore_errors=True)
                continue
            tokenizer.name_or_path = str(gguf)  # the file, not this machine's cache
            return tokenizer
    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    try:
        save_cache(None, tokenizer, gguf, cache_dir_for(gguf, "gguf-tokenizer"))
    except OSError:
        pass  # the cache is an optimisation: a read-only home converts each time
    return tokenizer


def quantization(gguf: Path) -> str | None:
    """The file's quantization type as llama.cpp names it (``Q4_1``, ``F16``, ...).

    Parsing a GGUF header takes seconds, so the answer is kept in the conversion cache's
    marker once known. ``None`` when the header does not say (``general.file_type`` is optional).
    """
    marker = cache_dir_for(gguf) / MARKER
    try:
        known = json.loads(marker.read_text())
    except (OSError, ValueError):
        known = None
    if isinstance(known, dict) and "quantization" in known:
        return known["quantization"]
    found = _read_quantization(gguf)
    if isinstance(known, dict):
        try:
            write_bytes_atomic(marker, json.dumps({**known, "quantization": found}, indent=2).encode())
        except (OSError, TracegenError):
            pass  # the cache is an optimisation
    return found


def _read_quantization(gguf: Path) -> str | None:
    from gguf import GGUFReader

    field = GGUFReader(gguf).fields.get("general.file_type")
    if field is None:
        return None
    return file_type_name(int(field.parts[field.data[0]][0]))


def file_type_name(value: int) -> str:
    """The name llama.cpp gives a GGUF's ``general.file_type`` value (``3`` -> ``Q4_1``)."""
    from gguf import LlamaFileType

    try:
        return LlamaFileType(value).name.removeprefix("MOSTLY_")
    except ValueError:
        return f"file type {value}"
