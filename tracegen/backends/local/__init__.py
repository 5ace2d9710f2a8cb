"""The local backend: a transformers model in this process, with its KV cache.

- ``models.py``: ``--model`` specs resolved and loaded (``load_model``, ``load_tokenizer``).
- ``gguf.py``: a ``.gguf`` file converted once to a float32 cache.
- ``kvcache.py``: everything that knows the transformers cache API.
- ``engine.py``: ``Engine``, the ``Backend`` over a loaded model.
"""

from .engine import Engine
from .models import LoadedModel, from_objects, load_model, load_tokenizer

__all__ = ["Engine", "LoadedModel", "from_objects", "load_model", "load_tokenizer"]
