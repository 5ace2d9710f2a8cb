"""Exploration strategies, by name."""

from __future__ import annotations

from .base import Strategy
from .beam import Beam
from .branch import Branch
from .forced import Forced
from .greedy import Greedy
from .sample import Sample

STRATEGIES: dict[str, type[Strategy]] = {cls.name: cls for cls in (Greedy, Sample, Beam, Branch, Forced)}

__all__ = ["STRATEGIES", "Beam", "Branch", "Forced", "Greedy", "Sample", "Strategy"]
