"""Rescoring: an existing trace's tree evaluated under another model with the same tokenizer.

- ``rescorer.py``: ``rescore()`` (the pipeline: backend, partial traces, resume) and
  ``Rescorer`` (level-by-level evaluation of each run's tree), ``check_tokenizer``.
- ``results.py``: a run's results scored again with the other model's logprobs.
"""

from typing import Any

# torch takes seconds to import: `tracegen --help` imports this package without paying for it.
_LAZY = {"Rescorer": "rescorer", "check_tokenizer": "rescorer", "rescore": "rescorer", "unscored": "rescorer"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'tracegen.rescoring' has no attribute {name!r}")


__all__ = sorted(_LAZY)
