"""Teacher forcing: the distributions along a given continuation, in one forward pass."""

from __future__ import annotations

from typing import Any

import torch

from ..explore import Exploration
from .base import Strategy, check


class Forced(Strategy):
    """Record the model's distribution at every token of ``continuation_ids``.

    Shows where a reference answer surprised the model: each node's ``logprob`` and ``rank``
    say how likely the model found the reference token.

    Args:
        continuation_ids: The token ids to force after the prompt.
        continuation: The continuation's text, recorded for readers.
    """

    name = "forced"

    def __init__(self, continuation_ids: list[int], continuation: str = "") -> None:
        check(len(continuation_ids) > 0, "the forced continuation is empty")
        self.continuation_ids = list(continuation_ids)
        self.continuation = continuation

    def params(self) -> dict[str, Any]:
        return {"continuation": self.continuation}

    def total_work(self, max_new_tokens: int) -> int:
        return len(self.continuation_ids)

    def explore(self, ctx: Exploration) -> None:
        prompt_len = len(ctx.prompt_ids)
        logprobs = ctx.engine.all_positions(ctx.prompt_ids + self.continuation_ids)[prompt_len - 1 :]
        node = ctx.root(logprobs[:1])
        path = []
        for i, token in enumerate(torch.tensor(self.continuation_ids)):
            node = ctx.children([node], logprobs[i : i + 1], token.view(1))[0]
            path.append(node)
        ctx.record(path, logprobs[1:])
        ctx.advance(len(self.continuation_ids))
        ctx.run.results = [ctx.result(node)]
