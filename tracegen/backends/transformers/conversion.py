"""A ``.gguf`` file as a transformers model: dequantized once, then loaded from a float32 cache.

Dequantizing a GGUF in transformers is slow (tens of seconds for a 135M model on a small
CPU); the dequantized weights are plain float32 tensors, so the first load saves them with
the config and tokenizer in a cache directory (``tracegen.models.gguf``), and later loads
read that copy (seconds).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from ...models.gguf import cache_dir_for, is_complete, save_cache


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
