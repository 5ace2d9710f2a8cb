"""Teacher forcing: the distributions along a given continuation, in one forward pass."""

from __future__ import annotations

from typing import Any

import torch

from ...errors import ParameterError, require
from ..exploration import Exploration
from .base import Strategy


class Forced(Strategy):
    """Record the model's distribution at every token of ``continuation``.

    Shows where a reference answer surprised the model: each node's ``logprob`` and ``rank``
    say how likely the model found the reference token.

    Args:
        continuation: The text to force after the prompt (tokenized without special tokens).
    """

    name = "forced"
    parameters = ("continuation",)

    def __init__(self, continuation: str | None = None) -> None:
        if not isinstance(continuation, str) or not continuation:
            raise ParameterError("continuation", "is needed by the forced strategy: the text to force after the prompt")
        self.continuation = continuation

    def params(self) -> dict[str, Any]:
        return {"continuation": self.continuation}

    def total_work(self, max_new_tokens: int) -> int:
        return 1

    def explore(self, ctx: Exploration) -> None:
        continuation_ids = ctx.encode(self.continuation)
        require(len(continuation_ids) > 0, "continuation", "has no tokens")
        step = ctx.backend.all_positions(ctx.prompt_ids + continuation_ids, len(ctx.prompt_ids))
        node = ctx.root(step.logprobs[:1], step.exact, step.retokenized)
        path = []
        known = step.state  # the tokens' own logprobs, where a server reported them
        for i, token in enumerate(torch.tensor(continuation_ids)):
            given = None if known is None else [known[i]]
            node = ctx.children([node], step.logprobs[i : i + 1], token.view(1), given)[0]
            path.append(node)
        ctx.record(path, step.logprobs[1:], step.exact, step.retokenized and step.retokenized[1:])
        ctx.advance(1)
        ctx.run.results = [ctx.result(node)]
