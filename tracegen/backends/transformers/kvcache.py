"""Everything that knows the transformers KV-cache API, in one place.

The cache API moves between transformers releases (5.x renamed the forward argument
``past_key_values`` to ``cache``); the rest of tracegen goes through these functions.
Tensors in a cache layer are ``[batch, kv_heads, seq_len, head_dim]``.
"""

from __future__ import annotations

import inspect
from collections import OrderedDict
from collections.abc import Sequence

import torch
from transformers import DynamicCache, PreTrainedModel

from ..prefix import shared_prefix


def cache_argument(model: PreTrainedModel) -> str:
    """The name of the forward argument that takes the cache (``cache`` or ``past_key_values``)."""
    params = inspect.signature(model.forward).parameters
    return "cache" if "cache" in params else "past_key_values"


def new_cache(model: PreTrainedModel) -> DynamicCache:
    """An empty cache laid out for ``model`` (sliding-window layers where its config has them)."""
    return DynamicCache(config=model.config)


def layers(cache: DynamicCache) -> list[tuple[torch.Tensor, torch.Tensor]]:
    """The ``(keys, values)`` of each layer."""
    # A DynamicCache's layers are DynamicLayers, which hold keys and values.
    return [(layer.keys, layer.values) for layer in cache.layers]  # type: ignore[union-attr,misc]


def from_layers(model: PreTrainedModel, data: Sequence[tuple[torch.Tensor, torch.Tensor]]) -> DynamicCache:
    """A cache holding the given per-layer ``(keys, values)``."""
    return DynamicCache(ddp_cache_data=list(data), config=model.config)


def select_rows(cache: DynamicCache, rows: torch.Tensor) -> None:
    """Keep (and reorder, or repeat) the batch rows ``rows`` of ``cache``, in place."""
    cache.batch_select_indices(rows)


def clone(cache: DynamicCache, model: PreTrainedModel, upto: int | None = None) -> DynamicCache:
    """An independent copy of ``cache`` (optionally of its first ``upto`` positions only)."""
    return from_layers(model, [(k[..., :upto, :].clone(), v[..., :upto, :].clone()) for k, v in layers(cache)])


def last_positions(cache: DynamicCache, count: int = 1) -> list[tuple[torch.Tensor, torch.Tensor]]:
    """Per layer, the keys and values of the last ``count`` positions (``[batch, h, count, d]``), copied."""
    return [(k[..., -count:, :].clone(), v[..., -count:, :].clone()) for k, v in layers(cache)]


def nbytes(cache: DynamicCache) -> int:
    return sum(k.numel() * k.element_size() + v.numel() * v.element_size() for k, v in layers(cache))


def prefix_batch(
    model: PreTrainedModel,
    prefix: list[tuple[torch.Tensor, torch.Tensor]],
    suffixes: list[list[list[tuple[torch.Tensor, torch.Tensor]]]],
) -> DynamicCache:
    """A batch cache whose row ``i`` is ``prefix`` followed by the positions in ``suffixes[i]``.

    Args:
        prefix: Per layer ``(keys, values)`` of one row, ``[1, h, P, d]`` (the shared prompt).
        suffixes: For each row, a list of positions; each position is per layer
            ``(keys, values)`` of shape ``[h, 1, d]``. All rows have the same number of positions.
    """
    rows = len(suffixes)
    data = []
    for layer, (pk, pv) in enumerate(prefix):
        keys = [pk.expand(rows, -1, -1, -1)]
        values = [pv.expand(rows, -1, -1, -1)]
        if suffixes[0]:
            keys.append(torch.stack([torch.cat([pos[layer][0] for pos in s], dim=1) for s in suffixes]))
            values.append(torch.stack([torch.cat([pos[layer][1] for pos in s], dim=1) for s in suffixes]))
        data.append((torch.cat(keys, dim=2), torch.cat(values, dim=2)))
    return from_layers(model, data)


def left_padded(model: PreTrainedModel, cache: DynamicCache, lengths: Sequence[int]) -> DynamicCache:
    """A batch cache whose row ``i`` holds the first ``lengths[i]`` positions of ``cache``
    (one row), right-aligned: row ``i`` starts with ``max(lengths) - lengths[i]`` empty
    positions, which the caller's attention mask hides (keys carry their own positions, so
    where they sit in the cache does not matter).
    """
    width = max(lengths)
    data = []
    for keys, values in layers(cache):
        k = keys.new_zeros((len(lengths), keys.shape[1], width, keys.shape[3]))
        v = values.new_zeros((len(lengths), values.shape[1], width, values.shape[3]))
        for row, length in enumerate(lengths):
            k[row, :, width - length:] = keys[0, :, :length]
            v[row, :, width - length:] = values[0, :, :length]
        data.append((k, v))
    return from_layers(model, data)


def stacked_left_padded(model: PreTrainedModel, caches: Sequence[DynamicCache], lengths: Sequence[int]) -> DynamicCache:
    """As ``left_padded``, with row ``i`` from ``caches[i]`` (one row of ``lengths[i]`` positions each)."""
    width = max(lengths)
    data = []
    for layer in zip(*(layers(c) for c in caches), strict=True):
        keys, values = layer[0]
        k = keys.new_zeros((len(lengths), keys.shape[1], width, keys.shape[3]))
        v = values.new_zeros((len(lengths), values.shape[1], width, values.shape[3]))
        for row, ((rk, rv), length) in enumerate(zip(layer, lengths, strict=True)):
            k[row, :, width - length:] = rk[0, :, :length]
            v[row, :, width - length:] = rv[0, :, :length]
        data.append((k, v))
    return from_layers(model, data)


def bytes_per_position(model: PreTrainedModel) -> int:
    """Bytes the cache of one sequence needs for one more position (all layers, keys and values)."""
    config = model.config.get_text_config(decoder=True)
    heads = getattr(config, "num_key_value_heads", None) or config.num_attention_heads
    head_dim = getattr(config, "head_dim", None) or config.hidden_size // config.num_attention_heads
    dtype_size = torch.finfo(model.dtype).bits // 8
    return 2 * config.num_hidden_layers * heads * head_dim * dtype_size


class PrefixCache:
    """A bounded LRU of single-sequence caches, found by their longest shared prefix.

    Live mode asks for the distribution after arbitrary contexts: the next one usually
    extends, or branches off, a context it asked about before. ``take(ids)`` hands back the
    cached entry that shares the longest prefix with ``ids`` (cropped to that prefix, so the
    caller feeds only the missing tokens) and ``put(ids, cache)`` stores the result.
    """

    def __init__(self, model: PreTrainedModel, max_bytes: int = 512 * 2**20, max_entries: int = 16) -> None:
        self.model = model
        self.max_bytes = max_bytes
        self.max_entries = max_entries
        self._entries: OrderedDict[tuple[int, ...], DynamicCache] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def nbytes(self) -> int:
        return sum(nbytes(c) for c in self._entries.values())

    def take(self, ids: Sequence[int]) -> tuple[DynamicCache | None, int]:
        """The cache sharing the longest prefix with ``ids`` and that prefix's length.

        The returned cache covers at most ``len(ids) - 1`` positions, so the caller always
        feeds at least one token and gets logits for the last position. An entry that is a
        prefix of ``ids`` is handed over (removed from the pool, as it will grow in place);
        one that has to be cropped is copied, so it stays for other branches.
        """
        best_key, best_len = None, 0
        limit = len(ids) - 1
        for key in self._entries:
            shared = shared_prefix(key, ids, limit)
            if shared > best_len:
                best_key, best_len = key, shared
        if best_key is None:
            return None, 0
        if len(best_key) == best_len:
            return self._entries.pop(best_key), best_len
        self._entries.move_to_end(best_key)
        return clone(self._entries[best_key], self.model, upto=best_len), best_len

    def clear(self) -> None:
        """Drop every cached context."""
        self._entries.clear()

    def put(self, ids: Sequence[int], cache: DynamicCache) -> None:
        """Store the cache of the context ``ids``, evicting the least recently used beyond the bounds."""
        self._entries[tuple(ids)] = cache
        self._entries.move_to_end(tuple(ids))
        while len(self._entries) > self.max_entries or (len(self._entries) > 1 and self.nbytes > self.max_bytes):
            self._entries.popitem(last=False)
