"""Reading a corpus: ``load_corpus(path)`` -> ``Corpus``, which never loads more than it is asked for.

``runs_frame`` reads the small ``runs`` table only; ``nodes`` and ``candidates`` are lazy
Arrow datasets; ``run(id)`` reads the one shard that holds the run, and only that run's row
groups; ``query`` hands SQL to DuckDB over the Parquet files themselves.
"""

from __future__ import annotations

import os
from collections.abc import Container, Iterator, Mapping
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from ..errors import TracegenError
from ..trace import Trace
from .manifest import Manifest, read_manifest
from .rows import runs_from_tables, token_table, used_token_ids
from .schema import FORK_VIEWS, SCHEMAS, TABLES
from .shards import shard_files

if TYPE_CHECKING:
    import duckdb
    import pandas

# The runs table's JSON columns: what a trace needs back, not what a table of runs shows.
_BULKY = ("prompt_token_ids", "strategy_params", "results", "extra", "fork")


def load_corpus(path: str | os.PathLike) -> Corpus:
    """Open the corpus at ``path`` (a directory ``tracegen record --corpus`` or ``tracegen convert`` wrote).

    Raises:
        TracegenError: ``path`` is not a corpus, or its manifest is newer than this tracegen.
    """
    return Corpus(path)


class Corpus:
    """A corpus directory, read lazily.

    Args:
        path: The corpus directory.
    """

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        if not self.path.is_dir():
            raise TracegenError(f"{self.path}: no such corpus directory")
        self.manifest: Manifest = read_manifest(self.path)
        self._connection: Any = None

    def __repr__(self) -> str:
        return f"<Corpus {str(self.path)!r}: {len(self.run_ids)} runs, model {self.manifest.model.get('name')!r}>"

    def files(self, table: str) -> list[Path]:
        """The committed Parquet files of ``table`` (``runs``, ``nodes``, ``candidates``, ``tokens``)."""
        return [p for p in shard_files(self.path, table) if (self.path / "runs" / p.name).exists()]

    @cached_property
    def _shard_of(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for path in self.files("runs"):
            for run_id in pq.read_table(path, columns=["run"]).column("run").to_pylist():
                out[run_id] = path.name
        return out

    @property
    def run_ids(self) -> list[str]:
        """Every run's id (in no particular order; ``runs_frame`` orders them as recorded)."""
        return list(self._shard_of)

    def columns(self) -> list[str]:
        """The ``runs`` table's columns: the fixed ones, then every metadata column of any shard."""
        names = list(SCHEMAS["runs"].names)
        for path in self.files("runs"):
            names.extend(n for n in pq.read_schema(path).names if n not in names)
        return names

    def runs_table(self, columns: list[str] | None = None) -> pa.Table:
        """The ``runs`` table as one Arrow table, in prompt order (shards' metadata columns unified;
        a column no shard has is all null)."""
        tables = []
        for path in self.files("runs"):
            present = pq.read_schema(path).names
            # a metadata column some shards lack reads as nulls there
            tables.append(pq.read_table(path, columns=[c for c in columns if c in present]) if columns
                          else pq.read_table(path))
        if not tables:
            schema = SCHEMAS["runs"]
            return schema.empty_table() if not columns else pa.schema([schema.field(c) for c in columns]).empty_table()
        table = pa.concat_tables(tables, promote_options="permissive")
        for name in columns or ():
            if name not in table.column_names:
                table = table.append_column(name, pa.nulls(len(table)))
        if "position" in table.column_names:
            table = table.sort_by([("position", "ascending"), ("run", "ascending")])
        return table

    def runs_frame(self) -> pandas.DataFrame:
        """One row per run: its id, prompt, strategy, metrics (tokens, mean_entropy,
        mean_surprisal, perplexity, min_logprob, ...) and metadata columns, as a pandas DataFrame.

        Needs pandas (``pip install 'tracegen[corpus]'``).
        """
        table = self.runs_table()
        return table.drop_columns([c for c in _BULKY if c in table.column_names]).to_pandas()

    def nodes(self) -> ds.Dataset:
        """Every node, as a lazy Arrow dataset (``.to_table(filter=...)``, ``.to_batches()``, ``.head(n)``)."""
        return self._dataset("nodes")

    def candidates(self) -> ds.Dataset:
        """Every recorded candidate (``run``, ``node``, ``rank``, ``token``, ``logprob``), as a lazy Arrow dataset."""
        return self._dataset("candidates")

    def _dataset(self, table: str) -> ds.Dataset:
        return ds.dataset([str(p) for p in self.files(table)], schema=SCHEMAS[table], format="parquet")

    def run(self, run_id: str) -> Trace:
        """The run ``run_id`` as a ``Trace`` of that one run (``KeyError`` if there is none).

        Reads one shard, and of it only the row groups that hold the run.
        """
        if run_id not in self._shard_of:
            raise KeyError(run_id)
        return self.runs([run_id])

    def runs(self, run_ids: list[str]) -> Trace:
        """The runs ``run_ids`` as one ``Trace``, in prompt order (``KeyError`` for an id the corpus lacks).

        Reads only the shards that hold them.
        """
        wanted = set(run_ids)
        for run_id in wanted:
            if run_id not in self._shard_of:
                raise KeyError(run_id)
        shards: dict[str, list[str]] = {}
        for run_id in wanted:
            shards.setdefault(self._shard_of[run_id], []).append(run_id)
        return self._trace(shards)

    def iter_runs(self, skip: Container[str] = ()) -> Iterator[tuple[int, Trace]]:
        """Every run (but those in ``skip``), one at a time: its position and a ``Trace`` of it alone.

        Shard by shard, and within a shard row batch by row batch: what is in memory is one
        shard's ``runs`` and ``tokens`` rows, one run and a batch of rows, never the corpus.
        """
        for path in self.files("runs"):
            runs = pq.read_table(path)
            tokens, token_bytes = token_table(pq.read_table(self.path / "tokens" / path.name)) \
                if (self.path / "tokens" / path.name).exists() else ({}, {})
            nodes = _RowsByRun(self.path / "nodes" / path.name)
            candidates = _RowsByRun(self.path / "candidates" / path.name)
            for index, (run_id, position) in enumerate(zip(runs.column("run").to_pylist(),
                                                           runs.column("position").to_pylist(), strict=True)):
                own_nodes = nodes.take(run_id, SCHEMAS["nodes"])
                own_candidates = candidates.take(run_id, SCHEMAS["candidates"])
                if run_id in skip:
                    continue
                [run] = runs_from_tables(runs.slice(index, 1), own_nodes, own_candidates)
                used = used_token_ids(run)
                yield position, Trace(model=dict(self.manifest.model), runs=[run],
                                      tokens={t: v for t, v in tokens.items() if t in used},
                                      token_bytes={t: v for t, v in token_bytes.items() if t in used},
                                      created=self.manifest.created, tracegen_version=self.manifest.tracegen_version,
                                      extra=dict(self.manifest.extra))

    def select(self, where: str) -> list[str]:
        """The ids of the runs for which the SQL condition ``where`` holds over the ``runs`` table
        (e.g. ``"mean_entropy > 2 AND answer IS NOT NULL"``), in prompt order."""
        return [row[0] for row in self.query(f"SELECT run FROM runs WHERE {where} ORDER BY position, run").fetchall()]

    def to_trace(self) -> Trace:
        """The whole corpus as one ``Trace`` (runs in prompt order): what ``tracegen convert`` writes."""
        return self._trace({p.name: None for p in self.files("runs")})

    def _trace(self, shards: Mapping[str, list[str] | None]) -> Trace:
        """The runs of ``shards`` (shard name -> the run ids wanted there, ``None`` for all) as a trace."""
        parts: dict[str, list[pa.Table]] = {t: [] for t in TABLES}
        subset = any(ids is not None for ids in shards.values())
        for shard, ids in shards.items():
            where = None if ids is None else [("run", "in", ids)]
            for table in ("runs", "nodes", "candidates"):
                parts[table].append(pq.read_table(self.path / table / shard, filters=where))
            tokens_file = self.path / "tokens" / shard
            if tokens_file.exists():
                parts["tokens"].append(pq.read_table(tokens_file))
        tables = {t: pa.concat_tables(parts[t], promote_options="permissive") if parts[t] else SCHEMAS[t].empty_table()
                  for t in TABLES}
        runs = runs_from_tables(tables["runs"], tables["nodes"], tables["candidates"])
        order = dict(zip(tables["runs"].column("run").to_pylist(), tables["runs"].column("position").to_pylist(),
                         strict=True))
        runs.sort(key=lambda r: (order[r.id], r.id))
        tokens, token_bytes = token_table(tables["tokens"])
        if subset:  # a shard's table serves all its runs: keep these runs' entries
            used = {t for r in runs for t in used_token_ids(r)}
            tokens = {t: v for t, v in tokens.items() if t in used}
            token_bytes = {t: v for t, v in token_bytes.items() if t in used}
        manifest = self.manifest
        return Trace(model=dict(manifest.model), tokens=tokens, runs=runs, token_bytes=token_bytes,
                     created=manifest.created, tracegen_version=manifest.tracegen_version, extra=dict(manifest.extra))

    def connection(self) -> duckdb.DuckDBPyConnection:
        """A DuckDB connection with the views ``runs``, ``nodes``, ``candidates`` and ``tokens``, and
        ``fork_positions`` and ``forking_tokens`` (the ``fork`` objects of ``tracegen fork``'s runs)."""
        if self._connection is None:
            import duckdb

            con = duckdb.connect()
            for table in TABLES:
                files = self.files(table)
                if files:
                    paths = "[" + ", ".join(_sql_string(str(p)) for p in files) + "]"
                    con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet({paths}, union_by_name = true)")
                else:
                    empty = SCHEMAS[table].empty_table()  # noqa: F841 - DuckDB reads it by name
                    con.execute(f"CREATE TABLE {table} AS SELECT * FROM empty")
            for view, sql in FORK_VIEWS.items():
                con.execute(f"CREATE VIEW {view} AS {sql}")
            self._connection = con
        return self._connection

    def query(self, sql: str) -> duckdb.DuckDBPyRelation:
        """Run ``sql`` through DuckDB over the tables ``runs``, ``nodes``, ``candidates``, ``tokens``.

        Returns a DuckDB relation: ``.df()`` (pandas), ``.arrow()``, ``.fetchall()``.

        Example:
            >>> corpus.query("SELECT run, mean_entropy FROM runs ORDER BY mean_entropy DESC LIMIT 5").df()
        """
        import duckdb

        try:
            return self.connection().sql(sql)
        except duckdb.Error as exc:
            raise TracegenError(f"query: {str(exc).splitlines()[0]}") from None


class _RowsByRun:
    """The rows of a shard's ``nodes`` or ``candidates`` file, run by run, read a batch at a time.

    A run's rows are together and the runs in the ``runs`` file's order (``ShardRows``), so
    ``take(run)`` for each run in that order walks the file once.
    """

    _BATCH = 16_384

    def __init__(self, path: Path) -> None:
        self._batches = iter(pq.ParquetFile(path).iter_batches(batch_size=self._BATCH)) if path.exists() else iter(())
        self._pending: list[pa.RecordBatch] = []  # rows read and not taken yet, in order

    def take(self, run_id: str, schema: pa.Schema) -> pa.Table:
        """The rows of ``run_id`` (none when the next rows are another run's)."""
        taken: list[pa.RecordBatch] = []
        while True:
            if not self._pending and not self._fill():
                break
            batch = self._pending[0]
            runs = batch.column("run")
            first = runs[0].as_py()
            if first != run_id:
                break
            ends = pc.not_equal(runs, run_id)
            stop = pc.index(ends, True).as_py()
            if stop == -1:  # the whole batch is this run's; the next batch may be too
                taken.append(self._pending.pop(0))
                continue
            taken.append(batch.slice(0, stop))
            self._pending[0] = batch.slice(stop)
            break
        return pa.Table.from_batches(taken, schema=schema) if taken else schema.empty_table()

    def _fill(self) -> bool:
        batch = next(self._batches, None)
        if batch is None:
            return False
        if batch.num_rows:
            self._pending.append(batch)
        return True


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
