"""Every stop signal is Ctrl-C: SIGTERM and SIGHUP (what ``timeout``, SLURM, a service manager
and a closed terminal send) stop a command the way Ctrl-C does, so what it did is kept
(a partial trace, a saved session) and ``--resume`` can finish it.

The first such signal raises ``KeyboardInterrupt`` in the main thread; later ones are ignored
so they cannot cut short the partial trace being written. The exit status is 128 + the
signal's number (130 for Ctrl-C, 143 for SIGTERM, 129 for SIGHUP).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

#: The signals handled like Ctrl-C (SIGHUP does not exist on Windows).
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))

_received: list[int] = []


def _stop(signum: int, frame: FrameType | None) -> None:
    _received.append(signum)
    for sig in STOP_SIGNALS:
        signal.signal(sig, signal.SIG_IGN)
    raise KeyboardInterrupt


@contextmanager
def stop_signals_interrupt() -> Iterator[None]:
    """Within the block, SIGTERM and SIGHUP raise ``KeyboardInterrupt`` as Ctrl-C does; the
    previous handlers come back afterwards. Outside the main thread (where Python cannot set
    handlers) nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _received.clear()
    previous = {sig: signal.signal(sig, _stop) for sig in STOP_SIGNALS}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def ignore_stop_signals() -> None:
    """Ignore Ctrl-C and every stop signal from now on: a last save must not be cut short."""
    for sig in (signal.SIGINT, *STOP_SIGNALS):
        signal.signal(sig, signal.SIG_IGN)


def interrupted_status() -> int:
    """The exit status of a command stopped by a signal: 128 + its number (130: Ctrl-C)."""
    return 128 + (_received[-1] if _received else signal.SIGINT)
