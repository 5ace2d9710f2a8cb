"""Independent references the recorder is checked against: direct forward passes and ``generate``."""

from __future__ import annotations

import torch

from tracegen.trace import Run


def direct_logprobs(model, ids: list[int]) -> torch.Tensor:
    """Next-token log-probabilities after ``ids`` from one plain forward pass (no cache)."""
    with torch.no_grad():
        logits = model(input_ids=torch.tensor([ids])).logits[0, -1]
    return torch.log_softmax(logits.float(), dim=-1)


def max_top_error(model, run: Run) -> float:
    """The largest probability difference between any recorded ``top`` entry, any recorded
    chosen-token logprob and the direct forward pass; also checks ranks and entropy."""
    worst = 0.0
    cache: dict[int, torch.Tensor] = {}

    def reference(node_id: int) -> torch.Tensor:
        if node_id not in cache:
            cache[node_id] = direct_logprobs(model, run.prompt_token_ids + run.token_ids(node_id))
        return cache[node_id]

    for node in run.nodes:
        if node.top is not None:
            ref = reference(node.id)
            ids = [t for t, _ in node.top]
            recorded = torch.tensor([lp for _, lp in node.top]).exp()
            worst = max(worst, float((recorded - ref[ids].exp()).abs().max()))
            expected_ids = torch.topk(ref, len(ids)).indices.tolist()
            # Order must follow the reference except between (near) ties.
            assert torch.allclose(ref[ids], ref[expected_ids], atol=1e-5), (node.id, ids, expected_ids)
            entropy = float(torch.special.entr(ref.exp()).sum())
            assert abs(node.entropy - entropy) < 1e-3, (node.id, node.entropy, entropy)
        if node.parent is not None:
            ref = reference(node.parent)
            worst = max(worst, abs(float(ref[node.token].exp()) - float(torch.tensor(node.logprob).exp())))
            assert node.rank == int((ref > ref[node.token]).sum()), (node.id, node.rank)
    return worst


def generated(sequence: torch.Tensor, prompt_len: int, eos: set[int]) -> list[int]:
    """The generated part of a ``generate`` output row, cut after the first EOS."""
    ids = sequence[prompt_len:].tolist()
    for i, token in enumerate(ids):
        if token in eos:
            return ids[: i + 1]
    return ids
