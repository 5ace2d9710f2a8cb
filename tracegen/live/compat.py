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

Each context the page asks about becomes a node of a ``manual`` run in a tracegen trace:
the subclass's probabilities (``create_continuations`` sees the whole softmax) become the
node's ``top`` (as log-probabilities) and entropy, and token ids are indices into
``word_dict``. The earlier wire endpoints stay for old clients: ``GET /fetch`` and
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
from flask import Flask, redirect

from ..backends.base import Vocabulary
from ..errors import TracegenError
from ..models.gguf import converted_from
from ..trace import Node, Run
from ..trace.tokens import WordTable
from .app import LOOPBACK_HOSTS, create_app, json_body, json_response
from .session import MANUAL, BaseSession, SessionError


@dataclass
class Continuation:
    """One candidate as the earlier API sends it: the vocabulary string and its probability in percent."""

    token: str
    prob: float


class WordVocabulary(Vocabulary):
    """The vocabulary of a ``FlaskGenerationApp``: its ``word_dict``, index = token id.

    Args:
        name: The model's name for the trace.
        words: The vocabulary strings.
    """

    def __init__(self, name: str, words: list[str]) -> None:
        self.table = WordTable(words)
        self._ids: dict[str, int] = {}
        for i, word in enumerate(words):
            self._ids.setdefault(word, i)
        eos = [i for i in (self._ids.get(w) for w in ("<|endoftext|>", "</s>", "<|im_end|>", "<eos>")) if i is not None]
        self.info = {"name": name, "vocab_size": len(words), "backend": "FlaskGenerationApp", "eos_token_ids": eos}

    def token_id(self, word: str) -> int:
        """The id of a vocabulary string (its first index in ``word_dict``)."""
        try:
            return self._ids[word]
        except (KeyError, TypeError):
            raise SessionError(f"unknown token {word!r}: not in the vocabulary") from None

    def decode_text(self, ids: Sequence[int]) -> str:
        return "".join(self.table.entry(i)[0] for i in ids)

    def entries(self, ids: Iterable[int]) -> tuple[dict[int, str], dict[int, bytes]]:
        return self.table.entries(ids)


class CompatSession(BaseSession):
    """A live session whose model is a ``FlaskGenerationApp`` subclass.

    Args:
        owner: The app; its ``word_dict``, prediction and context methods do the work.
    """

    def __init__(self, owner: FlaskGenerationApp) -> None:
        self.owner = owner
        words = owner.word_dict
        if words is None:
            raise TracegenError("initialize_dictionary() must fill self.word_dict")
        self.words: list[str] = [w.decode("utf-8", "replace") if isinstance(w, bytes) else str(w) for w in words]
        self.vocabulary = WordVocabulary(owner.model_name(), self.words)
        super().__init__(self.vocabulary, top_k=owner.n_largest_tokens_to_return)
        self._contexts: dict[tuple[str, int], str] = {}
        # The run and node the legacy /fetch and /select endpoints stand on.
        self.legacy_run: str | None = None
        self.legacy_node = 0

    def token_id(self, word: str) -> int:
        """The id of a vocabulary string (its first index in ``word_dict``)."""
        return self.vocabulary.token_id(word)

    def _start_run(self, run_id: str, prompt: str, chat: bool) -> Run:
        if chat:
            raise SessionError("this server does not apply chat templates")
        self._contexts[(run_id, 0)] = prompt
        return Run(id=run_id, prompt=prompt, prompt_token_ids=[], strategy=dict(MANUAL), top_k=self.top_k,
                   complete=True, extra={"chat": False})

    def _record(self, run: Run, node: Node) -> None:
        super()._record(run, node)
        # Tokens the subclass gave no probability are not candidates.
        node.top = [(t, lp) for t, lp in node.top or () if lp != float("-inf")]

    def _child(self, run: Run, parent: Node, token: int) -> Node:
        if run.child(parent.id, token) is None:
            # The node about to be created gets the next id (we hold the lock).
            parent_context = self._contexts[(run.id, parent.id)]
            self._contexts[(run.id, run.next_id())] = self.owner._extend_context(parent_context, self.words[token])
        return super()._child(run, parent, token)

    def _evaluate(self, run: Run, node: Node) -> torch.Tensor:
        return _logprobs(self.owner._predict(self._contexts[(run.id, node.id)]), self.vocab_size)

    def legacy_context(self) -> str:
        """The context ``/fetch`` and ``/select`` stand on (creating the first run if needed)."""
        self._ensure_legacy_run()
        return self._contexts[(self.legacy_run, self.legacy_node)]  # type: ignore[index]

    def _ensure_legacy_run(self) -> None:
        if self.legacy_run is None:
            context = self.owner._context
            self.legacy_run = self.new_run(context)["run"]["id"]
            self.legacy_node = 0

    def _to_dict(self) -> dict[str, Any]:
        self._ensure_legacy_run()
        return super()._to_dict()


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
        self._stash: tuple[Any, Any] | None = None
        if _overrides(self, "initialize_dictionary"):
            self.initialize_dictionary()
        elif _overrides(self, "initialize_vocab"):
            self.initialize_vocab()
        self._session: CompatSession | None = None
        self._session_lock = threading.Lock()
        self.app: Flask = create_app(_LazySession(self), import_name=name)
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

    def create_continuations(self, probs: Sequence[float] | np.ndarray | torch.Tensor) -> list[Continuation]:
        """The ``n_largest_tokens_to_return`` most likely tokens of ``probs`` (the softmax over
        the vocabulary, numpy or list) as ``Continuation(token, prob_percent)``, most likely first.

        Vectorised: ``argpartition`` over the vocabulary, no Python loop over it.
        """
        p = np.asarray(probs.detach().cpu().numpy() if isinstance(probs, torch.Tensor) else probs,
                       dtype=np.float64).reshape(-1)
        words = self.word_dict or []
        p = p[: len(words)]
        self._stash = (p, None)
        k = min(self.n_largest_tokens_to_return, p.size)
        if k <= 0:
            return []
        best = np.argpartition(-p, k - 1)[:k]
        best = best[np.lexsort((best, -p[best]))]  # most likely first; ties by id
        return [Continuation(str(words[i]), float(p[i]) * 100) for i in best.tolist()]

    def fetch(self) -> Any:
        """``GET /fetch``: the current context and its continuations."""
        return self.session.call(self._fetch)

    def _fetch(self) -> Any:
        context = self.session.legacy_context()
        return self._legacy_reply(context, self._call_predictions(context))

    def select(self) -> Any:
        """``POST /select`` ``{"token": "<vocab string>"}``: append it, then as ``fetch``."""
        body = json_body()
        word = body.get("token")
        if not isinstance(word, str):
            raise SessionError("\"token\" must be a vocabulary string")
        return self.session.call(self._select, word)

    def _select(self, word: str) -> Any:
        session = self.session
        session.legacy_context()
        token = session.token_id(word)
        node = session.expand(session.legacy_run, session.legacy_node, token)["node"]  # type: ignore[arg-type]
        session.legacy_node = node["id"]
        context = session.legacy_context()
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
    def session(self) -> CompatSession:
        """The live session behind the page (created on first use, after ``__init__`` has run).

        Concurrent first requests all get the one session: it is created under a lock.
        """
        with self._session_lock:
            if self._session is None:
                self._session = CompatSession(self)
            return self._session

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
        items = [dataclasses.asdict(c) if dataclasses.is_dataclass(c) else c for c in continuations]
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

    def _predict(self, context: str) -> np.ndarray:
        """The full next-token probabilities after ``context``."""
        self._stash = None
        continuations = self._call_predictions(context)
        if self._stash is not None:
            return self._stash[0]
        # The subclass built its own list: only its candidates have probability.
        probs = np.zeros(len(self.word_dict or []))
        for c in continuations:
            c = dataclasses.asdict(c) if dataclasses.is_dataclass(c) else c
            probs[self.session.token_id(c["token"])] = float(c["prob"]) / 100
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


class _LazySession:
    """Defers building the session until the first request (subclasses set ``_context`` after ``__init__``)."""

    def __init__(self, owner: FlaskGenerationApp) -> None:
        self._owner = owner

    def __getattr__(self, name: str) -> Any:
        return getattr(self._owner.session, name)


def _overrides(obj: object, method: str) -> bool:
    return getattr(type(obj), method) is not getattr(FlaskGenerationApp, method)


__all__ = ["Continuation", "FlaskGenerationApp", "CompatSession", "LOOPBACK_HOSTS"]
