"""A backend that asks a model running elsewhere (a server), and the hooks only such a backend needs.

A server answers the top-k of each distribution, must be told how many candidates a strategy
needs before it asks, can stop the requests in flight when the user presses Ctrl-C, and need
not be asked again for contexts a resumed trace already holds. A backend with the model in
this process has none of these concerns, so they live here rather than on ``Backend``; the
recorder and the strategies reach them through the functions below, which do nothing for
other backends.
"""

from __future__ import annotations

from abc import abstractmethod
from typing import TYPE_CHECKING

from .base import Backend

if TYPE_CHECKING:
    from ..trace import Run


class RemoteBackend(Backend):
    """A ``Backend`` whose model runs elsewhere: top-k rows, counted in requests."""

    exact = False

    @property
    def work_unit(self) -> str:
        return "requests"

    @abstractmethod
    def require_top(self, k: int) -> None:
        """Ask for at least the ``k`` most likely tokens of every distribution from now on;
        raise ``TracegenError`` once the server shows it cannot deliver them."""

    @abstractmethod
    def remember(self, run: Run) -> None:
        """Keep the distributions ``run`` already holds (resuming), so they are not asked again."""

    @abstractmethod
    def cancel(self) -> None:
        """Stop the requests in flight (Ctrl-C); later requests of this backend raise."""


def require_top(backend: Backend, k: int) -> None:
    """Tell a remote backend that a strategy needs the ``k`` most likely tokens of every row."""
    if isinstance(backend, RemoteBackend):
        backend.require_top(k)


def remember(backend: Backend, run: Run) -> None:
    """Hand a remote backend the distributions of a run being resumed."""
    if isinstance(backend, RemoteBackend):
        backend.remember(run)


def cancel(backend: Backend) -> None:
    """Stop a remote backend's requests in flight; local work stops between steps by itself."""
    if isinstance(backend, RemoteBackend):
        backend.cancel()
