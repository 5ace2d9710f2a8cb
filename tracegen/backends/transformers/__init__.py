"""The transformers backend: a transformers model in this process, with its KV cache.

- ``loading.py``: a ``--model`` spec loaded on a device and dtype (``load_model``, ``from_objects``).
- ``conversion.py``: a ``.gguf`` file dequantized once to a float32 cache.
- ``kvcache.py``: everything that knows the transformers cache API.
- ``backend.py``: ``TransformersBackend``, the ``Backend`` over a loaded model.

Specs, the default model and tokenizers alone are ``tracegen.models``'s, shared by every backend.
"""

from .backend import TransformersBackend
from .loading import LoadedModel, from_objects, load_model

__all__ = ["LoadedModel", "TransformersBackend", "from_objects", "load_model"]
