"""The live API's operations, whatever carries them: a JSON object in, a session call, a reply out.

Two transports speak this API: HTTP (``app.py``, the routes of ``tracegen serve``) and a
notebook widget's message channel (``tracegen.notebook.channel``). Both hand the request
body to the same function here, so fields, defaults and error messages are the same.

Operations, by name (the HTTP route in brackets):

- ``runs`` (``POST /api/runs``) ``{"prompt", "chat"}``: a new run with its root evaluated;
- ``expand`` (``POST /api/expand``) ``{"run", "node", "token"}``: the child node, created if new;
- ``continue`` (``POST /api/continue``) ``{"run", "node", "steps", "mode", "temperature",
  "top_p", "seed"}``: up to ``steps`` more tokens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from ..errors import TracegenError
from .session import LiveSession, SessionError

log = logging.getLogger(__name__)


class RequestError(SessionError):
    """A refused request (``status`` says why)."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def field(body: dict[str, Any], name: str) -> Any:
    """``body[name]``, or a ``RequestError`` naming the missing field."""
    if name not in body:
        raise RequestError(f"missing field {name!r}")
    return body[name]


def _or(value: Any, default: float) -> Any:
    return default if value is None else value


def new_run(session: LiveSession, body: dict[str, Any]) -> dict[str, Any]:
    """``runs``: start a run from ``body["prompt"]`` (``chat``: apply the chat template)."""
    chat = body.get("chat", False)
    if not isinstance(chat, bool):
        raise RequestError("\"chat\" must be true or false")
    return session.new_run(field(body, "prompt"), chat=chat)


def expand(session: LiveSession, body: dict[str, Any]) -> dict[str, Any]:
    """``expand``: the child of ``body["node"]`` in ``body["run"]`` by ``body["token"]``."""
    return session.expand(field(body, "run"), field(body, "node"), field(body, "token"))


def continue_(session: LiveSession, body: dict[str, Any]) -> dict[str, Any]:
    """``continue``: up to ``body["steps"]`` tokens after ``body["node"]``, greedily or by sampling."""
    return session.continue_(
        field(body, "run"), field(body, "node"), field(body, "steps"),
        mode=body.get("mode", "greedy"), temperature=_or(body.get("temperature"), 1.0),
        top_p=_or(body.get("top_p"), 1.0), seed=body.get("seed"),
    )


OPERATIONS: dict[str, Callable[[Any, dict[str, Any]], dict[str, Any]]] = {
    "runs": new_run,
    "expand": expand,
    "continue": continue_,
}


def error_reply(exc: Exception) -> tuple[str, int]:
    """The message and HTTP status an operation's failure is answered with.

    A refused request keeps its status; any other ``TracegenError`` is the caller's mistake
    (400); anything else is logged and answered as an internal error (500) without details.
    """
    if isinstance(exc, SessionError):
        return str(exc), exc.status
    if isinstance(exc, TracegenError):
        return str(exc), 400
    log.error("internal error", exc_info=exc)
    return f"internal error: {type(exc).__name__}", 500
