"""Greedy decoding: always the most likely token."""

from __future__ import annotations

from ..explore import Exploration
from .base import Strategy


class Greedy(Strategy):
    """Append the most likely token until EOS or the length limit, like ``generate(do_sample=False)``."""

    name = "greedy"

    def explore(self, ctx: Exploration) -> None:
        step = ctx.engine.prefill(ctx.prompt_ids)
        node = ctx.root(step.logprobs)
        for position in range(ctx.max_new_tokens):
            token = step.logprobs.argmax(dim=-1)
            node = ctx.children([node], step.logprobs, token)[0]
            ctx.advance(1)
            if bool(ctx.is_eos(token)):
                ctx.finish(node, "eos")
                break
            if position == ctx.max_new_tokens - 1:
                ctx.finish(node, "length")
                break
            step = ctx.engine.extend(step, [0], token)
            ctx.record([node], step.logprobs)
        if node.parent is not None:
            ctx.run.results = [ctx.result(node)]
