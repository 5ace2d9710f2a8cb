"""``tracegen compare`` of corpora, run by run: each run's summary, and the corpus's from them.

A and B (a corpus or a trace file each) are paired by run id a few runs at a time: A's runs are
read one at a time (``Corpus.iter_runs``), their partners in B by id (``Corpus.runs``), and each
group compared with ``tracegen.compare``. Only the per-run summaries are kept; the overall one
is summed from them (counts added, means weighted by what they average over, maxima of maxima,
the largest divergences the largest of each run's), so memory holds a few runs of each side,
never a corpus. The per-node figures (``--json``, the page) need every node and are not made here.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..comparison import Comparison, compare
from ..comparison.figures import Steps
from ..comparison.pairing import Pairing
from ..comparison.summary import DIVERGENCE, LARGEST
from ..errors import TracegenError
from ..trace import Trace, load
from .reading import Corpus, load_corpus

# Runs compared at a time.
_BATCH = 16
_METRICS = ("kl_ab", "kl_ba", "js", "tv")


def compare_summaries(a: str | os.PathLike, b: str | os.PathLike) -> Comparison:
    """The summary of ``tracegen.compare(a, b)`` (a corpus directory or a trace file each), made
    run by run: a ``Comparison`` whose ``summary`` and ``pairing``'s unpaired runs are filled and
    whose ``steps`` are empty (see the module's docstring).

    Raises:
        TracegenError: Different tokenizers, or no context in common.
    """
    side_b = _Side(b)
    runs: list[dict[str, Any]] = []
    unpaired = Pairing()
    order: dict[str, int] = {}  # A's run ids by position: summaries come in A's order, as compare gives them
    header_a: Trace | None = None
    for chunk_a, positions in _Side(a).chunks():
        header_a = header_a or chunk_a
        order.update(zip((run.id for run in chunk_a.runs), positions, strict=True))
        partnered = [run for run in chunk_a.runs if run.id in side_b]
        unpaired.only_a.extend(run.id for run in chunk_a.runs if run.id not in side_b)
        if not partnered:
            continue
        chunk_a.runs = partnered
        chunk_b = side_b.runs([run.id for run in partnered])
        try:
            part = compare(chunk_a, chunk_b)
        except TracegenError as exc:
            if "in common" not in str(exc):
                raise
            unpaired.prompt_differs.extend(run.id for run in partnered)  # no context in common: other prompts
            continue
        runs.extend(part.summary["runs"])
        unpaired.prompt_differs.extend(part.pairing.prompt_differs)
        unpaired.retokenized += part.pairing.retokenized
    unpaired.only_b = [run_id for run_id in side_b.ids if run_id not in order]
    for ids in (runs, unpaired.only_a, unpaired.prompt_differs):
        ids.sort(key=lambda item: order[item["run"] if isinstance(item, dict) else item])
    if not runs:
        raise TracegenError(f"{a} and {b} have no context (run id, prompt and token path) in common: nothing to compare")
    assert header_a is not None
    overall = {**summed([{k: v for k, v in r.items() if k not in ("run", "largest")} for r in runs]),
               "largest": _largest(runs)}
    return Comparison(a=Trace(model=header_a.model, extra=header_a.extra), b=side_b.header(), names=(str(a), str(b)),
                      steps=Steps.empty(), summary={"overall": overall, "runs": runs}, pairing=unpaired)


def summed(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """One ``stats`` of ``tracegen.comparison.summary`` from those of disjoint sets of steps."""
    compared = sum(p["compared"] for p in parts)
    agreeing = sum(round(p["top1_agreement"] * p["compared"]) for p in parts if p["compared"])
    out: dict[str, Any] = {key: sum(p[key] for p in parts) for key in ("paired", "steps", "compared", "exact")}
    out["top1_agreement"] = agreeing / compared if compared else None
    for metric in _METRICS:
        spreads = [(p[metric], p["compared"]) for p in parts if p["compared"]]
        if not spreads:
            out[metric] = {"mean": None, "max": None, "mean_hi": None, "max_hi": None, "bound": False}
            continue
        bounded = all(s["mean_hi"] is not None for s, _ in spreads)
        out[metric] = {"mean": sum(s["mean"] * n for s, n in spreads) / compared,
                       "max": max(s["max"] for s, _ in spreads),
                       "mean_hi": sum(s["mean_hi"] * n for s, n in spreads) / compared if bounded else None,
                       "max_hi": max(s["max_hi"] for s, _ in spreads) if bounded else None,
                       "bound": any(s["bound"] for s, _ in spreads)}
    deltas = [p["delta_logprob"] for p in parts if p["delta_logprob"]["count"]]
    count = sum(d["count"] for d in deltas)
    out["delta_logprob"] = {"mean_abs": sum(d["mean_abs"] * d["count"] for d in deltas) / count if count else None,
                            "max_abs": max((d["max_abs"] for d in deltas), default=None), "count": count,
                            "unknown": sum(p["delta_logprob"]["unknown"] for p in parts)}
    diffs = [p["prob_diff"] for p in parts if p["prob_diff"]["count"]]
    known = sum(d["count"] for d in diffs)
    out["prob_diff"] = {"mean": sum(d["mean"] * d["count"] for d in diffs) / known if known else None,
                        "max": max((d["max"] for d in diffs), default=None), "count": known}
    return out


def _largest(runs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The largest divergences of all runs: each run's own largest, ranked together (ties in run order)."""
    every = [entry for run in runs for entry in run["largest"]]
    return sorted(every, key=lambda entry: -entry[f"{DIVERGENCE}_lo"])[:LARGEST]


class _Side:
    """A or B: a corpus read a few runs at a time, or a trace file (read whole: it is one file)."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        self.corpus: Corpus | None = None
        self.trace: Trace | None = None
        if self.path.is_dir():
            self.corpus = load_corpus(path)
            self.ids = self.corpus.run_ids
        else:
            self.trace = load(path)
            self.ids = [run.id for run in self.trace.runs]
        self._ids = set(self.ids)

    def __contains__(self, run_id: str) -> bool:
        return run_id in self._ids

    def chunks(self) -> Iterator[tuple[Trace, list[int]]]:
        """The runs, ``_BATCH`` at a time: each group a ``Trace`` with its token entries, and the
        runs' positions (a corpus is read shard by shard, not in prompt order)."""
        if self.corpus is None:
            assert self.trace is not None
            for start in range(0, len(self.trace.runs), _BATCH):
                runs = self.trace.runs[start:start + _BATCH]
                yield self._subset(runs), list(range(start, start + len(runs)))
            return
        group: list[Trace] = []
        positions: list[int] = []
        for position, one in self.corpus.iter_runs():
            group.append(one)
            positions.append(position)
            if len(group) == _BATCH:
                yield _joined(group), positions
                group, positions = [], []
        if group:
            yield _joined(group), positions

    def runs(self, run_ids: list[str]) -> Trace:
        """The runs ``run_ids`` (all of them this side's) as one ``Trace``."""
        if self.corpus is not None:
            return self.corpus.runs(run_ids)
        assert self.trace is not None
        wanted = set(run_ids)
        return self._subset([run for run in self.trace.runs if run.id in wanted])

    def header(self) -> Trace:
        """A trace with this side's model and top-level fields, and no runs (what a summary names)."""
        if self.corpus is not None:
            return Trace(model=dict(self.corpus.manifest.model), extra=dict(self.corpus.manifest.extra))
        assert self.trace is not None
        return Trace(model=self.trace.model, extra=self.trace.extra)

    def _subset(self, runs: list[Any]) -> Trace:
        assert self.trace is not None
        return Trace(model=self.trace.model, runs=list(runs), tokens=self.trace.tokens,
                     token_bytes=self.trace.token_bytes, created=self.trace.created, extra=self.trace.extra)


def _joined(group: list[Trace]) -> Trace:
    first = group[0]
    return Trace(model=first.model, runs=[t.runs[0] for t in group], created=first.created, extra=first.extra,
                 tokens={k: v for t in group for k, v in t.tokens.items()},
                 token_bytes={k: v for t in group for k, v in t.token_bytes.items()})
