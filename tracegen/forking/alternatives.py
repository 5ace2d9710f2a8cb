"""Which tokens to force at a position of the base path, and which positions a budget affords."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from ..errors import ParameterError
from ..trace import Node


def alternatives_at(parent: Node, child: Node, *, min_prob: float, max_alternatives: int) -> list[dict[str, Any]]:
    """The base token (``child.token``) first, then every token of ``parent``'s recorded top-k
    with ``p >= min_prob``, most likely first, at most ``max_alternatives`` of them.

    ``p`` is the model's own probability (temperature 1), rounded as the trace stores it.
    """
    base_p = math.exp(child.logprob) if child.logprob is not None else 0.0
    out = [{"token": child.token, "probability": round(base_p, 6)}]
    for token, logprob in sorted(parent.top or [], key=lambda pair: -pair[1]):
        if len(out) > max_alternatives:
            break
        p = math.exp(logprob)
        if token != child.token and p >= min_prob:
            out.append({"token": token, "probability": round(p, 6)})
    return out


def within_budget(positions: Sequence[dict[str, Any]], samples: int, budget: int | None) -> list[dict[str, Any]]:
    """The positions a budget of ``budget`` rollouts affords: those where the base token is
    least certain first (its probability lowest), each costing ``samples`` per alternative.
    All of them when ``budget`` is ``None``. Returned in path order.

    Raises:
        ParameterError: ``budget`` does not afford even one position.
    """
    if budget is None:
        return list(positions)
    chosen, spent = [], 0
    for entry in sorted(positions, key=lambda e: (e["alternatives"][0]["probability"], e["position"])):
        cost = samples * len(entry["alternatives"])
        if spent + cost <= budget:
            chosen.append(entry)
            spent += cost
    if not chosen and positions:
        cheapest = min(samples * len(e["alternatives"]) for e in positions)
        raise ParameterError("budget", f"{budget} rollouts do not afford one position (the cheapest needs {cheapest})")
    return sorted(chosen, key=lambda e: e["position"])
