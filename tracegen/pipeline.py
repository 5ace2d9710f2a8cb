"""The one pipeline that writes a trace: ``record()``, ``rescore()`` and ``fork()`` all run it.

``run_pipeline`` opens the backend (a name through the backend table, or the caller's own
``Backend``, left open), checks that a trace being resumed was made with the model it opened
(``check_same_model``: the one check of that, for every command), builds the job on it, runs
it, and when the job stops early (Ctrl-C, an error) writes what it holds where nothing is lost
(``keep_partial``) before raising again;
it always closes the backend it opened and the progress listener, and writes the finished
trace atomically. A job's runs go through ``run_each``: one at a time, or several at once where
the backend allows, with a server's requests in flight cancelled when one run fails.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ._atomic import beside
from .backends import Opening, backend_for, remote
from .errors import TracegenError
from .trace.model_identity import model_difference

if TYPE_CHECKING:
    from .backends.base import Backend
    from .recording.progress import Progress
    from .trace import Trace

T = TypeVar("T")


@dataclass
class Job:
    """What the pipeline runs on the open backend.

    Args:
        run: Does the work; may be interrupted at any point.
        finish: The trace of everything done so far (runs marked incomplete where they stopped).
        resuming: Whether the output holds the partial trace this job continues (a partial
            trace may then replace it); implied by ``run_pipeline``'s ``previous``.
    """

    run: Callable[[], None]
    finish: Callable[[], Trace]
    resuming: bool = False


def run_pipeline(backend: str | Backend | None, model: Any, make_job: Callable[[Backend], Job], *,
                 opening: Opening, options: Mapping[str, Any] | None, own: Mapping[str, Any],
                 output: Path | None, listener: Progress, previous: Trace | None = None) -> Trace:
    """Open the backend, run the job made on it, keep what an interrupted job holds, save the result.

    Args:
        backend: A backend name (opened here and closed at the end) or an open ``Backend``.
        model: The model spec the backend opens.
        make_job: Builds the job on the open backend (checks that need the model go here).
        opening: What the backend is told besides its options (progress, top_k, listener).
        options: The backend's own options.
        own: The caller's arguments a backend may declare too (``device``, ``dtype``).
        output: Where the trace is written (atomically), ``None`` for nowhere.
        listener: Told about the work; closed at the end.
        previous: The trace this job continues (``resume``): made with the model opened here,
            or a ``TracegenError`` before any work.
    """
    try:
        with backend_for(backend, model, opening=opening, options=options, **own) as running:
            if previous is not None:
                check_same_model(previous, running, output)
            job = make_job(running)
            try:
                job.run()
            except BaseException as exc:
                keep_partial(job.finish(), output, replace=job.resuming or previous is not None, listener=listener,
                             exc=exc)
                raise
            trace = job.finish()
    finally:
        listener.close()
    if output is not None:
        trace.save(output)
    return trace


def check_same_model(previous: Trace, backend: Backend, where: Path | None = None) -> None:
    """Refuse to continue ``previous`` with another model than the one that recorded it
    (``trace.model_identity``: the same check live mode and corpora make).

    Raises:
        TracegenError: One line naming the first ``model`` field that differs.
    """
    difference = model_difference(previous.model, backend.info)
    if difference is not None:
        raise TracegenError(f"cannot resume: the trace{f' at {where}' if where else ''} was recorded with {difference}")


def run_each(backend: Backend, items: Sequence[T], one: Callable[[T], None], concurrency: int | None) -> None:
    """``one(item)`` for every item, ``concurrency`` at a time (default: the backend's).

    When one fails (or Ctrl-C), a remote backend's requests in flight are cancelled, the
    items not started are dropped, and the exception is raised again.
    """
    concurrency = concurrency or backend.concurrency
    if concurrency <= 1:
        for item in items:
            one(item)
        return
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="tracegen-run") as pool:
        futures = [pool.submit(one, item) for item in items]
        try:
            for future in futures:
                future.result()
        except BaseException:
            remote.cancel(backend)  # runs in flight stop at their next request
            for future in futures:
                future.cancel()
            raise


def keep_partial(trace: Trace, out: Path | None, *, replace: bool, listener: Progress, exc: BaseException) -> None:
    """Write a trace that stopped early (Ctrl-C, an error) where it loses nothing, and say where.

    ``out`` when ``replace`` (resuming it) or nothing is there yet, else beside it
    (``NAME.partial.json``), so a complete file is never replaced by a partial one.

    Args:
        trace: What was done so far (runs marked incomplete); nothing is written without runs.
        out: The output the pipeline was asked to write, ``None`` for none.
        replace: Whether ``out`` holds the partial trace being resumed.
        listener: Told where the trace went (``stopped``).
        exc: Why the work stopped.
    """
    why = "Interrupted" if isinstance(exc, KeyboardInterrupt) else "Stopped by an error"
    if out is None:
        return
    if not trace.runs:
        if isinstance(exc, KeyboardInterrupt):  # an error says why itself
            listener.stopped(why, None, "", False)
        return
    target = out if replace or not out.exists() else beside(out, "partial")
    trace.save(target)
    runs, nodes = len(trace.runs), sum(len(r.nodes) for r in trace.runs)
    summary = f"{runs} run{'s' * (runs != 1)}, {nodes} nodes"
    if target != out:
        summary += f"; {out} is unchanged"
    listener.stopped(why, target, summary, True)
