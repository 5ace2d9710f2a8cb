"""From next-token log-probabilities to what a trace records: top-k, entropy, rank.

All of it is vectorised over the vocabulary (``torch.topk``, reductions): no Python loop
over vocabulary entries anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from .trace import ENTROPY_DIGITS, LOGPROB_DIGITS


@dataclass
class Summary:
    """The recorded view of a batch of distributions: one entry per row."""

    top: list[list[tuple[int, float]]]
    entropy: list[float]


def log_softmax(logits: torch.Tensor) -> torch.Tensor:
    """Log-probabilities in float32, whatever the model's dtype. ``[R, V] -> [R, V]``."""
    return torch.log_softmax(logits.float(), dim=-1)


def summarize(logprobs: torch.Tensor, k: int) -> Summary:
    """Top ``k`` (most likely first) and entropy in nats of each row of ``logprobs`` ``[R, V]``."""
    k = min(k, logprobs.shape[-1])
    values, ids = torch.topk(logprobs, k, dim=-1)
    entropy = torch.special.entr(logprobs.exp()).sum(-1)
    values = torch.round(values.double(), decimals=LOGPROB_DIGITS).tolist()
    ids = ids.tolist()
    return Summary(
        top=[list(zip(row_ids, row_values, strict=True)) for row_ids, row_values in zip(ids, values, strict=True)],
        entropy=[round(e, ENTROPY_DIGITS) for e in entropy.tolist()],
    )


def token_stats(logprobs: torch.Tensor, tokens: torch.Tensor) -> tuple[list[float], list[int]]:
    """Log-probability and rank (0 = most likely) of ``tokens[i]`` in row ``i`` of ``logprobs``.

    Args:
        logprobs: ``[R, V]``.
        tokens: ``[R]`` token ids.
    """
    chosen = logprobs.gather(1, tokens.view(-1, 1))
    ranks = (logprobs > chosen).sum(-1)
    return torch.round(chosen.view(-1).double(), decimals=LOGPROB_DIGITS).tolist(), ranks.tolist()
