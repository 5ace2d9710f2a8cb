"""How a cost grows with the input: the guard against a quadratic path coming back.

A scaling test times the same work at ``n`` and at ``factor * n`` and checks the ratio, not
the time: on a loaded machine both sizes slow down alike, and a linear path grows about
``factor`` times where a quadratic one grows ``factor ** 2`` times. CPU time of this process
(not wall-clock) is measured, the best of a few tries, so that other processes on the
machine count as little as possible.
"""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable

FACTOR = 4
#: A linear path grows ``FACTOR`` (4) times, a quadratic one ``FACTOR ** 2`` (16): halfway
#: between, in the geometric sense, with room for the small fixed costs of the small size.
LINEAR_BOUND = 8.0


def cpu_seconds(work: Callable[[], object], tries: int = 2) -> float:
    """The least CPU time of this process that ``work()`` took in ``tries`` runs."""
    best = float("inf")
    for _ in range(tries):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def peak_bytes(work: Callable[[], object]) -> int:
    """The most memory ``work()`` held at once beyond what was held before (tracemalloc)."""
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def growth(measure: Callable[[Callable[[], object]], float], make: Callable[[int], Callable[[], object]],
           n: int) -> float:
    """``measure`` of the work ``make(FACTOR * n)`` over that of ``make(n)``."""
    small = measure(make(n))
    large = measure(make(FACTOR * n))
    return large / max(small, 1e-9)
