"""``--workers N``: N local recorder processes, each with its own backend and its share of the threads.

The processes are started fresh (``spawn``: torch does not survive ``fork``), open the backend
once and report its ``model`` object; the parent admits them (the manifest) before handing
out any prompt. Prompts go out one at a time from a queue, so a worker that finishes early
takes the next. Each worker writes its own shards (``CorpusRecorder``); the parent only counts.
A worker whose parent dies (kill -9) commits what it finished and exits.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
from pathlib import Path
from typing import Any

from ..backends.threads import usable_cpus
from ..errors import TracegenError
from .backend_spec import BackendSpec
from .recording import CorpusRecorder, RunSettings, Task
from .shards import new_session_id, new_writer_id

# How often a waiting worker looks whether its parent is still there (seconds).
_PATIENCE = 1.0


def threads_per_worker(workers: int) -> int:
    """This machine's CPUs (those this process may use) split between ``workers``, at least one each."""
    return max(1, usable_cpus() // workers)


def record_with_workers(tasks: list[Task], directory: Path, spec: BackendSpec, settings: RunSettings, coordinator: Any,
                        listener: Any, *, workers: int, shard_runs: int) -> None:
    """Record ``tasks`` with ``workers`` processes into ``directory`` (see the module's docstring)."""
    context = multiprocessing.get_context("spawn")
    todo: Any = context.Queue()
    told: Any = context.Queue()
    threads = threads_per_worker(workers)
    session = new_session_id()
    processes = [context.Process(target=_work, name=f"tracegen-worker-{i}", daemon=True,
                                 args=(str(directory), new_writer_id(i, session), spec, settings, shard_runs, threads, todo,
                                       told))
                 for i in range(min(workers, len(tasks)))]
    for process in processes:
        process.start()
    try:
        ready = 0
        while ready < len(processes):
            kind, value = _next(told, processes)
            if kind == "ready":
                coordinator.admit(value)
                ready += 1
            elif kind == "note":
                listener.note(value)
        for task in tasks:
            todo.put(task)
        for _ in processes:
            todo.put(None)
        finished = 0
        while finished < len(processes):
            kind, value = _next(told, processes)
            if kind == "run":
                listener.run_finished(value)
            elif kind == "note":
                listener.note(value)
            elif kind == "done":
                finished += 1
    except BaseException:
        for process in processes:  # Ctrl-C reached them too; an error did not: stop them
            if process.is_alive() and process.pid is not None:
                os.kill(process.pid, signal.SIGINT)
        for process in processes:
            process.join(timeout=30)
            if process.is_alive():
                process.terminate()
        raise
    for process in processes:
        process.join()


def _next(told: Any, processes: list[Any]) -> tuple[str, Any]:
    """The next message of a worker; a worker's error is raised here, a dead worker noticed."""
    while True:
        try:
            kind, value = told.get(timeout=_PATIENCE)
        except queue.Empty:
            dead = [p for p in processes if p.exitcode not in (None, 0)]
            if dead:
                raise TracegenError(f"worker {dead[0].name} stopped (exit code {dead[0].exitcode})") from None
            continue
        if kind == "error":
            raise TracegenError(value)
        return kind, value


def _work(directory: str, writer: str, spec: BackendSpec, settings: RunSettings, shard_runs: int, threads: int,
          todo: Any, told: Any) -> None:
    """A worker process: open the backend, say so, record tasks until told to stop, commit."""
    parent = os.getppid()
    try:
        with spec.opened(threads=threads) as backend:
            recorder = CorpusRecorder(backend, directory, writer, settings, shard_runs=shard_runs)
            told.put(("ready", dict(backend.info)))
            try:
                while True:
                    try:
                        task = todo.get(timeout=_PATIENCE)
                    except queue.Empty:
                        if os.getppid() != parent:  # the parent is gone (kill -9): keep what is done, stop
                            return
                        continue
                    if task is None:
                        break
                    recorder.record([task], lambda run_id: told.put(("run", run_id)))
            finally:
                recorder.close()
                for note in dict.fromkeys(recorder.notes):
                    told.put(("note", note))
        told.put(("done", None))
    except KeyboardInterrupt:
        pass
    except TracegenError as exc:
        told.put(("error", str(exc)))
    except BaseException as exc:
        told.put(("error", f"worker {writer}: {type(exc).__name__}: {exc}"))
        raise
