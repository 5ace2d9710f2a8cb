"""The local transformers engine: batched, KV-cached forward steps that yield log-probabilities.

Strategies never call the model directly: they prefill a prompt, then extend chosen rows by
one token each (reordering or repeating rows as beam search and branching need), or ask for
the distribution after an arbitrary context (live mode), which reuses cached prefixes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import torch
from transformers import DynamicCache

from . import kvcache
from .distribution import log_softmax


@dataclass
class Step:
    """Next-token log-probabilities of a batch of contexts and the cache behind them.

    Args:
        logprobs: ``[rows, vocab]`` float32 log-probabilities of the next token per row.
        cache: The KV cache of the rows' contexts (``rows`` batch rows).
    """

    logprobs: torch.Tensor
    cache: DynamicCache

    @property
    def rows(self) -> int:
        return self.logprobs.shape[0]


class Engine:
    """Runs a causal LM forward one step at a time, with its KV cache.

    Args:
        model: A transformers causal LM in eval mode.
        prefix_cache_bytes: Bound on the memory of the caches kept for ``distribution``.
    """

    def __init__(self, model: torch.nn.Module, prefix_cache_bytes: int = 512 * 2**20) -> None:
        self.model = model
        self.device = next(model.parameters()).device
        self._cache_kw = kvcache.cache_argument(model)
        self.prefixes = kvcache.PrefixCache(model, max_bytes=prefix_cache_bytes)
        self.forward_calls = 0

    def _forward(self, input_ids: torch.Tensor, cache: DynamicCache, last_only: bool = True) -> torch.Tensor:
        self.forward_calls += 1
        kwargs = {self._cache_kw: cache, "use_cache": True}
        if last_only:
            kwargs["logits_to_keep"] = 1
        with torch.inference_mode():
            out = self.model(input_ids=input_ids.to(self.device), **kwargs)
        return out.logits

    def prefill(self, ids: Sequence[int]) -> Step:
        """Run the prompt ``ids`` (one row) and return its next-token distribution and cache."""
        if not ids:
            raise ValueError("cannot run an empty context")
        cache = kvcache.new_cache(self.model)
        logits = self._forward(torch.tensor([list(ids)]), cache)
        return Step(log_softmax(logits[:, -1, :]), cache)

    def extend(self, step: Step, rows: Sequence[int] | torch.Tensor, tokens: Sequence[int] | torch.Tensor) -> Step:
        """Append ``tokens[i]`` to row ``rows[i]`` of ``step`` and run one forward step.

        ``rows`` may reorder, repeat or drop rows. ``step`` is consumed: its cache is reused
        in place.
        """
        rows = torch.as_tensor(rows, dtype=torch.long, device=self.device)
        tokens = torch.as_tensor(tokens, dtype=torch.long).view(-1, 1)
        if rows.numel() != step.rows or not torch.equal(rows, torch.arange(step.rows, device=self.device)):
            kvcache.select_rows(step.cache, rows)
        logits = self._forward(tokens, step.cache)
        return Step(log_softmax(logits[:, -1, :]), step.cache)

    def run_batch(self, cache: DynamicCache, tokens: Sequence[int] | torch.Tensor) -> torch.Tensor:
        """Feed one token per row on top of ``cache``; ``[rows, vocab]`` log-probabilities."""
        tokens = torch.as_tensor(tokens, dtype=torch.long).view(-1, 1)
        return log_softmax(self._forward(tokens, cache)[:, -1, :])

    def all_positions(self, ids: Sequence[int]) -> torch.Tensor:
        """Log-probabilities after every prefix of ``ids`` in one forward pass: ``[len(ids), vocab]``.

        Row ``i`` is the distribution of the token that follows ``ids[: i + 1]``.
        """
        cache = kvcache.new_cache(self.model)
        logits = self._forward(torch.tensor([list(ids)]), cache, last_only=False)
        return log_softmax(logits[0])

    def distribution(self, ids: Sequence[int]) -> torch.Tensor:
        """The next-token log-probabilities ``[vocab]`` after the context ``ids``.

        Reuses the cached context sharing the longest prefix with ``ids``, so extending or
        branching off a recent context costs one incremental step, not a full forward.
        """
        if not ids:
            raise ValueError("cannot run an empty context")
        cache, shared = self.prefixes.take(ids)
        if cache is None:
            cache = kvcache.new_cache(self.model)
        logits = self._forward(torch.tensor([list(ids[shared:])]), cache)
        self.prefixes.put(ids, cache)
        return log_softmax(logits[0, -1, :])
