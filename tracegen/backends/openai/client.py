"""HTTP to an OpenAI-compatible server: concurrency, retries with backoff, timeouts, counters.

Everything that touches the network is here, so the backend above it deals only in JSON.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import requests

from ...errors import TracegenError

RETRY_STATUS = {429, 500, 502, 503, 504}


class RequestFailed(TracegenError):
    """A request the server refused, or that kept failing after every retry."""


class Cancelled(TracegenError):
    """The recording was interrupted; no further requests go out."""


@dataclass
class Counters:
    """What the progress bar shows: requests done, in flight, retried and failed."""

    done: int = 0
    in_flight: int = 0
    retried: int = 0
    failed: int = 0


class Client:
    """Posts JSON to one server, at most ``concurrency`` requests at a time.

    Args:
        base_url: The server's OpenAI-compatible root, e.g. ``http://127.0.0.1:8000/v1``.
        api_key: Sent as a bearer token; never logged or recorded.
        timeout: Seconds one request may take before it counts as failed (and is retried).
        concurrency: Requests in flight at most.
        retries: Further attempts after a 429, a 5xx, a timeout or a dropped connection.
        backoff: First wait between attempts in seconds; doubles each time (with jitter),
            or what the server's ``Retry-After`` asks.
        on_change: Called (from any thread) whenever the counters change.
    """

    def __init__(self, base_url: str, *, api_key: str | None = None, timeout: float = 60.0, concurrency: int = 4,
                 retries: int = 5, backoff: float = 0.5, on_change: Callable[[Counters], None] | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.counters = Counters()
        self.on_change = on_change or (lambda counters: None)
        self._lock = threading.Lock()
        self._cancelled = threading.Event()
        self._local = threading.local()
        self._slots = threading.BoundedSemaphore(max(concurrency, 1))  # requests in flight, whichever thread sends
        self._session = requests.Session()
        adapter = requests.adapters.HTTPAdapter(pool_connections=1, pool_maxsize=max(concurrency, 1))
        self._session.mount("http://", adapter)
        self._session.mount("https://", adapter)
        self._session.headers["User-Agent"] = "tracegen"
        if api_key:
            self._session.headers["Authorization"] = f"Bearer {api_key}"
        self._pool = ThreadPoolExecutor(max_workers=max(concurrency, 1), thread_name_prefix="tracegen-http")

    def _count(self, **changes: int) -> None:
        with self._lock:
            for name, delta in changes.items():
                setattr(self.counters, name, getattr(self.counters, name) + delta)
            snapshot = Counters(**vars(self.counters))
        self.on_change(snapshot)

    @contextmanager
    def track(self) -> Iterator[list[int]]:
        """Count the requests this thread makes (and those ``post_all`` makes for it) in a block."""
        box = [0]
        previous = getattr(self._local, "box", None)
        self._local.box = box
        try:
            yield box
        finally:
            self._local.box = previous

    def cancel(self) -> None:
        """Stop: requests not yet sent fail with ``Cancelled``, answers still arriving are dropped."""
        self._cancelled.set()
        self._pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._session.close()

    def get(self, path: str) -> Any:
        """GET ``path`` once (no retries): for probing what the server offers."""
        try:
            response = self._session.get(f"{self.base_url}{path}", timeout=self.timeout)
        except requests.RequestException as exc:
            raise RequestFailed(f"GET {self.base_url}{path}: {_reason(exc)}") from None
        if response.status_code != 200:
            raise RequestFailed(f"GET {self.base_url}{path}: HTTP {response.status_code}: {_message(response)}")
        return _json(response, f"GET {self.base_url}{path}")

    def post(self, path: str, body: dict[str, Any], retries: int | None = None, box: list[int] | None = None) -> Any:
        """POST ``body`` as JSON and return the parsed answer, retrying what is worth retrying."""
        url = f"{self.base_url}{path}"
        box = box if box is not None else getattr(self._local, "box", None)
        attempts = 1 + (self.retries if retries is None else retries)
        for attempt in range(attempts):
            if self._cancelled.is_set():
                raise Cancelled("interrupted")
            with self._slots:
                self._count(in_flight=1)
                try:
                    response = self._session.post(url, json=body, timeout=self.timeout)
                except requests.RequestException as exc:
                    response, problem, wait = None, _reason(exc), None
            if response is not None:
                if response.status_code == 200:
                    self._count(in_flight=-1, done=1)
                    if box is not None:
                        box[0] += 1
                    return _json(response, f"POST {url}")
                problem, wait = f"HTTP {response.status_code}: {_message(response)}", _retry_after(response)
                if response.status_code not in RETRY_STATUS:
                    self._count(in_flight=-1, failed=1)
                    raise RequestFailed(f"POST {url}: {problem}")
            if attempt == attempts - 1:
                self._count(in_flight=-1, failed=1)
                raise RequestFailed(f"POST {url}: {problem} (after {attempts} attempts)")
            self._count(in_flight=-1, retried=1)
            delay = wait if wait is not None else self.backoff * 2**attempt * (0.5 + random.random())
            if self._cancelled.wait(min(delay, 60.0)):
                raise Cancelled("interrupted")
        raise AssertionError("unreachable")

    def post_all(self, path: str, bodies: Sequence[dict[str, Any]]) -> list[Any]:
        """``post`` every body, concurrently; answers in the order of ``bodies``."""
        if len(bodies) == 1:
            return [self.post(path, bodies[0])]
        box = getattr(self._local, "box", None)
        try:
            futures = [self._pool.submit(self.post, path, body, None, box) for body in bodies]
        except RuntimeError:  # the pool was shut down by cancel()
            raise Cancelled("interrupted") from None
        return [future.result() for future in futures]


def _json(response: requests.Response, what: str) -> Any:
    try:
        return response.json()
    except ValueError:
        raise RequestFailed(f"{what}: the answer is not JSON") from None


def _message(response: requests.Response) -> str:
    """The server's own error message, on one line."""
    try:
        data = response.json()
    except ValueError:
        text = response.text
    else:
        error = data.get("error", data) if isinstance(data, dict) else data
        text = error.get("message", str(error)) if isinstance(error, dict) else str(error)
    text = " ".join(str(text).split())
    return text[:300] + ("..." if len(text) > 300 else "") if text else response.reason or "no message"


def _retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After")
    try:
        return max(float(value), 0.0) if value is not None else None
    except ValueError:
        return None


def _reason(exc: requests.RequestException) -> str:
    if isinstance(exc, requests.Timeout):
        return "timed out"
    if isinstance(exc, requests.ConnectionError):
        return "cannot connect (is the server running?)"
    return type(exc).__name__
