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
