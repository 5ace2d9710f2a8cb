"""Writing shards: each finished run journaled at once, shards committed atomically, crashes recovered.

A ``ShardWriter`` belongs to one recording process (a worker). Each finished run is appended
to the writer's journal (``journal/WRITER.jsonl``, one line, flushed), so a crash or Ctrl-C
loses only the runs in flight. Every ``shard_runs`` runs, and at the end, the journaled runs
become one shard: its four Parquet files are written under temporary names and renamed into
place, ``runs/`` last; a shard exists once its ``runs`` file does. The journal is emptied
after that rename.

``recover`` is what the next recording (or ``--resume``) does first: it removes what a crash
left half-made (temporary files, files of a shard whose ``runs`` file never arrived) and
turns journaled runs that no shard holds into a shard.
"""

from __future__ import annotations

import fcntl
import os
import secrets
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson
import pyarrow.parquet as pq

from ..errors import TracegenError
from ..trace import FORMAT, VERSION, Run, Trace, TraceFormatError, from_dict
from .rows import ShardRows, used_token_ids
from .schema import PARQUET_OPTIONS, TABLES

JOURNAL = "journal"
_SUFFIX = ".parquet"


def new_session_id() -> str:
    """A name for one recording session that no earlier one used (random)."""
    return secrets.token_hex(4)


def new_writer_id(worker: int | str = 0, session: str | None = None) -> str:
    """A writer name no earlier recording used: the session's (a new one by default) and the worker's."""
    return f"{session or new_session_id()}-w{worker}"


class ShardWriter:
    """Writes the runs one process records into shards of ``directory``.

    Args:
        directory: The corpus directory (its manifest written already).
        writer: This writer's name (``new_writer_id``), unique among the corpus's writers.
        shard_runs: Runs per shard (a shard is also committed past ``shard_nodes`` nodes).
        shard_nodes: Nodes per shard at most, so shards of long runs stay small.
    """

    def __init__(self, directory: str | os.PathLike, writer: str, *, shard_runs: int = 256,
                 shard_nodes: int = 200_000) -> None:
        self.directory = Path(directory)
        self.writer = writer
        self.shard_runs = shard_runs
        self.shard_nodes = shard_nodes
        self._rows = ShardRows()
        self._sequence = 0
        for table in (*TABLES, JOURNAL):
            (self.directory / table).mkdir(exist_ok=True)
        self._journal_path = self.directory / JOURNAL / f"{writer}.jsonl"
        self._journal: Any = None

    def add(self, run: Run, position: int, tokens: dict[int, str], token_bytes: dict[int, bytes]) -> None:
        """Keep a finished ``run`` (the ``position``-th prompt) with its token-table entries.

        The run is in the journal when this returns; a shard is committed when enough are.
        """
        used = used_token_ids(run)
        # A line is a trace of that one run (read back by the trace reader, validated) and its position.
        entry = {"format": FORMAT, "version": VERSION, "model": {"name": "journal", "vocab_size": None},
                 "tokens": {str(t): tokens[t] for t in used if t in tokens},
                 "token_bytes": {str(t): token_bytes[t].hex() for t in used if t in token_bytes},
                 "position": position, "runs": [run.to_dict()]}
        if self._journal is None:
            self._journal = open(self._journal_path, "ab", buffering=0)  # noqa: SIM115 - closed in commit
        self._journal.write(orjson.dumps(entry) + b"\n")  # one write: a line is whole or cut at the end
        self._rows.add(run, position, tokens, token_bytes)
        if len(self._rows) >= self.shard_runs or self._rows.node_count >= self.shard_nodes:
            self.commit()

    def commit(self) -> None:
        """Write the runs kept so far as one shard (atomically) and empty the journal."""
        if len(self._rows):
            name = f"{self.writer}-{self._sequence:05d}"
            self._sequence += 1
            write_shard(self.directory, name, self._rows)
            self._rows = ShardRows()
        if self._journal is not None:
            self._journal.close()
            self._journal = None
        self._journal_path.unlink(missing_ok=True)

    def close(self) -> None:
        """Commit what is left."""
        self.commit()


def write_shard(directory: Path, name: str, rows: ShardRows) -> None:
    """Write ``rows`` as shard ``name``: every table under a temporary name, then renamed, ``runs`` last."""
    tables = rows.tables()
    order = ("tokens", "candidates", "nodes", "runs")
    temporary = {t: directory / t / f".{name}{_SUFFIX}.tmp" for t in order}
    try:
        for table in order:
            pq.write_table(tables[table], temporary[table], **_options(table))
            _fsync(temporary[table])
        for table in order:
            os.replace(temporary[table], directory / table / f"{name}{_SUFFIX}")
    except OSError as exc:
        for path in temporary.values():
            path.unlink(missing_ok=True)
        raise TracegenError(f"{directory}: cannot write shard {name} ({exc.strerror or exc})") from None


def _options(table: str) -> dict[str, Any]:
    options = dict(PARQUET_OPTIONS[table])
    # Row groups of 64k rows: a run's rows are together, so a reader of one run skips the others by their stats.
    options["row_group_size"] = 1 << 16
    return options


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def shard_files(directory: Path, table: str) -> list[Path]:
    """The committed shards' files of ``table``, by name."""
    folder = directory / table
    return sorted(folder.glob(f"*{_SUFFIX}")) if folder.is_dir() else []


def committed_runs(directory: Path) -> dict[str, bool]:
    """Every run id the corpus holds, and whether that run is complete."""
    out: dict[str, bool] = {}
    for path in shard_files(directory, "runs"):
        table = pq.read_table(path, columns=["run", "complete"])
        out.update(zip(table.column("run").to_pylist(), table.column("complete").to_pylist(), strict=True))
    return out


def recover(directory: Path) -> int:
    """Make the corpus whole after a crash; return how many journaled runs became a shard."""
    committed = {p.name for p in shard_files(directory, "runs")}
    for table in TABLES:
        folder = directory / table
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            half_made = path.name.endswith(".tmp") or (table != "runs" and path.name.endswith(_SUFFIX)
                                                         and path.name not in committed)
            if half_made:
                path.unlink(missing_ok=True)
    journals = sorted((directory / JOURNAL).glob("*.jsonl")) if (directory / JOURNAL).is_dir() else []
    if not journals:
        return 0
    present = set(committed_runs(directory))
    rows = ShardRows()
    for journal in journals:
        for entry in _journal_entries(journal):
            run = entry.runs[0]
            if run.id in present:
                continue
            present.add(run.id)
            rows.add(run, entry.extra["position"], entry.tokens, entry.token_bytes)
    recovered = len(rows)
    if recovered:
        write_shard(directory, f"recovered-{secrets.token_hex(4)}", rows)
    for journal in journals:
        journal.unlink()
    return recovered


def _journal_entries(path: Path) -> Iterable[Trace]:
    """The whole lines of a journal, each a one-run trace; a line cut short by a crash is a run
    that was in flight."""
    for line in path.read_bytes().split(b"\n"):
        if not line:
            continue
        try:
            entry = from_dict(orjson.loads(line), source=str(path))
        except (orjson.JSONDecodeError, TraceFormatError):
            continue
        if len(entry.runs) == 1 and isinstance(entry.extra.get("position"), int):
            yield entry


@contextmanager
def recording_lock(directory: Path) -> Iterator[None]:
    """Hold the corpus for one recording at a time (released by the system if the process dies)."""
    handle = open(directory / ".lock", "a")  # noqa: SIM115 - closed below
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise TracegenError(f"{directory}: another tracegen is recording into this corpus") from None
        yield
    finally:
        handle.close()
