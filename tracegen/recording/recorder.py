"""Recording: prompts + a backend + a strategy -> a ``Trace``.

``record()`` is the one pipeline: the CLI, live mode's downloads and notebooks all call it
(or the ``Recorder`` it is built on). It opens the backend, expands forced continuations,
resumes an incomplete trace, runs prompts concurrently where the backend allows, and on an
interruption keeps what was recorded without ever replacing a complete file by a partial one.
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .._atomic import check_output
from ..backends import Backend, Opening, open_backend, remote
from ..backends.model_files import backend_files
from ..errors import ParameterError, TracegenError, require
from ..pipeline import Job, run_each, run_pipeline
from ..trace import Run, Trace, iter_token_ids, load
from .exploration import Exploration
from .progress import BarProgress, Progress
from .prompts import Prompt
from .strategies import STRATEGIES, Strategy


def make_strategy(name: str, **params: Any) -> Strategy:
    """The strategy called ``name`` with ``params``; a bad name or value raises ``ParameterError``."""
    try:
        cls = STRATEGIES[name]
    except (KeyError, TypeError):
        raise ParameterError("strategy", f"{name!r} is not one of {', '.join(STRATEGIES)}") from None
    for unknown in sorted(set(params) - set(cls.parameters)):
        raise ParameterError(unknown, f"is not a parameter of the {name} strategy")
    return cls(**params)


def strategies_for(name: str, prompts: Sequence[Prompt], params: Mapping[str, Any]) -> list[Strategy]:
    """One strategy per prompt: a forced run takes its prompt's own continuation when it has one."""
    out = []
    for prompt in prompts:
        own = dict(params)
        if name == "forced" and prompt.continuation is not None:
            own["continuation"] = prompt.continuation
        out.append(make_strategy(name, **own))
    return out


class Recorder:
    """Records runs with one backend into one trace.

    Args:
        backend: What runs the model (``tracegen.backends.open_backend``), or a ``LoadedModel``
            (run by the local engine).
        top_k: Candidates recorded per node; more than the vocabulary records all of it.
        max_new_tokens: Length limit of every run.
        chat: Apply the tokenizer's chat template to each prompt.
        progress: The listener told about runs, work done and notes.
        trace: An incomplete trace to continue: its complete runs are kept, the others
            continued (``record_runs``). Made with the same model: ``run_pipeline`` checks
            that (``pipeline.check_same_model``) before the recorder is made.
    """

    def __init__(self, backend: Any, *, top_k: int = 10, max_new_tokens: int = 32, chat: bool = False,
                 progress: Progress | None = None, trace: Trace | None = None) -> None:
        require(isinstance(top_k, int) and top_k >= 1, "top_k", "must be an integer of at least 1")
        require(isinstance(max_new_tokens, int) and max_new_tokens >= 1, "max_new_tokens",
                "must be an integer of at least 1")
        self.backend = backend if isinstance(backend, Backend) else open_backend("transformers", backend)
        self.progress = progress or Progress()
        if top_k > self.backend.vocab_size:
            self.progress.note(f"top_k {top_k} is larger than the vocabulary; recording all "
                               f"{self.backend.vocab_size} tokens")
            top_k = self.backend.vocab_size
        self.top_k = top_k
        self.max_new_tokens = max_new_tokens
        self.chat = chat
        self.trace = Trace(model=dict(self.backend.info))
        if trace is not None:
            self._resume(trace)

    def encode_prompt(self, text: str) -> list[int]:
        """The token ids the model sees for a prompt, checked to leave room for ``max_new_tokens``.

        Raises:
            ParameterError: No tokens, or no room in the model's context.
        """
        ids = self.backend.encode_prompt(text, chat=self.chat)
        limit = self.backend.max_positions
        require(limit is None or len(ids) + self.max_new_tokens <= limit, "max_new_tokens",
                f"{self.max_new_tokens} does not fit: a prompt has {len(ids)} tokens, which with it exceeds "
                f"the model's context of {limit} tokens")
        return ids

    def new_run(self, prompt: Prompt, strategy: dict[str, Any], run_id: str | None = None) -> Run:
        """Add an empty run for ``prompt`` to the trace (``run_id`` defaults to the prompt's id or ``run-N``)."""
        run_id = run_id or prompt.id or f"run-{len(self.trace.runs) + 1}"
        run = Run(id=run_id, prompt=prompt.text, prompt_token_ids=self.encode_prompt(prompt.text),
                  strategy=strategy, top_k=self.top_k, complete=False,
                  extra={"chat": self.chat, "max_new_tokens": self.max_new_tokens,
                         **({"metadata": dict(prompt.metadata)} if prompt.metadata else {})})
        self.trace.runs.append(run)
        return run

    def record_run(self, prompt: Prompt | str, strategy: Strategy) -> Run:
        """Explore one prompt with ``strategy`` and add the run to the trace.

        If interrupted, the run stays in the trace with what it recorded and ``complete`` false.
        """
        if isinstance(prompt, str):
            prompt = Prompt(prompt)
        run = self.new_run(prompt, strategy.describe())
        self._explore(run, strategy)
        return run

    def record_runs(self, prompts: Sequence[Prompt], strategies: Sequence[Strategy], *,
                    concurrency: int | None = None) -> None:
        """Record every prompt with its strategy, ``concurrency`` runs at a time (default: the backend's).

        Runs keep the order of ``prompts`` in the trace whatever order they finish in. A run
        already in the trace (resuming) is skipped when complete and continued when not.
        """
        for prompt in prompts:  # a prompt that cannot run fails now, not after an hour of recording
            self.encode_prompt(prompt.text)
        work = []
        for position, (prompt, strategy) in enumerate(zip(prompts, strategies, strict=True), start=1):
            run_id = prompt.id or f"run-{position}"
            run = self._resumable(run_id, prompt, strategy)
            if run is None:
                work.append((self.new_run(prompt, strategy.describe(), run_id), strategy))
            elif not run.complete:
                work.append((run, strategy))
        finished = [len(prompts) - len(work)]

        def one(item: tuple[Run, Strategy]) -> None:
            self._explore(*item)
            finished[0] += 1
            self.progress.run_finished(item[0], finished[0], len(prompts))

        run_each(self.backend, work, one, concurrency)

    def finish(self) -> Trace:
        """Fill the token table for everything recorded so far and return the trace.

        A run interrupted before its prompt was evaluated recorded nothing and is dropped.
        """
        self.trace.runs = [run for run in self.trace.runs if run.nodes]
        ids = {t for run in self.trace.runs for t in iter_token_ids(run)}
        self.trace.tokens, self.trace.token_bytes = self.backend.entries(sorted(ids))
        return self.trace

    def _resume(self, trace: Trace) -> None:
        # Its model was checked against the backend's where it was opened (run_pipeline).
        self.trace = trace
        self.backend.tokens.adopt_unmapped(trace.tokens, trace.token_bytes)
        for run in trace.runs:
            if not run.complete:
                remote.remember(self.backend, run)

    def _resumable(self, run_id: str, prompt: Prompt, strategy: Strategy) -> Run | None:
        try:
            run = self.trace.run(run_id)
        except KeyError:
            return None
        if run.prompt != prompt.text or run.strategy != strategy.describe() or run.top_k != self.top_k:
            raise TracegenError(f"cannot resume run {run_id!r}: its prompt, strategy or top_k differ from the trace's")
        return run

    def _explore(self, run: Run, strategy: Strategy) -> None:
        self.progress.run_started(run, strategy.total_work(self.max_new_tokens))
        ctx = Exploration(self.backend, run, max_new_tokens=self.max_new_tokens,
                          advance=lambda n: self.progress.advanced(run, n))
        started = time.perf_counter()
        stats = run.extra.setdefault("stats", {})
        with self.backend.track() as calls:
            try:
                strategy.explore(ctx)
            finally:
                stats["seconds"] = round(time.perf_counter() - started, 3)
        stats[self.backend.work_unit] = calls[0]
        run.complete = True


def record(
    prompts: str | Prompt | Sequence[str | Prompt],
    *,
    model: Any = None,
    backend: str | Backend | None = None,
    strategy: str = "greedy",
    top_k: int = 10,
    max_new_tokens: int = 32,
    chat: bool = False,
    output: str | os.PathLike | None = None,
    resume: bool | Trace = False,
    concurrency: int | None = None,
    on_progress: Progress | None = None,
    progress: bool = False,
    device: str = "auto",
    dtype: str | None = None,
    backend_options: Mapping[str, Any] | None = None,
    **strategy_params: Any,
) -> Trace:
    """Record how a model continues one or more prompts.

    Args:
        prompts: A prompt, or a list of them (each becomes a run; a ``Prompt`` may carry an
            id and a forced continuation).
        model: A hub id, a local directory, a ``.gguf`` file, a ``LoadedModel``, or ``None``
            for the embedded default (SmolLM2-135M-Instruct); with ``backend="openai"``, the
            served model's name.
        backend: ``"transformers"`` (default), ``"openai"`` (with ``backend_options``, at
            least ``base_url``), ``"llamacpp"`` (a GGUF file in llama.cpp), or a ``Backend``
            already open (left open afterwards).
        strategy: ``greedy``, ``sample``, ``beam``, ``branch`` or ``forced``.
        top_k: Candidates recorded at every node (default 10).
        max_new_tokens: Length limit (default 32).
        chat: Apply the tokenizer's chat template to each prompt.
        output: Write the trace here, atomically. If recording stops early (Ctrl-C, an error),
            the partial trace is written too: to ``output`` when nothing complete is there,
            else beside it (``NAME.partial.json``), so a complete file is only ever replaced by
            a complete one. The exception is then raised again.
        resume: ``True``: continue the incomplete trace at ``output`` (complete runs are kept,
            interrupted ones continued); or the ``Trace`` to continue.
        concurrency: Runs explored at once (default: what the backend allows; 1 locally).
        on_progress: A ``Progress`` listener (runs, work, notes, request counters).
        progress: Without ``on_progress``, draw progress bars on stderr.
        device: transformers: ``auto``, ``cpu``, ``cuda`` or ``mps``.
        dtype: transformers: ``float32``, ``float16``, ``bfloat16`` or ``None`` for the default.
        backend_options: Further options of a named backend (see ``open_backend``).
        **strategy_params: The strategy's parameters, e.g. ``num_beams=4``, ``temperature=0.7``,
            ``seed=1``, ``num_samples=5``, ``branch_width=3``, ``continuation="..."``.

    Returns:
        The recorded ``Trace`` (also written to ``output`` when given).

    Raises:
        ParameterError: A bad parameter, named as this function calls it.
        TracegenError: Anything else a user can fix (a model that cannot be loaded, ...).

    Example:
        >>> trace = tracegen.record("The capital of France is", strategy="beam", num_beams=4)
        >>> trace.save("capital.json")
    """
    prompts = _as_prompts(prompts)
    strategies = strategies_for(strategy, prompts, strategy_params)
    out = check_output(output, inputs=backend_files(backend, model, backend_options)) if output is not None else None
    previous = _previous(out, resume)
    listener = on_progress or (BarProgress() if progress else Progress())

    def job(running: Backend) -> Job:
        recorder = Recorder(running, top_k=top_k, max_new_tokens=max_new_tokens, chat=chat, progress=listener,
                            trace=previous)
        _note_resume(listener, out, resume, previous)
        for prompt in prompts:  # a prompt that cannot run fails now, not after an hour of recording
            recorder.encode_prompt(prompt.text)
        return Job(run=lambda: recorder.record_runs(prompts, strategies, concurrency=concurrency),
                   finish=recorder.finish)

    return run_pipeline(backend, model, job, opening=Opening(progress=progress, top_k=top_k,
                                                             on_change=listener.requests),
                        options=backend_options, own={"device": device, "dtype": dtype}, output=out,
                        listener=listener, previous=previous)


def _as_prompts(prompts: str | Prompt | Sequence[str | Prompt]) -> list[Prompt]:
    if isinstance(prompts, (str, Prompt)):
        prompts = [prompts]
    out = [Prompt(p) if isinstance(p, str) else p for p in prompts]
    require(len(out) > 0 and all(isinstance(p, Prompt) for p in out), "prompts",
            "must be a prompt or a non-empty list of them")
    return out


def _previous(out: Path | None, resume: bool | Trace) -> Trace | None:
    """The trace to continue, or ``None`` when recording from the start."""
    if isinstance(resume, Trace):
        return resume
    if not resume:
        return None
    require(out is not None, "resume", "needs output: the trace to continue")
    return load(out) if out is not None and out.exists() else None


def _note_resume(listener: Progress, out: Path | None, resume: bool | Trace, previous: Trace | None) -> None:
    if resume is True and previous is None:
        listener.note(f"resume: no trace at {out} yet, recording from the start")
    elif previous is not None and all(run.complete for run in previous.runs):
        listener.note(f"resume: every run in {out or 'the trace'} is complete; runs missing from it are recorded")
