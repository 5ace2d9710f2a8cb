"""Python's cycle collector paused while large acyclic data is built.

Every few hundred new containers set off a collection, and every so often one over all the
objects alive: building a trace of a million candidates, or the hundreds of thousands of rows
of a comparison, spent a third of its time there. What is built under ``paused()`` holds no
cycle (plain dicts, lists and dataclasses pointing down), so reference counting frees it all.

What is built is usually the result and lives on: the collector would scan it on waking,
and again on moving it up a generation. ``paused`` hands it to the oldest generation at once
(``gc.freeze`` then ``gc.unfreeze``: two list splices, no scan), unless the program froze
objects of its own (``gc.freeze`` before a fork), which must stay frozen.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """Turn the cycle collector off for the ``with`` block (and back on after it, if it was on)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if not gc.get_freeze_count():
                gc.freeze()  # every tracked object to the permanent generation...
                gc.unfreeze()  # ...and from there to the oldest, unscanned
            gc.enable()
