"""``tracegen.compare(a, b)``: two traces of the same contexts, figure by figure."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import orjson

from .._collector import paused
from .._version import __version__
from ..sources import TraceFile, read_trace_file
from ..trace import Trace
from .figures import Steps, Union, Unions, step_table
from .pairing import Pairing, pair
from .summary import DIVERGENCE, ranked, summarize

#: The data contract of the compare page and of ``tracegen compare --json`` (``docs/compare.md``).
FORMAT = "tracegen.compare"
VERSION = 4
SCHEMA_PATH = Path(__file__).with_name("schema.json")


@dataclass
class Comparison:
    """Two traces compared context by context.

    Attributes:
        a: Trace A (the reference: KL(A‖B) is A's distribution against B's).
        b: Trace B.
        names: How A and B are called (their paths, or ``"A"``/``"B"``).
        steps: The figures of every paired step, column by column (``Steps``): a token and the
            distribution it was drawn from (the viewer's convention; ``node`` is A's id of the
            token's node, as the page's ``#run=..&node=..`` names it), runs and nodes in A's
            order (fields in ``docs/compare.md``). ``nodes`` has them as dicts, ``to_pandas()``
            as a DataFrame.
        unions: Each compared distribution's union (``[[id, p_A or None, p_B or None], ...]``,
            most likely first) by ``(run, context_node)``: once per distribution, however many
            rows share it (``unions[(run, node)]``, ``union(row)``).
        summary: Per run and overall: counts, top-1 agreement, divergences, |Δ logprob|,
            |Δp|, the nodes with the largest divergence.
        pairing: What could not be paired (runs in one trace only, other prompts, retokenized).
    """

    a: Trace
    b: Trace
    names: tuple[str, str]
    steps: Steps
    summary: dict[str, Any]
    pairing: Pairing = field(repr=False)
    unions: Unions = field(default_factory=Unions.empty, repr=False)
    #: The files A and B were read from, as they were then (``None``: given as objects, or corpora).
    files: tuple[TraceFile | None, TraceFile | None] = field(default=(None, None), repr=False)

    def trace_json(self, side: int) -> Iterable[bytes]:
        """Trace A's (``side`` 0) or B's (1) JSON in pieces, as the page embeds it: the file's
        own bytes, which were validated, while it is unchanged; else the trace written anew."""
        file = self.files[side]
        if file is not None and file.unchanged():
            return file.chunks()
        return (self.a if side == 0 else self.b).dump_chunks()

    @cached_property
    def nodes(self) -> list[dict[str, Any]]:
        """The per-step figures as one dict per row (``None`` for an unknown figure or an
        unbounded end)."""
        return self.steps.rows()

    def union(self, row: dict[str, Any]) -> Union | None:
        """The union of the distribution a row of ``nodes`` describes (``None``: not compared)."""
        return self.unions.get((row["run"], row["context_node"]))

    def to_pandas(self) -> Any:
        """The per-step figures as a ``pandas.DataFrame``, one row per step (NaN for an unknown
        figure), with each row's distribution's ``union`` as a column (pandas is optional:
        ``pip install 'tracegen[notebook]'``)."""
        from ..notebook.extras import import_extra

        frame = import_extra("pandas", "Comparison.to_pandas()").DataFrame(dict(self.steps.columns))
        by_case = [self.unions.at(d) for d in range(len(self.unions))]
        frame["union"] = [by_case[d] if d >= 0 else None for d in self.steps.case.tolist()]
        return frame

    def to_dict(self) -> dict[str, Any]:
        """The comparison as the page embeds it and ``tracegen compare --json`` prints it (the
        traces apart): ``nodes`` and ``unions`` column by column (docs/compare.md)."""
        return orjson.loads(self.dumps())

    def head(self) -> dict[str, Any]:
        """``to_dict()`` without the per-node data (``nodes``, ``unions``, ``order``): all the
        terminal's report needs, without a pass over hundreds of thousands of rows."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "tracegen_version": __version__,
            "a": _side(self.a, self.names[0]),
            "b": _side(self.b, self.names[1]),
            "divergence": DIVERGENCE,
            "unpaired": {"only_a": self.pairing.only_a, "only_b": self.pairing.only_b,
                         "prompt_differs": self.pairing.prompt_differs, "retokenized": self.pairing.retokenized},
            "summary": self.summary,
        }

    def dumps(self) -> bytes:
        """``to_dict()`` as JSON bytes."""
        return b"".join(self.dump_chunks())

    def dump_chunks(self) -> Iterator[bytes]:
        """``dumps()`` in pieces, a column at a time: a 200,000-node comparison is tens of
        megabytes of JSON, which the page embeds piece by piece instead of holding it whole."""
        yield orjson.dumps(self.head())[:-1] + b',"nodes":{'
        # NumPy columns as they are: orjson writes an array's NaN (an unknown figure) as null
        for i, (name, values) in enumerate(self.steps.columns.items()):
            yield (b"," if i else b"") + orjson.dumps(name) + b":" + orjson.dumps(values, option=_NUMPY)
        yield b'},"unions":' + orjson.dumps(self.unions.to_json(), option=_NUMPY)
        yield b',"order":' + orjson.dumps(ranked(self.steps), option=_NUMPY) + b"}"


_NUMPY = orjson.OPT_SERIALIZE_NUMPY


def compare(a: Trace | str | os.PathLike, b: Trace | str | os.PathLike) -> Comparison:
    """Compare two traces of the same contexts (e.g. a trace and its ``tracegen rescore``).

    Nodes are paired by run id and context (the prompt and the token path), whatever their
    ids. One row per step, as the viewer shows it: a token (``node``) with its Δ logprob
    (B − A) and the distribution it was drawn from: KL(A‖B), KL(B‖A), Jensen-Shannon divergence
    and total variation on the union of the tokens both record (nats), top-1 agreement and both
    entropies (bits). Where a trace knows only a top-k, a figure is an interval: never is the
    unrecorded mass taken as zero.

    Args:
        a: Trace A, or its path (a trace file or a corpus directory).
        b: Trace B, or its path (a trace file or a corpus directory).

    Returns:
        A ``Comparison``: ``.steps`` (columns), ``.nodes`` (a dict per step), ``.to_pandas()``, ``.summary``.

    Raises:
        TracegenError: The traces have different tokenizers (one line naming a differing
            id) or no context in common, or a file is not a valid trace.
    """
    names = (_name(a, "A"), _name(b, "B"))
    # each file as it was read: the page embeds its bytes again while they stay the same
    trace_a, file_a = (a, None) if isinstance(a, Trace) else read_trace_file(a)
    trace_b, file_b = (b, None) if isinstance(b, Trace) else read_trace_file(b)
    files = (file_a, file_b)
    # pairs, rows and unions hold no cycle: the collector's passes over them (and over both
    # traces) were a quarter of the time of a 50,000-node comparison
    with paused():
        pairing = pair(trace_a, trace_b, a_name=names[0], b_name=names[1])
        vocab = trace_a.model.get("vocab_size") or trace_b.model.get("vocab_size")
        steps, unions = step_table(pairing, vocab)
        summary = summarize(steps, pairing.texts, unions)
    return Comparison(a=trace_a, b=trace_b, names=names, steps=steps, summary=summary, pairing=pairing, unions=unions,
                      files=files)


def json_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows of a comparison's JSON (``tracegen compare --json``, whose ``nodes`` are column
    by column) as one dict per step; ``pandas.DataFrame(data["nodes"])`` reads the columns as they are."""
    names = list(data["nodes"])
    return [dict(zip(names, row, strict=True)) for row in zip(*data["nodes"].values(), strict=True)]


def json_union(data: dict[str, Any], run: str, context_node: int) -> Union | None:
    """The union of one distribution in a comparison's JSON: ``[[id, p_A or None, p_B or None], ...]``."""
    unions = data["unions"]
    for d, (name, node) in enumerate(zip(unions["run"], unions["context_node"], strict=True)):
        if (name, node) == (run, context_node):
            start, end = unions["offsets"][d], unions["offsets"][d + 1]
            return [list(cell) for cell in zip(unions["token"][start:end], unions["p_a"][start:end],
                                               unions["p_b"][start:end], strict=True)]
    return None


def _name(value: Trace | str | os.PathLike, default: str) -> str:
    return default if isinstance(value, Trace) else str(value)


def _side(trace: Trace, name: str) -> dict[str, Any]:
    """What the page's header says about one trace: its file, model and (if any) what it rescored."""
    return {"path": name, "model": trace.model, "rescoring": trace.extra.get("rescoring"),
            "runs": len(trace.runs), "nodes": sum(len(r.nodes) for r in trace.runs)}
