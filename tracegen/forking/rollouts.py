"""Rollouts: continuations sampled after a forced prefix, sharing the prefix's computation.

For one position t of the base path, every alternative w and every sample continue the same
context x<t. The context is evaluated once (``Backend.prefill``), then repeated over a batch
of rows, one per (w, sample), each extended by its w (``Backend.extend`` with repeated
rows: transformers copies the prefix's KV cache over the batch, llama.cpp gives each row a
sequence that shares the prefix's cells), and all rows are sampled together, step by step,
until each draws an end-of-sequence token or reaches its length. A rollout costs only its
own new tokens.

A server (``Backend.shares_prefixes`` false) samples the rollouts itself: its ``decode_many``
sends one request per (t, w) asking for ``n = samples`` choices, the requests of every (t, w)
of a batch together, as many in flight as ``--concurrency`` allows, and a server with prefix
caching (vLLM, llama.cpp) reuses the shared prefix on its side. A server that ignores ``n``
(llama-cpp-python's) gets one request per rollout instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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


@dataclass
class Group:
    """The rollouts of one position: ``samples`` continuations of ``prefix + [w]`` per branch w.

    Args:
        prefix: The context x<t (prompt and base tokens before t).
        branches: The tokens w forced at t.
        max_tokens: Most tokens sampled per continuation.
        seed: Seed of this position's sampler: its rollouts do not depend on what else shares
            their batch.
    """

    prefix: Sequence[int]
    branches: Sequence[int]
    max_tokens: int
    seed: int


def roll_out(backend: Backend, prefix: Sequence[int], branches: Sequence[int], *, samples: int, max_tokens: int,
             temperature: float, seed: int) -> list[list[Rollout]]:
    """``samples`` continuations of ``prefix + [w]`` for every ``w`` in ``branches`` (one position).

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
    return roll_out_many(backend, [Group(prefix, branches, max_tokens, seed)], samples=samples,
                         temperature=temperature)[0]


def roll_out_many(backend: Backend, groups: Sequence[Group], *, samples: int, temperature: float,
                  note: Callable[[str], None] | None = None) -> list[list[list[Rollout]]]:
    """The rollouts of several positions, whole positions sharing batches where the backend
    can start a batch from several contexts (``Backend.prefills_many``), a server's requests
    all in flight together (``note`` is told when it ignores ``n``).

    Returns:
        Per group, per branch, its ``samples`` rollouts.
    """
    if not backend.shares_prefixes:
        return _served(backend, groups, samples=samples, temperature=temperature, note=note)
    eos = set(backend.eos_token_ids)
    out = [[[Rollout() for _ in range(samples)] for _ in g.branches] for g in groups]
    rows = [[(b, s) for b, w in enumerate(g.branches) if w not in eos for s in range(samples)] for g in groups]
    size = backend.batch_rows(max(len(g.prefix) + 1 + g.max_tokens for g in groups))
    batches: list[list[tuple[int, list[tuple[int, int]]]]] = []
    current: list[tuple[int, list[tuple[int, int]]]] = []
    for index, own in enumerate(rows):
        if not own:
            continue
        if current and (not backend.prefills_many or sum(len(r) for _, r in current) + len(own) > size):
            batches.append(current)
            current = []
        if len(own) > size:  # a position alone spans several batches, in order
            batches.extend([[(index, own[i : i + size])] for i in range(0, len(own), size)])
            continue
        current.append((index, own))
    if current:
        batches.append(current)
    sampler = Sampler(temperature, 1.0, 0)
    generators = []
    for g in groups:
        generators.append(torch.Generator(device="cpu"))
        generators[-1].manual_seed(g.seed)
    for batch in batches:
        longest = max((groups[g].prefix for g, _ in batch), key=len)
        backend.reserve(longest, sum(len(own) for _, own in batch), 1 + max(groups[g].max_tokens for g, _ in batch))
        _decode(backend, batch, groups, out, sampler, generators, eos)
    return out


def _decode(backend: Backend, batch: list[tuple[int, list[tuple[int, int]]]], groups: Sequence[Group],
            out: list[list[list[Rollout]]], sampler: Sampler, generators: list[torch.Generator],
            eos: set[int]) -> None:
    """Sample one batch: its positions' prefixes once, each row extended by its w, then
    every row one token per step, each position drawing with its own generator."""
    if len(batch) == 1:
        step = backend.prefill(groups[batch[0][0]].prefix)
    else:
        step = backend.prefill_many([groups[g].prefix for g, _ in batch])
    parents = [k for k, (_, own) in enumerate(batch) for _ in own]
    targets = [(g, out[g][b][s], groups[g].max_tokens) for g, own in batch for b, s in own]
    step = backend.extend(step, parents, [groups[g].branches[b] for g, own in batch for b, _ in own])
    live = list(range(len(targets)))
    for _ in range(max(limit for _, _, limit in targets)):
        logprobs = step.logprobs.float().cpu()
        drawn = torch.empty(len(live), dtype=torch.long)
        start = 0
        while start < len(live):  # rows of a position are contiguous
            g = targets[live[start]][0]
            end = start
            while end < len(live) and targets[live[end]][0] == g:
                end += 1
            drawn[start:end] = sampler.draw_by_cdf(logprobs[start:end], generators[g])
            start = end
        chosen = logprobs.gather(1, drawn.view(-1, 1)).view(-1).tolist()
        keep = []
        for row, (token, logprob) in enumerate(zip(drawn.tolist(), chosen, strict=True)):
            _, rollout, limit = targets[live[row]]
            rollout.tokens.append(token)
            rollout.logprob += logprob
            if token not in eos and len(rollout.tokens) < limit:
                keep.append(row)
        if not keep:
            return
        step = backend.extend(step, keep, drawn[keep])
        live = [live[row] for row in keep]


def _served(backend: Backend, groups: Sequence[Group], *, samples: int, temperature: float,
            note: Callable[[str], None] | None) -> list[list[list[Rollout]]]:
    """Rollouts sampled by a server: ``decode_many`` of every (t, w) at once, one request per
    (t, w) asking for ``samples`` choices (or one per rollout where the server ignores ``n``),
    ``--concurrency`` in flight; a token's logprob is the server's own where it reports it."""
    eos = set(backend.eos_token_ids)
    out = [[[Rollout() for _ in range(samples)] for _ in g.branches] for g in groups]
    todo = [(g, b) for g, group in enumerate(groups) for b, w in enumerate(group.branches) if w not in eos]
    if not todo:
        return out
    contexts = [list(groups[g].prefix) + [groups[g].branches[b]] for g, b in todo]
    samplers: list[Sampler | None] = [Sampler(temperature, 1.0, groups[g].seed + b * samples) for g, b in todo]
    decoded = backend.decode_many(contexts, n=samples, max_new_tokens=max(g.max_tokens for g in groups),
                                  samplers=samplers, eos=torch.tensor(sorted(eos)), note=note)
    for (g, b), steps in zip(todo, decoded, strict=True):
        for position, step in enumerate(steps):
            if position >= groups[g].max_tokens:
                break
            for row, sample in enumerate(step.samples):
                column = int(step.tokens[row])
                given = step.token_logprobs[row] if step.token_logprobs else None
                logprob = float(step.logprobs[row, column]) if given is None else given
                rollout = out[g][b][sample]
                rollout.tokens.append(column_to_id(column, backend.vocab_size))
                rollout.logprob += logprob if logprob > -float("inf") else 0.0
    return out
