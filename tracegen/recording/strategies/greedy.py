"""Greedy decoding: always the most likely token."""

from __future__ import annotations

from ..exploration import Exploration
from .base import Strategy
from .sample import record_decoded


class Greedy(Strategy):
    """Append the most likely token until EOS or the length limit, like ``generate(do_sample=False)``."""

    name = "greedy"

    def explore(self, ctx: Exploration) -> None:
        ends = record_decoded(ctx, n=1, sampler=None)
        ctx.run.results = [ctx.result(ends[0])] if ends else []
