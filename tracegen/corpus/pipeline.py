"""``record_corpus`` and ``fork_corpus``: prompts -> a corpus directory, in this process, in worker processes or on Ray.

It prepares the directory (created, locked against a second recorder, made whole after a
crash), skips the prompts whose runs the corpus already holds, and hands the rest to the
recorders: a ``CorpusRecorder`` here (one worker), local worker processes (``workers.py``)
or Ray actors (``on_ray.py``). Every recorder writes its own shards; the result does not
depend on how many there are.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from ..errors import ParameterError, TracegenError, require
from ..recording.prompts import Prompt
from ..recording.recorder import strategies_for
from .backend_spec import BackendSpec
from .manifest import Manifest, is_corpus, read_manifest
from .recording import CorpusRecorder, RunSettings, Settings, Task
from .shards import new_writer_id, recording_lock, recover, shard_files


@dataclass
class CorpusRecording:
    """What ``record_corpus`` did.

    Attributes:
        directory: The corpus.
        recorded: Runs recorded now.
        skipped: Prompts whose runs the corpus held already.
        recovered: Runs a crashed recording had journaled, committed now.
    """

    directory: Path
    recorded: int
    skipped: int
    recovered: int


class Listener:
    """What ``record_corpus`` reports; every method does nothing unless overridden."""

    def started(self, total: int, skipped: int) -> None:
        """``total`` prompts are to be recorded; ``skipped`` are in the corpus already."""

    def run_finished(self, run_id: str) -> None:
        """A run is written (journaled: a crash after this does not lose it)."""

    def note(self, message: str) -> None:
        """Something the user should know, in one line."""


class Coordinator:
    """The manifest's keeper: checks every recorder's model against the corpus's before it records."""

    def __init__(self, directory: Path, settings: RunSettings) -> None:
        self.directory = directory
        self.settings = settings
        self.manifest = read_manifest(directory) if is_corpus(directory) else None
        if self.manifest is not None:
            self.manifest.check_recording(settings.to_dict(), directory)

    def admit(self, model: dict[str, Any]) -> None:
        """Accept a recorder with ``model``: write the manifest for the first, check it for the others."""
        if self.manifest is None:
            self.manifest = Manifest(model=model, recording=self.settings.to_dict())
            self.manifest.save(self.directory)
        else:
            self.manifest.check_model(model, self.directory)


def record_corpus(
    prompts: Sequence[Prompt],
    directory: str | os.PathLike,
    *,
    model: Any = None,
    backend: str | None = None,
    strategy: str = "greedy",
    top_k: int = 10,
    max_new_tokens: int = 32,
    chat: bool = False,
    workers: int = 1,
    ray: str | None = None,
    resume: bool = False,
    listener: Listener | None = None,
    device: str = "auto",
    dtype: str | None = None,
    backend_options: dict[str, Any] | None = None,
    shard_runs: int = 256,
    **strategy_params: Any,
) -> CorpusRecording:
    """Record ``prompts`` into the corpus at ``directory``; prompts it holds already are skipped.

    Args:
        prompts: The prompts (their ``id`` names the run; ``run-N`` by position otherwise;
            ``metadata`` becomes the run's metadata columns).
        directory: The corpus directory: created if missing, continued if it is a corpus.
        model, backend, strategy, top_k, max_new_tokens, chat, device, dtype, backend_options,
            strategy_params: As ``tracegen.record`` takes them.
        workers: Recorders at once: local processes (each its own backend, the CPU threads
            split between them), or Ray actors with ``ray``.
        ray: Run the recorders as Ray actors: ``"auto"`` (``ray.init()``: the cluster this
            machine belongs to, or a local one) or a cluster address.
        resume: Say that the corpus is meant to exist; a note when it does not. (A corpus is
            continued either way.)
        listener: Told about progress.
        shard_runs: Runs per shard.

    Raises:
        ParameterError: A bad parameter.
        TracegenError: A directory that is not a corpus, a corpus recorded otherwise, ...
    """
    require(len(prompts) > 0, "prompts", "must be a non-empty list of prompts")
    prompts = _named(prompts)
    strategies_for(strategy, prompts, strategy_params)  # a bad parameter fails before anything is written
    require(isinstance(top_k, int) and top_k >= 1, "top_k", "must be an integer of at least 1")
    settings = Settings(strategy, dict(strategy_params), top_k, max_new_tokens, chat)
    spec = BackendSpec(backend, model, device, dtype, top_k, dict(backend_options or {}))
    return make_corpus(prompts, directory, settings, spec, workers=workers, ray=ray, resume=resume,
                       listener=listener, shard_runs=shard_runs)


def fork_corpus(
    prompts: Sequence[Prompt],
    directory: str | os.PathLike,
    *,
    outcome: str,
    model: Any = None,
    backend: str | None = None,
    workers: int = 1,
    ray: str | None = None,
    resume: bool = False,
    listener: Listener | None = None,
    device: str = "auto",
    dtype: str | None = None,
    backend_options: dict[str, Any] | None = None,
    shard_runs: int = 256,
    **fork_params: Any,
) -> CorpusRecording:
    """Fork each of ``prompts`` (``tracegen.fork``) into the corpus at ``directory``; prompts it holds are skipped.

    Each prompt's run (its base path and ``fork`` object, as ``tracegen.fork`` gives it for
    that prompt alone) is written when its analysis is done.

    Args:
        prompts: The prompts (``id``, ``continuation`` and ``metadata`` as for ``record_corpus``;
            ``answer`` goes into the fork's ``base`` too).
        directory: The corpus directory: created if missing, continued if it is a corpus.
        outcome: The outcome spec (``regex:PATTERN``, ``last-number``, ...).
        model, backend, device, dtype, backend_options: As ``tracegen.fork`` takes them.
        workers, ray, resume, listener, shard_runs: As ``record_corpus`` takes them.
        fork_params: ``tracegen.fork``'s further parameters (``samples``, ``min_prob``,
            ``max_alternatives``, ``max_new_tokens``, ``rollout_tokens``, ``temperature``, ``tau``,
            ``distance``, ``seed``, ``budget`` (per prompt), ``keep_rollouts``, ``top_k``, ``chat``).

    Raises:
        ParameterError: A bad parameter.
        TracegenError: A directory that is not a corpus, a corpus made otherwise, ...
    """
    from .forking import ForkingSettings

    require(len(prompts) > 0, "prompts", "must be a non-empty list of prompts")
    tau = fork_params.pop("tau", (0.3,))
    settings = ForkingSettings(outcome=outcome, tau=(tau,) if isinstance(tau, (int, float)) else tuple(tau),
                               **fork_params)
    spec = BackendSpec(backend, model, device, dtype, settings.top_k, dict(backend_options or {}))
    return make_corpus(_named(prompts), directory, settings, spec, workers=workers, ray=ray, resume=resume,
                       listener=listener, shard_runs=shard_runs)


def make_corpus(prompts: list[Prompt], directory: str | os.PathLike, settings: RunSettings, spec: BackendSpec, *,
                workers: int = 1, ray: str | None = None, resume: bool = False, listener: Listener | None = None,
                shard_runs: int = 256) -> CorpusRecording:
    """The runs of ``prompts`` (each with its id) made as ``settings`` says into the corpus at
    ``directory``, by ``workers`` recorders (here, in processes or on Ray)."""
    listener = listener or Listener()
    require(isinstance(workers, int) and workers >= 1, "workers", "must be an integer of at least 1")
    path = prepare_directory(Path(directory))
    if resume and not is_corpus(path):
        listener.note(f"resume: no corpus at {path} yet, recording from the start")
    with recording_lock(path):
        recovered = recover(path)
        if recovered:
            listener.note(f"recovered {recovered} run{'s' * (recovered != 1)} an interrupted recording had finished")
        coordinator = Coordinator(path, settings)
        tasks = _remaining(path, prompts)
        skipped = len(prompts) - len(tasks)
        listener.started(len(tasks), skipped)
        if not tasks:
            listener.note(f"every prompt is in {path} already")
        elif ray is not None:
            from .on_ray import record_on_ray

            record_on_ray(tasks, path, spec, settings, coordinator, listener, actors=workers, address=ray,
                          shard_runs=shard_runs)
        elif workers > 1:
            from .workers import record_with_workers

            record_with_workers(tasks, path, spec, settings, coordinator, listener, workers=workers,
                                shard_runs=shard_runs)
        else:
            _record_here(tasks, path, spec, settings, coordinator, listener, shard_runs)
        recover(path)  # a worker that died journaled runs no shard holds yet
    return CorpusRecording(path, len(tasks), skipped, recovered)


def _named(prompts: Sequence[Prompt]) -> list[Prompt]:
    """``prompts`` each with its run id (``run-N`` by position where the file gave none), ids unique."""
    named = [p if p.id is not None else dataclasses.replace(p, id=f"run-{i}") for i, p in enumerate(prompts, 1)]
    _unique_ids(named)
    return named


def _record_here(tasks: list[Task], path: Path, spec: BackendSpec, settings: RunSettings, coordinator: Coordinator,
                 listener: Listener, shard_runs: int) -> None:
    with spec.opened() as backend:
        coordinator.admit(dict(backend.info))
        recorder = CorpusRecorder(backend, path, new_writer_id(0), settings, shard_runs=shard_runs)
        try:
            recorder.record(tasks, listener.run_finished)
        finally:
            recorder.close()
            for note in dict.fromkeys(recorder.notes):  # each batch's recorder may say the same
                listener.note(note)


def _unique_ids(prompts: list[Prompt]) -> None:
    seen: set[str] = set()
    for prompt in prompts:
        if prompt.id in seen:
            raise ParameterError("prompts", f"name run {prompt.id!r} twice (an id and a run-N position)")
        seen.add(prompt.id)  # type: ignore[arg-type]


def prepare_directory(path: Path) -> Path:
    """The corpus directory, created if missing; a directory that holds something else is refused."""
    if path.exists() and not path.is_dir():
        raise TracegenError(f"{path}: is a file; --corpus takes a directory")
    if not path.exists():
        if not path.parent.is_dir():
            raise TracegenError(f"{path}: directory {path.parent} does not exist")
        try:
            path.mkdir()
        except OSError as exc:
            raise TracegenError(f"{path}: cannot create the corpus directory ({exc.strerror})") from None
    elif not is_corpus(path) and any(p.name != ".lock" for p in path.iterdir()):
        raise TracegenError(f"{path}: not a corpus and not empty; record into a new or empty directory")
    if not os.access(path, os.W_OK):
        raise TracegenError(f"{path}: the directory is not writable")
    return path


def _remaining(path: Path, prompts: list[Prompt]) -> list[Task]:
    """The prompts whose runs the corpus does not hold, as tasks; a held run must be that prompt's."""
    held: dict[str, tuple[str, bool]] = {}
    for file in shard_files(path, "runs"):
        table = pq.read_table(file, columns=["run", "prompt", "complete"])
        held.update(zip(table.column("run").to_pylist(),
                        zip(table.column("prompt").to_pylist(), table.column("complete").to_pylist(), strict=True),
                        strict=True))
    tasks = []
    for position, prompt in enumerate(prompts):
        if prompt.id not in held:
            tasks.append(Task(position, prompt))
            continue
        text, complete = held[prompt.id]
        if text != prompt.text:
            raise TracegenError(f"{path}: run {prompt.id!r} holds another prompt; record into another directory")
        if not complete:
            raise TracegenError(f"{path}: run {prompt.id!r} is incomplete (converted from a partial trace); "
                                "record into another directory")
    return tasks

