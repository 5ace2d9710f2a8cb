"""Whether a trace fits a model: what growing it (live mode) or scoring it again (``rescore``)
asks of the model, checked before any work so a misfit is one line, not an ``IndexError``."""

from __future__ import annotations

from ..errors import TracegenError
from .model import Run, Trace


def check_fits(trace: Trace, *, max_positions: int | None, vocab_size: int | None = None) -> None:
    """Refuse a trace with a context longer than ``max_positions`` (prompt plus path) and, with
    ``vocab_size``, one that this model cannot continue: an empty prompt, or a prompt or node
    token id outside ``0..vocab_size - 1`` (a negative id is a token known only by its text).

    Raises:
        TracegenError: Naming the run and what does not fit.
    """
    for run in trace.runs:
        where = f"run {run.id!r}"
        if vocab_size is not None:
            if not run.prompt_token_ids:
                raise TracegenError(f"{where} has no prompt tokens: the model cannot continue it")
            bad = next((t for t in run.prompt_token_ids if not 0 <= t < vocab_size), None)
            if bad is not None:
                raise TracegenError(f"{where}: prompt token id {bad} is outside the model's vocabulary "
                                    f"(0..{vocab_size - 1})")
            node = next((n for n in run.nodes if n.token is not None and not 0 <= n.token < vocab_size), None)
            if node is not None:
                raise TracegenError(f"{where}: node {node.id}'s token id {node.token} is outside the model's "
                                    f"vocabulary (0..{vocab_size - 1})")
        if max_positions is not None:
            longest = len(run.prompt_token_ids) + deepest(run)
            if longest > max_positions:
                raise TracegenError(f"{where} has a context of {longest} tokens; the model takes at most "
                                    f"{max_positions}")


def deepest(run: Run) -> int:
    """The most tokens after the prompt on any path of ``run`` (nodes come parents first)."""
    depth: dict[int, int] = {}
    for node in run.nodes:
        depth[node.id] = 0 if node.parent is None else depth.get(node.parent, 0) + 1
    return max(depth.values(), default=0)
