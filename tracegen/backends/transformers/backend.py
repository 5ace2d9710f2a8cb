"""The transformers backend: batched, KV-cached forward steps that yield log-probabilities.

Strategies never call the model directly: they prefill a prompt, then extend chosen rows by
one token each (reordering or repeating rows as beam search and branching need), or ask for
the distribution after an arbitrary context (live mode), which reuses cached prefixes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import torch
from transformers import DynamicCache

from ...trace import Node, Run
from ..base import Backend, Step, Tree
from ..threads import Threads
from . import kvcache
from .loading import LoadedModel

BATCH_BYTES = 256 * 2**20  # cache memory one batch of a tree level may take


def _use_threads(count: int) -> None:
    # torch resizes its pool on a change only: steps and batches alternating costs nothing else
    if torch.get_num_threads() != count:
        torch.set_num_threads(count)


def log_softmax(logits: torch.Tensor) -> torch.Tensor:
    """Log-probabilities in float32, whatever the model's dtype. ``[R, V] -> [R, V]``."""
    return torch.log_softmax(logits.float(), dim=-1)


@dataclass
class _Padded:
    """A ``Step``'s state for rows of different context lengths (``prefill_many``): the cache,
    right-aligned, the mask of its real positions ``[rows, width]`` and each row's next position."""

    cache: DynamicCache
    mask: torch.Tensor
    positions: torch.Tensor


class TransformersBackend(Backend):
    """Runs a causal LM forward one step at a time, with its KV cache (full distributions).

    Args:
        model: The loaded model (``load_model`` or ``from_objects``).
        prefix_cache_bytes: Bound on the memory of the caches kept for ``distribution``.
        threads: CPU threads for every forward (default: ``Threads.default``: one CPU left
            free, at most 4 for a one-token step). torch's thread count is per process: the
            engine sets it before each forward on the CPU.
    """

    prefills_many = True  # forking: several positions' prefixes in one batch, padded on the left

    def __init__(self, model: LoadedModel, prefix_cache_bytes: int = 512 * 2**20, threads: int | None = None) -> None:
        super().__init__(model.tokenizer, dict(model.info), max_positions=model.max_positions)
        self.loaded = model
        self.model = model.model
        self.device = model.device
        self._cache_kw = kvcache.cache_argument(self.model)
        self.prefixes = kvcache.PrefixCache(self.model, max_bytes=prefix_cache_bytes)
        self.threads = Threads.of(threads)

    def close(self) -> None:
        """Free the KV caches kept for recent contexts."""
        self.prefixes.clear()

    def _forward(self, input_ids: torch.Tensor, cache: DynamicCache, last_only: bool = True,
                 padded: _Padded | None = None) -> torch.Tensor:
        self.calls += 1
        kwargs: dict[str, object] = {self._cache_kw: cache, "use_cache": True}
        if padded is not None:
            kwargs["attention_mask"] = padded.mask
            kwargs["position_ids"] = padded.positions.view(-1, 1)
        if last_only:
            kwargs["logits_to_keep"] = 1
        if self.device.type == "cpu":
            _use_threads(self.threads.for_tokens(int(input_ids.shape[-1])))
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

    def prefill_many(self, contexts: Sequence[Sequence[int]]) -> Step:
        """The distributions after several contexts (one row each), as one ``Step`` whose rows
        ``extend`` continues together: forking rollouts of several positions in one batch.

        Contexts that are all prefixes of the longest (the positions of one base path) cost
        one forward pass of the longest; others one each. Shorter rows are padded on the left
        and masked.
        """
        lists = [list(c) for c in contexts]
        if not lists or not all(lists):
            raise ValueError("cannot run an empty context")
        longest = max(lists, key=len)
        lengths = [len(c) for c in lists]
        if all(c == longest[:len(c)] for c in lists):
            cache = kvcache.new_cache(self.model)
            logits = self._forward(torch.tensor([longest]), cache, last_only=False)[0]
            logprobs = log_softmax(logits[[n - 1 for n in lengths]])
            batch = kvcache.left_padded(self.model, cache, lengths)
        else:
            steps = [self.prefill(c) for c in lists]
            logprobs = torch.cat([st.logprobs for st in steps])
            batch = kvcache.stacked_left_padded(self.model, [st.state for st in steps], lengths)
        width = max(lengths)
        mask = torch.tensor([[0] * (width - n) + [1] * n for n in lengths], dtype=torch.long, device=self.device)
        positions = torch.tensor(lengths, dtype=torch.long, device=self.device)
        return Step(logprobs, _Padded(batch, mask, positions))

    def extend(self, step: Step, rows: Sequence[int] | torch.Tensor, tokens: Sequence[int] | torch.Tensor) -> Step:
        """Append ``tokens[i]`` to row ``rows[i]`` of ``step`` and run one forward step.

        ``rows`` may reorder, repeat or drop rows. ``step`` is consumed: its cache is reused
        in place.
        """
        rows = torch.as_tensor(rows, dtype=torch.long, device=self.device)
        tokens = torch.as_tensor(tokens, dtype=torch.long).view(-1, 1)
        state = step.state
        padded = state if isinstance(state, _Padded) else None
        cache = padded.cache if padded is not None else state
        if rows.numel() != step.rows or not torch.equal(rows, torch.arange(step.rows, device=self.device)):
            kvcache.select_rows(cache, rows)
            if padded is not None:
                padded = _Padded(cache, padded.mask[rows], padded.positions[rows])
        if padded is not None:
            ones = padded.mask.new_ones((padded.mask.shape[0], 1))
            padded = _Padded(cache, torch.cat([padded.mask, ones], dim=1), padded.positions)
        logits = self._forward(tokens, cache, padded=padded)
        if padded is not None:
            padded.positions = padded.positions + 1
            return Step(log_softmax(logits[:, -1, :]), padded)
        return Step(log_softmax(logits[:, -1, :]), cache)

    def batch_rows(self, length: int) -> int:
        """Rows whose caches of ``length`` positions fit ``BATCH_BYTES`` (at least 1, at most 256)."""
        return max(1, min(256, BATCH_BYTES // (kvcache.bytes_per_position(self.model) * max(1, length))))

    def run_batch(self, cache: DynamicCache, tokens: Sequence[int] | torch.Tensor) -> torch.Tensor:
        """Feed one token per row on top of ``cache``; ``[rows, vocab]`` log-probabilities."""
        tokens = torch.as_tensor(tokens, dtype=torch.long).view(-1, 1)
        return log_softmax(self._forward(tokens, cache)[:, -1, :])

    def all_positions(self, ids: Sequence[int], start: int) -> Step:
        """Distributions after ``ids[:i + 1]`` for ``i >= start - 1``, in one forward pass."""
        cache = kvcache.new_cache(self.model)
        logits = self._forward(torch.tensor([list(ids)]), cache, last_only=False)
        return Step(log_softmax(logits[0, start - 1 :]), None)

    def tree(self, prompt_ids: Sequence[int]) -> Tree:
        return TransformersTree(self, prompt_ids)

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


class TransformersTree(Tree):
    """A tree's nodes evaluated level by level in batches on top of the prompt's cache.

    The prompt runs once; each node keeps only its own token's keys and values, so memory
    grows with the number of nodes, not with nodes x context length.
    """

    def __init__(self, engine: TransformersBackend, prompt_ids: Sequence[int]) -> None:
        self.engine = engine
        self.prompt_len = len(prompt_ids)
        self._step = engine.prefill(prompt_ids)
        self._prompt_kv = kvcache.layers(self._step.state)
        self._own_kv: dict[int, list[tuple[torch.Tensor, torch.Tensor]]] = {}  # node -> its token's KV
        self._per_position = kvcache.bytes_per_position(engine.model)

    def root(self) -> Step:
        return self._step

    def evaluate(self, run: Run, nodes: Sequence[Node]) -> Step:
        out = []
        depth = max(len(run.path(n.id)) for n in nodes)
        batch = max(1, min(64, BATCH_BYTES // (self._per_position * (self.prompt_len + depth))))
        for start in range(0, len(nodes), batch):
            chunk = nodes[start : start + batch]
            # Nodes below the root: each has a parent and a token.
            suffixes = [[self._own_kv[n.id] for n in run.path(c.parent)[1:]] for c in chunk]  # type: ignore[arg-type]
            cache = kvcache.prefix_batch(self.engine.model, self._prompt_kv, suffixes)
            out.append(self.engine.run_batch(cache, [c.token for c in chunk]))  # type: ignore[misc]
            last = kvcache.last_positions(cache)
            for row, child in enumerate(chunk):
                self._own_kv[child.id] = [(k[row], v[row]) for k, v in last]
            del cache
        return Step(torch.cat(out), None)
