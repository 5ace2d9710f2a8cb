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
from typing import Any

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


@dataclass(frozen=True)
class Task:
    """A prompt to record: its position in the prompt file and the prompt (its id set)."""

    position: int
    prompt: Prompt


class _Keeper(Progress):
    """Writes each run the recorder finishes, then tells ``on_run``."""

    def __init__(self, owner: CorpusRecorder, positions: dict[str, int], on_run: Callable[[str], None]) -> None:
        self.owner = owner
        self.positions = positions
        self.on_run = on_run

    def run_finished(self, run: Run, done: int, total: int) -> None:
        self.owner.keep(run, self.positions[run.id])
        self.on_run(run.id)

    def note(self, message: str) -> None:
        self.owner.notes.append(message)


class CorpusRecorder:
    """Records tasks with one open backend into one writer's shards.

    Args:
        backend: The open backend (left open: the caller closes it).
        directory: The corpus directory.
        writer: This process's writer name (``shards.new_writer_id``).
        settings: How runs are recorded.
        shard_runs: Runs per shard.
    """

    def __init__(self, backend: Backend, directory: str | Path, writer: str, settings: Settings, *,
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
        settings = self.settings
        for start in range(0, len(tasks), _BATCH):
            batch = tasks[start:start + _BATCH]
            prompts = [task.prompt for task in batch]
            positions = {task.prompt.id: task.position for task in batch}  # type: ignore[misc]
            recorder = Recorder(self.backend, top_k=settings.top_k, max_new_tokens=settings.max_new_tokens,
                                chat=settings.chat, progress=_Keeper(self, positions, on_run))
            recorder.record_runs(prompts, strategies_for(settings.strategy, prompts, settings.params))

    def keep(self, run: Run, position: int) -> None:
        """Write a finished run with its token-table entries."""
        with self._lock:
            tokens, token_bytes = self.backend.entries(sorted(set(iter_token_ids(run))))
            self.writer.add(run, position, tokens, token_bytes)

    def close(self) -> None:
        """Commit what is journaled as a shard."""
        self.writer.close()
