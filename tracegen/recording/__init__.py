"""Recording: prompts + a backend + a strategy -> a ``Trace``.

- ``recorder.py``: ``record()`` and ``Recorder``, the one pipeline the CLI, live mode and notebooks use.
- ``exploration.py``: the run a strategy grows, and how nodes are recorded.
- ``distribution.py``: top-k, entropy and rank from log-probabilities.
- ``prompts.py``: prompt files.
- ``strategies/``: one module per strategy.
"""

from .recorder import Recorder, make_strategy, record

__all__ = ["Recorder", "make_strategy", "record"]
