"""A live session: one trace that grows as a person explores a model, one click at a time.

``LiveSession`` owns the trace, the model's engine and a lock. Every operation (expand a
node by a token, start a run, continue greedily or by sampling) takes the lock, so two tabs
or a double click can never interleave model work or corrupt the tree, and the same
expansion twice returns the same node. The work itself runs on one long-lived worker thread:
torch's OpenMP thread team belongs to the thread that calls it, and a fresh team per
request thread (what a threaded WSGI server gives) nearly doubles the cost of a click.

Nodes are built through ``Exploration`` exactly like ``tracegen record`` builds them; a
click costs one incremental forward step because ``Engine.distribution`` reuses the cached
context of the parent (a bounded LRU, see ``kvcache.PrefixCache``).
"""

from __future__ import annotations

import math
import threading
from abc import ABC, abstractmethod
from collections import OrderedDict
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import orjson
import torch

from ..backends.local.engine import Engine
from ..backends.local.models import LoadedModel
from ..errors import TracegenError
from ..recording.exploration import Exploration
from ..recording.recorder import Recorder
from ..recording.strategies.sample import Sample
from ..trace import Node, Run, Trace, iter_token_ids

T = TypeVar("T")

MAX_CONTINUE_STEPS = 512
MANUAL = {"name": "manual"}


class SessionError(TracegenError):
    """A request the session refuses; ``status`` is the HTTP status that says why."""

    status = 400


class NotFound(SessionError):
    """An unknown run or node."""

    status = 404


class BaseSession(ABC):
    """What every live session shares: the trace, the lock, and the tree operations.

    Subclasses say how a node's context is evaluated (``_evaluate``) and how token ids are
    displayed (``_entries``).

    Args:
        model_info: The trace's ``model`` field.
        top_k: Candidates recorded per node.
        eos_token_ids: Tokens that end a sequence.
        distributions: How many full next-token distributions to keep (an LRU), so a click
            on a candidate of a recent node needs no extra forward step for its logprob and rank.
    """

    def __init__(self, model_info: dict[str, Any], *, top_k: int, eos_token_ids: Iterable[int],
                 distributions: int = 32) -> None:
        if top_k < 1:
            raise TracegenError("--top-k must be at least 1")
        self.lock = threading.RLock()
        self._local = threading.local()
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tracegen-model",
                                          initializer=self._mark_worker)
        self.trace = Trace(model=dict(model_info))
        self.top_k = top_k
        self.eos = set(eos_token_ids)
        self._max_distributions = distributions
        self._distributions: OrderedDict[tuple[str, int], torch.Tensor] = OrderedDict()
        self._explorations: dict[str, Exploration] = {}

    # -- what subclasses provide ------------------------------------------------------------

    @property
    @abstractmethod
    def vocab_size(self) -> int:
        """Size of the next-token distribution."""

    @abstractmethod
    def _evaluate(self, run: Run, node: Node) -> torch.Tensor:
        """The full next-token log-probabilities ``[vocab]`` (float32, CPU) after ``node``'s context."""

    @abstractmethod
    def _entries(self, ids: Iterable[int]) -> tuple[dict[int, str], dict[int, bytes]]:
        """Display text and (non-UTF-8) raw bytes of token ids, like ``TokenTable.entries``."""

    @abstractmethod
    def _exploration(self, run: Run) -> Exploration:
        """The ``Exploration`` that records nodes of ``run``."""

    @abstractmethod
    def _start_run(self, run_id: str, prompt: str, chat: bool) -> Run:
        """A new empty run (no nodes yet) for ``prompt``."""

    def _check_room(self, run: Run, node: Node) -> None:
        """Raise ``SessionError`` if ``node``'s context cannot grow by one more token."""
        return None

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

    def close(self) -> None:
        """Stop the model thread and drop the cached distributions (the trace stays readable)."""
        self._worker.shutdown(wait=True)
        self._distributions.clear()

    # -- public operations ------------------------------------------------------------------

    def new_run(self, prompt: str, chat: bool = False) -> dict[str, Any]:
        """Start a run from ``prompt`` and evaluate its root.

        Args:
            prompt: The prompt text.
            chat: Apply the tokenizer's chat template.

        Returns:
            ``{"run": <run object>, "tokens": {...}, "token_bytes": {...}}``.
        """
        if not isinstance(prompt, str):
            raise SessionError("\"prompt\" must be a string")
        return self.call(self._new_run, prompt, bool(chat))

    def _new_run(self, prompt: str, chat: bool) -> dict[str, Any]:
        run = self._start_run(self._free_run_id(), prompt, bool(chat))
        explo = self._exploration(run)
        root = run.add_node(Node(id=0))
        self._record(explo, run, root)
        self.trace.runs.append(run)
        self._explorations[run.id] = explo
        return {"run": run.to_dict(), **self._patch(iter_token_ids(run))}

    def expand(self, run_id: str, node_id: int, token: int) -> dict[str, Any]:
        """The child of ``node_id`` by ``token``, created and evaluated if new.

        Args:
            run_id: The run.
            node_id: The parent node.
            token: The token id appended to the parent's context.

        Returns:
            ``{"node": <node object>, "tokens": {...}, "token_bytes": {...}}``.

        Raises:
            NotFound: Unknown run or node.
            SessionError: A token outside the vocabulary, or a full context.
        """
        return self.call(self._expand, run_id, node_id, token)

    def _expand(self, run_id: str, node_id: int, token: int) -> dict[str, Any]:
        run, node = self._find(run_id, node_id)
        child = self._child(run, node, self._token(token))
        return {"node": child.to_dict(), **self._patch(_node_ids([child]))}

    def continue_(self, run_id: str, node_id: int, steps: int, mode: str = "greedy", temperature: float = 1.0,
                  top_p: float = 1.0, seed: int | None = None) -> dict[str, Any]:
        """Append up to ``steps`` tokens after ``node_id``, greedily or by sampling; stop at EOS.

        Args:
            run_id: The run.
            node_id: Where to continue from.
            steps: How many tokens, 1 to 512.
            mode: ``"greedy"`` (the most likely token) or ``"sample"``.
            temperature: Sampling temperature (> 0); the recorded distributions stay at 1.
            top_p: Nucleus mass in (0, 1].
            seed: Seed of the sampler; ``None`` for a random one.

        Returns:
            ``{"nodes": [the new path's nodes, in order], "tokens": {...}, "token_bytes": {...}}``.
        """
        if not _is_int(steps) or not 1 <= steps <= MAX_CONTINUE_STEPS:
            raise SessionError(f"\"steps\" must be an integer from 1 to {MAX_CONTINUE_STEPS}")
        if mode not in ("greedy", "sample"):
            raise SessionError("\"mode\" must be \"greedy\" or \"sample\"")
        if seed is not None and not _is_int(seed):
            raise SessionError("\"seed\" must be an integer or null")
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (temperature, top_p)):
            raise SessionError("\"temperature\" and \"top_p\" must be numbers")
        sampler = None
        if mode == "sample":
            try:
                sampler = Sample(temperature=temperature, top_p=top_p, seed=seed)
            except ValueError as exc:
                raise SessionError(str(exc).replace("--top-p", "top_p").replace("--", "")) from None
        generator = torch.Generator(device="cpu")
        generator.manual_seed(seed if seed is not None else torch.seed())
        return self.call(self._continue, run_id, node_id, steps, sampler, generator)

    def _continue(self, run_id: str, node_id: int, steps: int, sampler: Sample | None,
                  generator: torch.Generator) -> dict[str, Any]:
        run, node = self._find(run_id, node_id)
        path: list[Node] = []
        if node.extra.get("finish") == "eos":
            return {"nodes": [], "tokens": {}, "token_bytes": {}}
        for _ in range(steps):
            logprobs = self._distribution(run, node)
            if sampler is None:
                token = int(logprobs.argmax())
            else:
                token = int(sampler.draw(logprobs.view(1, -1), generator)[0])
            try:
                node = self._child(run, node, token)
            except SessionError:
                if path:  # the context filled up: return what was made
                    break
                raise
            path.append(node)
            if token in self.eos:
                break
        return {"nodes": [n.to_dict() for n in path], **self._patch(_node_ids(path))}

    def to_dict(self) -> dict[str, Any]:
        """The session's trace as JSON-ready data (format v1), results brought up to date."""
        return self.call(self._to_dict)

    def _to_dict(self) -> dict[str, Any]:
        for run in self.trace.runs:
            if run.strategy.get("name") == MANUAL["name"]:
                self._refresh_results(run)
        return self.trace.to_dict()

    def dumps(self) -> bytes:
        """The session's trace file (UTF-8 JSON), what ``GET /api/trace`` answers."""
        return orjson.dumps(self.to_dict())

    # -- internals --------------------------------------------------------------------------

    def _free_run_id(self) -> str:
        taken = {r.id for r in self.trace.runs}
        n = len(self.trace.runs) + 1
        while f"run-{n}" in taken:
            n += 1
        return f"run-{n}"

    def _find(self, run_id: Any, node_id: Any) -> tuple[Run, Node]:
        if not isinstance(run_id, str):
            raise SessionError("\"run\" must be a string")
        if not _is_int(node_id):
            raise SessionError("\"node\" must be an integer")
        try:
            run = self.trace.run(run_id)
        except KeyError:
            raise NotFound(f"unknown run {run_id!r}") from None
        if not run.has_node(node_id):
            raise NotFound(f"run {run_id!r} has no node {node_id}")
        return run, run.node(node_id)

    def _token(self, token: Any) -> int:
        if not _is_int(token):
            raise SessionError("\"token\" must be an integer token id")
        if not 0 <= token < self.vocab_size:
            raise SessionError(f"token id {token} is outside the vocabulary (0..{self.vocab_size - 1})")
        return int(token)

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

    def _record(self, explo: Exploration, run: Run, node: Node) -> None:
        explo.record([node], self._distribution(run, node).view(1, -1))

    def _child(self, run: Run, parent: Node, token: int) -> Node:
        explo = self._explorations[run.id]
        child = run.child(parent.id, token)
        if child is None:
            self._check_room(run, parent)
            logprobs = self._distribution(run, parent)
            if math.isinf(float(logprobs[token])):
                raise SessionError(f"token id {token} has probability 0 here")
            child = explo.children([parent], logprobs.view(1, -1), [token])[0]
            if token in self.eos:
                explo.finish(child, "eos")
        if child.top is None:
            self._record(explo, run, child)
        return child

    def _patch(self, ids: Iterable[int]) -> dict[str, Any]:
        """Add ``ids`` to the trace's token table; the table entries for them, as the API sends them."""
        texts, raw = self._entries(sorted(set(ids)))
        self.trace.tokens.update(texts)
        self.trace.token_bytes.update(raw)
        return {"tokens": {str(k): v for k, v in texts.items()},
                "token_bytes": {str(k): v.hex() for k, v in raw.items()}}

    def _refresh_results(self, run: Run) -> None:
        """A manual run's results: its leaves, most likely path first (like ``branch``)."""
        explo = self._explorations.get(run.id)
        if explo is None:
            return
        leaves = [n for n in run.nodes[1:] if not run.children(n.id)]
        results = [explo.result(n) for n in leaves]
        run.results = sorted(results, key=lambda r: -r.score)


class LiveSession(BaseSession):
    """A live session over a loaded transformers model.

    Args:
        model: The loaded model.
        top_k: Candidates recorded per node (default 10).
        prefix_cache_bytes: Bound on the memory of the KV caches kept for recent contexts
            (default 512 MiB); least recently used ones are dropped beyond it.
        distributions: How many full next-token distributions to keep (default 32).

    Example:
        >>> session = LiveSession(load_model())
        >>> run = session.new_run("The capital of France is")["run"]
        >>> session.expand(run["id"], 0, run["nodes"][0]["top"][0][0])["node"]["top"][:2]
    """

    def __init__(self, model: LoadedModel, *, top_k: int = 10, prefix_cache_bytes: int = 512 * 2**20,
                 distributions: int = 32) -> None:
        super().__init__(model.info, top_k=top_k, eos_token_ids=model.info.get("eos_token_ids", []),
                         distributions=distributions)
        self.model = model
        self.recorder = Recorder(model, top_k=top_k)
        self.recorder.trace = self.trace
        self.engine = self.recorder.engine = Engine(model.model, prefix_cache_bytes=prefix_cache_bytes)
        self.max_positions = model.max_positions

    @property
    def vocab_size(self) -> int:
        return self.model.vocab_size

    def _start_run(self, run_id: str, prompt: str, chat: bool) -> Run:
        if not prompt:
            raise SessionError("the prompt is empty")
        self.recorder.chat = chat
        ids = self.recorder.encode_prompt(prompt)
        if self.max_positions is not None and len(ids) > self.max_positions:
            raise SessionError(f"the prompt has {len(ids)} tokens; the model takes at most {self.max_positions}")
        return Run(id=run_id, prompt=prompt, prompt_token_ids=ids, strategy=dict(MANUAL), top_k=self.top_k,
                   complete=True, extra={"chat": chat})

    def _exploration(self, run: Run) -> Exploration:
        return self.recorder.exploration(run)

    def _context(self, run: Run, node: Node) -> list[int]:
        return run.prompt_token_ids + run.token_ids(node.id)

    def _check_room(self, run: Run, node: Node) -> None:
        if self.max_positions is None:
            return
        length = len(run.prompt_token_ids) + len(run.path(node.id))  # the context plus one new token
        if length > self.max_positions:
            raise SessionError(f"the context is full: the model takes at most {self.max_positions} tokens")

    def _evaluate(self, run: Run, node: Node) -> torch.Tensor:
        return self.engine.distribution(self._context(run, node)).float().cpu()

    def close(self) -> None:
        """Stop the model thread and free the KV caches."""
        super().close()
        self.engine.prefixes = type(self.engine.prefixes)(self.model.model, max_bytes=self.engine.prefixes.max_bytes)

    def _entries(self, ids: Iterable[int]) -> tuple[dict[int, str], dict[int, bytes]]:
        return self.recorder.tokens.entries(ids)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _node_ids(nodes: Iterable[Node]) -> Iterable[int]:
    for node in nodes:
        if node.token is not None:
            yield node.token
        for token, _ in node.top or ():
            yield token
