"""The trace format's data: ``Trace``, ``Run``, ``Node`` and ``Result``.

A trace is plain JSON (see ``docs/trace-format.md`` and ``schema.json`` beside this module).
The ``tracegen.trace`` package owns its dataclasses (here), reading (``io.py``) and
validation (``validate.py``); nothing else in tracegen parses or writes trace files by hand.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from .._atomic import write_bytes_atomic
from .._jsontext import first_problem
from .._version import __version__
from .fork import ForkResult
from .metrics import PathMetrics
from .runlist import RunList
from .summary import describe_run, describe_trace
from .validate import TraceFormatError, check_consistency

if TYPE_CHECKING:
    import pandas

FORMAT = "tracegen.trace"
VERSION = 4
# Version 2 added what a serving engine's or a saved response's top-k cannot tell: unknown
# entropy with the recorded top-k mass (``top_mass``), unknown ranks, and token ids < 0 for
# tokens known only by their text. Version 3 added where a run's budget cut it short
# (``stats.stopped``), what a GGUF model was (``model.gguf``, ``quantization``,
# ``dequantized_to``), rescored traces and the limits a reader enforces (docs/trace-format.md,
# "Versions"). Version 4 added a run's ``fork`` object (``tracegen fork``: forking-paths
# analysis along the run's base path). Every version-1, -2 or -3 file is a valid version-4 file.
SCHEMA_PATH = Path(__file__).with_name("schema.json")

# Digits kept for log-probabilities: 5 decimals keep probabilities within 1e-5 relative,
# well inside the 1e-4 the format promises, and keep files compact.
LOGPROB_DIGITS = 5
ENTROPY_DIGITS = 5


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
    _trace: Trace | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Column by column: a run read from a file may hold hundreds of thousands of nodes.
        ids = list(map(attrgetter("id"), self.nodes))
        self._index.update(zip(ids, range(len(ids)), strict=True))
        if ids:
            self._next_id = max(self._next_id, max(ids) + 1)
        for node_id, parent in zip(ids, map(attrgetter("parent"), self.nodes), strict=True):
            if parent is not None:
                self._children.setdefault(parent, []).append(node_id)

    @property
    def root(self) -> Node:
        return self.nodes[0]

    @property
    def trace(self) -> Trace | None:
        """The trace that holds this run (its token table gives the tokens' text), once it is in one."""
        return self._trace

    def _join(self, trace: Trace) -> None:
        self._trace = trace

    def __repr__(self) -> str:
        return describe_run(self)

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        """In a notebook: the viewer on this run (see ``tracegen.notebook.display``)."""
        from ..notebook.display import mimebundle

        return mimebundle(self, include=include, exclude=exclude)

    def candidates_frame(self, node: Node | int) -> pandas.DataFrame:
        """The top-k of ``node`` (a node or its id) as a pandas DataFrame, most likely first.

        Needs pandas (``pip install 'tracegen[notebook]'``); see ``tracegen.notebook.frames``.
        """
        from ..notebook.frames import candidates_frame

        return candidates_frame(self, node)

    @property
    def fork(self) -> ForkResult | None:
        """The forking-paths analysis of this run (``tracegen fork``), ``None`` for other runs."""
        data = self.extra.get("fork")
        return ForkResult(data, self) if isinstance(data, dict) else None

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

    def path_metrics(self, node_id: int) -> PathMetrics:
        """How surprised the model was by the tokens from the root to ``node_id``.

        For a forced run this answers "how likely did the model find the reference answer";
        the viewer shows the same numbers beside the text.

        Args:
            node_id: The end of the path (``KeyError`` if the run has no such node).

        Returns:
            Total logprob, mean surprisal per token in nats and bits, and perplexity.

        Example:
            >>> run.path_metrics(run.results[0].node).perplexity
        """
        return PathMetrics.of([n.logprob for n in self.path(node_id)[1:]])

    def result_metrics(self) -> list[PathMetrics]:
        """``path_metrics`` of each result's node, in the order of ``results`` (best first)."""
        return [self.path_metrics(r.node) for r in self.results]

    def to_dict(self, nodes: bool = True) -> dict[str, Any]:
        """The run as plain JSON-ready data; ``nodes=False``: without ``nodes`` (``results`` last)."""
        out = {
            "id": self.id,
            "prompt": self.prompt,
            "prompt_token_ids": self.prompt_token_ids,
            "strategy": self.strategy,
            "top_k": self.top_k,
            "complete": self.complete,
            **self.extra,
        }
        if nodes:
            out["nodes"] = [n.to_dict() for n in self.nodes]
        out["results"] = [r.to_dict() for r in self.results]
        return out


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

    def __setattr__(self, name: str, value: Any) -> None:
        # Every run learns its trace however the runs get in (see runlist.py).
        if name == "runs" and not (isinstance(value, RunList) and value._trace is self):
            value = RunList(self, value)
        super().__setattr__(name, value)

    def __repr__(self) -> str:
        return describe_trace(self)

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        """In a notebook: the viewer inline (see ``tracegen.notebook.display``)."""
        from ..notebook.display import mimebundle

        return mimebundle(self, include=include, exclude=exclude)

    def to_pandas(self) -> pandas.DataFrame:
        """One row per node of every run, as a pandas DataFrame (see ``tracegen.notebook.frames``).

        Needs pandas (``pip install 'tracegen[notebook]'``).
        """
        from ..notebook.frames import trace_frame

        return trace_frame(self)

    def run(self, run_id: str) -> Run:
        """The run with this id (``KeyError`` if there is none)."""
        for run in self.runs:
            if run.id == run_id:
                return run
        raise KeyError(run_id)

    def to_dict(self) -> dict[str, Any]:
        """The trace as plain JSON-ready data (the file's content)."""
        out = self._head()
        out["runs"] = [r.to_dict() for r in self.runs]
        return out

    def _head(self) -> dict[str, Any]:
        """``to_dict()`` but its runs (which come last)."""
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
        return out

    def dumps(self) -> bytes:
        """The file's bytes (UTF-8 JSON); ``TraceFormatError`` for what JSON cannot hold."""
        data = self.to_dict()
        try:
            return orjson.dumps(data)
        except orjson.JSONEncodeError as exc:
            raise self._unwritable(exc) from None

    def dump_chunks(self, nodes: int = 4096) -> Iterator[bytes]:
        """``dumps()`` in pieces, ``nodes`` nodes at a time (joined, exactly ``dumps()``): a page
        embedding a 200,000-node trace never holds its whole dict or text."""
        try:
            yield orjson.dumps(self._head())[:-1] + b',"runs":['
            for i, run in enumerate(self.runs):
                head = run.to_dict(nodes=False)
                results = head.pop("results")
                yield (b"," if i else b"") + orjson.dumps(head)[:-1] + b',"nodes":['
                for start in range(0, len(run.nodes), nodes):
                    part = orjson.dumps([n.to_dict() for n in run.nodes[start:start + nodes]])
                    yield (b"," if start else b"") + part[1:-1]
                yield b'],"results":' + orjson.dumps(results) + b"}"
            yield b"]}"
        except orjson.JSONEncodeError as exc:
            raise self._unwritable(exc) from None

    def _unwritable(self, exc: Exception) -> TraceFormatError:
        # A string with a lone surrogate, a key that is not a string...: name where.
        problem = first_problem(self.to_dict(), strict=True)
        where = f"{problem[0] or 'the trace'}: {problem[1]}" if problem else str(exc)
        return TraceFormatError(f"cannot write the trace as JSON: {where}")

    def save(self, path: str | os.PathLike) -> Path:
        """Validate and write the trace to ``path`` atomically (temp file + rename).

        Nothing is written unless the trace reads back as it is: values that cannot be,
        what JSON text cannot hold and nesting past the limit raise ``TraceFormatError``.
        """
        self.validate(source=str(path))
        try:
            data = self.dumps()
        except TraceFormatError as exc:
            raise TraceFormatError(f"{path}: {exc}") from None
        return write_bytes_atomic(path, data)

    def validate(self, source: str = "trace") -> None:
        """Check the cross-references a schema cannot express; raise ``TraceFormatError``."""
        check_consistency(self, source)

    def figure(self, kind: str = "text", *, run: str | None = None, result: int | None = None,
               node: int | None = None, format: str = "svg", **options: Any) -> Any:
        """A figure of this trace for a paper, like ``tracegen figure`` writes (see ``tracegen.figure``).

        Args:
            kind: ``text``, ``tree``, ``distribution``, ``strip`` or ``forking``.
            run: The run's id (default: the first run).
            result: 1-based result number (default: 1, the best).
            node: A node id to draw the path to, instead of a result.
            format: ``svg`` or ``tex`` (a ``str``), ``pdf`` or ``png`` (``bytes``).
            **options: ``FigureOptions`` fields, e.g. ``colour="surprisal"``, ``width="17cm"``,
                ``annotate="auto"``.

        Returns:
            The file's content as ``str`` or ``bytes``; in a notebook it displays inline.

        Raises:
            ParameterError: A bad option, named as here (``width``).
            TypeError: An option that does not exist.
        """
        from ..figure import parse_figure_options, render_figure  # not needed to read traces

        return render_figure(self, kind, run=run, result=result, node=node, format=format,
                             options=parse_figure_options(options))


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

