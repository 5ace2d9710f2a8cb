"""What a recording reports while it works, and a terminal progress display of it.

``record()`` and ``Recorder`` call a ``Progress`` listener; the default one ignores
everything. ``BarProgress`` draws tqdm bars on stderr (what ``tracegen record`` shows).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from ..trace import Run


class Progress:
    """Listener of a recording's events; every method does nothing unless overridden."""

    def run_started(self, run: Run, total: int) -> None:
        """A run begins; ``total`` is its work in the strategy's units (tokens, nodes)."""

    def advanced(self, run: Run, amount: int) -> None:
        """``amount`` more units of ``run`` are done."""

    def run_finished(self, run: Run, done: int, total: int) -> None:
        """``run`` is complete; it is the ``done``-th of ``total`` runs to finish."""

    def requests(self, counters: Any) -> None:
        """A server backend's request counters changed (done, in flight, retried, failed)."""

    def note(self, message: str) -> None:
        """Something the user should know, in one line (a clamped option, a resumed trace)."""

    def stopped(self, why: str, path: Path | None, summary: str, resume_hint: bool) -> None:
        """Recording stopped early (``why``); the partial trace is at ``path`` (``None``: nothing recorded)."""

    def close(self) -> None:
        """The recording is over: release the display."""


class BarProgress(Progress):
    """tqdm bars on stderr: one per run (when runs take turns) and one of server requests,
    a line per finished run and per note.

    Args:
        per_run: Show a bar per run; concurrent runs would overwrite each other's.
        quiet: Show nothing but where an interrupted recording's partial trace went.
    """

    def __init__(self, *, per_run: bool = True, quiet: bool = False) -> None:
        from tqdm import tqdm

        self._tqdm = tqdm
        self.per_run = per_run and not quiet
        self.quiet = quiet
        self._bars: dict[str, Any] = {}
        self._requests: Any = None

    def run_started(self, run: Run, total: int) -> None:
        if self.per_run:
            self._bars[run.id] = self._tqdm(total=total, desc=run.id, unit="tok", leave=False, dynamic_ncols=True,
                                            file=sys.stderr)

    def advanced(self, run: Run, amount: int) -> None:
        bar = self._bars.get(run.id)
        if bar is not None:
            bar.update(amount)

    def run_finished(self, run: Run, done: int, total: int) -> None:
        bar = self._bars.pop(run.id, None)
        if bar is not None:
            bar.close()
        stats = run.extra.get("stats", {})
        line = f"[{done}/{total}] {run.id}: {len(run.nodes)} nodes, {stats.get('seconds', 0):.1f}s"
        stopped = stats.get("stopped")
        if stopped:
            line += (f" (stopped at {stopped['nodes']} nodes: depth {stopped['depth']} of {stopped['max_depth']} "
                     "not fully expanded)")
        self._write(line)

    def requests(self, counters: Any) -> None:
        if self.quiet:
            return
        if self._requests is None:
            self._requests = self._tqdm(desc="requests", unit="req", dynamic_ncols=True, delay=1.0, file=sys.stderr)
        self._requests.set_postfix(in_flight=counters.in_flight, retried=counters.retried, failed=counters.failed,
                                   refresh=False)
        self._requests.update(counters.done - self._requests.n)  # redraws at tqdm's own pace

    def note(self, message: str) -> None:
        self._write(f"Note: {message}")

    def stopped(self, why: str, path: Path | None, summary: str, resume_hint: bool) -> None:
        self.close()
        if path is None:
            print(f"{why}: nothing was recorded", file=sys.stderr)
        else:
            hint = f"; continue it with the same command, -o {path} and --resume" if resume_hint else ""
            print(f"{why}: wrote the partial trace ({summary}) to {path}{hint}", file=sys.stderr)

    def close(self) -> None:
        for bar in self._bars.values():
            bar.close()
        self._bars.clear()
        if self._requests is not None:
            self._requests.close()
            self._requests = None

    def _write(self, line: str) -> None:
        if not self.quiet:
            self._tqdm.write(line, file=sys.stderr)
