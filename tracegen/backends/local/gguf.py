"""Load a ``.gguf`` file through transformers once, then from a float32 safetensors cache.

Dequantizing a GGUF in transformers is slow (tens of seconds for a 135M model on a small
CPU); the dequantized weights are plain float32 tensors, so the first load saves them with
the config and tokenizer in a cache directory, and later loads read that copy (seconds).

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
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from ..._atomic import write_bytes_atomic
from ..._version import __version__
from ...errors import TracegenError

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


def load_gguf(gguf: Path) -> tuple[Any, Any]:
    """Load model and tokenizer straight from a GGUF file (slow: dequantizes every tensor).

    The returned model is float32, in eval mode, with the GGUF quantizer detached so that
    it behaves (and saves) like any unquantized model.
    """
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name)
    detach_quantizer(model)
    model.eval()
    return model, tokenizer


def detach_quantizer(model: Any) -> None:
    """Drop the GGUF quantizer that transformers leaves on a GGUF-loaded model.

    transformers refuses ``save_pretrained`` while it is attached ("quantized with gguf and
    is not serializable"), but the weights are already dequantized plain tensors, so the
    quantizer's own ``remove_quantization_config`` is all that is needed.
    """
    quantizer = getattr(model, "hf_quantizer", None)
    if quantizer is not None:
        quantizer.remove_quantization_config(model)


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


def convert_and_load(gguf: Path, *, progress: bool) -> tuple[Any, Any, Path]:
    """The model and tokenizer of ``gguf``: from the cache if converted, else converted now.

    Returns:
        ``(model, tokenizer, directory)``; ``directory`` is the cache entry, from which
        the caller loads when it wants another dtype or device.
    """
    target = cache_dir_for(gguf)
    if is_complete(target):
        return None, None, target
    if progress:
        print(f"tracegen: converting {gguf.name} once (slow; later loads are fast), cached at {target}",
              file=sys.stderr, flush=True)
    model, tokenizer = load_gguf(gguf)
    try:
        save_cache(model, tokenizer, gguf, target)
    except OSError as exc:
        # The cache is an optimisation: a read-only home still gets a working model.
        if progress:
            print(f"tracegen: could not write the cache ({exc.strerror or exc}); "
                  "the next load converts again", file=sys.stderr, flush=True)
    return model, tokenizer, target


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
