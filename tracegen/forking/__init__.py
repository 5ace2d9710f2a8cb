"""Forking-paths analysis (Bigelow et al., "Forking Paths in Neural Text Generation", ICLR 2025).

Along a base path, at each position t and for each likely alternative token w, force the
prefix plus w, sample continuations, map each to an outcome label, and follow how the
outcome distribution moves: the tokens where the model decides.

- ``outcomes.py``: outcome functions (``regex:``, ``last-number``, ``choice:``, ``python:``).
- ``alternatives.py``: the tokens forced at a position; the positions a budget affords.
- ``rollouts.py``: continuations sampled after a shared prefix, batched.
- ``statistics.py``: histograms, Wilson intervals, mixtures, distances, survival.
- ``significance.py``: when a shift exceeds sampling noise (forking tokens).
- ``changepoints.py``: change points of the drift (ruptures' PELT).
- ``summary.py``: everything derived from the counts, in one pass.
- ``analysis.py``: ``ForkSettings`` and ``Forker``, one run's analysis.
- ``api.py``: ``fork()``, end to end; ``progress.py``: the rollouts bar.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .analysis import Forker, ForkSettings
    from .api import fork
from .outcomes import OUTCOMES, Outcome, outcome_for

# The outcome functions are imported without torch (other features use them); the analysis
# imports the backends.
_LAZY = {"fork": "api", "Forker": "analysis", "ForkSettings": "analysis"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'tracegen.forking' has no attribute {name!r}")


__all__ = ["OUTCOMES", "ForkSettings", "Forker", "Outcome", "fork", "outcome_for"]
