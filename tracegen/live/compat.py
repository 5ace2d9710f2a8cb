"""``FlaskGenerationApp``: the base class of the earlier tool, serving the tracegen live page.

Code written for the earlier tool runs with only its import changed::

    from tracegen.live import FlaskGenerationApp

    class InteractiveGenerationServer(FlaskGenerationApp):
        def __init__(self, name, tokenizer, model, initial_context, n_largest_tokens_to_return=10):
            self._tokenizer = tokenizer
            self._model = model
            super().__init__(name, n_largest_tokens_to_return)
            self._context = initial_context
        def initialize_dictionary(self): ...          # fills self.word_dict (index = token id)
        def get_next_token_predictions(self): ...     # return self.create_continuations(probs)
        def append_to_context(self, post_token): ...  # post_token: the chosen vocabulary string

    InteractiveGenerationServer(__name__, tokenizer, model, "Once upon a time").run()

The older variant of the class also works: ``initialize_vocab()`` instead of
``initialize_dictionary()``, ``get_next_token_predictions(context)`` and
``append_to_context(context, token)`` that take (and return) the context, and
``initialize_context(context)``.

The subclass is presented to the live session as a backend (``FlaskGenerationBackend``): its
``word_dict`` is the vocabulary (token ids are indices into it) and the distribution after a
context is what its ``get_next_token_predictions`` says for the text ``append_to_context``
builds from the run's prompt and the chosen words. Each context the page asks about becomes a
node of a ``manual`` run in a tracegen trace: the whole softmax (``create_continuations``
returns it with the candidates) becomes the node's ``top`` (as log-probabilities) and entropy. The earlier wire endpoints stay for old clients: ``GET /fetch`` and
``POST /select`` ``{"token": "<vocab string>"}``, both answering
``{"result": "success", "context": ..., "continuations": [{"token": ..., "prob": <percent>}]}``.

``format_context(context)`` may return HTML: that is the one opt-in exception to "token
text is text". Its result is only sent as ``context`` by ``/fetch`` and ``/select`` (the
earlier front end rendered it as HTML); the tracegen page never renders anything as HTML.
"""

from __future__ import annotations

import dataclasses
import inspect
import threading
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from flask import Flask, redirect, request

from ..backends.base import Backend, Step, Tree
from ..errors import TracegenError
from ..models.gguf import converted_from
from ..trace import Node, Run
from ..trace.tokens import WordTable
from .app import LOOPBACK_HOSTS, create_app, json_body, json_response
from .session import LiveSession, SessionError

# The endpoints that read the whole trace: the first of them starts the legacy run, as /fetch does.
_TRACE_ENDPOINTS = ("trace", "download_json", "download_html", "figure")


@dataclass
class Continuation:
    """One candidate as the earlier API sends it: the vocabulary string and its probability in percent."""

    token: str
    prob: float


class Continuations(list):
    """What ``create_continuations`` returns: the candidates (a list of ``Continuation``, as the
    earlier API's), carrying the whole distribution they were taken from (``probs``)."""

    def __init__(self, items: Iterable[Continuation], probs: np.ndarray) -> None:
        super().__init__(items)
        self.probs = probs


class FlaskGenerationBackend(Backend):
    """A ``FlaskGenerationApp`` subclass as a ``Backend``, for the live session.

    The vocabulary is its ``word_dict`` (index = token id); a context is text: the run's
    prompt, then each chosen word appended by the subclass's ``append_to_context``; the
    distribution after it is the subclass's ``get_next_token_predictions``, renormalised.
    Prompts are not tokenized (a run's ``prompt_token_ids`` is empty).

    Args:
        app: The subclass, after its ``initialize_dictionary`` (or ``initialize_vocab``).
    """

    def __init__(self, app: FlaskGenerationApp) -> None:
        if app.word_dict is None:
            raise TracegenError("initialize_dictionary() must fill self.word_dict")
        self.app = app
        self.words = [w.decode("utf-8", "replace") if isinstance(w, bytes) else str(w) for w in app.word_dict]
        self._ids: dict[str, int] = {}
        for i, word in enumerate(self.words):
            self._ids.setdefault(word, i)
        eos = [i for i in (self._ids.get(w) for w in ("<|endoftext|>", "</s>", "<|im_end|>", "<eos>")) if i is not None]
        info = {"name": app.model_name(), "vocab_size": len(self.words), "backend": "FlaskGenerationApp",
                "eos_token_ids": eos}
        super().__init__(None, info, tokens=WordTable(self.words))
        self._contexts: dict[tuple[str, tuple[int, ...]], str] = {}

    def token_id(self, word: str) -> int:
        """The id of a vocabulary string (its first index in ``word_dict``)."""
        try:
            return self._ids[word]
        except (KeyError, TypeError):
            raise SessionError(f"unknown token {word!r}: not in the vocabulary") from None

    def encode_prompt(self, prompt: str, *, chat: bool = False) -> list[int]:
        if chat:
            raise SessionError("this server does not apply chat templates")
        return []

    def decode_text(self, ids: Sequence[int]) -> str:
        return "".join(self.tokens.display(i) for i in ids)

    def context(self, prompt: str, ids: Sequence[int]) -> str:
        """The text after ``prompt`` and the words ``ids``, as the subclass builds it (each
        prefix built once: ``append_to_context`` is called once per new word)."""
        known = len(ids)
        while known > 0 and (prompt, tuple(ids[:known])) not in self._contexts:
            known -= 1
        text = self._contexts.get((prompt, tuple(ids[:known])), prompt)
        for end in range(known + 1, len(ids) + 1):
            text = self._contexts[(prompt, tuple(ids[:end]))] = self.app._extend_context(text, self.words[ids[end - 1]])
        return text

    def distribution_after(self, prompt: str, ids: Sequence[int]) -> torch.Tensor:
        self.calls += 1
        return _logprobs(self.app._predict(self.context(prompt, ids), self), self.vocab_size)

    # Recording outside live mode: contexts extend the subclass's starting context.

    def distribution(self, ids: Sequence[int]) -> torch.Tensor:
        return self.distribution_after(self.app._context, ids)

    def prefill(self, ids: Sequence[int]) -> Step:
        return self._rows([list(ids)])

    def extend(self, step: Step, rows: Sequence[int] | torch.Tensor, tokens: Sequence[int] | torch.Tensor) -> Step:
        pairs = zip(torch.as_tensor(rows).view(-1).tolist(), torch.as_tensor(tokens).view(-1).tolist(), strict=True)
        return self._rows([step.state[r] + [t] for r, t in pairs])

    def all_positions(self, ids: Sequence[int], start: int) -> Step:
        return Step(self._rows([list(ids[:end]) for end in range(start, len(ids) + 1)]).logprobs, None)

    def tree(self, prompt_ids: Sequence[int]) -> Tree:
        return _ContextTree(self, list(prompt_ids))

    def _rows(self, contexts: list[list[int]]) -> Step:
        return Step(torch.stack([self.distribution(c) for c in contexts]), contexts)


class _ContextTree(Tree):
    def __init__(self, backend: FlaskGenerationBackend, prompt_ids: list[int]) -> None:
        self.backend = backend
        self.prompt_ids = prompt_ids

    def root(self) -> Step:
        return self.backend.prefill(self.prompt_ids)

    def evaluate(self, run: Run, nodes: Sequence[Node]) -> Step:
        return self.backend._rows([self.prompt_ids + run.token_ids(n.id) for n in nodes])


def _logprobs(probs: Any, vocab_size: int) -> torch.Tensor:
    """Probabilities (numpy, list or tensor) -> float32 log-probabilities ``[vocab_size]``, renormalised."""
    p = torch.as_tensor(np.asarray(probs, dtype=np.float64)).reshape(-1)[:vocab_size]
    if p.numel() < vocab_size:
        p = torch.nn.functional.pad(p, (0, vocab_size - p.numel()))
    p = p.clamp_min(0)
    total = float(p.sum())
    if not total > 0:
        raise SessionError("get_next_token_predictions gave no probability to any token")
    return torch.log(p / total).float()


class FlaskGenerationApp:
    """Base class of an interactive generation server (the earlier tool's API), serving tracegen's live page.

    Subclasses override ``initialize_dictionary`` (fill ``self.word_dict``, index = token id),
    ``get_next_token_predictions`` (return ``self.create_continuations(probs)`` for
    ``self._context``) and ``append_to_context(post_token)``; or the older
    ``initialize_vocab`` / ``get_next_token_predictions(context)`` /
    ``append_to_context(context, token) -> context``.

    Args:
        name: Flask's import name (``__name__``); also the model name in the trace.
        n_largest_tokens_to_return: Candidates per context (the trace's ``top_k``).

    Attributes:
        app: The Flask app (the live page at ``/``, the JSON API under ``/api``, and the
            legacy ``/fetch`` and ``/select``).
        word_dict: The vocabulary strings, index = token id.
    """

    word_dict: list[str] | None = None

    def __init__(self, name: str, n_largest_tokens_to_return: int = 10) -> None:
        self.name = name
        self.n_largest_tokens_to_return = int(n_largest_tokens_to_return)
        if not hasattr(self, "_context"):
            self._context = ""
        if _overrides(self, "initialize_dictionary"):
            self.initialize_dictionary()
        elif _overrides(self, "initialize_vocab"):
            self.initialize_vocab()
        self._session: LiveSession | None = None
        self._session_lock = threading.Lock()
        # The run and node the legacy /fetch and /select endpoints stand on.
        self._legacy: tuple[str, int] | None = None
        # The session is made on the first request: subclasses set ``_context`` after ``__init__``.
        self.app: Flask = create_app(lambda: self.session, import_name=name)
        self.app.before_request(self._before_request)
        self.add_endpoint("/fetch", self.fetch, methods=["GET"])
        self.add_endpoint("/select", self.select, methods=["POST"])
        self.add_endpoint("/index.html", lambda: redirect("/", code=302), methods=["GET"])

    # -- what subclasses override ---------------------------------------------------------

    def initialize_dictionary(self) -> None:
        """Fill ``self.word_dict``: the vocabulary strings, index = token id."""

    def initialize_vocab(self) -> None:
        """The older name of ``initialize_dictionary``."""

    def get_next_token_predictions(self, *context: str) -> list[Continuation]:
        """``self.create_continuations(probs)`` for the current context (older variant: for ``context``)."""
        raise NotImplementedError("override get_next_token_predictions()")

    def append_to_context(self, *args: str) -> str | None:
        """Append the chosen vocabulary string to ``self._context`` (older variant: return the new context)."""
        raise NotImplementedError("override append_to_context()")

    def format_context(self, context: str) -> str:
        """The context as ``/fetch`` and ``/select`` send it. May return HTML (the earlier front
        end rendered it as HTML); the tracegen page never uses it."""
        return context

    def initialize_context(self, context: str) -> None:
        """Set the starting context (older variant)."""
        self._context = context

    # -- the earlier API --------------------------------------------------------------------

    def create_continuations(self, probs: Sequence[float] | np.ndarray | torch.Tensor) -> Continuations:
        """The ``n_largest_tokens_to_return`` most likely tokens of ``probs`` (the softmax over
        the vocabulary, numpy or list) as ``Continuation(token, prob_percent)``, most likely
        first; the list also carries ``probs`` (the node's whole distribution).

        Vectorised: ``argpartition`` over the vocabulary, no Python loop over it.
        """
        p = np.asarray(probs.detach().cpu().numpy() if isinstance(probs, torch.Tensor) else probs,
                       dtype=np.float64).reshape(-1)
        words = self.word_dict or []
        p = p[: len(words)]
        k = min(self.n_largest_tokens_to_return, p.size)
        if k <= 0:
            return Continuations([], p)
        best = np.argpartition(-p, k - 1)[:k]
        best = best[np.lexsort((best, -p[best]))]  # most likely first; ties by id
        return Continuations((Continuation(str(words[i]), float(p[i]) * 100) for i in best.tolist()), p)

    def fetch(self) -> Any:
        """``GET /fetch``: the current context and its continuations."""
        return self.session.call(self._fetch)

    def _fetch(self) -> Any:
        context = self._legacy_context()
        return self._legacy_reply(context, self._call_predictions(context))

    def select(self) -> Any:
        """``POST /select`` ``{"token": "<vocab string>"}``: append it, then as ``fetch``."""
        body = json_body()
        word = body.get("token")
        if not isinstance(word, str):
            raise SessionError("\"token\" must be a vocabulary string")
        return self.session.call(self._select, word)

    def _select(self, word: str) -> Any:
        self._legacy_context()
        assert self._legacy is not None  # made by _legacy_context
        run_id, node_id = self._legacy
        token = self.backend.token_id(word)
        node = self.session.expand(run_id, node_id, token)["node"]
        self._legacy = (run_id, node["id"])
        context = self._legacy_context()
        return self._legacy_reply(context, self._call_predictions(context))

    def add_endpoint(self, url_name: str, f: Callable[..., Any], methods: list[str]) -> None:
        """Add a route to ``self.app`` (as the earlier base class did)."""
        self.app.add_url_rule(rule=url_name, endpoint=None, view_func=f, methods=methods)

    def run(self, **kwargs: Any) -> None:
        """Serve on 127.0.0.1:5000 (override with ``host=`` / ``port=``); other ``kwargs`` go to ``Flask.run``."""
        host = kwargs.pop("host", "127.0.0.1")
        port = kwargs.pop("port", 5000)
        hosts = self.app.config["TRACEGEN_ALLOWED_HOSTS"]
        from .server import hosts_for, is_loopback

        if not is_loopback(host):
            warnings.warn(f"serving on {host}: anyone who can reach this address can drive the model",
                          stacklevel=2)
        hosts |= hosts_for(host)
        self.app.run(host=host, port=port, **kwargs)

    # -- plumbing ---------------------------------------------------------------------------

    @property
    def session(self) -> LiveSession:
        """The live session behind the page, on this app as its backend (created on first
        use, after ``__init__`` has run).

        Concurrent first requests all get the one session: it is created under a lock.
        """
        with self._session_lock:
            if self._session is None:
                self._session = LiveSession(FlaskGenerationBackend(self), top_k=self.n_largest_tokens_to_return)
            return self._session

    @property
    def backend(self) -> FlaskGenerationBackend:
        """This app as the session's backend."""
        backend = self.session.backend
        assert isinstance(backend, FlaskGenerationBackend)
        return backend

    def _legacy_context(self) -> str:
        """The context ``/fetch`` and ``/select`` stand on (creating the first run if needed)."""
        self._ensure_legacy_run()
        assert self._legacy is not None
        run_id, node_id = self._legacy
        run = self.session.trace.run(run_id)
        return self.backend.context(run.prompt, run.token_ids(node_id))

    def _ensure_legacy_run(self) -> None:
        if self._legacy is None:
            self._legacy = (self.session.new_run(self._context)["run"]["id"], 0)

    def _before_request(self) -> None:
        if request.endpoint in _TRACE_ENDPOINTS:  # the trace the page and downloads see holds the legacy run
            self.session.call(self._ensure_legacy_run)

    def model_name(self) -> str:
        """The model's name in the trace. Default: the ``name_or_path`` of the ``_model`` (or
        ``_tokenizer``) the earlier tool's servers keep (for tracegen's converted copy of a
        GGUF, the GGUF's name), else the model's class name, else this class's name; override
        to choose."""
        model = getattr(self, "_model", None)
        for holder in (model, getattr(model, "config", None), getattr(self, "_tokenizer", None)):
            name = getattr(holder, "name_or_path", None)
            if isinstance(name, str) and name:
                gguf = converted_from(Path(name))
                return gguf.stem if gguf is not None else name.rstrip("/").rsplit("/", 1)[-1].removesuffix(".gguf")
        return type(model).__name__ if model is not None else type(self).__name__

    def _legacy_reply(self, context: str, continuations: Any) -> Any:
        items = [_as_dict(c) for c in continuations]
        return json_response({"result": "success", "context": self.format_context(context), "continuations": items})

    def _old_style(self, method: str, arity: int) -> bool:
        params = [p for p in inspect.signature(getattr(self, method)).parameters.values()
                  if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
        return _overrides(self, method) and len(params) >= arity

    def _call_predictions(self, context: str) -> Any:
        """Call the subclass's prediction method for ``context`` (either variant)."""
        if self._old_style("get_next_token_predictions", 1):
            return self.get_next_token_predictions(context)
        saved, self._context = self._context, context
        try:
            return self.get_next_token_predictions()
        finally:
            self._context = saved

    def _predict(self, context: str, backend: FlaskGenerationBackend) -> np.ndarray:
        """The full next-token probabilities after ``context``."""
        continuations = self._call_predictions(context)
        if isinstance(continuations, Continuations):
            return continuations.probs
        # The subclass built its own list: only its candidates have probability.
        probs = np.zeros(len(backend.words))
        for c in map(_as_dict, continuations):
            probs[backend.token_id(c["token"])] = float(c["prob"]) / 100
        return probs

    def _extend_context(self, context: str, word: str) -> str:
        """``context`` with ``word`` appended by the subclass's ``append_to_context``."""
        if self._old_style("append_to_context", 2):
            return self.append_to_context(context, word)  # type: ignore[return-value]
        saved, self._context = self._context, context
        try:
            self.append_to_context(word)
            return self._context
        finally:
            self._context = saved


def _as_dict(continuation: Any) -> Any:
    """A ``Continuation`` (or any dataclass) as a dict; a dict as it is."""
    if dataclasses.is_dataclass(continuation) and not isinstance(continuation, type):
        return dataclasses.asdict(continuation)
    return continuation


def _overrides(obj: object, method: str) -> bool:
    return getattr(type(obj), method) is not getattr(FlaskGenerationApp, method)


__all__ = ["LOOPBACK_HOSTS", "Continuation", "Continuations", "FlaskGenerationApp", "FlaskGenerationBackend"]
