"""The state of one run while a strategy explores it: the growing tree and what it records.

A strategy decides which contexts to evaluate and which tokens to append; ``Exploration``
turns the engine's log-probabilities into trace nodes (top-k, entropy, the chosen token's
logprob and rank) so every strategy records the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import torch

from .distribution import summarize, token_stats
from .engine import Engine
from .trace import Node, Result, Run


class Exploration:
    """One run being recorded.

    Args:
        engine: The engine that evaluates contexts.
        run: The run to grow (its ``prompt_token_ids`` are the context of the root).
        max_new_tokens: Length limit for the strategy.
        eos_token_ids: Tokens that end a sequence.
        decode: Turns token ids into text (the tokenizer's decode).
        encode: Turns text into token ids, without special tokens.
        advance: Called with the amount of work done, for progress reporting.
    """

    def __init__(
        self,
        engine: Engine,
        run: Run,
        *,
        max_new_tokens: int,
        eos_token_ids: Sequence[int],
        decode: Callable[[list[int]], str],
        encode: Callable[[str], list[int]],
        advance: Callable[[int], None] = lambda n: None,
    ) -> None:
        self.engine = engine
        self.run = run
        self.top_k = run.top_k
        self.max_new_tokens = max_new_tokens
        self.eos = set(eos_token_ids)
        self.eos_tensor = torch.tensor(sorted(self.eos), dtype=torch.long)
        self.decode = decode
        self.encode = encode
        self.advance = advance

    @property
    def prompt_ids(self) -> list[int]:
        return self.run.prompt_token_ids

    def root(self, logprobs: torch.Tensor) -> Node:
        """Create the root node with the prompt's distribution (row 0 of ``logprobs``)."""
        node = self.run.add_node(Node(id=0))
        self.record([node], logprobs[:1])
        return node

    def record(self, nodes: Sequence[Node], logprobs: torch.Tensor) -> None:
        """Store row ``i`` of ``logprobs`` ``[R, V]`` as the distribution of ``nodes[i]``."""
        summary = summarize(logprobs, self.top_k)
        for node, top, entropy in zip(nodes, summary.top, summary.entropy, strict=True):
            node.top = top
            node.entropy = entropy

    def children(self, parents: Sequence[Node], logprobs: torch.Tensor, tokens: Sequence[int] | torch.Tensor) -> list[Node]:
        """The child of ``parents[i]`` by ``tokens[i]``, created if new.

        ``logprobs[i]`` is the distribution of ``parents[i]``; it gives the new child's
        logprob and rank.
        """
        tokens = torch.as_tensor(tokens, dtype=torch.long).view(-1)
        logprob, rank = token_stats(logprobs, tokens)
        out = []
        for parent, token, lp, rk in zip(parents, tokens.tolist(), logprob, rank, strict=True):
            child = self.run.child(parent.id, token)
            if child is None:
                child = self.run.add_node(
                    Node(id=self.run.next_id(), parent=parent.id, token=token, logprob=lp, rank=rk)
                )
            out.append(child)
        return out

    def is_eos(self, tokens: torch.Tensor) -> torch.Tensor:
        """Which of ``tokens`` end a sequence (a bool tensor of the same shape)."""
        return torch.isin(tokens, self.eos_tensor)

    def finish(self, node: Node, reason: str) -> None:
        """Mark ``node`` as where a sequence ended (``"eos"`` or ``"length"``)."""
        node.extra["finish"] = reason

    def result(self, node: Node, score: float | None = None, **extra) -> Result:
        """A result ending at ``node``; ``score`` defaults to the path's total logprob."""
        path = self.run.path(node.id)[1:]
        ids = [n.token for n in path]
        if ids and ids[-1] in self.eos:
            ids = ids[:-1]
        total = round(sum(n.logprob for n in path), 5)
        fields = {"logprob": total, "num_tokens": len(path)}
        if "finish" in node.extra:
            fields["finish"] = node.extra["finish"]
        fields.update(extra)
        return Result(node=node.id, score=total if score is None else round(float(score), 6),
                      text=self.decode(ids), extra=fields)
