"""What a live session may start from and save to.

A session grows a trace of its model, so the trace it starts from must be that model's (and
fit it: ``trace.fit.check_fits``), and the file it saves
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
from ..trace.model_identity import model_difference
from ..trace.validate import TraceFormatError

#: The largest node id a run can hold: what a browser's numbers hold exactly (2^53 - 1).
MAX_NODE_ID = MAX_SAFE_INTEGER


def check_same_model(trace: Trace, info: dict[str, Any], what: str = "the trace") -> None:
    """Refuse ``trace`` unless the model described by ``info`` recorded it (``MODEL_IDENTITY``)."""
    difference = model_difference(trace.model, info)
    if difference is not None:
        raise TracegenError(f"{what} was recorded with {difference}: serve it with the model that recorded it")


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
