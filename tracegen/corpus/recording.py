"""One recording process's part of a corpus: a backend opened once, runs written as they finish.

``CorpusRecorder`` is what runs in this process (``--workers 1``), in each worker process
(``--workers N``) and in each Ray actor (``--ray``): it records prompts with the one recording
pipeline (``tracegen.recording.Recorder``) and hands every run, the moment the recorder
reports it finished, to a ``ShardWriter``. Nothing of a run stays in memory once written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from ..backends import Backend
from ..recording.progress import Progress
from ..recording.prompts import Prompt
from ..recording.recorder import Recorder, strategies_for
from ..trace import Run, iter_token_ids
from .shards import ShardWriter

# Prompts handed to the recording pipeline at a time: its trace is dropped after each batch,
# so a worker's memory holds a batch's runs, not the corpus.
_BATCH = 16


@dataclass(frozen=True)
class Settings:
    """How every run of a corpus recording is recorded (the manifest's ``recording``).

    Args:
        strategy: The strategy's name.
        params: Its parameters (``num_beams``, ``seed``, ...).
        top_k: Candidates per node.
        max_new_tokens: Length limit.
        chat: Apply the chat template.
    """

    strategy: str
    params: Mapping[str, Any]
    top_k: int
    max_new_tokens: int
    chat: bool

    def to_dict(self) -> dict[str, Any]:
        return {"strategy": self.strategy, "params": dict(self.params), "top_k": self.top_k,
                "max_new_tokens": self.max_new_tokens, "chat": self.chat}

    def record(self, backend: Backend, tasks: Sequence[Task], keep: Keep, notes: list[str]) -> None:
        """Record ``tasks`` on ``backend``, handing each run to ``keep`` the moment it finishes."""
        for start in range(0, len(tasks), _BATCH):
            batch = tasks[start:start + _BATCH]
            prompts = [task.prompt for task in batch]
            positions = {task.run_id: task.position for task in batch}
            recorder = Recorder(backend, top_k=self.top_k, max_new_tokens=self.max_new_tokens, chat=self.chat,
                                progress=_Keeper(keep, positions, notes))
            recorder.record_runs(prompts, strategies_for(self.strategy, prompts, self.params))


@dataclass(frozen=True)
class Task:
    """A prompt to record: its position in the prompt file and the prompt (its id set)."""

    position: int
    prompt: Prompt

    @property
    def run_id(self) -> str:
        """The run's id: the prompt's, or ``run-N`` for the N-th prompt (what ``record`` names it)."""
        return self.prompt.id or f"run-{self.position + 1}"


#: How a recording hands each finished run (and its prompt's position) to its writer.
Keep = Callable[[Run, int], None]


class _Keeper(Progress):
    """Hands each run the recorder finishes to ``keep``; keeps the notes."""

    def __init__(self, keep: Keep, positions: dict[str, int], notes: list[str]) -> None:
        self.keep = keep
        self.positions = positions
        self.notes = notes

    def run_finished(self, run: Run, done: int, total: int) -> None:
        self.keep(run, self.positions[run.id])

    def note(self, message: str) -> None:
        self.notes.append(message)


class RunSettings(Protocol):
    """How a corpus's runs are made: ``Settings`` (``tracegen record``) or ``ForkingSettings``
    (``tracegen fork``). Both are plain values a worker process or a Ray actor receives."""

    @property
    def top_k(self) -> int:
        """Candidates per node."""

    def to_dict(self) -> dict[str, Any]:
        """The manifest's ``recording``."""

    def record(self, backend: Backend, tasks: Sequence[Task], keep: Keep, notes: list[str]) -> None:
        """Make the tasks' runs on ``backend``, each handed to ``keep`` when it is finished."""


class CorpusRecorder:
    """Records tasks with one open backend into one writer's shards.

    Args:
        backend: The open backend (left open: the caller closes it).
        directory: The corpus directory.
        writer: This process's writer name (``shards.new_writer_id``).
        settings: How runs are made (recorded, or forked).
        shard_runs: Runs per shard.
    """

    def __init__(self, backend: Backend, directory: str | Path, writer: str, settings: RunSettings, *,
                 shard_runs: int = 256) -> None:
        self.backend = backend
        self.settings = settings
        self.writer = ShardWriter(directory, writer, shard_runs=shard_runs)
        self.notes: list[str] = []
        self._lock = threading.Lock()  # a server backend finishes runs on several threads

    @property
    def model(self) -> dict[str, Any]:
        """The trace format's ``model`` object of the backend."""
        return dict(self.backend.info)

    def record(self, tasks: Sequence[Task], on_run: Callable[[str], None] = lambda run_id: None) -> None:
        """Record ``tasks``; each run is in the writer's journal when ``on_run(run_id)`` is called.

        Interrupted (Ctrl-C, an error), the runs finished so far stay journaled; ``close``
        commits them.
        """
        def keep(run: Run, position: int) -> None:
            self.keep(run, position)
            on_run(run.id)

        self.settings.record(self.backend, tasks, keep, self.notes)

    def keep(self, run: Run, position: int) -> None:
        """Write a finished run with its token-table entries."""
        with self._lock:
            tokens, token_bytes = self.backend.entries(sorted(set(iter_token_ids(run))))
            self.writer.add(run, position, tokens, token_bytes)

    def close(self) -> None:
        """Commit what is journaled as a shard."""
        self.writer.close()
