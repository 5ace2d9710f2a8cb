"""References for the llamacpp backend: an independent llama.cpp evaluation, and capture / replay.

``LlamaReference`` is a ``Backend`` built on llama-cpp-python's high-level ``Llama`` class
and nothing of tracegen's: one sequence, each context evaluated the way llama.cpp generates
(the longest prefix already in the cache kept, the rest decoded, as its server does), or
from scratch (``fresh``). ``Capturing`` keeps every distribution another backend returns, by
context; ``Replay`` serves them back, so a strategy can run again on exactly the
distributions a recording saw.

Why both: llama.cpp's numbers for one context depend on how it was decoded (one-token
batches have kernels of their own; the cells of other sequences change the order of float
sums), and its quantized activations turn those last-bit differences into up to ~0.05 of
probability. A backend that batches sequences in one cache therefore cannot match a
one-sequence reference digit for digit: the bookkeeping is checked exactly by replay, the
numbers against the reference within that noise, and digit for digit where both decode
the same way (one sequence from an empty cache).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch

from tracegen.backends.base import Backend, Step, Tree
from tracegen.trace import Node, Run


class LlamaReference(Backend):
    """Distributions after each context from llama-cpp-python's ``Llama``, one sequence.

    Args:
        gguf: The model file.
        tokenizer: Its tokenizer; ``info``: the trace's ``model`` field (copied).
        n_ctx: The context size.
    """

    def __init__(self, gguf: Path, tokenizer, info: dict, n_ctx: int = 512) -> None:
        from llama_cpp import Llama

        super().__init__(tokenizer, dict(info, backend="llama-reference"), max_positions=n_ctx)
        self.llm = Llama(model_path=str(gguf), n_ctx=n_ctx, n_batch=n_ctx, logits_all=True, verbose=False, seed=0)
        self.held: list[int] = []  # what the sequence holds

    def close(self) -> None:
        self.llm.close()

    def _rows(self, ids: Sequence[int], first: int) -> torch.Tensor:
        """Rows ``first .. len(ids) - 1``, decoding what the sequence does not hold yet (as llama.cpp generates)."""
        ids = list(ids)
        keep = 0
        while keep < min(len(self.held), first) and self.held[keep] == ids[keep]:
            keep += 1
        return self._decode(ids, keep, first)

    def fresh(self, ids: Sequence[int]) -> torch.Tensor:
        """The distribution after ``ids`` from a decode of the whole context."""
        return self._decode(list(ids), 0, len(ids) - 1)[0]

    def _decode(self, ids: list[int], keep: int, first: int) -> torch.Tensor:
        self.calls += 1
        self.llm.n_tokens = keep  # eval() drops what the cache holds past it
        self.llm.eval(ids[keep:])
        self.held = ids
        logits = np.array(self.llm.scores[first:len(ids)], dtype=np.float32)
        return torch.log_softmax(torch.from_numpy(logits), dim=-1)

    def prefill(self, ids: Sequence[int]) -> Step:
        return Step(self._rows(ids, len(ids) - 1), [list(ids)])

    def extend(self, step: Step, rows, tokens) -> Step:
        rows = torch.as_tensor(rows).view(-1).tolist()
        tokens = torch.as_tensor(tokens).view(-1).tolist()
        contexts = [step.state[r] + [t] for r, t in zip(rows, tokens, strict=True)]
        return Step(torch.cat([self._rows(c, len(c) - 1) for c in contexts]), contexts)

    def all_positions(self, ids: Sequence[int], start: int) -> Step:
        return Step(self._rows(ids, start - 1), None)

    def distribution(self, ids: Sequence[int]) -> torch.Tensor:
        return self._rows(ids, len(ids) - 1)[0]

    def tree(self, prompt_ids: Sequence[int]) -> Tree:
        return _ReferenceTree(self, list(prompt_ids))


class _ReferenceTree(Tree):
    def __init__(self, backend: LlamaReference, prompt: list[int]) -> None:
        self.backend = backend
        self.prompt = prompt

    def root(self) -> Step:
        return self.backend.prefill(self.prompt)

    def evaluate(self, run: Run, nodes: Sequence[Node]) -> Step:
        rows = [self.backend.distribution(self.prompt + run.token_ids(n.id)) for n in nodes]
        return Step(torch.stack(rows), None)


class Capturing(Backend):
    """Another backend, unchanged, keeping every distribution it returns by context (``rows``)."""

    def __init__(self, inner: Backend) -> None:
        super().__init__(inner.tokenizer, inner.info, tokens=inner.tokens, max_positions=inner.max_positions)
        self.inner = inner
        self.rows: dict[tuple[int, ...], torch.Tensor] = {}

    def _keep(self, contexts, logprobs: torch.Tensor) -> None:
        for context, row in zip(contexts, logprobs, strict=True):
            self.rows[tuple(context)] = row.clone()

    def prefill(self, ids):
        step = self.inner.prefill(ids)
        self._keep([list(ids)], step.logprobs)
        return Step(step.logprobs, (step.state, [list(ids)]))

    def extend(self, step, rows, tokens):
        inner, contexts = step.state
        rows = torch.as_tensor(rows).view(-1).tolist()
        tokens = torch.as_tensor(tokens).view(-1).tolist()
        grown = [contexts[r] + [t] for r, t in zip(rows, tokens, strict=True)]
        out = self.inner.extend(Step(step.logprobs, inner), rows, tokens)
        self._keep(grown, out.logprobs)
        return Step(out.logprobs, (out.state, grown))

    def all_positions(self, ids, start):
        step = self.inner.all_positions(ids, start)
        self._keep([list(ids[:end]) for end in range(start, len(ids) + 1)], step.logprobs)
        return step

    def distribution(self, ids):
        row = self.inner.distribution(ids)
        self._keep([list(ids)], row.view(1, -1))
        return row

    def tree(self, prompt_ids):
        return _CapturingTree(self, self.inner.tree(prompt_ids), list(prompt_ids))


class _CapturingTree(Tree):
    def __init__(self, backend: Capturing, inner: Tree, prompt: list[int]) -> None:
        self.backend, self.inner, self.prompt = backend, inner, prompt

    def root(self) -> Step:
        step = self.inner.root()
        self.backend._keep([self.prompt], step.logprobs)
        return step

    def evaluate(self, run: Run, nodes: Sequence[Node]) -> Step:
        step = self.inner.evaluate(run, nodes)
        self.backend._keep([self.prompt + run.token_ids(n.id) for n in nodes], step.logprobs)
        return step


class Replay(Backend):
    """Serves the distributions a ``Capturing`` backend kept: the same numbers, no model.

    A strategy run on it makes its choices from exactly the distributions the captured run
    saw, so the two runs must agree to the last digit; asking for a context the captured
    run never evaluated raises ``KeyError``.
    """

    def __init__(self, captured: Capturing) -> None:
        super().__init__(captured.tokenizer, captured.info, tokens=captured.tokens,
                         max_positions=captured.max_positions)
        self.rows = captured.rows

    def _rows(self, contexts) -> torch.Tensor:
        return torch.stack([self.rows[tuple(c)] for c in contexts])

    def prefill(self, ids):
        return Step(self._rows([list(ids)]), [list(ids)])

    def extend(self, step, rows, tokens):
        rows = torch.as_tensor(rows).view(-1).tolist()
        tokens = torch.as_tensor(tokens).view(-1).tolist()
        contexts = [step.state[r] + [t] for r, t in zip(rows, tokens, strict=True)]
        return Step(self._rows(contexts), contexts)

    def all_positions(self, ids, start):
        return Step(self._rows([list(ids[:end]) for end in range(start, len(ids) + 1)]), None)

    def distribution(self, ids):
        return self._rows([list(ids)])[0]

    def tree(self, prompt_ids):
        backend, prompt = self, list(prompt_ids)

        class _Tree(Tree):
            def root(self) -> Step:
                return backend.prefill(prompt)

            def evaluate(self, run: Run, nodes: Sequence[Node]) -> Step:
                return Step(backend._rows([prompt + run.token_ids(n.id) for n in nodes]), None)

        return _Tree()
