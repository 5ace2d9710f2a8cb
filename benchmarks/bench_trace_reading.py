"""Reading a trace: ``tracegen.sources.read_trace`` (parse, check, build) against its floor,
``orjson.loads`` of the same bytes, side by side in this process.

Run: ``.venv/bin/python benchmarks/bench_trace_reading.py`` (``--nodes 200000``). The traces
are the compare benchmark's (``bench_compare.py``): one path of ``--nodes`` nodes, and the
same path rescored by another model (``source_top`` in every node's extra fields). Each
figure is the median CPU time of ``--repeat`` reads. Prints a markdown table and the load
average: on a shared machine compare CPU time, and the ratio to the floor.

The goal (issue 19, item 6): reading both 200,000-node traces at least twice as fast as
before the bulk checks. Before (main at 269d70d, load 2.5 on 2 cores): read_trace 2.43 s and
3.37 s, 2.6 and 3.2 times the floor; after, in the same minutes: 1.27 s and 1.73 s, 1.5 and
1.6 times the floor.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from synthetic_traces import shaped_trace  # noqa: E402

from tracegen.sources import read_trace  # noqa: E402


def cpu_time(action, repeat: int) -> float:
    """Median CPU seconds of ``action()``, the collector's work included (it is part of a read)."""
    times = []
    for _ in range(repeat):
        gc.collect()
        started = time.process_time()
        result = action()
        times.append(time.process_time() - started)
        del result
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"load average: {' / '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores\n")
    print("| trace | nodes | MB | orjson.loads (floor) s | read_trace s | ratio |")
    print("|---|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, rescored in (("path", False), ("path, rescored", True)):
            path = Path(tmp) / "trace.json"
            shaped_trace("path", args.nodes, rescored=rescored).save(path)
            data = path.read_bytes()
            floor = cpu_time(lambda data=data: orjson.loads(data), args.repeat)
            read = cpu_time(lambda path=path: read_trace(path), args.repeat)
            print(f"| {name} | {args.nodes:,} | {len(data) / 1e6:.1f} | {floor:.2f} | {read:.2f} | {read / floor:.1f}x |",
                  flush=True)
    print(f"\nload average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
