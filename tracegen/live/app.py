"""The live-mode Flask app: the viewer page and its JSON API over a session.

Routes (``api_base`` defaults to ``/api``):

- ``GET /``: the live page (the exported viewer, reading and growing the trace through the API);
- ``GET /api/trace``: the session's trace (the trace format, ``docs/trace-format.md``);
- ``POST /api/runs`` ``{"prompt", "chat"}``: a new run with its root evaluated;
- ``POST /api/expand`` ``{"run", "node", "token"}``: the child node, created if new;
- ``POST /api/continue`` ``{"run", "node", "steps", "mode", "temperature", "top_p", "seed"}``;
- ``GET /api/download/trace.json`` and ``GET /api/download/trace.html``: attachments;
- ``GET /api/figure?run=&node=&kind=&format=svg|pdf|png|tex``: a figure as ``tracegen figure`` makes it.

Safety, for a server on a researcher's laptop: requests whose ``Host`` is not one of
``allowed_hosts`` are refused (DNS rebinding); so are state-changing requests from another
origin (``Origin`` / ``Sec-Fetch-Site``) or without ``Content-Type: application/json``
(which a cross-site form cannot send without a CORS preflight, and no CORS header is ever
sent). Errors are JSON ``{"error": "..."}`` with their HTTP status.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

import orjson
from flask import Flask, Response, request
from werkzeug.exceptions import HTTPException

from .. import export as _export
from ..trace import loads
from . import operations
from .figures import figure_download
from .operations import RequestError, error_reply
from .session import LiveSession

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
MAX_BODY_BYTES = 1 * 2**20
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")

log = logging.getLogger(__name__)


def json_response(data: Any, status: int = 200) -> Response:
    """``data`` as an ``application/json`` response (serialised with orjson)."""
    body = data if isinstance(data, bytes) else orjson.dumps(data)
    return Response(body, status=status, mimetype="application/json")


def error_response(message: str, status: int) -> Response:
    return json_response({"error": message}, status)


def host_name(host: str) -> str:
    """The host name of a ``Host`` header value, lowercased, without port or IPv6 brackets."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    if host.count(":") == 1:
        return host.split(":", 1)[0]
    return host


def json_body() -> dict[str, Any]:
    """The request's JSON object body; a ``RequestError`` (400) when it is not one."""
    data = request.get_data(cache=True)
    try:
        body = orjson.loads(data)
    except orjson.JSONDecodeError:
        raise RequestError("the request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise RequestError("the request body must be a JSON object")
    return body


def install_guards(app: Flask, allowed_hosts: Iterable[str], max_body: int = MAX_BODY_BYTES) -> None:
    """Add the Host, Origin and content-type checks, JSON errors and security headers to ``app``.

    The allowed host names live in ``app.config["TRACEGEN_ALLOWED_HOSTS"]`` (a set), so a
    caller that binds a non-loopback address can add it.

    Args:
        app: The Flask app.
        allowed_hosts: Host names (no port) the ``Host`` header may name.
        max_body: Largest request body in bytes; larger ones get 413.
    """
    app.config["TRACEGEN_ALLOWED_HOSTS"] = {host_name(h) for h in allowed_hosts}
    # A chunked body has no Content-Length to check up front, and werkzeug's stream stops
    # at MAX_CONTENT_LENGTH without an error: let it read one byte more, so a body past
    # max_body shows by its length (checked below) instead of arriving cut as "not JSON".
    app.config["MAX_CONTENT_LENGTH"] = max_body + 1

    @app.before_request
    def _guard() -> Response | None:
        if host_name(request.host) not in app.config["TRACEGEN_ALLOWED_HOSTS"]:
            return error_response(f"forbidden host {request.host!r}", 403)
        if request.method in SAFE_METHODS:
            return None
        site = request.headers.get("Sec-Fetch-Site")
        if site is not None and site not in ("same-origin", "none"):
            return error_response("cross-site requests are not allowed", 403)
        origin = request.headers.get("Origin")
        if origin is not None and origin != request.host_url.rstrip("/"):
            return error_response(f"forbidden origin {origin!r}", 403)
        if request.content_length is not None and request.content_length > max_body:
            return error_response(f"the request body is larger than {max_body} bytes", 413)
        if request.mimetype != "application/json":
            return error_response("requests must be Content-Type: application/json", 415)
        if request.content_length is None and len(request.get_data(cache=True)) > max_body:
            # A chunked body (no Content-Length), read up to max_body + 1 bytes.
            return error_response(f"the request body is larger than {max_body} bytes", 413)
        return None

    @app.after_request
    def _headers(response: Response) -> Response:
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        response.headers.setdefault("Cache-Control", "no-store")
        # The page's own CSP is in its <meta> tag; framing can only be forbidden by a header.
        response.headers.add("Content-Security-Policy", "frame-ancestors 'none'")
        return response

    _install_error_handlers(app)


def _install_error_handlers(app: Flask) -> None:
    """Every error as a JSON ``{"error": ...}`` reply with the status ``operations.error_reply``
    gives it (the one mapping, shared with the notebook's channel); werkzeug's own HTTP errors
    keep theirs."""

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException) -> Response:
        return error_response(exc.description or exc.name, exc.code or 500)

    @app.errorhandler(Exception)
    def _error(exc: Exception) -> Response:
        return error_response(*error_reply(exc))


def create_app(session: LiveSession | Callable[[], LiveSession], *, allowed_hosts: Iterable[str] = LOOPBACK_HOSTS,
               api_base: str = "/api", title: str | None = None, max_body: int = MAX_BODY_BYTES,
               import_name: str = __name__) -> Flask:
    """The live-mode Flask app over ``session``.

    Args:
        session: The ``LiveSession``, or a function that returns it when the first request
            needs it (the seed-compatible ``FlaskGenerationApp`` makes its session late).
        allowed_hosts: Host names the ``Host`` header may name (default: the loopback names).
        api_base: Where the JSON API is mounted (default ``/api``).
        title: The page title (default ``tracegen live``).
        max_body: Largest request body in bytes (default 1 MiB); larger ones get 413.
        import_name: Flask's import name.

    Returns:
        The app; serve it with ``tracegen.live.serve`` (or any WSGI server on loopback).
    """
    app = Flask(import_name, static_folder=None)
    app.json.sort_keys = False  # type: ignore[attr-defined]
    current = session if callable(session) else lambda: session
    app.extensions["tracegen.session"] = current
    install_guards(app, allowed_hosts, max_body)
    base = "/" + api_base.strip("/")

    @app.get("/")
    def page() -> Response:
        return Response(_export.render_live_page(base, title=title), mimetype="text/html")

    @app.get(f"{base}/trace")
    def trace() -> Response:
        return json_response(current().dumps())

    # The operations' fields and defaults live in operations.py, shared with the notebook widget.
    @app.post(f"{base}/runs")
    def runs() -> Response:
        return json_response(operations.new_run(current(), json_body()))

    @app.post(f"{base}/expand")
    def expand() -> Response:
        return json_response(operations.expand(current(), json_body()))

    @app.post(f"{base}/continue")
    def continue_() -> Response:
        return json_response(operations.continue_(current(), json_body()))

    @app.get(f"{base}/download/trace.json")
    def download_json() -> Response:
        return _attachment(json_response(current().dumps()), "trace.json")

    # Downloads are made from the parsed session, exactly as `tracegen export` or `tracegen
    # figure` would make them from the downloaded trace.json.
    @app.get(f"{base}/download/trace.html")
    def download_html() -> Response:
        html = _export.render_html(loads(current().dumps(), source="session"), trace_file="trace.json")
        return _attachment(Response(html, mimetype="text/html"), "trace.html")

    @app.get(f"{base}/figure")
    def figure() -> Response:
        data, mimetype, filename = figure_download(loads(current().dumps(), source="session"), request.args)
        return _attachment(Response(data, mimetype=mimetype), filename)

    return app


def _attachment(response: Response, filename: str) -> Response:
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
