"""Where a model comes from, for every backend: specs, the default model, tokenizers, GGUF files.

- ``spec.py``: what a ``--model`` spec points at (``resolve_spec``), the embedded default model.
- ``hub.py``: loading from the Hugging Face cache or hub, quietly, with one-line errors.
- ``tokenizer.py``: a spec's tokenizer alone (``load_tokenizer``).
- ``gguf.py``: GGUF files: quantization, damage, tokenizer, the conversion cache.

Nothing here loads weights or imports torch; that is each backend's business.
"""

from .spec import DEFAULT_MODEL_NAME, Spec, default_model_gguf, resolve_spec
from .tokenizer import load_tokenizer

__all__ = ["DEFAULT_MODEL_NAME", "Spec", "default_model_gguf", "load_tokenizer", "resolve_spec"]
