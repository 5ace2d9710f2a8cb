"""Beam search with the semantics of transformers' ``generate(num_beams=...)``.

The selection rules (2 x num_beams candidates per step, only the top num_beams may finish,
length penalty over the generated length, the early-stopping heuristic) follow
``GenerationMixin._beam_search`` of transformers 5, so the final beams and their scores are
the ones ``generate`` returns; tests check this against ``generate`` itself. Unlike
``generate``, every beam at every step is recorded, pruned ones included, and the prompt is
run once rather than once per beam.
"""

from __future__ import annotations

from typing import Any

import torch

from ...backends.remote import require_top
from ...errors import require
from ...trace import Node
from ..exploration import Exploration
from .base import Strategy, finite, whole

_NEG = -1.0e9


#: The length penalties searched and scored: wide enough for any use (transformers' examples
#: use 0.6 to 2), narrow enough that ``length ** penalty`` and the scores stay finite numbers.
LENGTH_PENALTIES = (-10.0, 10.0)


class Beam(Strategy):
    """Keep the ``num_beams`` most likely partial sequences at every step.

    Args:
        num_beams: Beam width (and the number of results).
        length_penalty: Finished scores are ``sum(logprobs) / generated_length ** length_penalty``.
        early_stopping: ``True`` stops once ``num_beams`` sequences finished; ``False`` stops
            when no running beam can plausibly beat them; ``"never"`` uses the exact bound.
    """

    name = "beam"
    parameters = ("num_beams", "length_penalty", "early_stopping")

    def __init__(self, num_beams: int = 4, length_penalty: float = 1.0, early_stopping: bool | str = False) -> None:
        self.num_beams = whole(num_beams, "num_beams", 1)
        self.length_penalty = finite(length_penalty, "length_penalty", *LENGTH_PENALTIES)
        require(isinstance(early_stopping, bool) or early_stopping == "never", "early_stopping",
                "must be true, false or never")
        self.early_stopping = early_stopping

    def params(self) -> dict[str, Any]:
        return {"num_beams": self.num_beams, "length_penalty": self.length_penalty,
                "early_stopping": self.early_stopping}

    def explore(self, ctx: Exploration) -> None:
        keep = max(2, 1 + len(ctx.eos)) * self.num_beams
        # The first step ranks the root's candidates alone: they must number at least `keep`.
        require(keep <= ctx.backend.vocab_size, "num_beams",
                f"{self.num_beams} needs {keep} candidates per step; the vocabulary has {ctx.backend.vocab_size}")
        # Only the 2 x num_beams best candidates of a beam can survive a step: a top-k-only
        # backend must return at least that many (`keep`) or the search would be wrong.
        require_top(ctx.backend, keep)
        step = ctx.backend.prefill(ctx.prompt_ids)
        state = _Beams(self, ctx, keep, ctx.root(step.logprobs, step.exact, step.retokenized))
        while True:
            source, tokens, next_index, node_of = state.advance(step.logprobs)
            if not state.going_on():
                break
            state.running_nodes = [node_of[i] for i in next_index.tolist()]
            step = ctx.backend.extend(step, source[next_index], tokens[next_index])
            fresh = [i for i, node in enumerate(state.running_nodes) if node.top is None]
            ctx.record([state.running_nodes[i] for i in fresh], step.logprobs[fresh], step.exact,
                       step.retokenized_rows(fresh))
        ctx.run.results = [
            ctx.result(node, score=float(score))
            for node, score, done in zip(state.finished_nodes, state.finished_scores.tolist(),
                                         state.finished.tolist(), strict=True)
            if done and node is not None
        ]


class _Beams:
    """The search's state between steps: the running beams and the best finished ones."""

    def __init__(self, beam: Beam, ctx: Exploration, keep: int, root: Node) -> None:
        self.ctx = ctx
        self.beams, self.penalty, self.early = beam.num_beams, beam.length_penalty, beam.early_stopping
        self.keep = keep
        self.top_mask = torch.arange(keep) < self.beams
        self.running_nodes: list[Node] = [root]
        self.running_scores = torch.zeros(1)
        self.finished_scores = torch.full((self.beams,), _NEG)
        self.finished_nodes: list[Node | None] = [None] * self.beams
        self.finished = torch.zeros(self.beams, dtype=torch.bool)
        self.improvable = True
        self.generated = 0  # tokens generated so far by the running beams
        self.all_hit = False

    def advance(self, logprobs: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, dict[int, Node]]:
        """One step: pick the next running beams and the finalists from the running beams'
        next-token ``logprobs``; create nodes for the survivors. Returns the candidates' source
        rows and tokens, the next running beams' candidate indices, and candidate -> node."""
        ctx, beams, keep = self.ctx, self.beams, self.keep
        vocab = logprobs.shape[-1]
        scores = (logprobs + self.running_scores[:, None]).view(-1)
        top_scores, top_index = torch.topk(scores, keep)
        source, tokens = top_index // vocab, top_index % vocab
        hits = ctx.is_eos(tokens) | (self.generated + 1 >= ctx.max_new_tokens)

        # The running beams of the next step: the best candidates that did not finish.
        running = top_scores + hits.float() * _NEG
        next_index = torch.topk(running, beams).indices
        newly = hits & self.top_mask
        merged, chosen = self._finalists(top_scores, newly)

        # Create nodes only for candidates that survive: next running beams or new finals.
        wanted = sorted(set(next_index.tolist()) | {int(i) - beams for i in chosen if i >= beams})
        parents = [self.running_nodes[s] for s in source[wanted].tolist()]
        node_of = dict(zip(wanted, ctx.children(parents, logprobs[source[wanted]], tokens[wanted]), strict=True))
        for i in wanted:
            if bool(hits[i]):
                ctx.finish(node_of[i], "eos" if bool(ctx.is_eos(tokens[i : i + 1])) else "length")

        merged_nodes = self.finished_nodes + [node_of.get(i) for i in range(keep)]
        merged_finished = torch.cat([self.finished, newly])
        self.finished_nodes = [merged_nodes[i] for i in chosen.tolist()]
        self.finished_scores, self.finished = merged[chosen], merged_finished[chosen]
        self.generated += 1
        ctx.advance(1)
        self.running_scores = running[next_index]
        self.all_hit = bool(hits.all())
        return source, tokens, next_index, node_of

    def _finalists(self, top_scores: torch.Tensor, newly: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Candidates among the first ``beams`` that finished compete with the finished beams."""
        final = top_scores / ((self.generated + 1) ** self.penalty)
        if bool(self.finished.all()) and self.early is True:
            final = final + _NEG
        if not self.improvable:
            final = final + _NEG
        final = final + (~newly).float() * _NEG
        merged = torch.cat([self.finished_scores, final])
        return merged, torch.topk(merged, self.beams).indices

    def going_on(self) -> bool:
        """transformers' stopping rule: can the best running beam still beat the worst final one?"""
        if self.early == "never" and self.penalty > 0.0:
            best_length = self.ctx.max_new_tokens
        else:
            best_length = self.generated
        best_possible = self.running_scores[0] / (best_length**self.penalty)
        worst_final = self.finished_scores.min() if bool(self.finished.all()) else torch.tensor(_NEG)
        self.improvable = self.improvable and bool(best_possible > worst_final)
        open_beam = not (bool(self.finished.all()) and self.early is True)
        return self.improvable and open_beam and not self.all_hit
