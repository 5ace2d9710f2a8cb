"""``tracegen fork --corpus``: each prompt forked (``tracegen.fork``) and its run kept the moment it is done.

``ForkingSettings`` stands where ``recording.Settings`` stands for ``tracegen record``: the
same recorders (this process, worker processes, Ray actors) run it. A prompt's run is the
run ``tracegen.fork`` gives for that prompt alone (its base path and its ``fork`` object),
so a corpus of forks holds what the JSON trace of each prompt would. A prompt interrupted
mid-way is lost and forked again from the start by the next run of the command.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from ..backends import Backend
from ..recording.progress import Progress
from .recording import Keep, Task


@dataclass(frozen=True)
class ForkingSettings:
    """How every run of a corpus of forks is made: ``tracegen.fork``'s parameters.

    Args:
        outcome, samples, min_prob, max_alternatives, rollout_tokens, temperature, tau, distance,
            seed, budget, keep_rollouts: As ``tracegen.fork`` takes them (``budget`` is per prompt).
        top_k: Candidates per base-path node (at least ``max_alternatives + 1``, as ``fork`` makes it).
        max_new_tokens: Length of the greedy base path.
        chat: Apply the chat template.
    """

    outcome: str
    top_k: int = 10
    max_new_tokens: int = 32
    chat: bool = False
    samples: int = 30
    min_prob: float = 0.05
    max_alternatives: int = 4
    rollout_tokens: int | None = None
    temperature: float = 1.0
    tau: tuple[float, ...] = field(default=(0.3,))
    distance: str = "tv"
    seed: int = 0
    budget: int | None = None
    keep_rollouts: str = "text"

    def __post_init__(self) -> None:
        from ..forking import ForkSettings

        # A bad parameter (an outcome spec that does not parse, ...) fails before anything is written.
        ForkSettings(outcome=self.outcome, samples=self.samples, min_prob=self.min_prob,
                     max_alternatives=self.max_alternatives, temperature=self.temperature,
                     rollout_tokens=self.rollout_tokens or self.max_new_tokens, tau=list(self.tau),
                     distance=self.distance, seed=self.seed, budget=self.budget, keep_rollouts=self.keep_rollouts)
        object.__setattr__(self, "top_k", max(self.top_k, self.max_alternatives + 1))

    def _fork_parameters(self) -> dict[str, Any]:
        out = asdict(self)
        out["tau"] = list(self.tau)
        return out

    def to_dict(self) -> dict[str, Any]:
        """The manifest's ``recording``: strategy ``fork`` and its parameters."""
        params = self._fork_parameters()
        return {"strategy": "fork", "params": {k: v for k, v in params.items()
                                               if k not in ("top_k", "max_new_tokens", "chat")},
                "top_k": self.top_k, "max_new_tokens": self.max_new_tokens, "chat": self.chat}

    def record(self, backend: Backend, tasks: Sequence[Task], keep: Keep, notes: list[str]) -> None:
        """Fork each task's prompt on ``backend`` and hand its run to ``keep`` when it is done."""
        from ..forking import fork

        listener = _Notes(notes)
        for task in tasks:
            trace = fork([task.prompt], backend=backend, on_progress=listener, progress=False,
                         **self._fork_parameters())
            keep(trace.runs[0], task.position)


class _Notes(Progress):
    """Keeps what ``fork`` would say."""

    def __init__(self, notes: list[str]) -> None:
        self.notes = notes

    def note(self, message: str) -> None:
        self.notes.append(message)
