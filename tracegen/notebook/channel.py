"""The live API over a notebook widget's message channel: the second transport of live mode.

The page (``viewer/src/source/widget.ts``) sends anywidget custom messages
``{"tracegen": "request", "id", "op", "body"}``; ``op`` and ``body`` are what the HTTP routes
of ``tracegen serve`` take, answered by the same functions (``tracegen.live.operations``) on
the same session. The answer goes back on the channel as ``{"tracegen": "reply", "id",
"reply"}``, or ``{"tracegen": "reply", "id", "error", "status"}`` with the status the server
would have answered. ``trace`` (``GET /api/trace``) answers with the trace file's bytes in
the message's one binary buffer, which needs no JSON-in-JSON encoding.

Changes made from Python (``w.expand(...)``) are announced as ``{"tracegen": "change",
"op", "run", "reply"}``: the reply a request would have got, so the page shows them the same way.
"""

from __future__ import annotations

from typing import Any

from ..live.operations import OPERATIONS, RequestError, error_reply
from ..live.session import LiveSession

REQUEST = "request"
REPLY = "reply"
CHANGE = "change"


def is_request(content: Any) -> bool:
    """Whether a custom message is one of this channel's requests (others are ignored)."""
    return isinstance(content, dict) and content.get("tracegen") == REQUEST


def answer(session: LiveSession, content: dict[str, Any]) -> tuple[dict[str, Any], list[bytes]]:
    """The reply message (and its buffers) to one request, errors included: never raises.

    Args:
        session: A ``LiveSession``.
        content: The request message.
    """
    reply: dict[str, Any] = {"tracegen": REPLY, "id": content.get("id")}
    try:
        op, body = content.get("op"), content.get("body", {})
        if op == "trace":
            return {**reply, "reply": None}, [session.dumps()]
        if op not in OPERATIONS:
            raise RequestError(f"unknown operation {op!r}", 404)
        if not isinstance(body, dict):
            raise RequestError("the request body must be a JSON object")
        return {**reply, "reply": OPERATIONS[op](session, body)}, []
    except Exception as exc:  # every failure is answered, as the HTTP app does
        message, status = error_reply(exc)
        return {**reply, "error": message, "status": status}, []


def change(op: str, run_id: str, reply: dict[str, Any]) -> dict[str, Any]:
    """The message that tells the page about a change made from Python."""
    return {"tracegen": CHANGE, "op": op, "run": run_id, "reply": reply}
