"""Rollouts: continuations sampled after a forced prefix, sharing the prefix's computation.

For one position t of the base path, every alternative w and every sample continue the same
context x<t. The context is evaluated once (``Backend.prefill``), then repeated over a batch
of rows, one per (w, sample), each extended by its w (``Backend.extend`` with repeated
rows: transformers copies the prefix's KV cache over the batch, llama.cpp gives each row a
sequence that shares the prefix's cells), and all rows are sampled together, step by step,
until each draws an end-of-sequence token or reaches its length. A rollout costs only its
own new tokens.

A server (``Backend.shares_prefixes`` false) samples each rollout itself: its ``decode``
sends the requests of one (t, w) together, as many in flight as ``--concurrency`` allows,
and a server with prefix caching (vLLM, llama.cpp) reuses the shared prefix on its side.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import torch

from ..backends.base import Backend, Sampler, column_to_id


@dataclass
class Rollout:
    """One sampled continuation of ``prefix + [w]``.

    Args:
        tokens: The sampled token ids (an end-of-sequence token included when drawn).
        logprob: Their total log-probability under the model at temperature 1.
    """

    tokens: list[int] = field(default_factory=list)
    logprob: float = 0.0


def roll_out(backend: Backend, prefix: Sequence[int], branches: Sequence[int], *, samples: int, max_tokens: int,
             temperature: float, seed: int) -> list[list[Rollout]]:
    """``samples`` continuations of ``prefix + [w]`` for every ``w`` in ``branches``.

    Args:
        backend: What runs the model.
        prefix: The context x<t (prompt and base tokens before t).
        branches: The tokens w forced at t.
        samples: Continuations per branch.
        max_tokens: Most tokens sampled per continuation.
        temperature: Sampling temperature (the recorded logprob is at temperature 1).
        seed: Seed of the sampler (the same seed and batch size draw the same rollouts).

    Returns:
        Per branch, its ``samples`` rollouts.
    """
    if not backend.shares_prefixes:
        return _served(backend, prefix, branches, samples=samples, max_tokens=max_tokens, temperature=temperature,
                       seed=seed)
    eos = set(backend.eos_token_ids)
    out = [[Rollout() for _ in range(samples)] for _ in branches]
    rows = [(b, s) for b, w in enumerate(branches) if w not in eos for s in range(samples)]
    sampler = Sampler(temperature, 1.0, seed)
    generator = torch.Generator(device="cpu")
    generator.manual_seed(seed)
    size = backend.batch_rows(len(prefix) + 1 + max_tokens)
    for start in range(0, len(rows), size):
        chunk = [out[b][s] for b, s in rows[start : start + size]]
        step = backend.prefill(prefix)
        step = backend.extend(step, [0] * len(chunk), [branches[b] for b, _ in rows[start : start + size]])
        live = list(range(len(chunk)))
        for position in range(max_tokens):
            logprobs = step.logprobs.float().cpu()
            drawn = sampler.draw(logprobs, generator)
            chosen = logprobs.gather(1, drawn.view(-1, 1)).view(-1).tolist()
            keep = []
            for row, (token, logprob) in enumerate(zip(drawn.tolist(), chosen, strict=True)):
                rollout = chunk[live[row]]
                rollout.tokens.append(token)
                rollout.logprob += logprob
                if token not in eos:
                    keep.append(row)
            if not keep or position == max_tokens - 1:
                break
            step = backend.extend(step, keep, drawn[keep])
            live = [live[row] for row in keep]
    return out


def _served(backend: Backend, prefix: Sequence[int], branches: Sequence[int], *, samples: int, max_tokens: int,
            temperature: float, seed: int) -> list[list[Rollout]]:
    """Rollouts sampled by a server: ``decode`` per branch (its requests in flight together);
    a token's logprob is the server's own where it reports it."""
    eos = set(backend.eos_token_ids)
    out = [[Rollout() for _ in range(samples)] for _ in branches]
    for b, w in enumerate(branches):
        if w in eos:
            continue
        for decoded in backend.decode(list(prefix) + [w], n=samples, max_new_tokens=max_tokens,
                                      sampler=Sampler(temperature, 1.0, seed + b * samples),
                                      eos=torch.tensor(sorted(eos))):
            for row, sample in enumerate(decoded.samples):
                column = int(decoded.tokens[row])
                given = decoded.token_logprobs[row] if decoded.token_logprobs else None
                logprob = float(decoded.logprobs[row, column]) if given is None else given
                rollout = out[b][sample]
                rollout.tokens.append(column_to_id(column, backend.vocab_size))
                rollout.logprob += logprob if logprob > -float("inf") else 0.0
    return out
