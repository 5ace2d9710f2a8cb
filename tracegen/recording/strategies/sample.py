"""Ancestral sampling with temperature and nucleus (top-p) filtering, seeded."""

from __future__ import annotations

from typing import Any

import torch

from ...backends.base import Sampler
from ...trace import Node
from ..exploration import Exploration
from .base import Strategy, check


class Sample(Strategy):
    """Draw ``num_samples`` continuations, all advanced together as one batch.

    The recorded distributions are always the model's own (temperature 1); ``temperature``
    and ``top_p`` only shape the distribution the tokens are drawn from.

    Args:
        temperature: Divides the logits before sampling (> 0).
        top_p: Keep the smallest set of most likely tokens whose mass reaches ``top_p``.
        seed: Seed of the sampler's own random generator; the same seed gives the same samples.
        num_samples: How many continuations to draw.
    """

    name = "sample"

    def __init__(self, temperature: float = 1.0, top_p: float = 1.0, seed: int | None = 0, num_samples: int = 1) -> None:
        check(temperature > 0, "--temperature must be greater than 0")
        check(0 < top_p <= 1, "--top-p must be in (0, 1]")
        check(num_samples >= 1, "--num-samples must be at least 1")
        self.temperature = float(temperature)
        self.top_p = float(top_p)
        self.seed = seed
        self.num_samples = int(num_samples)

    def params(self) -> dict[str, Any]:
        return {"temperature": self.temperature, "top_p": self.top_p, "seed": self.seed,
                "num_samples": self.num_samples}

    def total_work(self, max_new_tokens: int) -> int:
        return max_new_tokens * self.num_samples

    def sampler(self) -> Sampler:
        return Sampler(self.temperature, self.top_p, self.seed)

    def draw(self, logprobs: torch.Tensor, generator: torch.Generator) -> torch.Tensor:
        """One token per row of ``logprobs`` ``[R, V]``, after temperature and top-p: ``[R]``."""
        return self.sampler().draw(logprobs, generator)

    def explore(self, ctx: Exploration) -> None:
        ends = record_decoded(ctx, n=self.num_samples, sampler=self.sampler())
        results = [ctx.result(ends[s], sample=s) for s in sorted(ends)]
        ctx.run.results = sorted(results, key=lambda r: -r.score)


def record_decoded(ctx: Exploration, *, n: int, sampler: Sampler | None) -> dict[int, Node]:
    """Decode ``n`` sequences through the backend and grow the run's tree with them.

    Returns the node each sequence ended at. Resuming a run, the nodes it already has are
    reused (the same seed draws the same tokens).
    """
    ends: dict[int, Node] = {}
    nodes: dict[int, Node] = {}
    decoded = ctx.engine.decode(ctx.prompt_ids, n=n, max_new_tokens=ctx.max_new_tokens, sampler=sampler,
                                eos=ctx.eos_tensor)
    for position, step in enumerate(decoded):
        if position == 0:
            root = ctx.root(step.logprobs, step.exact)
            nodes = dict.fromkeys(step.samples, root)
        parents = [nodes[s] for s in step.samples]
        fresh = [i for i, node in enumerate(parents) if node.top is None]
        if fresh:
            ctx.record([parents[i] for i in fresh], step.logprobs[fresh], step.exact)
        children = ctx.children(parents, step.logprobs, step.tokens, step.token_logprobs)
        ctx.advance(len(children))
        last = position == ctx.max_new_tokens - 1
        reasons = step.finish or [None] * len(children)
        for sample, child, ended, reason in zip(step.samples, children, ctx.is_eos(step.tokens).tolist(), reasons,
                                                strict=True):
            nodes[sample] = child
            if ended or last or reason:
                ctx.finish(child, "eos" if ended else "length" if last else reason)
                ends[sample] = child
    return ends
