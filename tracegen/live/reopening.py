"""What a live session may start from and save to.

A session grows a trace of its model, so the trace it starts from must fit that model (same
model, prompt ids in its vocabulary, contexts within its positions), and the file it saves
to must be one it may replace: a new file, or the trace of this model that it reopens; never
a file of another kind (a prompt, notes, a model's ``config.json``) or another model's trace.
Every refusal is one line, at startup.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .._atomic import check_output
from .._jsontext import MAX_SAFE_INTEGER
from ..errors import TracegenError
from ..trace import Trace, load
from ..trace.validate import TraceFormatError

#: The largest node id a run can hold: what a browser's numbers hold exactly (2^53 - 1).
MAX_NODE_ID = MAX_SAFE_INTEGER


def check_same_model(trace: Trace, info: dict[str, Any], what: str = "the trace") -> None:
    """Refuse ``trace`` unless the model described by ``info`` recorded it."""
    for key in ("name", "source", "vocab_size"):
        if trace.model.get(key) != info.get(key):
            raise TracegenError(f"{what} was recorded with model {key} {trace.model.get(key)!r}, not "
                                f"{info.get(key)!r}: serve it with the model that recorded it")


def check_fits(trace: Trace, *, vocab_size: int, max_positions: int | None) -> None:
    """Refuse a trace whose runs the model cannot grow: an empty prompt, a prompt id outside
    the vocabulary (negative ones included: a token known only by its text), or a context
    longer than the model's positions."""
    for run in trace.runs:
        where = f"run {run.id!r}"
        if not run.prompt_token_ids:
            raise TracegenError(f"{where} has no prompt tokens: the model cannot continue it")
        bad = next((t for t in run.prompt_token_ids if not 0 <= t < vocab_size), None)
        if bad is not None:
            raise TracegenError(f"{where}: prompt token id {bad} is outside the model's vocabulary "
                                f"(0..{vocab_size - 1})")
        bad = next((n for n in run.nodes if n.token is not None and not 0 <= n.token < vocab_size), None)
        if bad is not None:
            raise TracegenError(f"{where}: node {bad.id}'s token id {bad.token} is outside the model's vocabulary "
                                f"(0..{vocab_size - 1})")
        if max_positions is None:
            continue
        deepest = max(_depths(run), default=0)
        if len(run.prompt_token_ids) + deepest > max_positions:
            raise TracegenError(f"{where} has a context of {len(run.prompt_token_ids) + deepest} tokens; the "
                                f"model takes at most {max_positions}")


def check_save(save: str | os.PathLike, info: dict[str, Any], *, reopened: bool,
               inputs: tuple[str | os.PathLike | None, ...] = ()) -> Path:
    """The file a session may save to: ``check_output`` (not an input, not special, not
    read-only), and when it exists, a tracegen trace of this model that the session reopens.

    Args:
        save: The file.
        info: The session's model (``Backend.info``).
        reopened: Whether the session starts from the trace in ``save``.
        inputs: Further files the command reads (its prompt file, its model's files).
    """
    path = check_output(save, inputs=inputs)
    if not path.exists():
        return path
    kept = load_saved(path)
    check_same_model(kept, info, what=str(path))
    if not reopened:
        raise TracegenError(f"{path} already holds a trace of this model: reopen it (--trace {path}, or "
                            "trace=tracegen.load(...)) or save elsewhere")
    return path


def load_saved(save: str | os.PathLike) -> Trace:
    """The trace in an existing save file; one line, naming it as left alone, when it holds none."""
    try:
        return load(save)
    except TraceFormatError as exc:
        raise TracegenError(f"{save} exists and is not a tracegen trace; the session will not replace it "
                            f"(save elsewhere): {exc}") from None


def _depths(run: Any) -> list[int]:
    """Every node's depth (tokens after the prompt), parents before children as runs store them."""
    depth: dict[int, int] = {}
    for node in run.nodes:
        depth[node.id] = 0 if node.parent is None else depth.get(node.parent, 0) + 1
    return list(depth.values())
