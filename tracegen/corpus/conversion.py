"""Conversion: a trace file to a corpus and back, the same trace apart from ``created``.

``trace_to_corpus`` writes a new corpus directory atomically (built beside it, then renamed);
``corpus_to_trace`` is ``load_corpus(path).to_trace()``, written atomically like any trace.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from ..errors import TracegenError
from ..trace import Trace
from .manifest import Manifest
from .reading import load_corpus
from .rows import ShardRows
from .schema import TABLES
from .shards import write_shard


def trace_to_corpus(trace: Trace, directory: str | os.PathLike, *, shard_runs: int = 256) -> Path:
    """Write ``trace`` as a new corpus at ``directory`` (which must not exist, or be empty).

    The manifest keeps the trace's model, ``created``, ``tracegen_version`` and further
    top-level fields; runs keep their order (``position``).
    """
    target = Path(directory)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise TracegenError(f"{target}: exists and is not an empty directory; convert into a new one")
    parent = target.parent if str(target.parent) else Path(".")
    if not parent.is_dir():
        raise TracegenError(f"{target}: directory {parent} does not exist")
    try:
        building = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=parent))
    except OSError as exc:
        raise TracegenError(f"{target}: cannot write here ({exc.strerror})") from None
    try:
        for table in TABLES:
            (building / table).mkdir()
        Manifest(model=dict(trace.model), created=trace.created, tracegen_version=trace.tracegen_version,
                 extra=dict(trace.extra)).save(building)
        used: set[int] = set()
        rows = ShardRows()
        number = 0
        for position, run in enumerate(trace.runs):
            rows.add(run, position, trace.tokens, trace.token_bytes)
            if len(rows) >= shard_runs:
                used.update(rows.tokens)
                write_shard(building, f"converted-{number:05d}", rows)
                rows, number = ShardRows(), number + 1
        used.update(rows.tokens)
        # Entries no run uses (a trace may carry some) go with the last shard, so nothing is lost.
        rows.add_tokens({t: v for t, v in trace.tokens.items() if t not in used}, trace.token_bytes)
        if len(rows) or rows.tokens:
            write_shard(building, f"converted-{number:05d}", rows)
        os.chmod(building, 0o777 & ~_umask())
        if target.exists():
            target.rmdir()
        os.rename(building, target)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return target


def corpus_to_trace(directory: str | os.PathLike) -> Trace:
    """The corpus at ``directory`` as one ``Trace``."""
    return load_corpus(directory).to_trace()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask

