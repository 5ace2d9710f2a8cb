"""Helpers for the live-mode tests: a real server on a free port, and raw HTTP calls to it."""

from __future__ import annotations

import http.client
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import orjson

from tracegen.live import LiveServer


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running(app) -> Iterator[LiveServer]:
    """Serve ``app`` on 127.0.0.1 on a free port from a thread, until the block ends."""
    server = LiveServer(app, host="127.0.0.1", port=0).start()
    try:
        wait_ready(server)
        yield server
    finally:
        server.shutdown()


def wait_ready(server: LiveServer, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            status, _, _ = call(server, "GET", "/api/trace")
            if status == 200:
                return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise TimeoutError(f"{server.url} did not answer within {timeout} s")
        time.sleep(0.05)


def call(server: LiveServer, method: str, path: str, body: Any = None, *, headers: dict[str, str] | None = None,
         raw: bytes | None = None, content_type: str | None = "application/json") -> tuple[int, dict[str, str], Any]:
    """One HTTP request; returns ``(status, headers (lowercased names), parsed JSON or bytes)``."""
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    sent = dict(headers or {})
    data = raw if raw is not None else (orjson.dumps(body) if body is not None else None)
    if data is not None and content_type is not None:
        sent.setdefault("Content-Type", content_type)
    try:
        conn.request(method, path, body=data, headers=sent)
        response = conn.getresponse()
        payload = response.read()
        got = {k.lower(): v for k, v in response.getheaders()}
    finally:
        conn.close()
    if got.get("content-type", "").startswith("application/json"):
        return response.status, got, orjson.loads(payload)
    return response.status, got, payload
