"""The trace format: the one contract between the recorder, the exported viewer and live mode.

A trace is plain JSON (see ``docs/trace-format.md`` and ``trace.schema.json`` beside this
module). This module owns its dataclasses, reading, writing and validation; nothing else in
tracegen parses or writes trace files by hand.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import orjson

from ._atomic import write_bytes_atomic
from ._version import __version__
from .errors import TracegenError

FORMAT = "tracegen.trace"
VERSION = 2
# Version 2 added what a serving engine's or a saved response's top-k cannot tell: unknown
# entropy with the recorded top-k mass (``top_mass``), unknown ranks, and token ids < 0 for
# tokens known only by their text. Every version-1 file is a valid version-2 file.
SCHEMA_PATH = Path(__file__).with_name("trace.schema.json")

# Digits kept for log-probabilities: 5 decimals keep probabilities within 1e-5 relative,
# well inside the 1e-4 the format promises, and keep files compact.
LOGPROB_DIGITS = 5
ENTROPY_DIGITS = 5


class TraceFormatError(TracegenError):
    """A file that is not a valid tracegen trace; the message names the file and the problem."""


@dataclass
class Node:
    """One context (prompt + the tokens on the path from the root) and its next-token distribution.

    Args:
        id: Unique within the run; the root is the first node.
        parent: The parent's id, ``None`` for the root.
        token: The token appended to the parent's context (``None`` for the root).
        logprob: That token's log-probability under the parent's full distribution.
        rank: That token's rank in the parent's distribution (0 = most likely).
        top: The ``top_k`` most likely next tokens as ``(token_id, logprob)``, most likely
            first; ``None`` when this context was never evaluated (a finished leaf).
        entropy: Entropy of the full next-token distribution in nats, ``None`` when unknown.
        top_mass: The probability mass ``top`` covers, set when only the top-k was known
            (a server's ``top_logprobs``), so the entropy is unknown.
        extra: Any further fields, kept as they were read.
    """

    id: int
    parent: int | None = None
    token: int | None = None
    logprob: float | None = None
    rank: int | None = None
    top: list[tuple[int, float]] | None = None
    entropy: float | None = None
    top_mass: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "parent": self.parent, "token": self.token,
                               "logprob": self.logprob}
        if self.rank is not None:
            out["rank"] = self.rank
        out["top"] = self.top
        out["entropy"] = self.entropy
        if self.top_mass is not None:
            out["top_mass"] = self.top_mass
        out.update(self.extra)
        return out


@dataclass
class Result:
    """A finished sequence of a run: the node it ends at, its score and its decoded text."""

    node: int
    score: float
    text: str
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"node": self.node, "score": self.score, "text": self.text, **self.extra}


@dataclass
class Run:
    """One prompt explored with one strategy: a tree of nodes and its results, best first."""

    id: str
    prompt: str
    prompt_token_ids: list[int]
    strategy: dict[str, Any]
    top_k: int
    nodes: list[Node] = field(default_factory=list)
    results: list[Result] = field(default_factory=list)
    complete: bool = True
    extra: dict[str, Any] = field(default_factory=dict)
    _index: dict[int, int] = field(default_factory=dict, repr=False, compare=False)
    _children: dict[int, list[int]] = field(default_factory=dict, repr=False, compare=False)
    _next_id: int = field(default=0, repr=False, compare=False)

    def __post_init__(self) -> None:
        for position, node in enumerate(self.nodes):
            self._index[node.id] = position
            self._next_id = max(self._next_id, node.id + 1)
            if node.parent is not None:
                self._children.setdefault(node.parent, []).append(node.id)

    @property
    def root(self) -> Node:
        return self.nodes[0]

    def add_node(self, node: Node) -> Node:
        """Append ``node`` (its parent must already be in the run) and return it."""
        if node.id in self._index:
            raise ValueError(f"node {node.id} already exists in run {self.id!r}")
        if node.parent is not None and node.parent not in self._index:
            raise ValueError(f"node {node.id}: unknown parent {node.parent}")
        self._index[node.id] = len(self.nodes)
        self._next_id = max(self._next_id, node.id + 1)
        self.nodes.append(node)
        if node.parent is not None:
            self._children.setdefault(node.parent, []).append(node.id)
        return node

    def node(self, node_id: int) -> Node:
        """The node with this id (``KeyError`` if there is none)."""
        return self.nodes[self._index[node_id]]

    def has_node(self, node_id: int) -> bool:
        return node_id in self._index

    def children(self, node_id: int) -> list[Node]:
        """The children of a node, in the order they were recorded."""
        return [self.node(i) for i in self._children.get(node_id, ())]

    def child(self, node_id: int, token: int) -> Node | None:
        """The child of ``node_id`` reached by appending ``token``, if recorded."""
        for child_id in self._children.get(node_id, ()):
            child = self.node(child_id)
            if child.token == token:
                return child
        return None

    def path(self, node_id: int) -> list[Node]:
        """The nodes from the root to ``node_id``, both included."""
        out = []
        current: int | None = node_id
        while current is not None:
            node = self.node(current)
            out.append(node)
            current = node.parent
        out.reverse()
        return out

    def token_ids(self, node_id: int) -> list[int]:
        """The tokens appended after the prompt on the way to ``node_id``."""
        return [n.token for n in self.path(node_id)[1:]]  # type: ignore[misc]

    def next_id(self) -> int:
        """An id no node of the run has yet."""
        return self._next_id

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "prompt": self.prompt,
            "prompt_token_ids": self.prompt_token_ids,
            "strategy": self.strategy,
            "top_k": self.top_k,
            "complete": self.complete,
            **self.extra,
            "nodes": [n.to_dict() for n in self.nodes],
            "results": [r.to_dict() for r in self.results],
        }


@dataclass
class Trace:
    """A trace file: the model, the token table and one or more runs.

    Args:
        model: What produced the trace; at least ``name`` and ``vocab_size`` (``None``
            when unknown, e.g. imported responses of a hosted model).
        tokens: Display text of every token id used anywhere in the trace; ids below 0
            are tokens known only by their text (see ``is_unmapped``).
        runs: The runs, in the order they were recorded.
        token_bytes: Raw bytes of the tokens that are not valid UTF-8 on their own, so a
            reader can join neighbours (an emoji split over tokens) and decode them.
        created: ISO-8601 time of creation.
        tracegen_version: The tracegen that wrote the file.
        extra: Any further top-level fields, kept as they were read.
    """

    model: dict[str, Any]
    tokens: dict[int, str] = field(default_factory=dict)
    runs: list[Run] = field(default_factory=list)
    token_bytes: dict[int, bytes] = field(default_factory=dict)
    created: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))
    tracegen_version: str = __version__
    extra: dict[str, Any] = field(default_factory=dict)

    def run(self, run_id: str) -> Run:
        """The run with this id (``KeyError`` if there is none)."""
        for run in self.runs:
            if run.id == run_id:
                return run
        raise KeyError(run_id)

    def to_dict(self) -> dict[str, Any]:
        """The trace as plain JSON-ready data (the file's content)."""
        out: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "created": self.created,
            "tracegen_version": self.tracegen_version,
            "model": self.model,
            "tokens": {str(k): v for k, v in sorted(self.tokens.items())},
        }
        if self.token_bytes:
            out["token_bytes"] = {str(k): v.hex() for k, v in sorted(self.token_bytes.items())}
        out.update(self.extra)
        out["runs"] = [r.to_dict() for r in self.runs]
        return out

    def dumps(self) -> bytes:
        """The file's bytes (UTF-8 JSON)."""
        return orjson.dumps(self.to_dict())

    def save(self, path: str | os.PathLike) -> Path:
        """Validate and write the trace to ``path`` atomically (temp file + rename)."""
        self.validate(source=str(path))
        return write_bytes_atomic(path, self.dumps())

    def validate(self, source: str = "trace") -> None:
        """Check the cross-references a schema cannot express; raise ``TraceFormatError``."""
        _check_consistency(self, source)


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
    _check_consistency(trace, source)
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


def _check_consistency(trace: Trace, source: str) -> None:
    def fail(problem: str) -> None:
        raise TraceFormatError(f"{source}: {problem}")

    tokens = trace.tokens
    seen_runs: set[str] = set()
    for run in trace.runs:
        where = f"run {run.id!r}"
        if run.id in seen_runs:
            fail(f"duplicate run id {run.id!r}")
        seen_runs.add(run.id)
        if not run.nodes:
            fail(f"{where} has no nodes")
        if run.nodes[0].parent is not None:
            fail(f"{where}: the first node must be the root (parent null)")
        for token_id in run.prompt_token_ids:
            if token_id not in tokens:
                fail(f"{where}: prompt token id {token_id} is missing from \"tokens\"")
        ids: set[int] = set()
        for node in run.nodes:
            if node.id in ids:
                fail(f"{where}: duplicate node id {node.id}")
            if node is not run.nodes[0]:
                if node.parent is None:
                    fail(f"{where}: node {node.id} has no parent (only the first node is the root)")
                if node.parent not in ids:
                    fail(f"{where}: node {node.id} has unknown parent {node.parent}")
                if node.token is None:
                    fail(f"{where}: node {node.id} has no token")
                if node.token not in tokens:
                    fail(f"{where}: node {node.id}: token id {node.token} is missing from \"tokens\"")
            ids.add(node.id)
            if node.top is not None:
                for token_id, logprob in node.top:
                    if token_id not in tokens:
                        fail(f"{where}: node {node.id}: top token id {token_id} is missing from \"tokens\"")
                    if math.isnan(logprob) or logprob > 1e-6:
                        fail(f"{where}: node {node.id}: logprob {logprob} is not a log-probability")
            if node.top_mass is not None and not 0 <= node.top_mass <= 1 + 1e-4:
                fail(f"{where}: node {node.id}: top_mass {node.top_mass} is not a probability")
        for result in run.results:
            if result.node not in ids:
                fail(f"{where}: result refers to unknown node {result.node}")


def iter_token_ids(run: Run) -> Iterator[int]:
    """Every token id a run uses (prompt, appended tokens and candidates), with repeats."""
    yield from run.prompt_token_ids
    for node in run.nodes:
        if node.token is not None:
            yield node.token
        if node.top:
            for token_id, _ in node.top:
                yield token_id


def is_unmapped(token_id: int) -> bool:
    """Whether a token id stands for a token that no id of the model's vocabulary matched.

    A server or a saved response names tokens by their text; when the tokenizer has no
    single token with exactly those bytes (or several), the trace gives it an id below 0
    rather than guess. Its text is in ``tokens`` like any other.
    """
    return token_id < 0


def round_logprob(value: float) -> float:
    """Round a log-probability for storage (see ``LOGPROB_DIGITS``)."""
    return round(float(value), LOGPROB_DIGITS)
