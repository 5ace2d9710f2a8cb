"""The llama.cpp backend: a GGUF model run in this process by llama-cpp-python.

- ``context.py``: everything that knows llama-cpp-python (model, context, batches, KV-cache sequences).
- ``sequences.py``: the KV cache's sequences as a cache of contexts, reused by shared prefix.
- ``backend.py``: ``LlamaCppBackend``, the ``Backend`` over them, and ``open_llamacpp``.

Needs the optional extra: ``pip install 'tracegen[llamacpp]'``.
"""

from .backend import LlamaCppBackend, LlamaTree, open_llamacpp

__all__ = ["LlamaCppBackend", "LlamaTree", "open_llamacpp"]
