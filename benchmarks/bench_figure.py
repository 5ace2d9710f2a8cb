"""Figure benchmark: how long a 32-token text figure takes, next to exporting the same trace's page.

Run: ``.venv/bin/python benchmarks/bench_figure.py``. Prints a markdown table of the median of
several runs in this process, each row's ratio against the baseline row (``export.render_html``
of the same trace, what ``tracegen export`` does), then the whole ``tracegen figure`` command
against ``tracegen export`` as subprocesses (imports and all): the goal is well under a second.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from synthetic_traces import synthetic_trace  # noqa: E402

from tracegen.export import render_html  # noqa: E402
from tracegen.figure import FigureOptions, render_figure  # noqa: E402
from tracegen.figure.selection import select_path  # noqa: E402


def median_ms(fn, repeat: int = 7) -> float:
    fn()  # warm: templates compiled, fonts loaded
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    trace = synthetic_trace(400, top_k=10, depth=32)
    steps = len(select_path(trace).steps)
    rows = [("export.render_html (baseline)", lambda: render_html(trace))]
    for kind in ("text", "tree", "distribution", "strip"):
        for fmt in ("svg", "tex", "pdf", "png"):
            options = FigureOptions(annotate="auto") if kind == "text" else None
            rows.append((f"{kind} {fmt}", lambda k=kind, f=fmt, o=options: render_figure(trace, k, format=f, options=o)))
    print(f"\nIn process, a {steps}-token path (median of 7):\n")
    print("| what | ms | x baseline |\n|---|---:|---:|")
    base = None
    for name, fn in rows:
        ms = median_ms(fn)
        base = base or ms
        print(f"| {name} | {ms:.1f} | {ms / base:.2f} |")

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "t.json"
        trace.save(path)
        exe = str(Path(sys.executable).with_name("tracegen"))
        commands = [("tracegen export (baseline)", [exe, "export", str(path), "-o", f"{tmp}/t.html"]),
                    ("tracegen figure (svg)", [exe, "figure", str(path), "-o", f"{tmp}/t.svg"]),
                    ("tracegen figure (tex)", [exe, "figure", str(path), "-o", f"{tmp}/t.tex"]),
                    ("tracegen figure (pdf)", [exe, "figure", str(path), "-o", f"{tmp}/t.pdf"]),
                    ("tracegen figure --kind tree (png)", [exe, "figure", str(path), "--kind", "tree",
                                                           "-o", f"{tmp}/t.png"])]
        print(f"\nWhole commands, wall time, {steps}-token path (median of 5):\n")
        print("| command | ms | x baseline |\n|---|---:|---:|")
        base = None
        for name, command in commands:
            ms = median_ms(lambda c=command: subprocess.run(c, check=True, capture_output=True), repeat=5)
            base = base or ms
            print(f"| {name} | {ms:.0f} | {ms / base:.2f} |")


if __name__ == "__main__":
    main()
