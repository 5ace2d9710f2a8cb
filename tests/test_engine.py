"""The engine and its KV-cache handling against direct forward passes."""

from __future__ import annotations

import torch

from tests.reference import direct_logprobs
from tracegen.backends.transformers import TransformersBackend, kvcache


def test_extend_reorders_and_repeats_rows(tiny):
    engine = TransformersBackend(tiny)
    ids = tiny.tokenizer("Hello")["input_ids"]
    step = engine.extend(engine.prefill(ids), [0, 0, 0], [10, 20, 30])
    step = engine.extend(step, [2, 0], [40, 50])  # row 2 first, row 1 dropped
    for row, tail in enumerate([[30, 40], [10, 50]]):
        expected = direct_logprobs(tiny.model, ids + tail)
        assert torch.allclose(step.logprobs[row], expected, atol=1e-5)


def test_prefill_many_rows_of_different_lengths_extend_together(tiny, monkeypatch):
    """Several positions' rollouts in one batch: contexts of different lengths, padded on the
    left and masked, give each context's own distributions, step after step."""
    engine = TransformersBackend(tiny)
    fed: list[int] = []
    forward = engine._forward
    monkeypatch.setattr(engine, "_forward", lambda ids, cache, **kw: (fed.append(ids.shape[1]), forward(ids, cache, **kw))[1])
    ids = tiny.tokenizer("The cat sat on the mat")["input_ids"]
    for contexts in ([ids[:2], ids, ids[:4]], [ids[:3], [9, 8, 7, 6, 5, 4, 3]]):  # prefixes of one path, or not
        fed.clear()
        step = engine.prefill_many(contexts)
        for row, context in enumerate(contexts):
            assert torch.allclose(step.logprobs[row], direct_logprobs(tiny.model, context), atol=1e-5)
        # every row twice with its own token, then row 3 dropped and row 0 repeated
        rows = [r for r in range(len(contexts)) for _ in range(2)]
        tails = [[11 + k] for k in range(len(rows))]
        step = engine.extend(step, rows, [t[0] for t in tails])
        keep = [0, 1, 2] + list(range(4, len(rows))) + [0]
        step = engine.extend(step, keep, [40 + k for k in range(len(keep))])
        for out, row in enumerate(keep):
            context = contexts[rows[row]] + tails[row] + [40 + out]
            assert torch.allclose(step.logprobs[out], direct_logprobs(tiny.model, context), atol=1e-5)
        if contexts[0] == ids[:2]:
            assert fed == [len(ids), 1, 1]  # the longest prefix once, then one token a row per step


def test_distribution_reuses_the_longest_cached_prefix(tiny, monkeypatch):
    engine = TransformersBackend(tiny)
    fed: list[int] = []
    forward = engine._forward
    monkeypatch.setattr(engine, "_forward", lambda ids, cache, **kw: (fed.append(ids.shape[1]), forward(ids, cache, **kw))[1])
    ids = tiny.tokenizer("The cat sat on the mat")["input_ids"]
    contexts = [ids, ids + [5], ids + [5, 6], ids + [7], ids[:3] + [8]]
    for context in contexts:
        assert torch.allclose(engine.distribution(context), direct_logprobs(tiny.model, context), atol=1e-5)
    # the first context is computed whole; extending or branching off a cached one feeds one token
    assert fed == [len(ids), 1, 1, 1, 1]


def test_prefix_cache_stays_within_its_bounds(tiny):
    engine = TransformersBackend(tiny, prefix_cache_bytes=3 * 20 * kvcache.bytes_per_position(tiny.model))
    for first in range(10):
        engine.distribution([first] * 19)
    assert len(engine.prefixes) <= 3
    assert engine.prefixes.nbytes <= 3 * 20 * kvcache.bytes_per_position(tiny.model)
