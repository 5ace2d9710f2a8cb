"""A live session: one trace that grows as a person explores a model, one click at a time.

``LiveSession`` owns the trace, the model's backend and a lock. Every operation (expand a
node by a token, start a run, continue greedily or by sampling) takes the lock, so two tabs
or a double click can never interleave model work or corrupt the tree, and the same
expansion twice returns the same node. The work itself runs on one long-lived worker thread:
torch's OpenMP thread team belongs to the thread that calls it, and a fresh team per
request thread (what a threaded WSGI server gives) nearly doubles the cost of a click.

Nodes are built through ``NodeWriter`` exactly like ``tracegen record`` builds them; with
the transformers backend a click costs one incremental forward step because
``TransformersBackend.distribution`` reuses the cached context of the parent (a bounded LRU,
see ``kvcache.PrefixCache``). The session works on a ``Backend`` and nothing else: its
``encode_prompt`` and ``distribution_after`` are all a run and a click need. The earlier
tool's ``FlaskGenerationApp`` is one more backend (``compat.py``).

A session can start from a trace (a saved session, or any recorded trace) and write itself
after every change (``save``), so it survives its process.
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import orjson
import torch

from .._atomic import check_output
from ..backends.base import Backend, Sampler, check_seed
from ..backends.transformers import LoadedModel, TransformersBackend
from ..errors import TracegenError, require
from ..recording.exploration import NodeWriter
from ..trace import Node, Run, Trace, iter_token_ids
from ..trace.fields import is_integer
from ..trace.fit import check_fits
from .reopening import MAX_NODE_ID, check_same_model, check_save

T = TypeVar("T")

MAX_CONTINUE_STEPS = 512
SAVE_EVERY = 1.0  # seconds between saves during a long continue
MANUAL = {"name": "manual"}


class SessionError(TracegenError):
    """A request the session refuses; ``status`` is the HTTP status that says why."""

    status = 400


class NotFound(SessionError):
    """An unknown run or node."""

    status = 404


class LiveSession:
    """A trace grown click by click on a backend: the trace, the lock, and the tree operations.

    Args:
        model: A ``Backend`` (``tracegen.backends.open_backend``), or a ``LoadedModel`` run
            by the transformers backend. The session closes it when it closes.
        top_k: Candidates recorded per node (default 10).
        prefix_cache_bytes: With a ``LoadedModel``: bound on the memory of the KV caches kept
            for recent contexts (default 512 MiB); least recently used ones are dropped beyond it.
        distributions: How many full next-token distributions to keep (an LRU, default 32), so
            a click on a candidate of a recent node needs no extra forward step for its
            logprob and rank.
        trace: A trace of this model to continue growing (a saved session, or any recorded trace).
        save: Write the trace here, atomically, after every change and on ``close``.

    Example:
        >>> session = LiveSession(load_model())
        >>> run = session.new_run("The capital of France is")["run"]
        >>> session.expand(run["id"], 0, run["nodes"][0]["top"][0][0])["node"]["top"][:2]
    """

    def __init__(self, model: Backend | LoadedModel, *, top_k: int = 10, prefix_cache_bytes: int = 512 * 2**20,
                 distributions: int = 32, trace: Trace | None = None,
                 save: str | os.PathLike | None = None) -> None:
        require(is_integer(top_k) and top_k >= 1, "top_k", "must be an integer of at least 1")
        self.backend = model if isinstance(model, Backend) else TransformersBackend(
            model, prefix_cache_bytes=prefix_cache_bytes)
        if trace is not None:
            check_same_model(trace, self.backend.info)
            check_fits(trace, vocab_size=self.backend.vocab_size, max_positions=self.backend.max_positions)
        if save is not None:
            check_save(save, self.backend.info, reopened=trace is not None)
        self.lock = threading.RLock()
        self._local = threading.local()
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tracegen-model",
                                          initializer=self._mark_worker)
        self._cancelled = threading.Event()
        self.trace = trace if trace is not None else Trace(model=dict(self.backend.info))
        self.top_k = top_k
        self.exact = self.backend.exact
        self.eos = set(self.backend.eos_token_ids)
        self.save_path = None if save is None else check_output(save)
        self._max_distributions = distributions
        self._distributions: OrderedDict[tuple[str, int], torch.Tensor] = OrderedDict()
        self._writers: dict[str, NodeWriter] = {}

    @property
    def vocab_size(self) -> int:
        """Size of the next-token distribution."""
        return self.backend.vocab_size

    # -- serialisation ----------------------------------------------------------------------

    def _mark_worker(self) -> None:
        self._local.worker = True

    def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``fn(*args, **kwargs)`` on the session's model thread, holding its lock, and return its result.

        Every operation goes through here, so model work is serialised and always runs on the
        same thread. Calls made from the model thread itself run directly.
        """
        if getattr(self._local, "worker", False):
            with self.lock:
                return fn(*args, **kwargs)
        return self._worker.submit(self.call, fn, *args, **kwargs).result()

    def cancel(self) -> None:
        """Stop a ``continue_`` in progress after its current step (Ctrl-C, SIGTERM); every
        node computed so far stays. Later operations are refused."""
        self._cancelled.set()

    def close(self) -> None:
        """Stop work in progress, write the trace one last time (with ``save``), stop the model
        thread and free the backend's caches."""
        self.cancel()
        if self.save_path is not None:
            self.call(self._save)
        self._worker.shutdown(wait=True)
        self._distributions.clear()
        self.backend.close()

    # -- public operations ------------------------------------------------------------------

    def new_run(self, prompt: str, chat: bool = False) -> dict[str, Any]:
        """Start a run from ``prompt`` and evaluate its root.

        Args:
            prompt: The prompt text.
            chat: Apply the tokenizer's chat template.

        Returns:
            ``{"run": <run object>, "results": [...], "tokens": {...}, "token_bytes": {...}}``.
        """
        if not isinstance(prompt, str):
            raise SessionError("\"prompt\" must be a string")
        return self.call(self._changing, self._new_run, prompt, bool(chat))

    def _new_run(self, prompt: str, chat: bool) -> dict[str, Any]:
        run = self._start_run(self._free_run_id(), prompt, bool(chat))
        root = run.add_node(Node(id=0))
        self._record(run, root)
        self.trace.runs.append(run)
        return {"run": run.to_dict(), **self._patch(iter_token_ids(run))}

    def expand(self, run_id: str, node_id: int, token: int) -> dict[str, Any]:
        """The child of ``node_id`` by ``token``, created and evaluated if new.

        Args:
            run_id: The run.
            node_id: The parent node.
            token: The token id appended to the parent's context.

        Returns:
            ``{"node": <node object>, "run": run_id, "results": [...], "tokens": {...}, "token_bytes": {...}}``.

        Raises:
            NotFound: Unknown run or node.
            SessionError: A token outside the vocabulary, a node that ended with EOS, or a full context.
        """
        return self.call(self._changing, self._expand, run_id, node_id, token)

    def _expand(self, run_id: str, node_id: int, token: int) -> dict[str, Any]:
        run, node = self._find(run_id, node_id)
        if node.extra.get("finish") == "eos":
            raise SessionError(f"node {node.id} ended the sequence (EOS): branch from an earlier token")
        child = self._child(run, node, self._token(token))
        return {"node": child.to_dict(), **self._results(run), **self._patch(_node_ids([child]))}

    def continue_(self, run_id: str, node_id: int, steps: int, mode: str = "greedy", temperature: float = 1.0,
                  top_p: float = 1.0, seed: int | None = None) -> dict[str, Any]:
        """Append up to ``steps`` tokens after ``node_id``, greedily or by sampling; stop at EOS.

        Args:
            run_id: The run.
            node_id: Where to continue from.
            steps: How many tokens, 1 to 512.
            mode: ``"greedy"`` (the most likely token) or ``"sample"``.
            temperature: Sampling temperature (finite, > 0; near 0 is greedy); the recorded
                distributions stay at 1.
            top_p: Nucleus mass in (0, 1].
            seed: Seed of the sampler; ``None`` for a random one.

        Returns:
            ``{"nodes": [the new path's nodes, in order], "run": run_id, "results": [...], "tokens": {...},
            "token_bytes": {...}}``.
        """
        if not is_integer(steps) or not 1 <= steps <= MAX_CONTINUE_STEPS:
            raise SessionError(f"\"steps\" must be an integer from 1 to {MAX_CONTINUE_STEPS}")
        if mode not in ("greedy", "sample"):
            raise SessionError("\"mode\" must be \"greedy\" or \"sample\"")
        check_seed(seed)
        sampler = Sampler(temperature=temperature, top_p=top_p, seed=seed) if mode == "sample" else None
        generator = torch.Generator(device="cpu")
        generator.manual_seed(seed if seed is not None else torch.seed())
        return self.call(self._changing, self._continue, run_id, node_id, steps, sampler, generator)

    def _continue(self, run_id: str, node_id: int, steps: int, sampler: Sampler | None,
                  generator: torch.Generator) -> dict[str, Any]:
        run, node = self._find(run_id, node_id)
        path: list[Node] = []
        saved = time.monotonic()
        for _ in range(steps if node.extra.get("finish") != "eos" else 0):
            if self._cancelled.is_set():
                break
            if self.save_path is not None and time.monotonic() - saved > SAVE_EVERY:
                self._patch(_node_ids(path))  # a long continue is saved as it goes: a kill loses seconds
                self._save()
                saved = time.monotonic()
            logprobs = self._distribution(run, node)
            token = int(logprobs.argmax()) if sampler is None else int(sampler.draw(logprobs.view(1, -1),
                                                                                     generator)[0])
            try:
                node = self._child(run, node, token)
            except SessionError:
                if path:  # the context filled up: return what was made
                    break
                raise
            path.append(node)
            if token in self.eos:
                break
        return {"nodes": [n.to_dict() for n in path], **self._results(run), **self._patch(_node_ids(path))}

    def to_dict(self) -> dict[str, Any]:
        """The session's trace as JSON-ready data (format v2), results brought up to date."""
        return self.call(self._to_dict)

    def _to_dict(self) -> dict[str, Any]:
        for run in self.trace.runs:
            self._refresh_results(run)
        return self.trace.to_dict()

    def dumps(self) -> bytes:
        """The session's trace file (UTF-8 JSON), what ``GET /api/trace`` answers."""
        return orjson.dumps(self.to_dict())

    # -- internals --------------------------------------------------------------------------

    def _changing(self, operation: Callable[..., dict[str, Any]], *args: Any) -> dict[str, Any]:
        """Run a tree operation, then write the session (``save``) so no change is lost."""
        if self._cancelled.is_set():
            raise SessionError("the session is shutting down")
        try:
            return operation(*args)
        finally:
            if self.save_path is not None:
                self._save()

    def _save(self) -> None:
        assert self.save_path is not None  # only a saving session saves
        for run in self.trace.runs:
            self._refresh_results(run)
        self.trace.save(self.save_path)

    def _free_run_id(self) -> str:
        taken = {r.id for r in self.trace.runs}
        n = len(self.trace.runs) + 1
        while f"run-{n}" in taken:
            n += 1
        return f"run-{n}"

    def _find(self, run_id: Any, node_id: Any) -> tuple[Run, Node]:
        if not isinstance(run_id, str):
            raise SessionError("\"run\" must be a string")
        if not is_integer(node_id):
            raise SessionError("\"node\" must be an integer")
        try:
            run = self.trace.run(run_id)
        except KeyError:
            raise NotFound(f"unknown run {run_id!r}") from None
        if not run.has_node(node_id):
            raise NotFound(f"run {run_id!r} has no node {node_id}")
        return run, run.node(node_id)

    def _token(self, token: Any) -> int:
        if not is_integer(token):
            raise SessionError("\"token\" must be an integer token id")
        if not 0 <= token < self.vocab_size:
            raise SessionError(f"token id {token} is outside the vocabulary (0..{self.vocab_size - 1})")
        return int(token)

    def _writer(self, run: Run) -> NodeWriter:
        writer = self._writers.get(run.id)
        if writer is None:
            writer = self._writers[run.id] = NodeWriter(self.backend, run)
        return writer

    def _distribution(self, run: Run, node: Node) -> torch.Tensor:
        key = (run.id, node.id)
        cached = self._distributions.get(key)
        if cached is not None:
            self._distributions.move_to_end(key)
            return cached
        logprobs = self._evaluate(run, node)
        self._distributions[key] = logprobs
        while len(self._distributions) > self._max_distributions:
            self._distributions.popitem(last=False)
        return logprobs

    def _record(self, run: Run, node: Node) -> None:
        self._writer(run).record([node], self._distribution(run, node).view(1, -1), self.exact)
        # A token with probability 0 is no candidate (a seed app's own list names only its few).
        node.top = [(t, lp) for t, lp in node.top or () if lp != float("-inf")]

    def _child(self, run: Run, parent: Node, token: int) -> Node:
        writer = self._writer(run)
        child = run.child(parent.id, token)
        if child is None:
            if run.next_id() > MAX_NODE_ID:  # refused before the node exists, so every save still validates
                raise SessionError(f"run {run.id!r} has reached the largest node id ({MAX_NODE_ID}): "
                                   "start a new run to explore further")
            self._check_room(run, parent)
            logprobs = self._distribution(run, parent)
            if math.isinf(float(logprobs[token])):
                raise SessionError(f"token id {token} has probability 0 here")
            child = writer.children([parent], logprobs.view(1, -1), [token])[0]
            if token in self.eos:
                writer.finish(child, "eos")
        if child.top is None and child.extra.get("finish") != "eos":
            self._record(run, child)
        return child

    def _start_run(self, run_id: str, prompt: str, chat: bool) -> Run:
        ids = self.backend.encode_prompt(prompt, chat=chat)
        limit = self.backend.max_positions
        if limit is not None and len(ids) >= limit:
            raise SessionError(f"the prompt has {len(ids)} tokens; the model takes at most {limit}, "
                               "which leaves no room for a next token")
        return Run(id=run_id, prompt=prompt, prompt_token_ids=ids, strategy=dict(MANUAL), top_k=self.top_k,
                   complete=True, extra={"chat": chat})

    def _check_room(self, run: Run, node: Node) -> None:
        """Raise ``SessionError`` if ``node``'s context cannot grow by one more token."""
        limit = self.backend.max_positions
        if limit is not None and len(run.prompt_token_ids) + len(run.path(node.id)) > limit:
            raise SessionError(f"the context is full: the model takes at most {limit} tokens")

    def _evaluate(self, run: Run, node: Node) -> torch.Tensor:
        """The full next-token log-probabilities ``[vocab]`` (float32, CPU) after ``node``'s context."""
        ids = run.prompt_token_ids + run.token_ids(node.id)
        return self.backend.distribution_after(run.prompt, ids).float().cpu()

    def _patch(self, ids: Iterable[int]) -> dict[str, Any]:
        """Add ``ids`` to the trace's token table; the table entries for them, as the API sends them."""
        texts, raw = self.backend.entries(sorted(set(ids)))
        self.trace.tokens.update(texts)
        self.trace.token_bytes.update(raw)
        return {"tokens": {str(k): v for k, v in texts.items()},
                "token_bytes": {str(k): v.hex() for k, v in raw.items()}}

    def _results(self, run: Run) -> dict[str, Any]:
        """The run's id and its results brought up to date, as replies carry them."""
        self._refresh_results(run)
        return {"run": run.id, "results": [r.to_dict() for r in run.results]}

    def _refresh_results(self, run: Run) -> None:
        """A manual run's results: its leaves, most likely path first (like ``branch``)."""
        if run.strategy.get("name") != MANUAL["name"]:
            return
        writer = self._writer(run)
        leaves = [n for n in run.nodes[1:] if not run.children(n.id)]
        run.results = sorted((writer.result(n) for n in leaves), key=lambda r: -r.score)


def _node_ids(nodes: Iterable[Node]) -> Iterable[int]:
    for node in nodes:
        if node.token is not None:
            yield node.token
        for token, _ in node.top or ():
            yield token
