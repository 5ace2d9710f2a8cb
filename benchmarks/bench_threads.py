"""Thread defaults on a busy machine: a live click, quiet and with one competing busy process.

    python benchmarks/bench_threads.py                      # both backends, the default model
    python benchmarks/bench_threads.py --backends transformers --clicks 10

A click is ``POST /api/expand`` over real HTTP to a ``tracegen serve`` app (the default
model, SmolLM2-135M: transformers in float32, llamacpp on its GGUF) at a context of about
``--length`` tokens: one incremental step on the cached parent. Each backend runs twice in
this process, side by side: with tracegen's thread defaults (``Threads.default``: one CPU
left free, at most 4 for a one-token step) and with every usable CPU (what torch and
llama.cpp take by themselves). Each is timed quiet and then with one busy process (a Python
loop spinning on one core, as a browser showing the viewer might), clicks of the two
settings interleaved so that load from elsewhere hits both alike.

Target (issue 21): a click with one busy process at most 1.5x its quiet time, on both backends.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from live_helpers import call, running  # noqa: E402

from tracegen.backends import open_backend  # noqa: E402
from tracegen.backends.threads import Threads, usable_cpus  # noqa: E402
from tracegen.live import LiveSession, create_app  # noqa: E402

TEXT = ("In the early days of computing, programmers wrote instructions directly in machine code, a painstaking "
        "process that demanded an intimate knowledge of the hardware. Assemblers, compilers and operating systems "
        "slowly lifted that burden, one abstraction at a time. ")


@contextmanager
def busy_process():
    """One process spinning on a CPU for the duration of the block."""
    proc = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        time.sleep(0.5)
        yield
    finally:
        proc.kill()
        proc.wait()


class Clicker:
    """Clicks down one run, each click one token deeper (a new context: never a cached answer)."""

    def __init__(self, server, run: dict) -> None:
        self.server, self.run_id, self.node = server, run["id"], run["nodes"][0]

    def click(self) -> float:
        """Seconds for one click."""
        token = self.node["top"][1][0]  # the runner-up: a context no earlier click made
        started = time.perf_counter()
        status, _, reply = call(self.server, "POST", "/api/expand",
                                {"run": self.run_id, "node": self.node["id"], "token": token})
        elapsed = time.perf_counter() - started
        assert status == 200 and reply["node"]["top"], reply
        self.node = reply["node"]
        return elapsed


def open_session(backend: str, threads: int | None) -> LiveSession:
    options = {"threads": threads}
    if backend == "transformers":
        options.update(device="cpu", dtype="float32", progress=False)
    return LiveSession(open_backend(backend, None, **options), top_k=10)


def measure(backend: str, length: int, count: int) -> dict[str, dict[str, float]]:
    """Median click (ms) of each setting, quiet and busy, interleaved."""
    settings = {"tracegen default": None, f"all {usable_cpus()} CPUs": usable_cpus()}
    sessions = {name: open_session(backend, threads) for name, threads in settings.items()}
    clickers: dict[str, Clicker] = {}
    results: dict[str, dict[str, list[float]]] = {name: {"quiet": [], "busy": []} for name in settings}
    with running(create_app(sessions["tracegen default"])) as first, \
            running(create_app(sessions[f"all {usable_cpus()} CPUs"])) as second:
        servers = {"tracegen default": first, f"all {usable_cpus()} CPUs": second}
        for name, server in servers.items():
            tokenizer = sessions[name].backend.tokenizer
            prompt = tokenizer.decode(tokenizer(TEXT * (length // 20 + 2))["input_ids"][:length])
            status, _, reply = call(server, "POST", "/api/runs", {"prompt": prompt})
            assert status == 200, reply
            clickers[name] = Clicker(server, reply["run"])
            clickers[name].click()  # warm up
            clickers[name].click()
        for condition in ("quiet", "busy"):
            with busy_process() if condition == "busy" else _nothing():
                for _ in range(count):
                    for name, clicker in clickers.items():
                        results[name][condition].append(clicker.click())
    for session in sessions.values():
        session.backend.close()
    return {name: {c: statistics.median(v) * 1000 for c, v in by.items()} for name, by in results.items()}


@contextmanager
def _nothing():
    yield


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backends", default="transformers,llamacpp")
    parser.add_argument("--length", type=int, default=561, help="context length in tokens")
    parser.add_argument("--clicks", type=int, default=12, help="clicks per setting and condition")
    args = parser.parse_args()
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    default = Threads.default()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{usable_cpus()} usable CPUs; defaults: {default.step} thread(s) per one-token step, {default.batch} per "
          f"batch; load average before: {load:.1f}; {args.clicks} clicks per cell at ~{args.length} tokens", flush=True)
    rows = []
    for backend in args.backends.split(","):
        for name, cell in measure(backend, args.length, args.clicks).items():
            rows.append((backend, name, cell["quiet"], cell["busy"]))
        print(f"  {backend} done", file=sys.stderr, flush=True)
    print()
    print("| backend | threads | click quiet p50 (ms) | click, one busy process p50 (ms) | busy / quiet |")
    print("|---|---|---:|---:|---:|")
    for backend, name, quiet, busy in rows:
        print(f"| {backend} | {name} | {quiet:.1f} | {busy:.1f} | {busy / quiet:.2f}x |")


if __name__ == "__main__":
    main()
