"""Loading and failing fast: the timings unit tests used to assert, measured against baselines.

Run: ``.venv/bin/python benchmarks/bench_loading.py``. Prints a markdown table, each case side by
side with its baseline in this process:

- a cached GGUF load against the first conversion of the same file;
- an unknown hub id refused through tracegen's reachability probe against transformers'
  own ``from_pretrained`` (which retries the network);
- ``FlaskGenerationApp.create_continuations`` over a 1M-word vocabulary against ``heapq.nlargest``.
"""

from __future__ import annotations

import heapq
import os
import statistics
import tempfile
import time

import numpy as np


def timed(fn, repeat: int = 1) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        try:
            fn()
        except Exception:  # noqa: BLE001 - the failures are what is timed
            pass
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def gguf_rows() -> tuple[float, float]:
    from tracegen.backends.transformers import load_model
    from tracegen.models import default_model_gguf

    with tempfile.TemporaryDirectory() as cache:
        os.environ["TRACEGEN_CACHE"] = cache
        gguf = str(default_model_gguf())
        first = timed(lambda: load_model(gguf, device="cpu", progress=False))
        cached = timed(lambda: load_model(gguf, device="cpu", progress=False), repeat=3)
        del os.environ["TRACEGEN_CACHE"]
    return first, cached


def hub_rows() -> tuple[float, float]:
    from transformers import AutoTokenizer

    from tracegen.backends.transformers import load_model

    ours = timed(lambda: load_model("no-such-org/no-such-model-xyz", progress=False))
    theirs = timed(lambda: AutoTokenizer.from_pretrained("no-such-org/no-such-model-xyz"))
    return theirs, ours


def continuation_rows() -> tuple[float, float]:
    from tracegen.live import FlaskGenerationApp

    class App(FlaskGenerationApp):
        def initialize_dictionary(self):
            self.word_dict = [f"w{i}" for i in range(1_000_000)]

    app = App("bench", 10)
    probs = np.random.default_rng(0).random(1_000_000)
    ours = timed(lambda: app.create_continuations(probs), repeat=5)
    theirs = timed(lambda: heapq.nlargest(10, zip(probs, app.word_dict, strict=True), key=lambda x: x[0]), repeat=5)
    return theirs, ours


def main() -> None:
    rows = [
        ("default GGUF load", "first conversion", *gguf_rows()),
        ("unknown hub id refused", "transformers from_pretrained", *hub_rows()),
        ("top-10 of 1M probabilities", "heapq.nlargest", *continuation_rows()),
    ]
    print("| case | baseline | baseline s | tracegen s | speed-up |")
    print("|---|---|---:|---:|---:|")
    for case, baseline, theirs, ours in rows:
        print(f"| {case} | {baseline} | {theirs:.3f} | {ours:.3f} | {theirs / ours:.1f}x |")


if __name__ == "__main__":
    main()
