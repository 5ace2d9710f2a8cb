"""The trace format: the one contract between the recorder, the exported viewer and live mode.

- ``model.py``: ``Trace``, ``Run``, ``Node``, ``Result`` (the dataclasses, and writing).
- ``io.py``: ``load``, ``loads``, ``from_dict`` (reading, validated), ``read_trace_bytes``.
- ``validate.py``: the cross-reference checks and ``TraceFormatError``.
- ``metrics.py``: ``PathMetrics``, how surprised the model was by a path.
- ``tokens.py``: the token table (display text and raw bytes of token ids).
- ``schema.json``: the JSON Schema; ``docs/trace-format.md`` describes every field.
"""

from .io import from_dict, load, loads, read_trace_bytes
from .metrics import PathMetrics
from .model import (
    ENTROPY_DIGITS,
    FORMAT,
    LOGPROB_DIGITS,
    SCHEMA_PATH,
    VERSION,
    Node,
    Result,
    Run,
    Trace,
    is_unmapped,
    iter_token_ids,
    round_logprob,
)
from .validate import TraceFormatError, check_consistency

__all__ = [
    "ENTROPY_DIGITS", "FORMAT", "LOGPROB_DIGITS", "SCHEMA_PATH", "VERSION", "Node", "PathMetrics", "Result", "Run",
    "Trace",
    "TraceFormatError", "check_consistency", "from_dict", "is_unmapped", "iter_token_ids", "load", "loads",
    "read_trace_bytes", "round_logprob",
]
