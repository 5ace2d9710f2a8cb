"""From next-token log-probabilities to what a trace records: top-k, entropy, rank.

All of it is vectorised over the vocabulary (``torch.topk``, reductions): no Python loop
over vocabulary entries anywhere.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch

from ..trace import ENTROPY_DIGITS, LOGPROB_DIGITS


@dataclass
class Summary:
    """The recorded view of a batch of distributions: one entry per row.

    ``entropy`` is ``None`` per row and ``top_mass`` set when the rows were top-k only.
    """

    top: list[list[tuple[int, float]]]
    entropy: list[float | None]
    top_mass: list[float | None]


def summarize(logprobs: torch.Tensor, k: int, exact: bool = True, vocab_size: int | None = None) -> Summary:
    """Top ``k`` (most likely first) and entropy in nats of each row of ``logprobs`` ``[R, V]``.

    With ``exact`` false the rows hold only a server's top-k (the rest ``-inf``): entropy is
    unknown and the mass the recorded top-k covers is reported instead. Columns past
    ``vocab_size`` are reported as unmapped ids below 0 (see ``backend.column_to_id``).
    """
    k = min(k, logprobs.shape[-1])
    values, ids = torch.topk(logprobs, k, dim=-1)
    if vocab_size is not None and logprobs.shape[-1] > vocab_size:
        ids = torch.where(ids < vocab_size, ids, vocab_size - 1 - ids)
    rounded = torch.round(values.double(), decimals=LOGPROB_DIGITS)
    top = [list(zip(row_ids, row_values, strict=True))
           for row_ids, row_values in zip(ids.tolist(), rounded.tolist(), strict=True)]
    if bool(torch.isinf(values).any()):
        # A token of probability 0 (a masked vocabulary, a server's short top-k) is no candidate.
        top = [[(t, v) for t, v in row if v != -math.inf] for row in top]
    if exact:
        entropy = torch.special.entr(logprobs.exp()).sum(-1)
        return Summary(top=top, entropy=[round(e, ENTROPY_DIGITS) for e in entropy.tolist()],
                       top_mass=[None] * len(top))
    mass = values.double().exp().sum(-1).clamp(max=1.0)
    return Summary(top=top, entropy=[None] * len(top), top_mass=[round(m, LOGPROB_DIGITS) for m in mass.tolist()])


def token_stats(logprobs: torch.Tensor, tokens: torch.Tensor) -> tuple[list[float | None], list[int | None]]:
    """Log-probability and rank (0 = most likely) of ``tokens[i]`` in row ``i`` of ``logprobs``.

    A token a top-k-only row does not hold (``-inf``) has both unknown (``None``).

    Args:
        logprobs: ``[R, V]``.
        tokens: ``[R]`` token ids.
    """
    chosen = logprobs.gather(1, tokens.view(-1, 1))
    ranks = (logprobs > chosen).sum(-1)
    values = torch.round(chosen.view(-1).double(), decimals=LOGPROB_DIGITS).tolist()
    return ([None if v == -math.inf else v for v in values],
            [None if v == -math.inf else r for v, r in zip(values, ranks.tolist(), strict=True)])
