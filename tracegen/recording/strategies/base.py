"""What every exploration strategy is: validated parameters and one ``explore`` method."""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from typing import Any, ClassVar

from ...errors import require
from ...trace.fields import is_finite, is_integer
from ..exploration import Exploration


class Strategy(ABC):
    """Decides which contexts to evaluate and which tokens to append.

    Subclasses validate their parameters in ``__init__`` (raising ``ParameterError`` that
    names the parameter), never mutate their inputs, and grow the run only through the
    ``Exploration`` they are given.
    """

    name: ClassVar[str]
    #: The keyword parameters ``__init__`` takes, by name (what ``make_strategy`` accepts).
    parameters: ClassVar[tuple[str, ...]] = ()

    @abstractmethod
    def explore(self, ctx: Exploration) -> None:
        """Grow ``ctx.run``: its nodes and its results (best first)."""

    def params(self) -> dict[str, Any]:
        """The parameters recorded in the run's ``strategy`` object."""
        return {}

    def total_work(self, max_new_tokens: int) -> int:
        """How many progress units ``explore`` reports, for a progress bar."""
        return max_new_tokens

    def describe(self) -> dict[str, Any]:
        return {"name": self.name, **self.params()}


def whole(value: Any, param: str, minimum: int) -> int:
    """``value`` as an integer of at least ``minimum``, else a ``ParameterError`` naming ``param``."""
    require(is_integer(value) and value >= minimum, param,
            f"must be an integer of at least {minimum}")
    return int(value)


def finite(value: Any, param: str, low: float = -math.inf, high: float = math.inf) -> float:
    """``value`` as a finite float in ``[low, high]``, else a ``ParameterError`` naming ``param``."""
    bounds = "" if (low, high) == (-math.inf, math.inf) else f" between {low:g} and {high:g}"
    require(is_finite(value) and low <= value <= high, param, f"must be a finite number{bounds}")
    return float(value)
