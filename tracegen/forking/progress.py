"""The progress bar of a forking analysis: rollouts done, rollouts per second and an ETA."""

from __future__ import annotations

import sys

from ..recording.progress import BarProgress
from ..trace import Run


class RolloutBar(BarProgress):
    """One tqdm bar per run counting rollouts (tqdm shows their rate and the time left)."""

    def run_started(self, run: Run, total: int) -> None:
        if self.per_run:
            self._bars[run.id] = self._tqdm(total=total, desc=f"{run.id} rollouts", unit="rollout", leave=False,
                                            dynamic_ncols=True, smoothing=0.1, file=sys.stderr)

    def run_finished(self, run: Run, done: int, total: int) -> None:
        bar = self._bars.pop(run.id, None)
        if bar is not None:
            bar.close()
