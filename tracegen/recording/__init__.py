"""Recording: prompts + a backend + a strategy -> a ``Trace``.

- ``recorder.py``: ``record()`` and ``Recorder``, the one pipeline the CLI, live mode and notebooks use.
- ``exploration.py``: the run a strategy grows, and how nodes are recorded (``NodeWriter``).
- ``distribution.py``: top-k, entropy and rank from log-probabilities.
- ``prompts.py``: prompt files and prompt encoding.
- ``progress.py``: what a recording reports (``Progress``) and its terminal bars.
- ``strategies/``: one module per strategy.
"""

from typing import Any

# Importing torch takes seconds; `tracegen --help` reads prompts.py without paying for it.
_LAZY = {"BarProgress": "progress", "Progress": "progress", "Recorder": "recorder", "make_strategy": "recorder",
         "record": "recorder", "strategies_for": "recorder"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'tracegen.recording' has no attribute {name!r}")


__all__ = sorted(_LAZY)
