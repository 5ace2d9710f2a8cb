"""Summaries of per-step figures: per run and overall, and the distributions that diverge most.

Rows are steps (``figures.py``); a distribution several recorded tokens were drawn from (a
branch) is on each of their rows but counts once: divergences, top-1 agreement and |Δp| are
over distinct distributions, |Δ logprob| over steps. A distribution is named by its first row,
so ``largest`` and ``order`` name a node the page shows it at.

Where some nodes' divergences are bounds, a mean or maximum of their lower ends is a lower
bound of the mean or maximum (``"bound": true``); ``mean_hi``/``max_hi`` bound them from
above, ``None`` when some node's figure is unbounded (KL with a token one side did not record).
"""

from __future__ import annotations

import copy
import math
from itertools import groupby
from typing import Any

import numpy as np

from .divergence import METRICS
from .figures import Steps, Unions

#: The divergence nodes are ranked, coloured and stepped through by ("next largest divergence").
DIVERGENCE = "kl_ab"
LARGEST = 10


def summarize(steps: Steps, texts: dict[int, str], unions: Unions) -> dict[str, Any]:
    """``{"overall": stats, "runs": [{"run": id, **stats}], "largest": [...]}`` of the per-step
    figures (``unions``: each compared distribution's union)."""
    columns = _Columns(steps)
    spans = []  # rows are grouped by run, in A's run order
    start = 0
    for run, group in groupby(steps.columns["run"]):
        end = start + sum(1 for _ in group)
        spans.append((run, np.arange(start, end)))
        start = end
    everything = np.arange(len(steps))
    overall = {**columns.stats(everything), "largest": columns.largest(everything, texts, unions)}
    if len(spans) == 1:  # the run's figures are the overall ones: not computed twice
        return {"overall": overall, "runs": [{"run": spans[0][0], **copy.deepcopy(overall)}]}
    return {
        "overall": overall,
        "runs": [{"run": run, **columns.stats(rows), "largest": columns.largest(rows, texts, unions)}
                 for run, rows in spans],
    }


def ranked(steps: Steps) -> np.ndarray:
    """The rows naming compared distributions (each's first row), largest ``DIVERGENCE`` (its
    lower end) first; ties in row order."""
    return _Columns(steps).ranked(np.arange(len(steps)))


class _Columns:
    """The columns a summary reads, as arrays."""

    def __init__(self, steps: Steps) -> None:
        c = steps.columns
        self.steps = steps
        self.first = steps.first
        self.compared = np.fromiter((e is not None for e in c["exact"]), dtype=bool, count=len(steps))
        self.exact = np.fromiter((e is True for e in c["exact"]), dtype=bool, count=len(steps))
        self.agree = np.fromiter((e is True for e in c["top1_agree"]), dtype=bool, count=len(steps))
        self.is_step = ~np.asarray(c["next"], dtype=bool)

    def stats(self, rows: np.ndarray) -> dict[str, Any]:
        """Counts, top-1 agreement, each divergence's mean and max, |Δ logprob| and |Δp| of some rows."""
        c = self.steps.columns
        distinct = rows[self.first[rows]]
        compared = distinct[self.compared[distinct]]
        out: dict[str, Any] = {
            "paired": len(distinct),
            "steps": int(self.is_step[rows].sum()),
            "compared": len(compared),
            "exact": int(self.exact[compared].sum()),
            "top1_agreement": float(self.agree[compared].sum()) / len(compared) if len(compared) else None,
        }
        for metric in METRICS:
            out[metric] = _spread(c[metric][compared], c[f"{metric}_lo"][compared], c[f"{metric}_hi"][compared])
        delta = c["delta_logprob"][rows]
        known = ~np.isnan(delta)
        deltas = np.abs(delta[known])
        out["delta_logprob"] = {"mean_abs": _mean(deltas), "max_abs": float(deltas.max()) if len(deltas) else None,
                                "count": len(deltas), "unknown": int((self.is_step[rows] & ~known).sum())}
        both = c["both_known"][compared]
        with_both = both > 0
        count = int(both.sum())
        pooled = math.fsum((c["prob_diff_mean"][compared][with_both] * both[with_both]).tolist())
        largest = c["prob_diff_max"][compared][with_both]
        out["prob_diff"] = {"mean": pooled / count if count else None,
                            "max": float(largest.max()) if len(largest) else None, "count": count}
        return out

    def ranked(self, rows: np.ndarray) -> np.ndarray:
        compared = rows[self.first[rows] & self.compared[rows]]
        lows = self.steps.columns[f"{DIVERGENCE}_lo"][compared]
        return compared[np.argsort(-lows, kind="stable")]

    def largest(self, rows: np.ndarray, texts: dict[int, str], unions: Unions,
                count: int = LARGEST) -> list[dict[str, Any]]:
        """The ``count`` distributions with the largest divergence: the step that names it (run,
        node, ``next``), the context's end, the token drawn, both top-3."""
        c = self.steps.columns
        out = []
        for i in self.ranked(rows)[:count].tolist():
            union = unions.at(int(self.steps.case[i]))
            value = c[DIVERGENCE][i]
            high = c[f"{DIVERGENCE}_hi"][i]
            out.append({
                "run": c["run"][i], "node": int(c["node"][i]), "node_b": int(c["node_b"][i]),
                "next": bool(c["next"][i]), "context": c["context"][i], "token": c["token"][i], "text": c["text"][i],
                DIVERGENCE: None if np.isnan(value) else float(value), f"{DIVERGENCE}_lo": float(c[f"{DIVERGENCE}_lo"][i]),
                f"{DIVERGENCE}_hi": None if np.isnan(high) else float(high), "js_lo": float(c["js_lo"][i]),
                "top3_a": _top3(union, 1, texts), "top3_b": _top3(union, 2, texts),
            })
        return out


def _mean(values: np.ndarray) -> float | None:
    return math.fsum(values.tolist()) / len(values) if len(values) else None


def _spread(values: np.ndarray, lows: np.ndarray, highs: np.ndarray) -> dict[str, Any]:
    if not len(lows):
        return {"mean": None, "max": None, "mean_hi": None, "max_hi": None, "bound": False}
    bounded = not np.isnan(highs).any()
    return {"mean": _mean(lows), "max": float(lows.max()),
            "mean_hi": _mean(highs) if bounded else None, "max_hi": float(highs.max()) if bounded else None,
            "bound": bool(np.isnan(values).any())}


def _top3(union: list[list[Any]], side: int, texts: dict[int, str]) -> list[list[Any]]:
    """``[[id, text, probability], ...]``: one side's three most likely recorded tokens."""
    known = sorted((row for row in union if row[side] is not None), key=lambda row: -row[side])
    return [[row[0], texts.get(row[0], ""), row[side]] for row in known[:3]]
