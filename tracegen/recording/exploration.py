"""The state of one run while it grows: the tree, and how its nodes are recorded.

``NodeWriter`` turns log-probabilities into trace nodes (top-k, entropy, the chosen token's
logprob and rank) so every strategy and live mode record the same way. ``Exploration`` adds
what a strategy needs on top: the backend that evaluates contexts, the length limit and
progress reporting.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import torch

from ..backends.base import Backend, Vocabulary, column_to_id
from ..trace import LOGPROB_DIGITS, Node, Result, Run
from .distribution import summarize, token_stats


class NodeWriter:
    """Records nodes of one run against a vocabulary.

    Args:
        vocabulary: Row width, end-of-sequence ids and decoding (a ``Backend`` is one).
        run: The run to grow.
    """

    def __init__(self, vocabulary: Vocabulary, run: Run) -> None:
        self.vocabulary = vocabulary
        self.run = run
        self.top_k = run.top_k
        self.vocab_size = vocabulary.vocab_size
        self.eos = set(vocabulary.eos_token_ids)
        self.eos_tensor = torch.tensor(sorted(self.eos), dtype=torch.long)

    def root(self, logprobs: torch.Tensor, exact: bool = True, retokenized: Sequence[bool] | None = None) -> Node:
        """The root node with the prompt's distribution (row 0 of ``logprobs``).

        When resuming a run, the root recorded before is reused.
        """
        if self.run.nodes:
            return self.run.root
        node = self.run.add_node(Node(id=0))
        self.record([node], logprobs[:1], exact, retokenized)
        return node

    def record(self, nodes: Sequence[Node], logprobs: torch.Tensor, exact: bool = True,
               retokenized: Sequence[bool] | None = None) -> None:
        """Store row ``i`` of ``logprobs`` ``[R, V]`` as the distribution of ``nodes[i]``.

        ``exact`` false: the rows are a server's top-k only (entropy unknown).
        ``retokenized[i]``: the server saw ``nodes[i]``'s context as other tokens (marked).
        """
        summary = summarize(logprobs, self.top_k, exact, self.vocab_size)
        for node, top, entropy, mass in zip(nodes, summary.top, summary.entropy, summary.top_mass, strict=True):
            node.top = top
            node.entropy = entropy
            node.top_mass = mass
        for node, flag in zip(nodes, retokenized or (), strict=False):
            if flag:
                node.extra["retokenized"] = True

    def children(self, parents: Sequence[Node], logprobs: torch.Tensor, tokens: Sequence[int] | torch.Tensor,
                 token_logprobs: Sequence[float | None] | None = None) -> list[Node]:
        """The child of ``parents[i]`` by ``tokens[i]``, created if new.

        ``logprobs[i]`` is the distribution of ``parents[i]``; it gives the new child's
        logprob and rank. ``token_logprobs[i]``, when given and not ``None``, is the
        token's logprob as a server reported it (for a token outside the returned top-k).
        """
        tokens = torch.as_tensor(tokens, dtype=torch.long).view(-1)
        logprob, rank = token_stats(logprobs, tokens)
        if token_logprobs is not None:
            logprob = [lp if known is None else round(known, LOGPROB_DIGITS)
                       for lp, known in zip(logprob, token_logprobs, strict=True)]
        out = []
        for parent, column, lp, rk in zip(parents, tokens.tolist(), logprob, rank, strict=True):
            token = column_to_id(column, self.vocab_size)
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
        ids = self.run.token_ids(node.id)
        if ids and ids[-1] in self.eos:
            ids = ids[:-1]
        known = [n.logprob for n in path if n.logprob is not None]
        total = round(sum(known), 5)
        fields: dict = {"logprob": total, "num_tokens": len(path)}
        if len(known) < len(path):  # a server did not say how likely some forced tokens were
            fields["unknown_logprobs"] = len(path) - len(known)
        if "finish" in node.extra:
            fields["finish"] = node.extra["finish"]
        fields.update(extra)
        return Result(node=node.id, score=total if score is None else round(float(score), 6),
                      text=self.vocabulary.decode_text(ids), extra=fields)


class Exploration(NodeWriter):
    """One run being recorded by a strategy.

    Args:
        backend: The backend that evaluates contexts (``ctx.backend``).
        run: The run to grow (its ``prompt_token_ids`` are the context of the root).
        max_new_tokens: Length limit for the strategy.
        advance: Called with the amount of work done, for progress reporting.
    """

    def __init__(self, backend: Backend, run: Run, *, max_new_tokens: int,
                 advance: Callable[[int], None] = lambda n: None) -> None:
        super().__init__(backend, run)
        self.backend = backend
        self.max_new_tokens = max_new_tokens
        self.advance = advance

    @property
    def prompt_ids(self) -> list[int]:
        return self.run.prompt_token_ids

    def encode(self, text: str) -> list[int]:
        """Token ids of ``text`` without special tokens (a forced continuation)."""
        return self.backend.encode(text)
