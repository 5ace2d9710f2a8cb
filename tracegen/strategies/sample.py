"""Ancestral sampling with temperature and nucleus (top-p) filtering, seeded."""

from __future__ import annotations

from typing import Any

import torch

from ..explore import Exploration
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

    def draw(self, logprobs: torch.Tensor, generator: torch.Generator) -> torch.Tensor:
        """One token per row of ``logprobs`` ``[R, V]``, after temperature and top-p: ``[R]``."""
        scores = logprobs / self.temperature
        if self.top_p < 1.0:
            sorted_scores, order = torch.sort(scores, descending=True, dim=-1)
            probs = torch.softmax(sorted_scores, dim=-1)
            # Drop a token once the mass before it already reaches top_p (the first always stays).
            drop = (probs.cumsum(-1) - probs) >= self.top_p
            sorted_scores = sorted_scores.masked_fill(drop, float("-inf"))
            scores = torch.full_like(scores, float("-inf")).scatter(-1, order, sorted_scores)
        probs = torch.softmax(scores, dim=-1)
        return torch.multinomial(probs, 1, generator=generator).view(-1)

    def explore(self, ctx: Exploration) -> None:
        generator = torch.Generator(device="cpu")
        generator.manual_seed(self.seed if self.seed is not None else torch.seed())
        step = ctx.engine.prefill(ctx.prompt_ids)
        root = ctx.root(step.logprobs)
        rows = [0] * self.num_samples  # each live sample's row in `step`
        nodes = [root] * self.num_samples
        samples = list(range(self.num_samples))  # which sample each live row is
        ends: dict[int, Any] = {}
        for position in range(ctx.max_new_tokens):
            logprobs = step.logprobs[torch.tensor(rows)]
            tokens = self.draw(logprobs.cpu(), generator)
            nodes = ctx.children(nodes, logprobs, tokens)
            ctx.advance(len(nodes))
            eos = ctx.is_eos(tokens).tolist()
            last = position == ctx.max_new_tokens - 1
            keep = []
            for i, (node, ended) in enumerate(zip(nodes, eos, strict=True)):
                if ended or last:
                    ctx.finish(node, "eos" if ended else "length")
                    ends[samples[i]] = node
                else:
                    keep.append(i)
            if not keep:
                break
            step = ctx.engine.extend(step, [rows[i] for i in keep], tokens[keep])
            nodes = [nodes[i] for i in keep]
            samples = [samples[i] for i in keep]
            rows = list(range(len(keep)))
            fresh = [i for i, node in enumerate(nodes) if node.top is None]
            if fresh:
                ctx.record([nodes[i] for i in fresh], step.logprobs[fresh])
        results = [ctx.result(ends[s], sample=s) for s in sorted(ends)]
        ctx.run.results = sorted(results, key=lambda r: -r.score)
