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
import statistics
from collections.abc import Mapping, Sequence
from typing import Any

from .divergence import METRICS
from .figures import Union

#: The divergence nodes are ranked, coloured and stepped through by ("next largest divergence").
DIVERGENCE = "kl_ab"
LARGEST = 10


def summarize(records: Sequence[dict[str, Any]], texts: dict[int, str],
              unions: Mapping[tuple[str, int], Union]) -> dict[str, Any]:
    """``{"overall": stats, "runs": [{"run": id, **stats}], "largest": [...]}`` of the per-node
    figures (``unions``: each compared distribution's union by run and context node)."""
    runs: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        runs.setdefault(record["run"], []).append(record)
    overall = {**stats(records), "largest": largest(records, texts, unions)}
    if len(runs) == 1:  # the run's figures are the overall ones: not computed twice
        return {"overall": overall, "runs": [{"run": next(iter(runs)), **copy.deepcopy(overall)}]}
    return {
        "overall": overall,
        "runs": [{"run": run, **stats(rs), "largest": largest(rs, texts, unions)} for run, rs in runs.items()],
    }


def distributions(records: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The first row of each distinct distribution (run and context node), in row order."""
    seen: set[tuple[str, int]] = set()
    out = []
    for r in records:
        key = (r["run"], r["context_node"])
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def stats(records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Counts, top-1 agreement, each divergence's mean and max, |Δ logprob| and |Δp| of some steps."""
    steps = records
    records = distributions(records)
    compared = [r for r in records if r["exact"] is not None]
    agree = [r["top1_agree"] for r in compared]
    out: dict[str, Any] = {
        "paired": len(records),
        "steps": sum(1 for r in steps if r["token"] is not None),
        "compared": len(compared),
        "exact": sum(1 for r in compared if r["exact"]),
        "top1_agreement": sum(agree) / len(agree) if agree else None,
    }
    for metric in METRICS:
        out[metric] = _spread(compared, metric)
    deltas = [abs(r["delta_logprob"]) for r in steps if r["delta_logprob"] is not None]
    out["delta_logprob"] = {"mean_abs": statistics.fmean(deltas) if deltas else None,
                            "max_abs": max(deltas) if deltas else None, "count": len(deltas),
                            "unknown": sum(1 for r in steps if r["token"] is not None and r["delta_logprob"] is None)}
    count = sum(r["both_known"] for r in compared)
    pooled = sum(r["prob_diff_mean"] * r["both_known"] for r in compared if r["both_known"])
    out["prob_diff"] = {"mean": pooled / count if count else None,
                        "max": max((r["prob_diff_max"] for r in compared if r["both_known"]), default=None),
                        "count": count}
    return out


def _spread(records: Sequence[dict[str, Any]], metric: str) -> dict[str, Any]:
    if not records:
        return {"mean": None, "max": None, "mean_hi": None, "max_hi": None, "bound": False}
    lows = [r[f"{metric}_lo"] for r in records]
    highs = [r[f"{metric}_hi"] for r in records]
    bounded = all(h is not None for h in highs)
    return {"mean": statistics.fmean(lows), "max": max(lows),
            "mean_hi": statistics.fmean(highs) if bounded else None, "max_hi": max(highs) if bounded else None,
            "bound": any(r[metric] is None for r in records)}


def ranked(records: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Compared distributions (each's first row), largest ``DIVERGENCE`` (its lower end) first;
    ties in row order."""
    compared = [r for r in distributions(records) if r["exact"] is not None]
    return sorted(compared, key=lambda r: -r[f"{DIVERGENCE}_lo"])


def largest(records: Sequence[dict[str, Any]], texts: dict[int, str], unions: Mapping[tuple[str, int], Union],
            count: int = LARGEST) -> list[dict[str, Any]]:
    """The ``count`` distributions with the largest divergence: the step that names it (run,
    node, ``next``), the context's end, the token drawn, both top-3."""
    out = []
    for r in ranked(records)[:count]:
        union = unions[(r["run"], r["context_node"])]
        out.append({
            "run": r["run"], "node": r["node"], "node_b": r["node_b"], "next": r["next"], "context": r["context"],
            "token": r["token"], "text": r["text"],
            DIVERGENCE: r[DIVERGENCE], f"{DIVERGENCE}_lo": r[f"{DIVERGENCE}_lo"],
            f"{DIVERGENCE}_hi": r[f"{DIVERGENCE}_hi"], "js_lo": r["js_lo"],
            "top3_a": _top3(union, 1, texts), "top3_b": _top3(union, 2, texts),
        })
    return out


def _top3(union: Union, side: int, texts: dict[int, str]) -> list[list[Any]]:
    """``[[id, text, probability], ...]``: one side's three most likely recorded tokens."""
    known = sorted((row for row in union if row[side] is not None), key=lambda row: -row[side])
    return [[row[0], texts.get(row[0], ""), row[side]] for row in known[:3]]
