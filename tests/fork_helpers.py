"""A scripted backend whose outcome is decided at a known token, and outcome functions for tests.

Over the tiny byte-level tokenizer (id == byte, 256 = EOS), the scripted model writes
``a`` (or sometimes ``b``) for ``DECISION`` tokens, then ``K`` (p 0.6) or ``J`` (p 0.37),
then the answer that letter decides (``A`` after ``K``, ``B`` after ``J``) and EOS. So the
outcome is decided at position ``DECISION`` (the forking token is ``J`` there), and o_t
changes at ``DECISION + 1``, once the base path has taken ``K``.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch

from tracegen.backends.base import Backend, Step, Tree
from tracegen.testing import tiny_tokenizer

DECISION = 3
EOS = 256
A, B, K, J, LOW_A, LOW_B = (ord(c) for c in "ABKJab")
_RESERVED = {A, B, K, J}


def _row(choices: dict[int, float]) -> torch.Tensor:
    """Log-probabilities: ``choices``, the rest of the mass spread over tokens that decide nothing."""
    probs = torch.zeros(257, dtype=torch.float64)
    rest = 1.0 - sum(choices.values())
    spread = [t for t in range(256) if t not in _RESERVED and t not in choices]
    probs[spread] = rest / len(spread)
    for token, p in choices.items():
        probs[token] = p
    return probs.log().float()


class ScriptedBackend(Backend):
    """A model whose next-token distribution is a rule of the generated tokens (see the module)."""

    def __init__(self, prompt_length: int) -> None:
        super().__init__(tiny_tokenizer(), {"name": "scripted", "vocab_size": 257, "eos_token_ids": [EOS],
                                            "backend": "scripted"})
        self.prompt_length = prompt_length

    def rule(self, ids: Sequence[int]) -> torch.Tensor:
        generated = list(ids[self.prompt_length:])
        if A in generated or B in generated:
            return _row({EOS: 0.97})
        if K in generated:
            return _row({A: 0.97})
        if J in generated:
            return _row({B: 0.97})
        if len(generated) < DECISION:
            return _row({LOW_A: 0.85, LOW_B: 0.12})
        if len(generated) == DECISION:
            return _row({K: 0.6, J: 0.37})
        return _row({A: 0.5, B: 0.47})

    def prefill(self, ids: Sequence[int]) -> Step:
        self.calls += 1
        return Step(self.rule(ids).view(1, -1), [list(ids)])

    def extend(self, step: Step, rows, tokens) -> Step:
        self.calls += 1
        rows = torch.as_tensor(rows).view(-1).tolist()
        tokens = torch.as_tensor(tokens).view(-1).tolist()
        contexts = [step.state[r] + [t] for r, t in zip(rows, tokens, strict=True)]
        return Step(torch.stack([self.rule(c) for c in contexts]), contexts)

    def all_positions(self, ids: Sequence[int], start: int) -> Step:
        return Step(torch.stack([self.rule(ids[: i + 1]) for i in range(start - 1, len(ids))]), None)

    def distribution(self, ids: Sequence[int]) -> torch.Tensor:
        return self.rule(ids)

    def tree(self, prompt_ids: Sequence[int]) -> Tree:
        raise NotImplementedError


def second_character(text: str) -> str | None:
    """An outcome of a few labels: the second character's code point modulo 3."""
    return str(ord(text[1]) % 3) if len(text) > 1 else None
