"""A run as rows of the corpus tables, and rows back into a run, losing nothing.

``run_rows`` turns one ``Run`` (and the token table it uses) into the columns of its rows in
``runs``, ``nodes`` and ``candidates``; ``runs_from_tables`` reads them back. Rows of a run
stay together and in the trace's order (nodes in recording order, each node's candidates
most likely first), so reading walks them once, in order, without grouping.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

import numpy as np
import orjson
import pyarrow as pa

from ..trace import LOGPROB_DIGITS, Node, Result, Run, iter_token_ids
from ..trace.fields import is_integer, is_number
from ..trace.metrics import PathMetrics
from .schema import CANDIDATE_COLUMNS, NODE_COLUMNS, RESERVED, RUN_COLUMNS, TOKEN_COLUMNS


def _json(value: Any) -> str:
    return orjson.dumps(value).decode("utf-8")


def split_float(values: list[float | None]) -> tuple[pa.Array, pa.Array]:
    """``values`` as a ``float32`` column and the ``float64`` values it would not give back.

    A ``float32`` value is read back as ``round(value, 5)`` (``restore_float``); where that is
    not the original (more than 5 decimals, or beyond 128 in magnitude), the second column
    holds the original, and null elsewhere.
    """
    full = np.array([np.nan if v is None else v for v in values], dtype=np.float64)
    narrow = full.astype(np.float32)
    back = np.round(narrow.astype(np.float64), LOGPROB_DIGITS)
    known = ~np.isnan(full)
    lossy = known & (back != full)
    mask = ~known
    return (pa.array(narrow, type=pa.float32(), mask=mask),
            pa.array(full, type=pa.float64(), mask=~lossy))


def restore_float(narrow: pa.Array | pa.ChunkedArray, exact: pa.Array | pa.ChunkedArray) -> list[float | None]:
    """The values ``split_float`` stored: the exact one where kept, else the ``float32`` rounded."""
    values = np.round(narrow.to_numpy(zero_copy_only=False).astype(np.float64), LOGPROB_DIGITS)
    out: list[float | None] = values.tolist()
    for i, v in enumerate(narrow.is_null().to_pylist()):
        if v:
            out[i] = None
    if exact.null_count < len(exact):
        for i, v in enumerate(exact.to_pylist()):
            if v is not None:
                out[i] = v
    return out


def used_token_ids(run: Run) -> set[int]:
    """Every token id ``run`` uses and the trace's token table names: ``iter_token_ids`` and a
    rescoring's ``source_top`` candidates."""
    used = set(iter_token_ids(run))
    for node in run.nodes:
        source_top = node.extra.get("source_top")
        if isinstance(source_top, list):
            used.update(entry[0] for entry in source_top if isinstance(entry, list) and entry
                        and isinstance(entry[0], int))
    return used


class ShardRows:
    """The rows of the runs written into one shard, gathered run by run, then made tables."""

    def __init__(self) -> None:
        self.runs: list[dict[str, Any]] = []
        self.nodes: dict[str, list[Any]] = {name: [] for name in ("run", "node", "parent", "token", "logprob", "rank",
                                                                  "entropy", "finish", "top_mass", "candidates", "extra")}
        self.candidates: dict[str, list[Any]] = {name: [] for name in ("run", "node", "rank", "token", "logprob")}
        self.tokens: dict[int, tuple[str, bytes | None]] = {}

    def __len__(self) -> int:
        return len(self.runs)

    @property
    def node_count(self) -> int:
        return len(self.nodes["node"])

    def add(self, run: Run, position: int, tokens: Mapping[int, str], token_bytes: Mapping[int, bytes]) -> None:
        """Add ``run`` (the ``position``-th prompt) and the entries of the token table it uses."""
        self.runs.append(run_row(run, position, tokens))
        nodes, candidates = self.nodes, self.candidates
        for node in run.nodes:
            nodes["run"].append(run.id)
            nodes["node"].append(node.id)
            nodes["parent"].append(node.parent)
            nodes["token"].append(node.token)
            nodes["logprob"].append(node.logprob)
            nodes["rank"].append(node.rank)
            nodes["entropy"].append(node.entropy)
            finish = node.extra.get("finish")
            nodes["finish"].append(finish if isinstance(finish, str) else None)
            nodes["top_mass"].append(node.top_mass)
            nodes["candidates"].append(None if node.top is None else len(node.top))
            nodes["extra"].append(_json(node.extra) if node.extra else None)
            if node.top:
                count = len(node.top)
                candidates["run"].extend([run.id] * count)
                candidates["node"].extend([node.id] * count)
                candidates["rank"].extend(range(count))
                candidates["token"].extend([t for t, _ in node.top])
                candidates["logprob"].extend([lp for _, lp in node.top])
        for token_id in used_token_ids(run):
            if token_id in tokens:
                self.tokens[token_id] = (tokens[token_id], token_bytes.get(token_id))

    def add_tokens(self, tokens: Mapping[int, str], token_bytes: Mapping[int, bytes]) -> None:
        """Add token-table entries no run uses (a trace may hold some), so conversion keeps them."""
        for token_id, text in tokens.items():
            self.tokens.setdefault(token_id, (text, token_bytes.get(token_id)))

    def tables(self) -> dict[str, pa.Table]:
        """The four tables of the shard."""
        return {"runs": runs_table(self.runs), "nodes": _nodes_table(self.nodes),
                "candidates": _candidates_table(self.candidates), "tokens": _tokens_table(self.tokens)}


def run_row(run: Run, position: int, tokens: Mapping[int, str]) -> dict[str, Any]:
    """The ``runs`` row of ``run``: its fields, its best path's metrics and its metadata columns."""
    best = run.results[0] if run.results else None
    path = run.path(best.node) if best is not None and run.has_node(best.node) else []
    metrics = PathMetrics.of([n.logprob for n in path[1:]]) if path else None
    entropies = [n.entropy for n in path[:-1] if n.entropy is not None]
    chosen = [n for n in path[1:] if n.logprob is not None]
    least = min(chosen, key=lambda n: n.logprob) if chosen else None  # type: ignore[arg-type,return-value]
    metadata = run.extra.get("metadata")
    fork = run.extra.get("fork")
    if isinstance(fork, dict):  # its own column; ``extra`` keeps the key (null) where it stands, for the order
        extra = {k: (None if k == "fork" else v) for k, v in run.extra.items()}
    else:
        fork, extra = None, run.extra
    row: dict[str, Any] = {
        "run": run.id, "position": position, "prompt": run.prompt, "prompt_token_ids": run.prompt_token_ids,
        "strategy": run.strategy.get("name"), "strategy_params": _json(run.strategy), "top_k": run.top_k,
        "complete": run.complete, "chat": _bool_or_none(run.extra.get("chat")),
        "max_new_tokens": _int_or_none(run.extra.get("max_new_tokens")), "nodes": len(run.nodes),
        "text": best.text if best else None, "score": best.score if best else None,
        "tokens": metrics.tokens if metrics else None,
        "logprob": metrics.total_logprob if metrics else None,
        "mean_surprisal": metrics.mean_surprisal_nats if metrics else None,
        "perplexity": metrics.perplexity if metrics else None,
        "mean_entropy": sum(entropies) / len(entropies) if entropies else None,
        "min_logprob": least.logprob if least else None,
        "min_token": tokens.get(least.token) if least and least.token is not None else None,
        "seconds": _float_or_none((run.extra.get("stats") or {}).get("seconds")
                                  if isinstance(run.extra.get("stats"), dict) else None),
        "results": _json([r.to_dict() for r in run.results]),
        "extra": _json(extra),
        "metadata": _json(metadata) if isinstance(metadata, dict) else None,
        "fork": _json(fork) if fork is not None else None,
    }
    if isinstance(metadata, dict):
        for key, value in metadata.items():
            if key not in RESERVED and (value is None or isinstance(value, (str, int, float, bool))):
                row.setdefault(key, value)
    return row


def _bool_or_none(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _int_or_none(value: Any) -> int | None:
    return value if is_integer(value) else None


def _float_or_none(value: Any) -> float | None:
    return float(value) if is_number(value) else None


def runs_table(rows: list[dict[str, Any]]) -> pa.Table:
    """The ``runs`` table of ``rows``: the fixed columns, then each metadata field as a column."""
    columns = {name: pa.array([row[name] for row in rows], type=RUN_COLUMNS.field(name).type)
               for name in RUN_COLUMNS.names}
    extra_names: list[str] = []
    for row in rows:
        extra_names.extend(k for k in row if k not in RESERVED and k not in extra_names)
    for name in extra_names:
        values = [row.get(name) for row in rows]
        try:
            columns[name] = pa.array(values)
        except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):  # mixed types: as text
            columns[name] = pa.array([None if v is None else _json(v) for v in values], type=pa.string())
    return pa.table(columns)


def _nodes_table(nodes: dict[str, list[Any]]) -> pa.Table:
    logprob, logprob_exact = split_float(nodes["logprob"])
    entropy, entropy_exact = split_float(nodes["entropy"])
    arrays = {**{k: v for k, v in nodes.items()}, "logprob": logprob, "entropy": entropy,
              "logprob_exact": logprob_exact, "entropy_exact": entropy_exact}
    return pa.table({f.name: pa.array(arrays[f.name], type=f.type) for f in NODE_COLUMNS}, schema=NODE_COLUMNS)


def _candidates_table(candidates: dict[str, list[Any]]) -> pa.Table:
    logprob, logprob_exact = split_float(candidates["logprob"])
    arrays = {**candidates, "logprob": logprob, "logprob_exact": logprob_exact}
    return pa.table({f.name: pa.array(arrays[f.name], type=f.type) for f in CANDIDATE_COLUMNS},
                    schema=CANDIDATE_COLUMNS)


def _tokens_table(tokens: dict[int, tuple[str, bytes | None]]) -> pa.Table:
    ids = sorted(tokens)
    return pa.table({"token": pa.array(ids, type=pa.int64()),
                     "text": pa.array([tokens[i][0] for i in ids], type=pa.string()),
                     "bytes": pa.array([tokens[i][1] for i in ids], type=pa.binary())}, schema=TOKEN_COLUMNS)


def runs_from_tables(runs: pa.Table, nodes: pa.Table, candidates: pa.Table) -> list[Run]:
    """The runs whose rows these are (``runs`` rows in any order; their nodes and candidates in
    the order they were written), as trace ``Run`` objects."""
    node_runs = nodes.column("run").to_pylist()
    ids, parents, tokens = (nodes.column(c).to_pylist() for c in ("node", "parent", "token"))
    ranks, masses, counts = (nodes.column(c).to_pylist() for c in ("rank", "top_mass", "candidates"))
    extras = nodes.column("extra").to_pylist()
    logprobs = restore_float(nodes.column("logprob"), nodes.column("logprob_exact"))
    entropies = restore_float(nodes.column("entropy"), nodes.column("entropy_exact"))
    cand_tokens = candidates.column("token").to_pylist()
    # A candidate's logprob is never null (``split_float`` of known values).
    cand_logprobs = cast(list[float], restore_float(candidates.column("logprob"), candidates.column("logprob_exact")))
    by_run: dict[str, list[Node]] = {}
    taken = 0
    for i, run_id in enumerate(node_runs):
        count = counts[i]
        top = None
        if count is not None:
            top = list(zip(cand_tokens[taken:taken + count], cand_logprobs[taken:taken + count], strict=True))
            taken += count
        by_run.setdefault(run_id, []).append(Node(
            id=ids[i], parent=parents[i], token=tokens[i], logprob=logprobs[i], rank=ranks[i], top=top,
            entropy=entropies[i], top_mass=masses[i], extra=orjson.loads(extras[i]) if extras[i] else {}))
    out = []
    columns = ["run", "position", "prompt", "prompt_token_ids", "strategy_params", "top_k", "complete", "results",
               "extra", *(["fork"] if "fork" in runs.column_names else [])]
    for row in runs.select(columns).to_pylist():
        results = [Result(node=r.pop("node"), score=r.pop("score"), text=r.pop("text"), extra=r)
                   for r in orjson.loads(row["results"])]
        extra = orjson.loads(row["extra"])
        if row.get("fork") is not None:
            extra["fork"] = orjson.loads(row["fork"])  # back in the place its null kept
        out.append(Run(id=row["run"], prompt=row["prompt"], prompt_token_ids=row["prompt_token_ids"],
                       strategy=orjson.loads(row["strategy_params"]), top_k=row["top_k"], complete=row["complete"],
                       nodes=by_run.get(row["run"], []), results=results, extra=extra))
    return out


def token_table(tokens: pa.Table) -> tuple[dict[int, str], dict[int, bytes]]:
    """``tokens`` rows as a trace's ``tokens`` and ``token_bytes``."""
    ids = tokens.column("token").to_pylist()
    texts = dict(zip(ids, tokens.column("text").to_pylist(), strict=True))
    raw = {i: b for i, b in zip(ids, tokens.column("bytes").to_pylist(), strict=True) if b is not None}
    return texts, raw
