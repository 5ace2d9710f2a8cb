"""Live mode: explore a model by hand in the browser, growing one trace.

- ``LiveSession``: the trace, the model's engine and a lock; ``expand``, ``new_run``, ``continue_``.
- ``create_app(session)``: the Flask app (the viewer page and its JSON API, with the safety checks).
- ``serve(app, host, port)`` / ``LiveServer``: a threaded werkzeug server.
- ``FlaskGenerationApp``: the earlier tool's base class, serving the same page.
"""

from __future__ import annotations

from .app import create_app
from .compat import Continuation, FlaskGenerationApp
from .server import LiveServer, hosts_for, is_loopback
from .session import LiveSession, NotFound, SessionError

__all__ = [
    "Continuation",
    "FlaskGenerationApp",
    "LiveServer",
    "LiveSession",
    "NotFound",
    "SessionError",
    "create_app",
    "hosts_for",
    "is_loopback",
]
