"""The corpus format's tables: their Arrow schemas, one place (``docs/corpus.md`` describes them).

A corpus directory holds ``manifest.json`` and four tables, each a set of Parquet shards
(zstd) with the same name in every table: ``runs/``, ``nodes/``, ``candidates/`` and
``tokens/``. Columns keep the trace format's names. A shard is committed when its ``runs``
file exists (it is renamed into place last), so ``read_parquet('DIR/nodes/*.parquet')`` in
DuckDB, pandas or polars sees whole runs.

Log-probabilities and entropies are ``float32`` (the trace keeps 5 decimals, which a
``float32`` below 128 in magnitude gives back exactly once rounded); a value it would not
give back is also kept in the ``float64`` column ``*_exact`` beside it (null otherwise), so
a corpus converts back to the very trace it came from.
"""

from __future__ import annotations

import pyarrow as pa

FORMAT = "tracegen.corpus"
VERSION = 1
TABLES = ("runs", "nodes", "candidates", "tokens")

#: Columns of ``runs``: one row per run. Metadata fields of the prompt file (``answer``, ...)
#: follow as further columns, named as in the file, typed by their values.
RUN_COLUMNS = pa.schema([
    ("run", pa.string()),                # the run's id (the jsonl "id", or run-N)
    ("position", pa.int64()),            # the prompt's index in the prompt file (0-based): trace order
    ("prompt", pa.string()),
    ("prompt_token_ids", pa.list_(pa.int64())),
    ("strategy", pa.string()),           # the strategy's name
    ("strategy_params", pa.string()),    # the run's whole "strategy" object, JSON
    ("top_k", pa.int64()),
    ("complete", pa.bool_()),
    ("chat", pa.bool_()),
    ("max_new_tokens", pa.int64()),
    ("nodes", pa.int64()),               # how many nodes the run holds
    ("text", pa.string()),               # the best result's text
    ("score", pa.float64()),             # the best result's score
    ("tokens", pa.int64()),              # tokens on the best result's path
    ("logprob", pa.float64()),           # their total log-probability (nats)
    ("mean_surprisal", pa.float64()),    # -logprob / tokens (nats)
    ("perplexity", pa.float64()),        # exp(mean_surprisal)
    ("mean_entropy", pa.float64()),      # mean entropy (nats) of the path's evaluated contexts
    ("min_logprob", pa.float64()),       # the least likely chosen token's log-probability
    ("min_token", pa.string()),          # ... and its text
    ("seconds", pa.float64()),           # stats.seconds: how long recording the run took
    ("results", pa.string()),            # the run's "results", JSON
    ("extra", pa.string()),              # every further run field ("chat", "stats", "metadata", ...), JSON
    ("metadata", pa.string()),           # the prompt's metadata fields as one JSON object (null: none)
    ("fork", pa.string()),               # the run's "fork" object (tracegen fork), JSON (null: none)
])

#: Columns of ``nodes``: one row per node, a run's nodes together and in the trace's order.
NODE_COLUMNS = pa.schema([
    ("run", pa.string()),
    ("node", pa.int64()),
    ("parent", pa.int64()),
    ("token", pa.int64()),
    ("logprob", pa.float32()),
    ("rank", pa.int64()),
    ("entropy", pa.float32()),
    ("finish", pa.string()),
    ("top_mass", pa.float64()),
    ("candidates", pa.int32()),          # len(top); null when the context was never evaluated
    ("logprob_exact", pa.float64()),
    ("entropy_exact", pa.float64()),
    ("extra", pa.string()),              # every further node field ("finish", ...), JSON; null: none
])

#: Columns of ``candidates``: one row per recorded candidate (a node's ``top``), most likely first.
CANDIDATE_COLUMNS = pa.schema([
    ("run", pa.string()),
    ("node", pa.int64()),
    ("rank", pa.int32()),                # position in the node's top (0 = most likely)
    ("token", pa.int64()),
    ("logprob", pa.float32()),
    ("logprob_exact", pa.float64()),
])

#: Columns of ``tokens``: the token table of the shard's runs (``tokens`` and ``token_bytes``).
TOKEN_COLUMNS = pa.schema([
    ("token", pa.int64()),
    ("text", pa.string()),
    ("bytes", pa.binary()),              # raw bytes when the token is not UTF-8 on its own
])

#: Views over the ``runs`` table's ``fork`` column (``tracegen fork``), which ``Corpus.query``
#: offers beside the tables: one row per base-path position, and one per forking token.
#: ``docs/corpus.md`` shows the same SQL over ``read_parquet`` for DuckDB without tracegen.
_POSITION = ('[{"position": "BIGINT", "node": "BIGINT", "status": "VARCHAR", "drift": "DOUBLE", "hazard": "DOUBLE[]", '
             '"survival": "DOUBLE[]", "alternatives": [{"token": "BIGINT", "probability": "DOUBLE"}]}]')
_FORKING_TOKEN = ('[{"position": "BIGINT", "token": "BIGINT", "probability": "DOUBLE", "shift": "DOUBLE", '
                  '"shift_low": "DOUBLE", "shift_high": "DOUBLE", "p_value": "DOUBLE", "tests": "BIGINT"}]')
FORK_VIEWS = {
    "fork_positions": "SELECT run, p.position, p.node, p.status, p.alternatives[1].token AS token, "
                      "p.alternatives[1].probability AS probability, len(p.alternatives) - 1 AS alternatives, "
                      "p.drift, p.hazard, p.survival FROM (SELECT run, unnest(from_json(json_extract(fork, "
                      f"'$.positions'), '{_POSITION}')) AS p FROM runs WHERE fork IS NOT NULL)",
    "forking_tokens": "SELECT run, unnest(f, recursive := true) FROM (SELECT run, from_json(json_extract(fork, "
                      f"'$.forking_tokens'), '{_FORKING_TOKEN}') AS f FROM runs WHERE fork IS NOT NULL)",
}

SCHEMAS = {"runs": RUN_COLUMNS, "nodes": NODE_COLUMNS, "candidates": CANDIDATE_COLUMNS, "tokens": TOKEN_COLUMNS}

#: Run columns a metadata field may not take (it stays in ``metadata`` only).
RESERVED = frozenset(RUN_COLUMNS.names)

_SPLIT, _DELTA = "BYTE_STREAM_SPLIT", "DELTA_BINARY_PACKED"

#: Parquet writing options per table: zstd; dictionaries only where values repeat (run ids,
#: ranks, finish reasons); token ids and floats byte-stream-split (their bytes compress apart:
#: a float's sign and exponent repeat, its mantissa does not); node ids delta-coded.
PARQUET_OPTIONS = {
    "runs": {"compression": "zstd", "compression_level": 9},
    "tokens": {"compression": "zstd", "compression_level": 9},
    "nodes": {"compression": "zstd", "compression_level": 9,
              "use_dictionary": ["run", "rank", "finish", "candidates", "extra"],
              "column_encoding": {"token": _SPLIT, "logprob": _SPLIT, "entropy": _SPLIT, "node": _DELTA,
                                  "parent": _DELTA}},
    "candidates": {"compression": "zstd", "compression_level": 9, "use_dictionary": ["run", "rank"],
                   "column_encoding": {"token": _SPLIT, "logprob": _SPLIT, "node": _DELTA}},
}
