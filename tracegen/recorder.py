"""Recording: prompts + a model + a strategy -> a ``Trace``."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from tqdm import tqdm

from .engine import Engine
from .errors import TracegenError
from .explore import Exploration
from .models import LoadedModel, load_model
from .prompts import Prompt
from .strategies import STRATEGIES, Strategy
from .tokens import TokenTable
from .trace import Run, Trace, iter_token_ids


def make_strategy(name: str, **params: Any) -> Strategy:
    """The strategy called ``name`` with ``params``; bad names or values raise ``TracegenError``."""
    try:
        cls = STRATEGIES[name]
    except KeyError:
        raise TracegenError(f"unknown strategy {name!r} (choose from {', '.join(STRATEGIES)})") from None
    try:
        return cls(**params)
    except (ValueError, TypeError) as exc:
        raise TracegenError(str(exc)) from None


class Recorder:
    """Records runs with one model into one trace.

    Args:
        model: The loaded model.
        top_k: Candidates recorded per node.
        max_new_tokens: Length limit of every run.
        chat: Apply the tokenizer's chat template to each prompt.
        progress: Show a progress bar on stderr.
    """

    def __init__(self, model: LoadedModel, *, top_k: int = 10, max_new_tokens: int = 32, chat: bool = False,
                 progress: bool = False) -> None:
        if top_k < 1:
            raise TracegenError("--top-k must be at least 1")
        if max_new_tokens < 1:
            raise TracegenError("--max-new-tokens must be at least 1")
        self.model = model
        self.engine = Engine(model.model)
        self.tokens = TokenTable(model.tokenizer, model.vocab_size)
        self.top_k = top_k
        self.max_new_tokens = max_new_tokens
        self.chat = chat
        self.progress = progress
        self.trace = Trace(model=dict(model.info))

    def encode_prompt(self, text: str) -> list[int]:
        """The token ids the model sees for a prompt (after the chat template with ``chat``).

        Raises ``TracegenError`` when the prompt has no tokens or leaves no room in the
        model's context for ``max_new_tokens``.
        """
        tokenizer = self.model.tokenizer
        if self.chat:
            if not getattr(tokenizer, "chat_template", None):
                raise TracegenError(f"model {self.model.info['name']!r} has no chat template: drop --chat")
            text = tokenizer.apply_chat_template(
                [{"role": "user", "content": text}], add_generation_prompt=True, tokenize=False
            )
            ids = tokenizer(text, add_special_tokens=False)["input_ids"]
        else:
            ids = tokenizer(text)["input_ids"]
        if not ids:
            raise TracegenError("the prompt has no tokens")
        limit = self.model.max_positions
        if limit is not None and len(ids) + self.max_new_tokens > limit:
            raise TracegenError(f"a prompt has {len(ids)} tokens; with --max-new-tokens {self.max_new_tokens} "
                                f"that exceeds the model's context of {limit} tokens")
        return list(ids)

    def new_run(self, prompt: Prompt, strategy: dict[str, Any]) -> Run:
        """Add an empty run for ``prompt`` to the trace."""
        run_id = prompt.id or f"run-{len(self.trace.runs) + 1}"
        run = Run(id=run_id, prompt=prompt.text, prompt_token_ids=self.encode_prompt(prompt.text),
                  strategy=strategy, top_k=self.top_k, complete=False,
                  extra={"chat": self.chat, "max_new_tokens": self.max_new_tokens})
        self.trace.runs.append(run)
        return run

    def exploration(self, run: Run, advance=lambda n: None) -> Exploration:
        """The context a strategy grows ``run`` through."""
        tokenizer = self.model.tokenizer
        return Exploration(
            self.engine, run,
            max_new_tokens=self.max_new_tokens,
            eos_token_ids=self.model.info.get("eos_token_ids", []),
            decode=lambda ids: tokenizer.decode(ids, skip_special_tokens=False, clean_up_tokenization_spaces=False),
            encode=lambda text: list(tokenizer(text, add_special_tokens=False)["input_ids"]),
            advance=advance,
        )

    def record_run(self, prompt: Prompt | str, strategy: Strategy) -> Run:
        """Explore one prompt with ``strategy`` and add the run to the trace.

        If interrupted, the run stays in the trace with what it recorded and ``complete``
        false.
        """
        if isinstance(prompt, str):
            prompt = Prompt(prompt)
        run = self.new_run(prompt, strategy.describe())
        started, calls = time.perf_counter(), self.engine.forward_calls
        with tqdm(total=strategy.total_work(self.max_new_tokens), desc=run.id, unit="tok", leave=False,
                  disable=not self.progress, dynamic_ncols=True) as bar:
            try:
                strategy.explore(self.exploration(run, advance=bar.update))
            except ValueError as exc:
                raise TracegenError(f"run {run.id!r}: {exc}") from None
            finally:
                run.extra["stats"] = {"seconds": round(time.perf_counter() - started, 3),
                                      "forward_passes": self.engine.forward_calls - calls}
        run.complete = True
        return run

    def finish(self) -> Trace:
        """Fill the token table for everything recorded so far and return the trace.

        A run interrupted before its prompt was evaluated recorded nothing and is dropped.
        """
        self.trace.runs = [run for run in self.trace.runs if run.nodes]
        ids = {t for run in self.trace.runs for t in iter_token_ids(run)}
        self.trace.tokens, self.trace.token_bytes = self.tokens.entries(sorted(ids))
        return self.trace


def record(
    prompts: str | Prompt | Sequence[str | Prompt],
    *,
    model: str | LoadedModel | None = None,
    strategy: str = "greedy",
    top_k: int = 10,
    max_new_tokens: int = 32,
    chat: bool = False,
    device: str = "auto",
    dtype: str | None = None,
    progress: bool = False,
    **params: Any,
) -> Trace:
    """Record how a model continues one or more prompts.

    Args:
        prompts: A prompt, or a list of them (each becomes a run).
        model: A hub id, a local directory, a ``.gguf`` file, a ``LoadedModel``, or ``None``
            for the embedded default (SmolLM2-135M-Instruct).
        strategy: ``greedy``, ``sample``, ``beam``, ``branch`` or ``forced``.
        top_k: Candidates recorded at every node (default 10).
        max_new_tokens: Length limit (default 32).
        chat: Apply the tokenizer's chat template to each prompt.
        device: ``auto``, ``cpu``, ``cuda`` or ``mps``.
        dtype: ``float32``, ``float16``, ``bfloat16`` or ``None`` for the default.
        progress: Show a progress bar on stderr.
        **params: The strategy's parameters, e.g. ``num_beams=4``, ``temperature=0.7``,
            ``seed=1``, ``num_samples=5``, ``branch_width=3``, ``continuation="..."``.

    Returns:
        The recorded ``Trace``; ``trace.save(path)`` writes it.

    Example:
        >>> trace = tracegen.record("The capital of France is", strategy="beam", num_beams=4)
        >>> trace.save("capital.json")
    """
    if isinstance(prompts, (str, Prompt)):
        prompts = [prompts]
    prompts = [Prompt(p) if isinstance(p, str) else p for p in prompts]
    strategies = [make_strategy(strategy, **_with_continuation(strategy, params, p)) for p in prompts]
    loaded = model if isinstance(model, LoadedModel) else load_model(model, device=device, dtype=dtype,
                                                                      progress=progress)
    recorder = Recorder(loaded, top_k=top_k, max_new_tokens=max_new_tokens, chat=chat, progress=progress)
    try:
        for prompt, chosen in zip(prompts, strategies, strict=True):
            recorder.record_run(prompt, chosen)
    finally:
        recorder.finish()
    return recorder.trace


def _with_continuation(strategy: str, params: dict[str, Any], prompt: Prompt) -> dict[str, Any]:
    if strategy == "forced" and prompt.continuation is not None:
        return {**params, "continuation": prompt.continuation}
    return params
