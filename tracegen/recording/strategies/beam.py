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

from ...errors import require
from ...trace import Node
from ..exploration import Exploration
from .base import Strategy, finite, whole

_NEG = -1.0e9


class Beam(Strategy):
    """Keep the ``num_beams`` most likely partial sequences at every step.

    Args:
        num_beams: Beam width (and the number of results).
        length_penalty: Finished scores are ``sum(logprobs) / generated_length ** length_penalty``.
        early_stopping: ``True`` stops once ``num_beams`` sequences finished; ``False`` stops
            when no running beam can plausibly beat them; ``"never"`` uses the exact bound.
    """

    name = "beam"

    def __init__(self, num_beams: int = 4, length_penalty: float = 1.0, early_stopping: bool | str = False) -> None:
        self.num_beams = whole(num_beams, "num_beams", 1)
        self.length_penalty = finite(length_penalty, "length_penalty")
        require(isinstance(early_stopping, bool) or early_stopping == "never", "early_stopping",
                "must be true, false or never")
        self.early_stopping = early_stopping

    def params(self) -> dict[str, Any]:
        return {"num_beams": self.num_beams, "length_penalty": self.length_penalty,
                "early_stopping": self.early_stopping}

    def explore(self, ctx: Exploration) -> None:
        beams, penalty, early = self.num_beams, self.length_penalty, self.early_stopping
        keep = max(2, 1 + len(ctx.eos)) * beams
        top_mask = torch.arange(keep) < beams
        max_new = ctx.max_new_tokens

        # Only the 2 x num_beams best candidates of a beam can survive a step: a top-k-only
        # backend must return at least that many (`keep`) or the search would be wrong.
        ctx.backend.require_top(keep)
        step = ctx.backend.prefill(ctx.prompt_ids)
        running_nodes: list[Node] = [ctx.root(step.logprobs, step.exact, step.retokenized)]
        running_scores = torch.zeros(1)
        finished_scores = torch.full((beams,), _NEG)
        finished_nodes: list[Node | None] = [None] * beams
        finished = torch.zeros(beams, dtype=torch.bool)
        improvable = True
        generated = 0  # tokens generated so far by the running beams

        while True:
            vocab = step.logprobs.shape[-1]
            scores = (step.logprobs + running_scores[:, None]).view(-1)
            top_scores, top_index = torch.topk(scores, keep)
            source = top_index // vocab
            tokens = top_index % vocab
            hits = ctx.is_eos(tokens) | (generated + 1 >= max_new)

            # The running beams of the next step: the best candidates that did not finish.
            running = top_scores + hits.float() * _NEG
            next_index = torch.topk(running, beams).indices
            next_scores = running[next_index]

            # Candidates among the first `beams` that finished compete for the final beams.
            final = top_scores / ((generated + 1) ** penalty)
            if bool(finished.all()) and early is True:
                final = final + _NEG
            if not improvable:
                final = final + _NEG
            newly = hits & top_mask
            final = final + (~newly).float() * _NEG
            merged = torch.cat([finished_scores, final])
            chosen = torch.topk(merged, beams).indices

            # Create nodes only for candidates that survive: next running beams or new finals.
            wanted = sorted(set(next_index.tolist()) | {int(i) - beams for i in chosen if i >= beams})
            parents = [running_nodes[s] for s in source[wanted].tolist()]
            made = ctx.children(parents, step.logprobs[source[wanted]], tokens[wanted])
            node_of = dict(zip(wanted, made, strict=True))
            for i in wanted:
                if bool(hits[i]):
                    ctx.finish(node_of[i], "eos" if bool(ctx.is_eos(tokens[i : i + 1])) else "length")

            merged_nodes = finished_nodes + [node_of.get(i) for i in range(keep)]
            merged_finished = torch.cat([finished, newly])
            finished_nodes = [merged_nodes[i] for i in chosen.tolist()]
            finished_scores = merged[chosen]
            finished = merged_finished[chosen]

            generated += 1
            ctx.advance(1)
            running_scores = next_scores
            # transformers' heuristic: can the best running beam still beat the worst final one?
            if early == "never" and penalty > 0.0:
                best_length = max_new
            else:
                best_length = generated
            best_possible = running_scores[0] / (best_length**penalty)
            worst_final = finished_scores.min() if bool(finished.all()) else torch.tensor(_NEG)
            improvable = improvable and bool(best_possible > worst_final)
            open_beam = not (bool(finished.all()) and early is True)
            if not (improvable and open_beam and not bool(hits.all())):
                break

            running_nodes = [node_of[i] for i in next_index.tolist()]
            step = ctx.backend.extend(step, source[next_index], tokens[next_index])
            fresh = [i for i, node in enumerate(running_nodes) if node.top is None]
            ctx.record([running_nodes[i] for i in fresh], step.logprobs[fresh], step.exact,
                       step.retokenized_rows(fresh))

        ctx.run.results = [
            ctx.result(node, score=float(score))
            for node, score, done in zip(finished_nodes, finished_scores.tolist(), finished.tolist(), strict=True)
            if done and node is not None
        ]
