"""``Trace.runs``: a list that tells every run it holds which trace it belongs to.

A run's token ids mean nothing without its trace's token table, so a run that displays
itself in a notebook (``run`` last in a cell) or makes a DataFrame of a node's candidates
needs its trace. The runs learn it however they get in: read from a file, recorded
(``runs.append``), grown by a live session, or assigned (``trace.runs = [...]``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, SupportsIndex

if TYPE_CHECKING:
    from .model import Run, Trace


class RunList(list):
    """The runs of one trace, in order; adding a run sets its ``trace``.

    Args:
        trace: The trace that owns the list.
        runs: The initial runs.
    """

    def __init__(self, trace: Trace, runs: Iterable[Run] = ()) -> None:
        super().__init__(runs)
        self._trace = trace
        self._adopt(self)

    def _adopt(self, runs: Iterable[Run]) -> None:
        # Unpickling and copying fill the list before its state (and so ``_trace``) is back;
        # the runs then carry their trace in their own state.
        trace = getattr(self, "_trace", None)
        if trace is not None:
            for run in runs:
                run._join(trace)

    def append(self, run: Run) -> None:
        super().append(run)
        self._adopt([run])

    def extend(self, runs: Iterable[Run]) -> None:
        runs = list(runs)
        super().extend(runs)
        self._adopt(runs)

    def insert(self, index: SupportsIndex, run: Run) -> None:
        super().insert(index, run)
        self._adopt([run])

    def __setitem__(self, index: Any, value: Any) -> None:
        value = list(value) if isinstance(index, slice) else value
        super().__setitem__(index, value)
        self._adopt(value if isinstance(index, slice) else [value])

    def __iadd__(self, runs: Iterable[Run]) -> RunList:  # type: ignore[override,misc]
        self.extend(runs)
        return self
