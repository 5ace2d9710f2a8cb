"""Compare benchmark: ``tracegen compare A B -o page.html`` on one long path and on one node with
many children, each at a size and at 4 times that size, every run in a fresh process.

Run: ``.venv/bin/python benchmarks/bench_compare.py`` (``--sizes path:50000,star:25000``).
B is A rescored by another model (its own top-k, A's tokens in ``source_top``), so every
figure is a bound, the slower case. Prints a markdown table: wall and CPU time, peak memory
(RSS) and, as the baseline beside the large size, the small size's figures times 4 (what a
linear path costs; a quadratic one costs 16 times); then the issue's goals, one row each.
Goals (issue 19): a 200,000-node path and a node with 100,000 children each in 10 s and 1 GB
(the default sizes' large runs are exactly these two). The machine's load average is printed
with the table: on a shared machine compare CPU time, not wall time.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from synthetic_traces import shaped_trace  # noqa: E402

EXE = str(Path(sys.executable).with_name("tracegen"))
#: The issue's goals, per run: CPU seconds and peak memory (MB).
GOAL_S, GOAL_MB = 10.0, 1000.0


def run_compare(a: Path, b: Path, out: Path) -> dict[str, float]:
    """Wall time, CPU time and peak RSS of one ``tracegen compare`` process."""
    start = time.perf_counter()
    proc = subprocess.Popen([EXE, "compare", str(a), str(b), "-o", str(out)], stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)  # this child's own CPU time and peak RSS
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    return {"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024,
            "exit": proc.returncode}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="path:50000,star:25000", help="shape:nodes, run at nodes and 4x nodes")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for item in args.sizes.split(","):
            shape, count = item.split(":")
            figures = []
            for n in (int(count), 4 * int(count)):
                a, b = Path(tmp, f"{shape}{n}-a.json"), Path(tmp, f"{shape}{n}-b.json")
                shaped_trace(shape, n).save(a)
                shaped_trace(shape, n, rescored=True).save(b)
                figures.append(run_compare(a, b, Path(tmp, f"{shape}{n}.html")))
                a.unlink()
                b.unlink()
            rows.append((shape, int(count), *figures))
    print(f"load average: {' / '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    print("| shape | nodes | wall | CPU | peak RSS | 4x nodes | wall | CPU | peak RSS | "
          "CPU ratio (linear: 4, quadratic: 16) | RSS ratio |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for shape, n, small, large in rows:
        failed = [f"{m:,} nodes: exit {r['exit']}" for m, r in ((n, small), (4 * n, large)) if r["exit"]]
        if failed:  # e.g. -9: killed for memory
            print(f"| {shape} | {n:,} | failed ({'; '.join(failed)}) |")
            continue
        print(f"| {shape} | {n:,} | {small['wall_s']:.1f} s | {small['cpu_s']:.1f} s | {small['rss_mb']:.0f} MB | "
              f"{4 * n:,} | {large['wall_s']:.1f} s | {large['cpu_s']:.1f} s | {large['rss_mb']:.0f} MB | "
              f"{large['cpu_s'] / small['cpu_s']:.1f}x | {large['rss_mb'] / small['rss_mb']:.1f}x |")
    print()
    print(f"| goal (issue 19) | nodes | CPU (goal {GOAL_S:.0f} s) | wall | peak RSS (goal {GOAL_MB:.0f} MB) | met |")
    print("|---|---:|---:|---:|---:|---|")
    names = {"path": "one path", "star": "one node's children"}
    for shape, n, _, large in rows:
        if large["exit"]:
            continue
        met = large["cpu_s"] <= GOAL_S and large["rss_mb"] <= GOAL_MB
        print(f"| {names.get(shape, shape)} | {4 * n:,} | {large['cpu_s']:.1f} s | {large['wall_s']:.1f} s | "
              f"{large['rss_mb']:.0f} MB | {'yes' if met else 'no'} |")


if __name__ == "__main__":
    main()
