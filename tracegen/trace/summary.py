"""Short descriptions of traces and runs: the one-line ``repr`` and the counts a summary table shows.

A trace can hold thousands of nodes with ten candidates each; its dataclass ``repr`` printed
every one of them. These say what a trace is in one line instead.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .model import Run, Trace

PROMPT_CHARS = 32


def shorten(text: str, limit: int = PROMPT_CHARS) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "\u2026"


def strategy_label(strategy: dict[str, Any]) -> str:
    """``beam (num_beams=4, max_new_tokens=32)``: the strategy's name and its parameters."""
    params = ", ".join(f"{k}={v!r}" for k, v in strategy.items() if k != "name")
    return f"{strategy.get('name', '?')} ({params})" if params else str(strategy.get("name", "?"))


def strategy_counts(trace: Trace) -> str:
    """``beam ×2, greedy``: how many runs used each strategy, in order of first use."""
    counts = Counter(str(run.strategy.get("name", "?")) for run in trace.runs)
    return ", ".join(name if n == 1 else f"{name} \u00d7{n}" for name, n in counts.items())


def node_count(trace: Trace) -> int:
    """Nodes over all runs."""
    return sum(len(run.nodes) for run in trace.runs)


def plural(n: int, word: str) -> str:
    """``1 run``, ``2 runs``."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def describe_trace(trace: Trace) -> str:
    """``<Trace 'SmolLM2-135M-Instruct': 2 runs (beam, greedy), 57 nodes>``."""
    runs = plural(len(trace.runs), "run")
    strategies = f" ({strategy_counts(trace)})" if trace.runs else ""
    return f"<Trace {str(trace.model.get('name', '?'))!r}: {runs}{strategies}, {plural(node_count(trace), 'node')}>"


def describe_run(run: Run) -> str:
    """``<Run 'run-1' beam 'The capital of France is': 57 nodes, 4 results>``."""
    counts = f"{plural(len(run.nodes), 'node')}, {plural(len(run.results), 'result')}"
    incomplete = "" if run.complete else ", incomplete"
    return (f"<Run {run.id!r} {run.strategy.get('name', '?')} {shorten(run.prompt)!r}: "
            f"{counts}{incomplete}>")
