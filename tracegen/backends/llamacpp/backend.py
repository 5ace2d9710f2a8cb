"""The llama.cpp backend: a GGUF model run in this process by llama.cpp, full distributions.

Every evaluated position yields the whole logit row, so traces are as complete as the
transformers backend's (entropy, ranks, any top-k), from the quantized model at llama.cpp's
speed and memory. Contexts live in llama.cpp's own KV cache as sequences
(``sequences.py``): beams, samples and a branch level are decoded together, one batch per
step, and every context reuses the longest prefix already in the cache.

Token ids come from the model's ``transformers`` tokenizer (read from the same GGUF), which
numbers tokens as llama.cpp does, so traces of both backends share ids and can be compared.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from ...errors import ParameterError, TracegenError
from ...models import load_tokenizer, resolve_spec
from ...models.gguf import file_type_name
from ...trace import Node, Run
from ...trace.fields import is_integer
from ..base import Backend, Step, Tree
from ..threads import Threads
from .context import LlamaContext, versions
from .sequences import Request, SequencePool, Slot


@dataclass
class _Rows:
    """A ``Step``'s state: per row, its context and the slot that holds it."""

    contexts: list[list[int]]
    slots: list[Slot]


class LlamaCppBackend(Backend):
    """Runs a GGUF model with llama.cpp in this process (full distributions).

    Args:
        context: The llama.cpp model and context (``LlamaContext``).
        tokenizer: The model's ``transformers`` tokenizer (ids as llama.cpp numbers them).
        info: The trace's ``model`` field.
    """

    prefills_many = True

    def __init__(self, context: LlamaContext, tokenizer: Any, info: dict[str, Any]) -> None:
        super().__init__(tokenizer, info, max_positions=context.max_n_ctx)
        self.context = context
        self.pool = SequencePool(context)
        self._lock = threading.Lock()

    def close(self) -> None:
        """Free llama.cpp's model and context."""
        with self._lock:
            self.context.close()

    def batch_rows(self, length: int) -> int:
        """Rows one batched ``extend`` should carry: half the sequence ids (a pool chunk, so
        one ``llama_decode`` a step), leaving the other half to the prefixes the rows copy.

        More live rows than sequence ids would evict rows' sequences every step and decode
        their contexts again from the prefix.
        """
        return max(1, self.context.n_seq_max // 2)

    def reserve(self, context: Sequence[int], rows: int, new_tokens: int) -> None:
        """Grow the KV cache now if ``context`` and ``rows`` continuations of ``new_tokens``
        would not fit it: growing starts an empty cache, so it costs one evaluation of
        ``context`` here rather than one of every row's context in the middle of a batch."""
        with self._lock:
            before = self.context.decodes
            self.pool.reserve(context, len(context) + rows * new_tokens)
            self.calls += self.context.decodes - before

    def _run(self, requests: Sequence[Request]) -> tuple[torch.Tensor, list[Slot]]:
        """Evaluate ``requests`` (``SequencePool.run``); log-probabilities ``[rows, vocab]``."""
        with self._lock:
            before = self.context.decodes
            logits, slots = self.pool.run(requests)
            self.calls += self.context.decodes - before
        return torch.log_softmax(torch.from_numpy(logits), dim=-1), slots

    def prefill(self, ids: Sequence[int]) -> Step:
        """The next-token distribution after ``ids`` (one row), from the longest cached prefix."""
        if not ids:
            raise ValueError("cannot run an empty context")
        context = list(ids)
        logprobs, slots = self._run([Request(context, len(context) - 1)])
        return Step(logprobs, _Rows([context], slots))

    def prefill_many(self, contexts: Sequence[Sequence[int]]) -> Step:
        """The distributions after each context, decoded in shared batches, each from its
        longest cached prefix (forking: several positions' rollouts in one batch)."""
        lists = [list(c) for c in contexts]
        logprobs, slots = self._run([Request(c, len(c) - 1) for c in lists])
        return Step(logprobs, _Rows(lists, slots))

    def extend(self, step: Step, rows: Sequence[int] | torch.Tensor, tokens: Sequence[int] | torch.Tensor) -> Step:
        """Append ``tokens[i]`` to row ``rows[i]`` of ``step``: one batched decode step.

        A row's sequence grows in place for its first new row; a repeated row gets a new
        sequence sharing its cells; a dropped row's sequence is left to the cache.
        """
        state: _Rows = step.state
        rows = torch.as_tensor(rows).view(-1).tolist()
        tokens = torch.as_tensor(tokens).view(-1).tolist()
        contexts = [state.contexts[r] + [t] for r, t in zip(rows, tokens, strict=True)]
        requests = [Request(c, len(c) - 1, state.slots[r]) for c, r in zip(contexts, rows, strict=True)]
        logprobs, slots = self._run(requests)
        return Step(logprobs, _Rows(contexts, slots))

    def all_positions(self, ids: Sequence[int], start: int) -> Step:
        """Distributions after ``ids[:i + 1]`` for ``i >= start - 1``, decoded in as few batches as fit."""
        if not 1 <= start <= len(ids):
            raise ValueError("start must be a position in 1..len(ids)")
        logprobs, _ = self._run([Request(list(ids), start - 1)])
        return Step(logprobs, None)

    def distribution(self, ids: Sequence[int]) -> torch.Tensor:
        """The next-token log-probabilities ``[vocab]`` after ``ids``, from the longest cached prefix."""
        if not ids:
            raise ValueError("cannot run an empty context")
        return self._run([Request(list(ids), len(ids) - 1)])[0][0]

    def tree(self, prompt_ids: Sequence[int]) -> Tree:
        return LlamaTree(self, prompt_ids)


class LlamaTree(Tree):
    """A tree's levels decoded as batches of sequences, each node on its parent's cells."""

    def __init__(self, backend: LlamaCppBackend, prompt_ids: Sequence[int]) -> None:
        self.backend = backend
        self.prompt = list(prompt_ids)
        self._root = backend.prefill(self.prompt)
        self._slots: dict[int, Slot] = {}  # node id -> the slot that held its context when evaluated
        self._root_slot = self._root.state.slots[0]

    def root(self) -> Step:
        return self._root

    def evaluate(self, run: Run, nodes: Sequence[Node]) -> Step:
        requests = []
        for node in nodes:
            context = self.prompt + run.token_ids(node.id)
            hint = self._root_slot if node.parent is None else self._slots.get(node.parent, self._root_slot)
            requests.append(Request(context, len(context) - 1, hint))
        logprobs, slots = self.backend._run(requests)
        for node, slot in zip(nodes, slots, strict=True):
            self._slots[node.id] = slot
        return Step(logprobs, None)


def open_llamacpp(model: str | None = None, *, n_ctx: int | None = None, threads: int | None = None,
                  n_gpu_layers: int = 0) -> LlamaCppBackend:
    """Load a GGUF file into llama.cpp, with its tokenizer, ready to record.

    Args:
        model: A ``.gguf`` file (or a directory holding exactly one); ``None`` for the
            default model's GGUF.
        n_ctx: Most KV-cache cells, shared by every context in flight (default: the
            model's own, at most 4096); the cache starts at 512 and doubles when needed.
        threads: CPU threads for every decode (default: ``tracegen.backends.threads.Threads.default``:
            one CPU left free, at most 4 for a one-token step).
        n_gpu_layers: Layers offloaded to a GPU (a GPU build of llama.cpp only).

    Raises:
        TracegenError: No llama-cpp-python (naming the extra), a spec that is not a GGUF
            file, or a file llama.cpp cannot load.
    """
    for name, value, low in (("n_ctx", n_ctx, 1), ("threads", threads, 1), ("n_gpu_layers", n_gpu_layers, -1)):
        if value is not None and (not is_integer(value) or value < low):
            raise ParameterError(name, f"must be an integer of at least {low}")
    spec = resolve_spec(model)
    if spec.kind != "gguf":
        raise TracegenError(f"the llamacpp backend runs .gguf files; {spec.source!r} is not one "
                            "(use --backend transformers for a model directory or hub id)")
    path = Path(spec.where)
    pool = Threads.of(threads)
    context = LlamaContext(path, n_ctx=n_ctx, n_threads=pool.step, n_threads_batch=pool.batch,
                           n_gpu_layers=n_gpu_layers)
    try:
        tokenizer, source = load_tokenizer(model)
        info = model_info(context, tokenizer, name=spec.name, source=source, path=path)
    except BaseException:
        context.close()
        raise
    return LlamaCppBackend(context, tokenizer, info)


def model_info(context: LlamaContext, tokenizer: Any, *, name: str, source: str, path: Path) -> dict[str, Any]:
    """The trace's ``model`` field for a GGUF run by llama.cpp."""
    file_type = context.metadata("general.file_type")
    # The same ends of sequence as the transformers backend on this GGUF: the tokenizer's
    # EOS and the file's, not llama.cpp's wider end-of-generation set, so both stop alike.
    eos = {t for t in (tokenizer.eos_token_id, context.eos_id) if t is not None}
    return {
        "name": name,
        "source": source,
        "vocab_size": context.n_vocab,
        "backend": "llamacpp",
        "device": "gpu" if context.offloads else "cpu",
        "special_token_ids": sorted(set(tokenizer.all_special_ids)),
        "eos_token_ids": sorted(eos),
        "gguf": path.name,
        "quantization": file_type_name(int(file_type)) if file_type is not None and file_type.isdigit() else None,
        **{f"{k}_version": v for k, v in versions().items()},
        "n_ctx": context.max_n_ctx,
        "n_gpu_layers": context.n_gpu_layers,
    }


