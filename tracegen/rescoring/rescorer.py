"""Rescoring: every node of an existing trace evaluated under another model.

The output has the source's runs, node ids, parents and tokens; at each node the other
model's ``top``, ``entropy`` (``top_mass`` through a server), and the chosen token's
``logprob`` and ``rank``; each run's results re-scored. Each run's tree goes to the backend's
``Tree`` level by level, as branch exploration does: locally a level runs in batches on the
prompt's KV cache, through a server as concurrent requests. ``rescore()`` adds what a
pipeline that writes a file needs: the partial-trace policy of ``record()`` and ``resume``.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Sequence
from typing import Any

import torch

from .._atomic import check_output
from ..backends import Backend, Opening, remote
from ..backends.base import Step
from ..backends.model_files import backend_files
from ..comparison.tokenizers import check_same_tokens, check_same_vocab_size
from ..errors import TracegenError, require
from ..pipeline import Job, run_each, run_pipeline
from ..recording.distribution import token_stats
from ..recording.exploration import NodeWriter
from ..recording.progress import BarProgress, Progress
from ..sources import read_trace
from ..trace import LOGPROB_DIGITS, Node, Run, Trace, iter_token_ids, load
from ..trace.fields import is_integer
from ..trace.fit import check_fits
from .results import length_penalty, rescored_results

#: Why a node could not be rescored (its ``unscored`` field).
UNMAPPED = "unmapped"  # its context holds a token known only by its text (an id below 0)
NO_PROMPT = "no_prompt"  # its run's prompt is unknown (an imported response without it)

# Node fields about the source model's distribution rather than the tree: never carried over.
_SOURCE_ONLY = {"retokenized", "unscored", "source_top"}


class Rescorer:
    """Rescores the runs of one trace with one backend into a new trace (``self.trace``).

    Args:
        backend: The model to rescore with (``tracegen.backends.open_backend``).
        source: The trace to rescore.
        top_k: Candidates recorded per node; ``None`` keeps each run's own ``top_k``.
        source_name: The source as messages and the output's ``rescoring.trace`` name it (its path).
        progress: The listener told about runs, nodes done and notes.
        previous: An interrupted rescoring of ``source`` with this model, to finish: its
            complete runs are kept, the others rescored again (a server is not asked again
            for the nodes they hold).

    Raises:
        TracegenError: The source's token ids mean other tokens for ``backend``'s tokenizer,
            or ``previous`` is a rescoring of another trace or with another model.
    """

    def __init__(self, backend: Backend, source: Trace, *, top_k: int | None = None, source_name: str = "trace",
                 progress: Progress | None = None, previous: Trace | None = None) -> None:
        require(top_k is None or (is_integer(top_k) and top_k >= 1), "top_k",
                "must be an integer of at least 1")
        self.backend = backend
        self.source = source
        self.top_k = top_k
        self.progress = progress or Progress()
        check_tokenizer(source, backend, source_name)
        check_fits(source, max_positions=backend.max_positions)
        for run in source.runs:
            length_penalty(run)  # a hand-written penalty is refused now, not after the work
        # Tokens known only by their text keep their ids: a server naming the same text again
        # gives the same id, a new text a fresh one.
        backend.tokens.adopt_unmapped(source.tokens, source.token_bytes)
        self.trace = Trace(model=dict(backend.info), extra={"rescoring": {
            "trace": source_name, "sha256": hashlib.sha256(source.dumps()).hexdigest(), "created": source.created,
            "model": source.model}})
        self.trace.runs = [self._empty_run(run) for run in source.runs]
        if previous is not None:
            self._resume(previous, source_name)

    def rescore_runs(self, concurrency: int | None = None) -> None:
        """Rescore every run not complete yet, ``concurrency`` runs at a time (default: the backend's)."""
        work = [i for i, run in enumerate(self.trace.runs) if not run.complete]
        finished = [len(self.trace.runs) - len(work)]

        def one(index: int) -> None:
            run = self.rescore_run(index)
            finished[0] += 1
            self.progress.run_finished(run, finished[0], len(self.trace.runs))

        run_each(self.backend, work, one, concurrency)

    def rescore_run(self, index: int) -> Run:
        """Rescore the source's ``index``-th run; the trace holds it complete afterwards.

        While it works, the trace holds the levels of the tree rescored so far (nodes whose
        logprob and distribution are both done), so an interruption keeps them.
        """
        source = self.source.runs[index]
        run = self.trace.runs[index] = self._empty_run(source)
        self.progress.run_started(run, len(source.nodes))
        started = time.perf_counter()
        with self.backend.track() as calls:
            nodes = self._levels(source, run)
        by_id = {node.id: node for node in nodes}
        done = Run(id=run.id, prompt=run.prompt, prompt_token_ids=run.prompt_token_ids, strategy=run.strategy,
                   top_k=run.top_k, nodes=[by_id[node.id] for node in source.nodes], complete=True, extra=run.extra)
        done.results = rescored_results(source, done)
        done.extra["stats"] = {"seconds": round(time.perf_counter() - started, 3), self.backend.work_unit: calls[0]}
        self.trace.runs[index] = done
        return done

    def finish(self) -> Trace:
        """The trace of everything rescored so far, with its token table.

        A run interrupted before its root was rescored holds nothing and is left out (of the
        returned trace only: ``self.trace`` keeps one run per source run, so work can go on).
        """
        runs = [run for run in self.trace.runs if run.nodes]
        ids = {t for run in runs for t in iter_token_ids(run)}
        ids |= {t for run in runs for node in run.nodes for t, _ in node.extra.get("source_top", ())}
        tokens, token_bytes = self.backend.entries(sorted(ids))
        return Trace(model=self.trace.model, tokens=tokens, runs=runs, token_bytes=token_bytes,
                     created=self.trace.created, extra=self.trace.extra)

    # -- one run, level by level -----------------------------------------------------------

    def _levels(self, source: Run, run: Run) -> list[Node]:
        """Rescore ``source`` into ``run`` one depth at a time; the new nodes, in level order."""
        writer = NodeWriter(self.backend, run)
        reasons = unscored(source)
        needed = {n.id for n in source.nodes
                  if n.id not in reasons and (n.top is not None or source.children(n.id))}
        levels = by_depth(source)
        path = self._path_rows(source, levels, needed)
        pending: dict[int, tuple[float | None, int | None]] = {}  # child -> logprob, rank in its parent's row
        tree = None
        made_all: list[Node] = []
        for depth, level in enumerate(levels):
            evaluate = [n for n in level if n.id in needed]
            made = {n.id: _copy(n, pending.pop(n.id, (None, None)), reasons.get(n.id)) for n in level}
            if evaluate:
                if path is not None:
                    step = Step(path.logprobs[depth : depth + 1], None, path.exact, path.retokenized_rows([depth]))
                elif tree is None:  # the root: every needed node descends from it
                    tree = self.backend.tree(source.prompt_token_ids)
                    step = tree.root()
                else:
                    step = tree.evaluate(source, evaluate)
                writer.record([made[n.id] for n in evaluate], step.logprobs, step.exact, step.retokenized)
                for row, node in zip(step.logprobs, evaluate, strict=True):
                    pending.update(_children_stats(source, node, row))
                    if step.exact and node.top:
                        made[node.id].extra["source_top"] = _scores_of(row, [t for t, _ in node.top if t >= 0])
            for node in level:  # only now: a partial trace never holds a node half rescored
                run.add_node(made[node.id])
            made_all.extend(made.values())
            self.progress.advanced(run, len(level))
        return made_all

    def _path_rows(self, source: Run, levels: list[list[Node]], needed: set[int]) -> Step | None:
        """A run that is one path (greedy, forced, one sample): every node's distribution at
        once (``all_positions``: one forward pass locally, concurrent requests through a
        server) instead of one level, one node, at a time. ``None`` for a tree."""
        if not needed or any(len(level) > 1 for level in levels):
            return None
        evaluated = [level[0] for level in levels if level[0].id in needed]  # the path's first nodes
        ids = source.prompt_token_ids + [n.token for n in evaluated[1:] if n.token is not None]
        return self.backend.all_positions(ids, len(source.prompt_token_ids))

    # -- setup ----------------------------------------------------------------------------

    def _empty_run(self, source: Run) -> Run:
        top_k = min(self.top_k or source.top_k, self.backend.vocab_size)
        extra = {k: v for k, v in source.extra.items() if k != "stats"}
        return Run(id=source.id, prompt=source.prompt, prompt_token_ids=list(source.prompt_token_ids),
                   strategy=dict(source.strategy), top_k=top_k, complete=False, extra=extra)

    def _resume(self, previous: Trace, source_name: str) -> None:
        theirs = previous.extra.get("rescoring") or {}
        if theirs.get("sha256") != self.trace.extra["rescoring"]["sha256"]:
            raise TracegenError(f"cannot resume: the output is not a rescoring of {source_name}")
        # Its model was checked against the backend's where it was opened (run_pipeline).
        positions = {run.id: i for i, run in enumerate(self.source.runs)}
        for run in previous.runs:
            index = positions.get(run.id)
            if index is None:
                raise TracegenError(f"cannot resume: the output's run {run.id!r} is not in {source_name}")
            if run.complete and run.top_k == self.trace.runs[index].top_k:
                self.trace.runs[index] = run
            else:
                remote.remember(self.backend, run)


def check_tokenizer(source: Trace, backend: Backend, source_name: str = "trace") -> None:
    """Fail with one line unless every token id ``source`` uses means the same token for ``backend``.

    Checks the vocabulary size and the text of every id at or above 0 the trace uses.
    """
    model_name = f"model {backend.info.get('name', '?')}"
    check_same_vocab_size(source.model.get("vocab_size"), backend.vocab_size, ours_name=source_name,
                          theirs_name=model_name)
    ids = sorted({t for run in source.runs for t in iter_token_ids(run) if t >= 0})
    outside = [t for t in ids if t >= backend.vocab_size]
    if outside:
        raise TracegenError(f"{source_name} and {model_name} have different tokenizers: token id {outside[0]} is "
                            f"outside the model's vocabulary of {backend.vocab_size} ids")
    theirs, _ = backend.entries(ids)
    check_same_tokens(source.tokens, theirs, ids, ours_name=source_name, theirs_name=model_name)


def unscored(run: Run) -> dict[int, str]:
    """The nodes of ``run`` no model can evaluate, and why (``UNMAPPED`` or ``NO_PROMPT``).

    A context is the prompt plus the tokens on the path; one with a token known only by its
    text (an id below 0) cannot be fed to a model, and a run without its prompt has no known
    context at all. Rescoring marks those nodes instead of guessing.
    """
    if not run.prompt_token_ids:
        return {n.id: NO_PROMPT for n in run.nodes}
    if any(t < 0 for t in run.prompt_token_ids):
        return {n.id: UNMAPPED for n in run.nodes}
    reasons: dict[int, str] = {}
    for node in run.nodes:  # parents come before children
        if node.parent is not None and (node.parent in reasons or node.token is not None and node.token < 0):
            reasons[node.id] = UNMAPPED
    return reasons


def by_depth(run: Run) -> list[list[Node]]:
    """The nodes of ``run`` grouped by depth (the root alone first), each level in run order."""
    depth: dict[int, int] = {}
    levels: list[list[Node]] = []
    for node in run.nodes:
        d = depth[node.id] = 0 if node.parent is None else depth[node.parent] + 1
        if d == len(levels):
            levels.append([])
        levels[d].append(node)
    return levels


def _copy(node: Node, stats: tuple[float | None, int | None], reason: str | None) -> Node:
    """The tree part of a source node (id, parent, token, its finish) with the other model's token stats."""
    extra = {k: v for k, v in node.extra.items() if k not in _SOURCE_ONLY}
    if reason is not None:
        extra["unscored"] = reason
    return Node(id=node.id, parent=node.parent, token=node.token, logprob=stats[0], rank=stats[1], extra=extra)


def _children_stats(source: Run, node: Node, row: torch.Tensor) -> dict[int, tuple[float | None, int | None]]:
    """Logprob and rank in ``row`` (``node``'s distribution) of each of ``node``'s children's tokens."""
    children = [c for c in source.children(node.id) if c.token is not None and c.token >= 0]
    if not children:
        return {}
    tokens = torch.tensor([c.token for c in children], device=row.device)
    logprobs, ranks = token_stats(row.expand(len(children), -1), tokens)
    return {c.id: (lp, rk) for c, lp, rk in zip(children, logprobs, ranks, strict=True)}


def _scores_of(row: torch.Tensor, ids: Sequence[int]) -> list[list[Any]]:
    """``[[id, logprob], ...]`` of ``ids`` in a whole distribution ``row``, rounded as the format stores them."""
    values = torch.round(row[list(ids)].double(), decimals=LOGPROB_DIGITS).tolist()
    return [[t, v] for t, v in zip(ids, values, strict=True)]


def rescore(
    trace: Trace | str | os.PathLike,
    *,
    model: Any = None,
    backend: str | Backend | None = None,
    top_k: int | None = None,
    output: str | os.PathLike | None = None,
    resume: bool = False,
    concurrency: int | None = None,
    on_progress: Progress | None = None,
    progress: bool = False,
    device: str = "auto",
    dtype: str | None = None,
    backend_options: dict[str, Any] | None = None,
) -> Trace:
    """Evaluate every node of a trace under another model (same tokenizer).

    Args:
        trace: The trace to rescore, or its path (a trace file or a corpus directory).
        model: As ``tracegen.record``: a hub id, a directory, a ``.gguf``, a ``LoadedModel``
            or ``None`` for the embedded default; with ``backend="openai"``, the served model's name.
        backend: ``"transformers"`` (default), ``"openai"`` (``backend_options`` with at least
            ``base_url``), or a ``Backend`` already open (left open afterwards).
        top_k: Candidates recorded per node; default: each run's own ``top_k``.
        output: Write the rescored trace here, atomically. Stopped early (Ctrl-C, an error),
            the rescored part is written as ``record`` does: to ``output`` when nothing
            complete is there, else beside it (``NAME.partial.json``); the exception is re-raised.
        resume: Finish the interrupted rescoring at ``output``.
        concurrency: Runs rescored at once (default: what the backend allows; 1 locally).
        on_progress: A ``Progress`` listener.
        progress: Without ``on_progress``, draw progress bars on stderr.
        device: transformers: ``auto``, ``cpu``, ``cuda`` or ``mps``.
        dtype: transformers: ``float32``, ``float16``, ``bfloat16`` or ``None`` for the default.
        backend_options: Further options of a named backend (see ``open_backend``).

    Returns:
        The rescored ``Trace``; its ``rescoring`` field names the source trace and model.

    Raises:
        TracegenError: Different tokenizers (one line naming a differing id), an unreadable
            trace, a model that cannot be loaded, an output that cannot be written.
    """
    source, name = (trace, "trace") if isinstance(trace, Trace) else (read_trace(trace), str(trace))
    if not source.runs:
        raise TracegenError(f"{name} has no runs to rescore")
    if output is not None:
        read = [] if isinstance(trace, Trace) else [trace]
        out = check_output(output, inputs=[*read, *backend_files(backend, model, backend_options)])
    else:
        out = None
    require(not resume or out is not None, "resume", "needs output: the rescoring to finish")
    previous = load(out) if resume and out is not None and out.exists() else None
    listener = on_progress or (BarProgress() if progress else Progress())
    if resume and previous is None:
        listener.note(f"resume: no rescoring at {out} yet, rescoring from the start")

    def job(running: Backend) -> Job:
        rescorer = Rescorer(running, source, top_k=top_k, source_name=name, progress=listener, previous=previous)
        return Job(run=lambda: rescorer.rescore_runs(concurrency), finish=rescorer.finish)

    opening = Opening(progress=progress, top_k=top_k or max(run.top_k for run in source.runs),
                      on_change=listener.requests)
    return run_pipeline(backend, model, job, opening=opening, options=backend_options,
                        own={"device": device, "dtype": dtype}, output=out, listener=listener, previous=previous)
