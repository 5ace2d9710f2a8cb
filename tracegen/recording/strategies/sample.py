"""Ancestral sampling with temperature and nucleus (top-p) filtering, seeded."""

from __future__ import annotations

from typing import Any

from ...backends.base import Sampler
from ...trace import Node
from ..exploration import Exploration
from .base import Strategy, whole


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
    parameters = ("temperature", "top_p", "seed", "num_samples")

    def __init__(self, temperature: float = 1.0, top_p: float = 1.0, seed: int | None = 0, num_samples: int = 1) -> None:
        self._sampler = Sampler(temperature, top_p, seed)  # validates them
        self.temperature = self._sampler.temperature
        self.top_p = self._sampler.top_p
        self.seed = seed
        self.num_samples = whole(num_samples, "num_samples", 1)

    def params(self) -> dict[str, Any]:
        return {"temperature": self.temperature, "top_p": self.top_p, "seed": self.seed,
                "num_samples": self.num_samples}

    def total_work(self, max_new_tokens: int) -> int:
        return max_new_tokens * self.num_samples

    def sampler(self) -> Sampler:
        """The sampler that draws this strategy's tokens."""
        return self._sampler

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
    decoded = ctx.backend.decode(ctx.prompt_ids, n=n, max_new_tokens=ctx.max_new_tokens, sampler=sampler,
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
                ctx.finish(child, "eos" if ended else "length" if last else str(reason))
                ends[sample] = child
    return ends
