"""Model loading for the transformers backend: a ``--model`` spec into a ready ``LoadedModel``.

The spec is resolved by ``tracegen.models`` (a hub id, a model directory, a ``.gguf`` file or
the embedded default); this module loads its weights with ``transformers`` on a device and
dtype. GGUF files are converted once to a float32 safetensors copy in the user cache (see
``conversion.py``). Every problem a user can fix is a one-line ``TracegenError``.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import torch

from ...errors import TracegenError
from ...models import gguf
from ...models.hub import first_line, from_hub, quiet
from ...models.spec import resolve_spec
from . import conversion
from .options import DEVICES

if TYPE_CHECKING:
    from transformers import PreTrainedModel, PreTrainedTokenizerBase

TORCH_DTYPES = {"float32": torch.float32, "float16": torch.float16, "bfloat16": torch.bfloat16}


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
    with quiet():
        if where.kind == "gguf":
            model, tokenizer = _load_gguf(Path(where.where), torch_dtype, progress)
        elif where.kind == "directory":
            model, tokenizer = _load_pretrained(Path(where.where), torch_dtype, where.source)
        else:
            model, tokenizer = from_hub(str(where.where), lambda local: _from_pretrained(
                where.where, torch_dtype, local_files_only=local), "model", default=spec is None)
    if torch_dtype is not None and model.dtype != torch_dtype:
        model = model.to(torch_dtype)
    model = model.to(target)
    loaded = from_objects(model, tokenizer, name=where.name, source=where.source)
    if where.kind == "gguf":
        loaded.info.update(gguf.gguf_info(Path(where.where)), dequantized_to=loaded.info["dtype"])
    return loaded


# -- loaders ------------------------------------------------------------------------------


def _load_gguf(path: Path, dtype: torch.dtype | None, progress: bool) -> tuple[Any, Any]:
    gguf.require_support()
    try:
        model, tokenizer, directory = conversion.convert_and_load(path, progress=progress)
        if model is None:
            try:
                model, tokenizer = _from_pretrained(directory, dtype, local_files_only=True)
            except Exception:  # noqa: BLE001 - a damaged cache entry: rebuild it once
                shutil.rmtree(directory, ignore_errors=True)
                model, tokenizer, _ = conversion.convert_and_load(path, progress=progress)
    except Exception as exc:  # noqa: BLE001 - sorted out by gguf.load_error
        raise gguf.load_error("model", path, exc) from None
    # Name the GGUF, not the conversion cache this machine loaded it from.
    model.config.name_or_path = tokenizer.name_or_path = str(path)
    return model, tokenizer


def _load_pretrained(path: Path, dtype: torch.dtype | None, spec: str) -> tuple[Any, Any]:
    try:
        return _from_pretrained(path, dtype, local_files_only=True)
    except (OSError, ValueError, KeyError) as exc:
        raise TracegenError(f"cannot load model {spec!r}: {first_line(exc)}") from None


def _from_pretrained(where: str | Path, dtype: torch.dtype | None, *, local_files_only: bool) -> tuple[Any, Any]:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(where, local_files_only=local_files_only)
    model = AutoModelForCausalLM.from_pretrained(
        where, dtype=dtype if dtype is not None else "auto", local_files_only=local_files_only
    )
    return model, tokenizer


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
    if key not in TORCH_DTYPES:
        raise TracegenError(f"unknown dtype {dtype!r}: use one of auto, {', '.join(TORCH_DTYPES)}")
    return TORCH_DTYPES[key]


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
