"""Which model recorded a trace: the ``model`` fields a trace may grow under only when they agree.

A trace is resumed (``record``/``rescore``/``fork --resume``), reopened by a live session, or
joined by a corpus's new runs only under the model that recorded it: the same ``name``, the
same ``backend`` (llama.cpp and transformers give one GGUF file slightly different
distributions), the same ``source`` (what ``--model`` named) and the same ``vocab_size``.
Each caller says in its own words what to do about a difference; this module says what the
difference is, the same way for all of them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

#: The ``model`` fields that name the model a trace was recorded with.
MODEL_IDENTITY = ("name", "backend", "source", "vocab_size")


def model_difference(recorded: Mapping[str, Any], current: Mapping[str, Any]) -> str | None:
    """How the model that recorded a trace differs from ``current``, for a message, or ``None``.

    Args:
        recorded: The trace's ``model`` object.
        current: The model at hand (``Backend.info``, or another trace's ``model``).

    Returns:
        ``"model backend 'llamacpp', not 'transformers'"`` for the first field of
        ``MODEL_IDENTITY`` on which they differ (the recorded value first), ``None`` when
        they agree on all.
    """
    for key in MODEL_IDENTITY:
        if recorded.get(key) != current.get(key):
            return f"model {key} {recorded.get(key)!r}, not {current.get(key)!r}"
    return None
