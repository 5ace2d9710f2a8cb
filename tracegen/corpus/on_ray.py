"""``--ray auto|ADDRESS``: the recorders as Ray actors, each opening its backend once.

Every actor is a ``CorpusRecorder`` of its own (a model per actor, or a client of one server
with ``--backend openai``), asking Ray for its share of CPUs (and a GPU when the backend runs
on one). Prompts go to whichever actor is free, a few at a time. The actors write their
shards into the corpus directory themselves: on a cluster, a path every node mounts.
Ray is the optional extra ``tracegen[ray]``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import TracegenError
from .backend_spec import BackendSpec
from .recording import CorpusRecorder, RunSettings, Task
from .shards import new_session_id, new_writer_id

# Prompts handed to an actor at a time: enough to keep it busy between calls, few enough
# that actors finish together.
_CHUNK = 4


class RayRecorder:
    """One actor's state: the open backend and its recorder (made a Ray actor in ``record_on_ray``)."""

    def __init__(self, directory: str, writer: str, spec: BackendSpec, settings: RunSettings, shard_runs: int,
                 threads: int) -> None:
        self._opened = spec.opened(threads=threads)
        self.backend = self._opened.__enter__()
        self.recorder = CorpusRecorder(self.backend, directory, writer, settings, shard_runs=shard_runs)

    def model(self) -> dict[str, Any]:
        return dict(self.backend.info)

    def record(self, tasks: list[Task]) -> list[str]:
        done: list[str] = []
        self.recorder.record(tasks, done.append)
        return done

    def close(self) -> list[str]:
        self.recorder.close()
        self._opened.__exit__(None, None, None)
        return list(dict.fromkeys(self.recorder.notes))


def _ray() -> Any:
    try:
        import ray
    except ImportError:
        raise TracegenError("--ray needs Ray: pip install 'tracegen[ray]'") from None
    return ray


def _connect(ray: Any, address: str) -> None:
    """Join the cluster at ``address``; ``auto``: this machine's cluster, else a local Ray of our own."""
    quiet = {"logging_level": "ERROR", "log_to_driver": False}
    try:
        if address != "auto":
            ray.init(address=address, **quiet)
            return
        try:
            ray.init(address="auto", **quiet)
        except ConnectionError:  # no cluster here: a local one for this command (no dashboard to start)
            ray.init(include_dashboard=False, **quiet)
    except Exception as exc:  # noqa: BLE001 - Ray raises plain Exception when a node does not start
        raise TracegenError(f"--ray {address}: cannot reach or start a Ray cluster "
                            f"({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})") from None


def record_on_ray(tasks: list[Task], directory: Path, spec: BackendSpec, settings: RunSettings, coordinator: Any,
                  listener: Any, *, actors: int, address: str, shard_runs: int) -> None:
    """Record ``tasks`` with ``actors`` Ray actors into ``directory`` (see the module's docstring).

    Args:
        address: ``auto`` (the cluster this machine belongs to, or a local one) or a cluster's
            address. A Ray already initialised in this process is used as it is.
    """
    ray = _ray()
    from ray.util import ActorPool

    started = not ray.is_initialized()
    if started:
        _connect(ray, address)
    try:
        count = min(actors, len(tasks))
        cpus = max(1, int(ray.available_resources().get("CPU", count)) // count)
        gpus = 1 if spec.device == "cuda" or spec.options.get("n_gpu_layers") else 0
        remote = ray.remote(RayRecorder).options(num_cpus=cpus, num_gpus=gpus)
        session = new_session_id()
        pool = [remote.remote(str(directory), new_writer_id(i, session), spec, settings, shard_runs, cpus)
                for i in range(count)]
        try:
            for model in ray.get([actor.model.remote() for actor in pool]):
                coordinator.admit(model)
            chunks = [tasks[i:i + _CHUNK] for i in range(0, len(tasks), _CHUNK)]
            for finished in ActorPool(pool).map_unordered(lambda actor, chunk: actor.record.remote(chunk), chunks):
                for run_id in finished:
                    listener.run_finished(run_id)
        except ray.exceptions.RayTaskError as exc:
            cause = exc.cause if isinstance(getattr(exc, "cause", None), TracegenError) else None
            if cause is not None:
                raise TracegenError(str(cause)) from None
            raise
        finally:
            try:  # commit what each actor finished, even when stopping early
                for notes in ray.get([actor.close.remote() for actor in pool], timeout=60):
                    for note in notes:
                        listener.note(note)
            except Exception:  # noqa: BLE001 - an actor that died left its journal for recovery
                pass
            for actor in pool:
                ray.kill(actor)
    finally:
        if started:
            ray.shutdown()
