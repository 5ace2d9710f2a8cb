"""Per-run and corpus figures of a corpus: what ``tracegen summarize`` prints.

Everything comes from the small ``runs`` table (its metric columns were computed when each
run was written), so summarising a corpus of a million nodes reads a few columns of a few
thousand rows, never the nodes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from ..outcomes import is_correct, outcome_extractor
from .reading import Corpus

#: The per-run figures, in the order they are printed.
RUN_FIGURES = ("run", "tokens", "mean_entropy", "mean_surprisal", "perplexity", "min_logprob", "min_token")


@dataclass
class CorpusSummary:
    """The figures of a corpus.

    Attributes:
        runs: One dict per run (``RUN_FIGURES``, plus ``correct`` with an outcome extractor).
        corpus: ``runs``, ``complete``, ``nodes``, ``tokens``, ``mean_entropy`` (mean of the
            runs'), ``mean_surprisal`` and ``perplexity`` (over all tokens), ``least_likely``
            (the least likely chosen token: ``run``, ``token``, ``logprob``), and with an
            extractor ``answered`` (runs with an ``answer``), ``correct``, ``accuracy``.
    """

    runs: list[dict[str, Any]]
    corpus: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"corpus": self.corpus, "runs": self.runs}


def summarize(corpus: Corpus, outcome: str | None = None) -> CorpusSummary:
    """The figures of ``corpus``; ``outcome`` (an extractor spec, see ``tracegen.outcomes``)
    scores each run's best text against its ``answer``."""
    extract = outcome_extractor(outcome) if outcome is not None else None
    wanted = [*RUN_FIGURES, "logprob", "nodes", "complete", "text", "answer"]
    table = corpus.runs_table(wanted)
    columns = {name: table.column(name).to_pylist() for name in wanted}
    runs = [{name: columns[name][i] for name in RUN_FIGURES} for i in range(len(table))]
    figures: dict[str, Any] = {
        "runs": len(runs),
        "complete": sum(1 for c in columns["complete"] if c),
        "nodes": sum(n or 0 for n in columns["nodes"]),
        "tokens": sum(t or 0 for t in columns["tokens"]),
        "mean_entropy": _mean([e for e in columns["mean_entropy"] if e is not None]),
    }
    scored = [(lp, t) for lp, t in zip(columns["logprob"], columns["tokens"], strict=True) if lp is not None and t]
    tokens = sum(t for _, t in scored)
    figures["mean_surprisal"] = -sum(lp for lp, _ in scored) / tokens if tokens else None
    figures["perplexity"] = math.exp(figures["mean_surprisal"]) if figures["mean_surprisal"] is not None else None
    least = min((i for i, lp in enumerate(columns["min_logprob"]) if lp is not None),
                key=lambda i: columns["min_logprob"][i], default=None)
    figures["least_likely"] = None if least is None else {
        "run": columns["run"][least], "token": columns["min_token"][least], "logprob": columns["min_logprob"][least]}
    if extract is not None:
        answered = correct = 0
        for row, text, answer in zip(runs, columns["text"], columns["answer"], strict=True):
            row["correct"] = is_correct(extract, text, answer)
            if row["correct"] is not None:
                answered += 1
                correct += row["correct"]
        figures.update(answered=answered, correct=correct, accuracy=correct / answered if answered else None)
    return CorpusSummary(runs, figures)


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None
