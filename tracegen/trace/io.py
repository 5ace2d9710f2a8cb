"""Reading trace files: JSON bytes -> a validated ``Trace``, every problem one line."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import orjson

from .model import FORMAT, VERSION, Node, Result, Run, Trace
from .validate import TraceFormatError, check_consistency


def load(path: str | os.PathLike) -> Trace:
    """Read and validate a trace file; any problem is a one-line ``TraceFormatError``."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise TraceFormatError(f"{path}: no such file") from None
    except OSError as exc:
        raise TraceFormatError(f"{path}: cannot read ({exc.strerror})") from None
    return loads(data, source=str(path))


def loads(data: bytes | str, source: str = "trace") -> Trace:
    """Parse and validate a trace from JSON text; ``source`` names it in error messages."""
    try:
        raw = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise TraceFormatError(f"{source}: not JSON ({exc})") from None
    return from_dict(raw, source=source)


def from_dict(raw: Any, source: str = "trace") -> Trace:
    """Build a ``Trace`` from parsed JSON, checking format, version and consistency."""
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise TraceFormatError(f"{source}: not a tracegen trace (no \"format\": \"{FORMAT}\")")
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise TraceFormatError(f"{source}: \"version\" must be an integer")
    if version > VERSION:
        raise TraceFormatError(
            f"{source}: trace format version {version} is newer than this tracegen reads "
            f"(up to {VERSION}); upgrade tracegen"
        )
    if version < 1:
        raise TraceFormatError(f"{source}: unknown trace format version {version}")
    try:
        trace = _parse(raw)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise TraceFormatError(f"{source}: malformed trace ({_describe(exc)})") from None
    check_consistency(trace, source)
    return trace


_TOP_KEYS = {"format", "version", "created", "tracegen_version", "model", "tokens", "token_bytes", "runs"}
_RUN_KEYS = {"id", "prompt", "prompt_token_ids", "strategy", "top_k", "complete", "nodes", "results"}
_NODE_KEYS = {"id", "parent", "token", "logprob", "rank", "top", "entropy", "top_mass"}
_RESULT_KEYS = {"node", "score", "text"}


def _describe(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"missing field {exc.args[0]!r}"
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def _int(value: Any, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"{what} must be an integer, got {value!r}")
    return value


def _opt_float(value: Any, what: str) -> float | None:
    if value is None:
        return None
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise ValueError(f"{what} must be a number or null, got {value!r}")
    return value


def _parse(raw: dict[str, Any]) -> Trace:
    model = raw["model"]
    if not isinstance(model, dict) or not isinstance(model.get("name"), str):
        raise ValueError("\"model\" must be an object with a \"name\"")
    if model.get("vocab_size") is not None:
        _int(model["vocab_size"], "model vocab_size")
    tokens_raw = raw["tokens"]
    if not isinstance(tokens_raw, dict):
        raise ValueError("\"tokens\" must be an object")
    tokens = {int(k): v for k, v in tokens_raw.items()}
    if not all(isinstance(v, str) for v in tokens.values()):
        raise ValueError("token display texts must be strings")
    token_bytes = {int(k): bytes.fromhex(v) for k, v in raw.get("token_bytes", {}).items()}
    runs = [_parse_run(r, i) for i, r in enumerate(raw["runs"])]
    return Trace(
        model=model,
        tokens=tokens,
        runs=runs,
        token_bytes=token_bytes,
        created=str(raw.get("created", "")),
        tracegen_version=str(raw.get("tracegen_version", "")),
        extra={k: v for k, v in raw.items() if k not in _TOP_KEYS},
    )


def _parse_run(raw: dict[str, Any], position: int) -> Run:
    where = f"run {position}"
    nodes = []
    for node_raw in raw["nodes"]:
        top = node_raw.get("top")
        if top is not None:
            top = [(_int(t, f"{where}: top token"), float(lp)) for t, lp in top]
        nodes.append(
            Node(
                id=_int(node_raw["id"], f"{where}: node id"),
                parent=None if node_raw.get("parent") is None else _int(node_raw["parent"], f"{where}: parent"),
                token=None if node_raw.get("token") is None else _int(node_raw["token"], f"{where}: token"),
                logprob=_opt_float(node_raw.get("logprob"), f"{where}: logprob"),
                rank=None if node_raw.get("rank") is None else _int(node_raw["rank"], f"{where}: rank"),
                top=top,
                entropy=_opt_float(node_raw.get("entropy"), f"{where}: entropy"),
                top_mass=_opt_float(node_raw.get("top_mass"), f"{where}: top_mass"),
                extra={k: v for k, v in node_raw.items() if k not in _NODE_KEYS},
            )
        )
    results = [
        Result(
            node=_int(r["node"], f"{where}: result node"),
            score=float(r["score"]),
            text=str(r["text"]),
            extra={k: v for k, v in r.items() if k not in _RESULT_KEYS},
        )
        for r in raw.get("results", [])
    ]
    strategy = raw["strategy"]
    if not isinstance(strategy, dict) or not isinstance(strategy.get("name"), str):
        raise ValueError(f"{where}: \"strategy\" must be an object with a \"name\"")
    return Run(
        id=str(raw["id"]),
        prompt=str(raw["prompt"]),
        prompt_token_ids=[_int(t, f"{where}: prompt token") for t in raw["prompt_token_ids"]],
        strategy=strategy,
        top_k=_int(raw["top_k"], f"{where}: top_k"),
        complete=bool(raw.get("complete", True)),
        nodes=nodes,
        results=results,
        extra={k: v for k, v in raw.items() if k not in _RUN_KEYS},
    )

