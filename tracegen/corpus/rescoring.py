"""``tracegen rescore CORPUS -o DIR``: a corpus rescored run by run into a new corpus.

The source corpus is read one run at a time (``Corpus.iter_runs``) and rescored a few runs
at a time (``tracegen.rescoring.Rescorer``, so a server backend still has several runs in
flight); each rescored run goes to the output's journal the moment it is done, as
``record --corpus`` writes runs. Memory holds a few runs, never either corpus. Interrupted
(Ctrl-C, SIGTERM, a crash), the output keeps every finished run; the same command again (or
``--resume``) rescores only the runs it lacks.
"""

from __future__ import annotations

import hashlib
import os
import threading
from functools import partial
from pathlib import Path
from typing import Any

from ..backends import Backend, Opening, backend_for
from ..errors import TracegenError, require
from ..recording.progress import Progress
from ..trace import Run, Trace
from ..trace.fields import is_integer
from .manifest import Manifest, is_corpus, read_manifest
from .pipeline import CorpusRecording, Listener, prepare_directory
from .reading import Corpus, load_corpus
from .rows import used_token_ids
from .shards import ShardWriter, committed_runs, new_writer_id, recording_lock, recover

# Runs handed to the rescorer at a time: enough for a server's concurrent requests, few
# enough that memory holds a handful of runs.
_BATCH = 16


def rescore_corpus(
    source: str | os.PathLike,
    output: str | os.PathLike,
    *,
    model: Any = None,
    backend: str | Backend | None = None,
    top_k: int | None = None,
    resume: bool = False,
    listener: Listener | None = None,
    device: str = "auto",
    dtype: str | None = None,
    backend_options: dict[str, Any] | None = None,
    shard_runs: int = 256,
) -> CorpusRecording:
    """Rescore every run of the corpus ``source`` under another model into the corpus ``output``.

    Args:
        source: The corpus to rescore.
        output: The rescored corpus: created if missing; one that holds part of this rescoring
            (an interrupted one) is completed.
        model, backend, top_k, device, dtype, backend_options: As ``tracegen.rescore`` takes them.
        resume: Say that ``output`` is meant to exist; a note when it does not.
        listener: Told about progress.
        shard_runs: Runs per shard.

    Returns:
        What was done: runs rescored now, runs the output held already.

    Raises:
        TracegenError: Different tokenizers, an output that is a rescoring of something else
            or with another model, ...
    """
    listener = listener or Listener()
    require(top_k is None or (is_integer(top_k) and top_k >= 1), "top_k",
            "must be an integer of at least 1")
    corpus = load_corpus(source)
    path = prepare_directory(Path(output))
    if resume and not is_corpus(path):
        listener.note(f"resume: no rescoring at {path} yet, rescoring from the start")
    rescoring = {"trace": str(source), "sha256": corpus_digest(corpus), "created": corpus.manifest.created,
                 "model": corpus.manifest.model}
    with recording_lock(path):
        recovered = recover(path)
        manifest = read_manifest(path) if is_corpus(path) else None
        if manifest is not None and (manifest.extra.get("rescoring") or {}).get("sha256") != rescoring["sha256"]:
            raise TracegenError(f"{path}: not a rescoring of {source}; write the rescored corpus elsewhere")
        held = set(committed_runs(path))
        ids = corpus.run_ids
        skipped = sum(1 for run_id in ids if run_id in held)
        listener.started(len(ids) - skipped, skipped)
        widest = max(corpus.runs_table(["top_k"]).column("top_k").to_pylist(), default=1)
        opening = Opening(progress=False, top_k=top_k or widest)
        with backend_for(backend, model, opening=opening, options=backend_options, device=device,
                         dtype=dtype) as running:
            recording = {"rescore": {"top_k": top_k}}
            if manifest is None:
                Manifest(model=dict(running.info), recording=recording, extra={"rescoring": rescoring}).save(path)
            else:
                manifest.check_model(dict(running.info), path)
                manifest.check_recording(recording, path)
            writer = _Writer(running, ShardWriter(path, new_writer_id(0), shard_runs=shard_runs), listener)
            try:
                batch: list[tuple[int, Trace]] = []
                for item in corpus.iter_runs(skip=held):
                    batch.append(item)
                    if len(batch) == _BATCH:
                        writer.rescore(batch, top_k, str(source))
                        batch = []
                if batch:
                    writer.rescore(batch, top_k, str(source))
            finally:
                writer.close()
                if writer.unscored:
                    listener.note(f"{writer.unscored} node{'s' * (writer.unscored != 1)} could not be rescored: "
                                  "their context holds a token known only by its text, or their run has no prompt")
    return CorpusRecording(path, len(ids) - skipped, skipped, recovered)


def corpus_digest(corpus: Corpus) -> str:
    """The SHA-256 of a corpus's committed shards (names and bytes, read in blocks): what a
    rescoring names as its source and checks before it continues."""
    digest = hashlib.sha256()
    for table in ("runs", "nodes", "candidates", "tokens"):
        for file in corpus.files(table):
            digest.update(f"{table}/{file.name}\n".encode())
            with open(file, "rb") as handle:
                for block in iter(partial(handle.read, 1 << 20), b""):
                    digest.update(block)
    return digest.hexdigest()


class _Writer(Progress):
    """Rescores batches of runs and writes each as it is done (several at once through a server)."""

    def __init__(self, backend: Backend, shards: ShardWriter, listener: Listener) -> None:
        self.backend = backend
        self.shards = shards
        self.listener = listener
        self.positions: dict[str, int] = {}
        self.unscored = 0  # nodes no model can evaluate (``tracegen.rescoring.unscored``)
        self._lock = threading.Lock()

    def rescore(self, batch: list[tuple[int, Trace]], top_k: int | None, source_name: str) -> None:
        from ..rescoring import Rescorer

        first = batch[0][1]
        source = Trace(model=first.model, runs=[t.runs[0] for _, t in batch], created=first.created,
                       tokens={k: v for _, t in batch for k, v in t.tokens.items()},
                       token_bytes={k: v for _, t in batch for k, v in t.token_bytes.items()})
        self.positions = {t.runs[0].id: position for position, t in batch}
        Rescorer(self.backend, source, top_k=top_k, source_name=source_name, progress=self).rescore_runs()

    def run_finished(self, run: Run, done: int, total: int) -> None:
        with self._lock:
            tokens, token_bytes = self.backend.entries(sorted(used_token_ids(run)))
            self.shards.add(run, self.positions[run.id], tokens, token_bytes)
            self.unscored += sum(1 for node in run.nodes if "unscored" in node.extra)
        self.listener.run_finished(run.id)

    def note(self, message: str) -> None:
        self.listener.note(message)

    def close(self) -> None:
        self.shards.close()
