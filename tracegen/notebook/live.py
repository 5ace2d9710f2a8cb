"""Live exploration in a notebook: the live viewer, answered by the kernel this notebook runs.

``ExploreWidget`` is a ``TraceWidget`` with a ``LiveSession`` behind it, the same session
``tracegen serve`` runs; only the transport differs: a click travels as a widget message
(``channel.py``) instead of an HTTP request, so there is no server and no port. Python code
drives the same session (``w.expand``, ``w.continue_``, ``w.new_run``) and the page follows.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from typing import Any

from ..backends import Opening, declaration
from ..backends.base import Backend
from ..errors import ParameterError, TracegenError
from ..live.session import LiveSession
from ..trace import Node, Run, Trace
from ..trace.fields import is_integer
from . import channel
from .widget import TraceWidget

_MODELS: dict[str, Any] = {}
_MODELS_LOCK = threading.Lock()


class ExploreWidget(TraceWidget):
    """The live viewer on a ``LiveSession``, in a notebook.

    Args:
        session: The session to show and grow (its ``trace`` is the widget's).
        height: The output's height in pixels.
        owns_session: Close the session when the widget is closed (the session closes its
            backend).

    Attributes:
        session: The ``LiveSession``.
    """

    def __init__(self, session: LiveSession, *, height: int = 600, owns_session: bool = False) -> None:
        self.session = session
        self._owns_session = owns_session
        last = session.trace.runs[-1] if session.trace.runs else None
        # The page asks for the trace when it starts (and again after a reload): it may have grown.
        super().__init__(session.trace, run=last, height=height, _live=True, _trace_json=b"")
        self.on_msg(self._on_message)

    @property
    def trace(self) -> Trace:
        """The live trace: every node explored so far, from the page or from Python."""
        return self.session.trace

    def _on_message(self, _widget: Any, content: Any, _buffers: list[bytes]) -> None:
        if channel.is_request(content):
            reply, buffers = channel.answer(self.session, content)
            self.send(reply, buffers)

    # -- driving it from Python -------------------------------------------------------------

    def expand(self, node: Node | int, token: int | str, *, run: Run | str | None = None) -> Node:
        """The child of ``node`` reached by ``token`` (evaluated if new); the page shows it.

        Args:
            node: The parent node or its id.
            token: A token id, or the text of one of the parent's candidates (e.g. ``" Paris"``).
            run: The run (or its id); default: the run shown in the page, else the newest.

        Returns:
            The child node.

        Raises:
            TracegenError: An unknown run, node or token, or one the session refuses.
        """
        target = self._run(run)
        parent = self._node(target, node)
        reply = self.session.expand(target.id, parent.id, self._token(target, parent, token))
        child = target.node(reply["node"]["id"])
        self._announce("expand", target, reply, {"run": target.id, "node": child.id, **_next(child)})
        return child

    def continue_(self, node: Node | int | None = None, steps: int = 16, *, mode: str = "greedy",
                  temperature: float = 1.0, top_p: float = 1.0, seed: int | None = None,
                  run: Run | str | None = None) -> list[Node]:
        """Append up to ``steps`` tokens after ``node``, greedily or by sampling (stops at EOS).

        Args:
            node: Where to continue from; default: the node selected in the page, else the
                run's newest node.
            steps: How many tokens, 1 to 512.
            mode: ``"greedy"`` or ``"sample"``.
            temperature: Sampling temperature (> 0).
            top_p: Nucleus mass in (0, 1].
            seed: The sampler's seed; ``None`` for a random one.
            run: The run (or its id); default: the run shown in the page, else the newest.

        Returns:
            The new path's nodes, in order.
        """
        target = self._run(run)
        start = self._node(target, node) if node is not None else self._default_node(target)
        reply = self.session.continue_(target.id, start.id, steps, mode=mode, temperature=temperature,
                                       top_p=top_p, seed=seed)
        nodes = [target.node(n["id"]) for n in reply["nodes"]]
        if nodes:
            self._announce("continue", target, reply, {"run": target.id, "node": nodes[-1].id})
        return nodes

    def new_run(self, prompt: str, chat: bool = False) -> Run:
        """Start a run from ``prompt`` (``chat``: apply the chat template); the page opens it."""
        reply = self.session.new_run(prompt, chat=chat)
        run = self.trace.run(reply["run"]["id"])
        self._announce("runs", run, reply, {"run": run.id})
        return run

    def close(self) -> None:
        """Close the widget (and its session, when it made it)."""
        if self._owns_session:
            self.session.close()
        super().close()

    # -- internals --------------------------------------------------------------------------

    def _announce(self, op: str, run: Run, reply: dict[str, Any], selection: dict[str, Any]) -> None:
        """Tell the page (it shows the change as if clicked) and select what it will select."""
        self.send(channel.change(op, run.id, reply))
        self.selection = selection

    def _run(self, run: Run | str | None) -> Run:
        if run is None:
            run = self.selected_run or (self.trace.runs[-1] if self.trace.runs else None)
            if run is None:
                raise TracegenError("there is no run yet: start one with w.new_run(prompt)")
        run_id = run.id if isinstance(run, Run) else run
        try:
            return self.trace.run(run_id)
        except KeyError:
            raise ParameterError("run", f"{run_id!r} is not a run of this session") from None

    @staticmethod
    def _node(run: Run, node: Node | int) -> Node:
        node_id = node.id if isinstance(node, Node) else node
        if not is_integer(node_id) or not run.has_node(node_id):
            raise ParameterError("node", f"{node_id!r} is not a node of run {run.id!r}")
        return run.node(node_id)

    def _default_node(self, run: Run) -> Node:
        selected = self.selected
        if selected is not None and self.selected_run is run:
            return selected
        return run.nodes[-1]

    def _token(self, run: Run, parent: Node, token: int | str) -> int:
        if not isinstance(token, str):
            return token  # the session checks ids
        for candidate, _ in parent.top or ():
            if self.trace.tokens.get(candidate) == token:
                return candidate
        found = self.session.backend.tokens.lookup(token)
        if found is None:
            raise ParameterError("token", f"{token!r} is not one token of this model: pass its id")
        return found


def _next(node: Node) -> dict[str, Any]:
    """Where the page goes after expanding to ``node``: its next-token distribution, if it has one."""
    return {"next": True} if node.top is not None else {}


def explore(prompt: str | None = None, model: Any = None, top_k: int = 10, *, chat: bool = False,
            height: int = 600, trace: Trace | None = None, save: str | os.PathLike | None = None,
            backend: str = "transformers", backend_options: Mapping[str, Any] | None = None) -> ExploreWidget:
    """Explore a model live in the notebook: click a candidate and the kernel expands it.

    Args:
        prompt: The first run's prompt; ``None`` to start from the page (or ``trace``).
        model: A ``LoadedModel`` or any ``Backend`` already in this process, a model spec
            (hub id, directory, ``.gguf``; with transformers and no ``backend_options``,
            loaded once per process), or ``None`` for the default model.
        top_k: Candidates recorded per node.
        chat: Apply the chat template to ``prompt``.
        height: The output's height in pixels.
        trace: A trace of this model to continue growing.
        save: Write the trace here after every change (atomically).
        backend: Which backend opens a spec (a name in ``tracegen.backends.BACKENDS`` whose
            distributions are whole: ``transformers``, ``llamacpp``).
        backend_options: That backend's options (as ``tracegen.record`` takes them).

    Returns:
        The widget: ``w.trace`` is the live trace, ``w.selected`` the selected node,
        ``w.expand(...)``, ``w.continue_(...)`` and ``w.new_run(...)`` drive it from Python.
    """
    session = LiveSession(_model(model, backend, backend_options), top_k=top_k, trace=trace, save=save)
    try:
        if prompt is not None:
            session.new_run(prompt, chat=chat)
        return ExploreWidget(session, height=height, owns_session=True)
    except BaseException:
        session.close()
        raise


def _model(model: Any, backend: str, options: Mapping[str, Any] | None) -> Any:
    """A backend or loaded model as given, else the backend that opens the spec; the
    transformers model a spec names is loaded once per process."""
    from ..backends.transformers import LoadedModel, load_model

    if isinstance(model, (Backend, LoadedModel)):
        return model
    if model is not None and not isinstance(model, (str, os.PathLike)):
        raise ParameterError("model", "must be a LoadedModel, a Backend, a model spec or None")
    declared = declaration(backend)
    if not declared.capabilities.whole_distributions:
        raise ParameterError("backend", f"{backend!r} gives top-k distributions only; live mode needs whole ones")
    spec = None if model is None else os.fspath(model)
    if declared.name != "transformers" or options:
        return declared.open(spec, options, Opening())
    with _MODELS_LOCK:
        key = spec or ""
        if key not in _MODELS:
            _MODELS[key] = load_model(spec)
        return _MODELS[key]
