"""What every exploration strategy is: validated parameters and one ``explore`` method."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, ClassVar

from ..exploration import Exploration


class Strategy(ABC):
    """Decides which contexts to evaluate and which tokens to append.

    Subclasses validate their parameters in ``__init__`` (raising ``ValueError`` with a
    clear message), never mutate their inputs, and grow the run only through the
    ``Exploration`` they are given.
    """

    name: ClassVar[str]

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


def check(condition: bool, message: str) -> None:
    if not condition:
        raise ValueError(message)
