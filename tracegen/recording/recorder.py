"""Recording: prompts + a model + a strategy -> a ``Trace``."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from tqdm import tqdm

from ..backends.base import Backend
from ..backends.local.engine import Engine
from ..backends.local.models import LoadedModel, load_model
from ..errors import TracegenError
from ..trace import Run, Trace, iter_token_ids
from ..trace.tokens import TokenTable
from .exploration import Exploration
from .prompts import Prompt
from .strategies import STRATEGIES, Strategy


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
        model: The loaded model, or a served one (``tracegen.remote.connect``): what gives
            the tokenizer and the trace's ``model`` field.
        top_k: Candidates recorded per node.
        max_new_tokens: Length limit of every run.
        chat: Apply the tokenizer's chat template to each prompt.
        progress: Show a progress bar on stderr.
        backend: What computes distributions; default: the local engine on ``model``.
    """

    def __init__(self, model: Any, *, top_k: int = 10, max_new_tokens: int = 32, chat: bool = False,
                 progress: bool = False, backend: Backend | None = None) -> None:
        if top_k < 1:
            raise TracegenError("--top-k must be at least 1")
        if max_new_tokens < 1:
            raise TracegenError("--max-new-tokens must be at least 1")
        self.model = model
        self.engine = backend if backend is not None else Engine(model.model)
        # A server backend names unmapped tokens in its own table: the trace must use the same one.
        self.tokens = getattr(self.engine, "tokens", None) or TokenTable(model.tokenizer, model.vocab_size)
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

    def new_run(self, prompt: Prompt, strategy: dict[str, Any], run_id: str | None = None) -> Run:
        """Add an empty run for ``prompt`` to the trace (``run_id`` defaults to the prompt's id or ``run-N``)."""
        run_id = run_id or prompt.id or f"run-{len(self.trace.runs) + 1}"
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
            decode=self.decode,
            encode=lambda text: list(tokenizer(text, add_special_tokens=False)["input_ids"]),
            advance=advance,
        )

    def decode(self, ids: Sequence[int]) -> str:
        """The text of token ids; unmapped tokens (ids below 0) contribute the text a server gave."""
        pieces, chunk = [], []
        for token_id in [*ids, None]:
            if token_id is not None and token_id >= 0:
                chunk.append(token_id)
                continue
            if chunk:
                pieces.append(self.model.tokenizer.decode(chunk, skip_special_tokens=False,
                                                          clean_up_tokenization_spaces=False))
                chunk = []
            if token_id is not None:
                pieces.append(self.tokens.display(token_id))
        return "".join(pieces)

    def record_run(self, prompt: Prompt | str, strategy: Strategy) -> Run:
        """Explore one prompt with ``strategy`` and add the run to the trace.

        If interrupted, the run stays in the trace with what it recorded and ``complete``
        false.
        """
        if isinstance(prompt, str):
            prompt = Prompt(prompt)
        run = self.new_run(prompt, strategy.describe())
        self._explore_with_bar(run, strategy)
        return run

    def record_runs(self, prompts: Sequence[Prompt], strategies: Sequence[Strategy], *, concurrency: int = 1,
                    on_run: Callable[[Run], None] = lambda run: None) -> None:
        """Record every prompt with its strategy, ``concurrency`` runs at a time.

        Runs keep the order of ``prompts`` in the trace whatever order they finish in. A run
        already in the trace (``resume``) is skipped when complete and continued when not.
        """
        runs = []
        for position, (prompt, strategy) in enumerate(zip(prompts, strategies, strict=True), start=1):
            run_id = prompt.id or f"run-{position}"
            run = self._resumable(run_id, prompt, strategy)
            if run is None:
                runs.append((self.new_run(prompt, strategy.describe(), run_id), strategy))
            elif not run.complete:
                runs.append((run, strategy))

        def work(run: Run, strategy: Strategy) -> None:
            # Per-run bars only when runs take turns; concurrent ones would overwrite each other.
            self._explore_with_bar(run, strategy, bar=concurrency <= 1)
            on_run(run)

        if concurrency <= 1:
            for run, strategy in runs:
                work(run, strategy)
            return
        with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="tracegen-run") as pool:
            futures = [pool.submit(work, *item) for item in runs]
            try:
                for future in futures:
                    future.result()
            except BaseException:
                self.engine.cancel()  # runs in flight stop at their next request
                for future in futures:
                    future.cancel()
                raise

    def resume(self, trace: Trace) -> None:
        """Continue ``trace``: ``record_runs`` skips its complete runs and continues the others.

        Contexts an interrupted run already evaluated are not evaluated again by a backend
        that can look them up (a server); the local engine recomputes them, which is cheap.
        """
        for key in ("name", "backend", "source"):
            if trace.model.get(key) != self.trace.model.get(key):
                raise TracegenError(f"cannot resume: the trace's model {key} is {trace.model.get(key)!r}, "
                                    f"not {self.trace.model.get(key)!r}")
        self.trace = trace
        for token_id, text in trace.tokens.items():
            if token_id < 0:  # unmapped tokens keep their ids
                self.tokens.unmapped[trace.token_bytes.get(token_id, text.encode("utf-8"))] = token_id
        remember = getattr(self.engine, "remember", None)
        for run in trace.runs:
            if not run.complete and remember is not None:
                remember(run)

    def _resumable(self, run_id: str, prompt: Prompt, strategy: Strategy) -> Run | None:
        try:
            run = self.trace.run(run_id)
        except KeyError:
            return None
        if run.prompt != prompt.text or run.strategy != strategy.describe() or run.top_k != self.top_k:
            raise TracegenError(f"cannot resume run {run_id!r}: its prompt, strategy or --top-k differ from "
                                "the trace's")
        return run

    def _explore_with_bar(self, run: Run, strategy: Strategy, bar: bool = True) -> None:
        with tqdm(total=strategy.total_work(self.max_new_tokens), desc=run.id, unit="tok", leave=False,
                  disable=not (self.progress and bar), dynamic_ncols=True) as progress:
            self._explore(run, strategy, progress.update)

    def _explore(self, run: Run, strategy: Strategy, advance: Callable[[int], None]) -> None:
        started = time.perf_counter()
        with self.engine.track() as calls:
            try:
                strategy.explore(self.exploration(run, advance=advance))
            except ValueError as exc:
                raise TracegenError(f"run {run.id!r}: {exc}") from None
            finally:
                run.extra["stats"] = {"seconds": round(time.perf_counter() - started, 3)}
        run.extra["stats"]["requests" if not self.engine.exact else "forward_passes"] = calls[0]
        run.complete = True

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
