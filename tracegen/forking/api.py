"""``tracegen.fork``: the forking-paths analysis of prompts (or of a recorded result), end to end.

Runs on the pipeline ``record`` and ``rescore`` run on (``tracegen.pipeline``: open the
backend, check a resumed trace's model, keep a partial trace on Ctrl-C, save atomically):
the job records each prompt's base path (greedy, or its given continuation forced), plans
the positions and alternatives, and rolls them out with a progress bar. Interrupted, it
writes what it finished (every finished position) and ``resume=True`` completes the rest.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping, Sequence
from typing import Any

from .._atomic import check_output
from ..backends import Backend, Opening
from ..backends.model_files import backend_files
from ..errors import TracegenError, require
from ..pipeline import Job, run_pipeline
from ..recording.progress import Progress
from ..recording.prompts import Prompt
from ..recording.recorder import Recorder, _as_prompts, _note_resume, _previous
from ..recording.strategies.forced import Forced
from ..recording.strategies.greedy import Greedy
from ..trace import Node, Run, Trace, iter_token_ids, load
from .analysis import Forker, ForkSettings
from .progress import RolloutBar


def fork(
    prompts: str | Prompt | Sequence[str | Prompt] | None = None,
    *,
    outcome: str,
    model: Any = None,
    backend: str | Backend | None = None,
    samples: int = 30,
    min_prob: float = 0.05,
    max_alternatives: int = 4,
    max_new_tokens: int = 32,
    rollout_tokens: int | None = None,
    temperature: float = 1.0,
    tau: float | Sequence[float] = 0.3,
    distance: str = "tv",
    seed: int = 0,
    budget: int | None = None,
    keep_rollouts: str = "text",
    top_k: int = 10,
    chat: bool = False,
    trace: Trace | str | os.PathLike | None = None,
    run: str | None = None,
    result: int = 1,
    output: str | os.PathLike | None = None,
    resume: bool = False,
    on_progress: Progress | None = None,
    progress: bool = False,
    device: str = "auto",
    dtype: str | None = None,
    backend_options: Mapping[str, Any] | None = None,
) -> Trace:
    """Find where a model decides: resample outcomes along a base path (Bigelow et al., ICLR 2025).

    At every position t of each prompt's base path, the base token and each likely
    alternative w are forced after x<t, ``samples`` continuations are sampled, their texts
    mapped to outcome labels, and the outcome distribution followed along the path (see
    docs/forking.md).

    Args:
        prompts: A prompt or a list (a ``Prompt`` with a ``continuation`` forces that base
            path; otherwise it is greedy). ``None`` with ``trace``.
        outcome: ``regex:PATTERN``, ``last-number``, ``choice:A,B,...`` or ``python:MODULE:FUNCTION``.
        model: As ``record`` takes it (``None``: the embedded default, or ``trace``'s model).
        backend: ``transformers`` (default), ``llamacpp``, ``openai``, or an open ``Backend``.
        samples: Rollouts per (t, w) (default 30).
        min_prob: Smallest probability of an alternative (default 0.05).
        max_alternatives: Most alternatives besides the base token (default 4).
        max_new_tokens: Length of the greedy base path (default 32).
        rollout_tokens: Most tokens per rollout (default ``max_new_tokens``).
        temperature: Rollout sampling temperature (default 1.0).
        tau: Survival threshold(s) on the outcome shift (default 0.3).
        distance: ``tv`` (default), ``js`` or ``l2``.
        seed: Rollout seed (default 0).
        budget: Most rollouts in all: positions where the base token is least certain first.
        keep_rollouts: ``text`` (default), ``tokens`` (and ids) or ``none``.
        top_k: Candidates recorded at each base-path node (at least ``max_alternatives + 1``).
        chat: Apply the tokenizer's chat template to each prompt.
        trace: A trace (or its path) whose result is the base path, instead of ``prompts``.
        run: With ``trace``: the run's id (default: its first run).
        result: With ``trace``: the 1-based result number (default 1, the best).
        output: Write the trace here, atomically (a partial one when interrupted).
        resume: Complete the interrupted analysis at ``output``.
        on_progress: A ``Progress`` listener (``run_started`` gets the rollouts to do).
        progress: Without ``on_progress``, draw a progress bar (rollouts/s, ETA) on stderr.
        device: transformers: ``auto``, ``cpu``, ``cuda`` or ``mps``.
        dtype: transformers: the model's dtype.
        backend_options: Further options of a named backend (see ``open_backend``).

    Returns:
        The ``Trace``: one run per prompt, its nodes the base path, ``run.fork`` the result.

    Raises:
        ParameterError: A bad parameter, named as this function calls it.
        TracegenError: Anything else a user can fix.

    Example:
        >>> trace = tracegen.fork("Q: Is 7 prime? A:", outcome="choice:Yes,No", samples=20)
        >>> trace.runs[0].fork.forking_tokens
    """
    settings = ForkSettings(outcome=outcome, samples=samples, min_prob=min_prob, max_alternatives=max_alternatives,
                            temperature=temperature, rollout_tokens=rollout_tokens or max_new_tokens,
                            tau=[tau] if isinstance(tau, (int, float)) else list(tau) if isinstance(tau, Sequence) else [tau],
                            distance=distance, seed=seed, budget=budget, keep_rollouts=keep_rollouts)
    require((prompts is None) != (trace is None), "prompts", "or trace: give exactly one")
    source = load(trace) if isinstance(trace, (str, os.PathLike)) else trace
    if model is None and source is not None and backend in (None, "transformers", "llamacpp"):
        model = source.model.get("source")
    # The model's files and the forked trace are inputs: never written over.
    read = [*backend_files(backend, model, backend_options), *([trace] if isinstance(trace, (str, os.PathLike)) else [])]
    out = check_output(output, inputs=read) if output is not None else None
    previous = _previous(out, resume)
    listener = on_progress or (RolloutBar() if progress else Progress())
    top_k = max(top_k, max_alternatives + 1)

    def job(running: Backend) -> Job:
        # The base paths are recorded and planned here: a budget too small for them is a
        # mistake in the settings, refused before any trace is written.
        recorder = Recorder(running, top_k=top_k, max_new_tokens=max_new_tokens, chat=chat, progress=Progress(),
                            trace=previous)
        _note_resume(listener, out, resume, previous)
        forker = Forker(running, settings)
        runs = (_from_prompts(recorder, forker, _as_prompts(prompts)) if prompts is not None
                else [_from_trace(recorder, forker, source, run, result)])
        return Job(run=lambda: _roll_out(forker, runs, listener), finish=lambda: _finish(recorder))

    return run_pipeline(backend, model, job, opening=Opening(progress=progress, top_k=top_k,
                                                             on_change=listener.requests),
                        options=backend_options, own={"device": device, "dtype": dtype}, output=out,
                        listener=listener, previous=previous)


def _from_prompts(recorder: Recorder, forker: Forker, prompts: list[Prompt]) -> list[Run]:
    """Each prompt's run: from the trace being resumed, or recorded now (greedy or forced)."""
    runs = []
    for number, prompt in enumerate(prompts, start=1):
        run_id = prompt.id or f"run-{number}"
        try:
            run = recorder.trace.run(run_id)
        except KeyError:
            strategy = Forced(prompt.continuation) if prompt.continuation is not None else Greedy()
            run = recorder.record_run(Prompt(prompt.text, run_id, prompt.continuation, prompt.metadata), strategy)
            base = {"source": "continuation" if prompt.continuation is not None else "greedy"}
            if prompt.answer is not None:
                base["answer"] = prompt.answer
            run.extra["fork"] = forker.plan(run, base)
        _check_resumable(run, forker)
        runs.append(run)
    return runs


def _from_trace(recorder: Recorder, forker: Forker, source: Trace | None, run_id: str | None, result: int) -> Run:
    """A new run whose nodes are the path to ``source``'s run ``run_id``, result ``result``."""
    assert source is not None
    if source.model.get("name") != recorder.backend.info.get("name"):
        raise TracegenError(f"the trace was recorded with {source.model.get('name')!r}, not "
                            f"{recorder.backend.info.get('name')!r}: fork it with the same model")
    try:
        original = source.run(run_id) if run_id is not None else source.runs[0]
    except (KeyError, IndexError):
        raise TracegenError(f"the trace has no run {run_id!r}") from None
    require(isinstance(result, int) and 1 <= result <= len(original.results), "result",
            f"must be a result number from 1 to {len(original.results)} of run {original.id!r}")
    new_id = f"{original.id}-fork"
    try:
        return recorder.trace.run(new_id)  # resuming
    except KeyError:
        pass
    path = original.path(original.results[result - 1].node)
    nodes = [Node(id=n.id, parent=n.parent, token=n.token, logprob=n.logprob, rank=n.rank, top=n.top,
                  entropy=n.entropy, top_mass=n.top_mass) for n in path]
    copy = Run(id=new_id, prompt=original.prompt, prompt_token_ids=list(original.prompt_token_ids),
               strategy=dict(original.strategy), top_k=original.top_k,
               nodes=nodes, results=[original.results[result - 1]],
               extra={k: v for k, v in original.extra.items() if k in ("chat", "max_new_tokens")})
    recorder.trace.runs.append(copy)
    copy.extra["fork"] = forker.plan(copy, {"source": "trace", "run": original.id, "result": result})
    return copy


def _check_resumable(run: Run, forker: Forker) -> None:
    fork = run.extra.get("fork")
    if not isinstance(fork, dict):
        raise TracegenError(f"cannot resume run {run.id!r}: it has no fork analysis")
    settings = forker.settings.describe()
    if any(fork.get(key) != value for key, value in settings.items()):
        raise TracegenError(f"cannot resume run {run.id!r}: its fork settings differ from these")


def _roll_out(forker: Forker, runs: list[Run], listener: Progress) -> None:
    for run in runs:
        fork = run.extra["fork"]
        todo = forker.pending_rollouts(fork)
        if not todo:
            continue
        listener.run_started(run, todo)
        forker.advance = functools.partial(listener.advanced, run)
        forker.note = listener.note
        forker.complete(run, fork)
        run.complete = True


def _finish(recorder: Recorder) -> Trace:
    """The trace with its token table filled, alternatives' tokens included."""
    trace = recorder.finish()
    ids = {t for run in trace.runs for t in iter_token_ids(run)}
    for run in trace.runs:
        for entry in (run.extra.get("fork") or {}).get("positions", []):
            ids.update(alt["token"] for alt in entry["alternatives"])
    trace.tokens, trace.token_bytes = recorder.backend.entries(sorted(ids))
    return trace


