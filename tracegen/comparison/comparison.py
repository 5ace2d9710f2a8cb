"""``tracegen.compare(a, b)``: two traces of the same contexts, figure by figure."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from .._collector import paused
from .._version import __version__
from ..sources import read_trace
from ..trace import Trace
from .figures import Union, step_rows
from .pairing import Pairing, pair
from .summary import DIVERGENCE, ranked, summarize

#: The data contract of the compare page and of ``tracegen compare --json`` (``docs/compare.md``).
FORMAT = "tracegen.compare"
VERSION = 3
SCHEMA_PATH = Path(__file__).with_name("schema.json")


@dataclass
class Comparison:
    """Two traces compared context by context.

    Attributes:
        a: Trace A (the reference: KL(A‖B) is A's distribution against B's).
        b: Trace B.
        names: How A and B are called (their paths, or ``"A"``/``"B"``).
        nodes: One dict of figures per paired step (a token and the distribution it was drawn
            from, the viewer's convention; ``node`` is A's id of the token's node, as the page's
            ``#run=..&node=..`` names it), runs and nodes in A's order (fields in
            ``docs/compare.md``; ``to_pandas()`` makes a DataFrame of them).
        unions: Each compared distribution's union (``[[id, p_A or None, p_B or None], ...]``,
            most likely first) by ``(run, context_node)``: once per distribution, however many
            rows share it.
        summary: Per run and overall: counts, top-1 agreement, divergences, |Δ logprob|,
            |Δp|, the nodes with the largest divergence.
        pairing: What could not be paired (runs in one trace only, other prompts, retokenized).
    """

    a: Trace
    b: Trace
    names: tuple[str, str]
    nodes: list[dict[str, Any]]
    summary: dict[str, Any]
    pairing: Pairing = field(repr=False)
    unions: dict[tuple[str, int], Union] = field(default_factory=dict, repr=False)

    def union(self, row: dict[str, Any]) -> Union | None:
        """The union of the distribution a row of ``nodes`` describes (``None``: not compared)."""
        return self.unions.get((row["run"], row["context_node"]))

    def to_pandas(self) -> Any:
        """The per-node figures as a ``pandas.DataFrame``, one row per step, with each row's
        distribution's ``union`` as a column (rows of one distribution share one list; pandas
        is optional: ``pip install 'tracegen[notebook]'``)."""
        from ..notebook.extras import import_extra

        frame = import_extra("pandas", "Comparison.to_pandas()").DataFrame(self.nodes)
        frame["union"] = [self.union(row) for row in self.nodes]
        return frame

    def to_dict(self) -> dict[str, Any]:
        """The comparison as the page embeds it and ``tracegen compare --json`` prints it (the traces apart)."""
        with paused():  # the order and the unions by run: hundreds of thousands of new lists, no cycle
            return self._as_dict()

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

    def _as_dict(self) -> dict[str, Any]:
        return {
            **self.head(),
            "nodes": self.nodes,
            "unions": _unions_by_run(self.unions),
            "order": [[r["run"], r["node"], r["next"]] for r in ranked(self.nodes)],
        }

    def dumps(self) -> bytes:
        """``to_dict()`` as JSON bytes."""
        with paused():
            return b"".join(self.dump_chunks())

    def dump_chunks(self, rows: int = 4096) -> Iterator[bytes]:
        """``dumps()`` in pieces, ``rows`` rows of ``nodes`` at a time: a 200,000-node comparison
        is 160 MB of JSON, which the page embeds piece by piece instead of holding it whole."""
        data = self.to_dict()
        nodes, unions, order = data.pop("nodes"), data.pop("unions"), data.pop("order")
        # the fields before "nodes", then the rows, then what follows them, in to_dict()'s order
        yield orjson.dumps(data)[:-1] + b',"nodes":['
        for start in range(0, len(nodes), rows):
            yield (b"," if start else b"") + orjson.dumps(nodes[start:start + rows])[1:-1]
        yield b'],"unions":' + orjson.dumps(unions) + b',"order":' + orjson.dumps(order) + b"}"


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
        A ``Comparison``: ``.nodes`` (list of dicts; ``.to_pandas()``), ``.summary``.

    Raises:
        TracegenError: The traces have different tokenizers (one line naming a differing
            id) or no context in common, or a file is not a valid trace.
    """
    names = (_name(a, "A"), _name(b, "B"))
    trace_a = a if isinstance(a, Trace) else read_trace(a)
    trace_b = b if isinstance(b, Trace) else read_trace(b)
    # pairs, rows and unions hold no cycle: the collector's passes over them (and over both
    # traces) were a quarter of the time of a 50,000-node comparison
    with paused():
        pairing = pair(trace_a, trace_b, a_name=names[0], b_name=names[1])
        vocab = trace_a.model.get("vocab_size") or trace_b.model.get("vocab_size")
        unions: dict[tuple[str, int], Union] = {}
        nodes = list(step_rows(pairing, vocab, unions))
        summary = summarize(nodes, pairing.texts, unions)
    return Comparison(a=trace_a, b=trace_b, names=names, nodes=nodes, summary=summary, pairing=pairing, unions=unions)


def _name(value: Trace | str | os.PathLike, default: str) -> str:
    return default if isinstance(value, Trace) else str(value)


def _unions_by_run(unions: dict[tuple[str, int], Union]) -> dict[str, dict[str, Union]]:
    """``unions`` as JSON has it: ``{run: {str(context_node): union}}``."""
    out: dict[str, dict[str, Union]] = {}
    for (run, node), union in unions.items():
        out.setdefault(run, {})[str(node)] = union
    return out


def _side(trace: Trace, name: str) -> dict[str, Any]:
    """What the page's header says about one trace: its file, model and (if any) what it rescored."""
    return {"path": name, "model": trace.model, "rescoring": trace.extra.get("rescoring"),
            "runs": len(trace.runs), "nodes": sum(len(r.nodes) for r in trace.runs)}
