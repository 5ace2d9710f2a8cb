"""Serving a live app: a threaded werkzeug server on a chosen (or free) port.

``LiveServer`` is what ``tracegen serve`` runs in the foreground (``serve_session``: until
Ctrl-C or SIGTERM, then the session closed without losing work) and what the tests start in a
background thread; ``port=0`` lets the OS pick a free port.
"""

from __future__ import annotations

import ipaddress
import signal
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TYPE_CHECKING, Any

from flask import Flask
from werkzeug.serving import BaseWSGIServer, make_server

from .app import LOOPBACK_HOSTS

if TYPE_CHECKING:
    from .session import LiveSession

# Signals that stop a foreground server like Ctrl-C (a service manager, `kill`, `timeout`, a
# closed terminal; SIGHUP does not exist on Windows).
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an address) only accepts connections from this machine."""
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def hosts_for(bind: str) -> set[str]:
    """The ``Host`` names to accept for a server bound to ``bind``: loopback names, plus
    ``bind`` itself, plus this machine's name and addresses when ``bind`` is a wildcard."""
    hosts = set(LOOPBACK_HOSTS) | {bind.strip("[]").lower()}
    if bind in ("0.0.0.0", "::", "[::]", ""):
        name = socket.gethostname()
        hosts |= {name.lower(), socket.getfqdn().lower()}
        try:
            hosts |= set(socket.gethostbyname_ex(name)[2])
        except OSError:
            pass
    return hosts


class _InFlight:
    """WSGI middleware that knows how many requests are being answered, so a shutdown can let
    them finish (a ``continue`` cut short by ``session.cancel`` still sends its nodes)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.count = 0
        self._changed = threading.Condition()

    def __call__(self, environ: dict[str, Any], start_response: Any) -> list[bytes]:
        with self._changed:
            self.count += 1
        try:
            return list(self.app(environ, start_response))
        finally:
            with self._changed:
                self.count -= 1
                self._changed.notify_all()

    def wait_idle(self, timeout: float) -> bool:
        """Wait until no request is being answered; ``False`` if ``timeout`` seconds passed first."""
        with self._changed:
            return self._changed.wait_for(lambda: self.count == 0, timeout)


class LiveServer:
    """A threaded werkzeug server for ``app``, bound as soon as it is created.

    Args:
        app: The Flask app.
        host: Address to bind (default loopback).
        port: Port; 0 picks a free one.
    """

    def __init__(self, app: Flask, host: str = "127.0.0.1", port: int = 5000) -> None:
        self.app = app
        self.host = host
        self._requests = _InFlight(app)
        self.server: BaseWSGIServer = make_server(host, port, self._requests, threaded=True)
        # Closing must not wait for idle keep-alive connections (a browser tab): `drain` waits
        # for the requests that are actually being answered instead.
        self.server.block_on_close = False  # type: ignore[attr-defined]
        self.port: int = self.server.server_port
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The page's URL (a wildcard bind is shown as 127.0.0.1)."""
        host = self.host if self.host not in ("0.0.0.0", "::", "") else "127.0.0.1"
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"
        return f"http://{host}:{self.port}/"

    def serve_forever(self) -> None:
        """Serve until ``shutdown`` (or Ctrl-C)."""
        self.server.serve_forever()

    def serve_session(self, session: LiveSession) -> None:
        """Serve in the foreground until Ctrl-C, SIGTERM or SIGHUP, then close ``session`` losing nothing.

        A ``continue`` in progress stops after the token it is computing and its request is
        answered with every node it made; the session writes its trace one last time (with
        ``save``) and frees its backend. Signals are ignored while that happens, so a second
        Ctrl-C cannot cut the last save short; the previous handlers come back afterwards.
        Outside the main thread (where no signal handler can be set) only Ctrl-C's own
        ``KeyboardInterrupt`` and ``shutdown`` stop it.
        """
        with _handled(STOP_SIGNALS, _interrupt):
            try:
                self.serve_forever()
            except KeyboardInterrupt:
                pass
            finally:
                with _handled((signal.SIGINT, *STOP_SIGNALS), signal.SIG_IGN):
                    session.cancel()  # a continue in progress stops after the token it is computing
                    self.drain()  # ... and its request answers with every node it made
                    self.server.server_close()
                    session.close()  # writes the trace one last time

    def start(self) -> LiveServer:
        """Serve from a daemon thread; returns ``self``."""
        self._thread = threading.Thread(target=self.server.serve_forever, name="tracegen-live", daemon=True)
        self._thread.start()
        return self

    def drain(self, timeout: float = 2.0) -> bool:
        """Let the requests being answered finish (at most ``timeout`` seconds); ``True`` if they did."""
        return self._requests.wait_idle(timeout)

    def shutdown(self) -> None:
        """Stop serving and close the socket."""
        if self._thread is not None:
            self.server.shutdown()
            self._thread.join(timeout=10)
            self._thread = None
        self.server.server_close()


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


@contextmanager
def _handled(signals: tuple[int, ...], handler: Any) -> Iterator[None]:
    """``handler`` for ``signals`` within the block (main thread only), the previous ones after it."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, handler) for sig in signals}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)
