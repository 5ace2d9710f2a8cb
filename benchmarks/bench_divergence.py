"""Divergence benchmark: the bounds of a comparison's distributions, with the closest
completion's ratios found case by case in Python (the code before) and for every case at
once in NumPy (``divergence_arrays``), side by side in one process.

Run: ``.venv/bin/python benchmarks/bench_divergence.py`` (``--nodes 200000 --batch 16384``).

Cases: the distributions of ``tests/synthetic_traces.py``'s ``shaped_trace("path", n)``
against ``shaped_trace("path", n, rescored=True)``, as ``tracegen compare`` pairs them (A knows
its top-k {1, 2, 3} and its child's token; B knows its top-k {1, 4 + i % 7, 2} and
``source_top`` {1, 2, 3}: every figure is a bound), in batches of ``--batch`` as the
comparison computes them; and one distribution with 100,000 tokens the other side does not
know (a node with 100,000 children in one trace only), which must stay O(m log m).

Rows: ``before``: ``_Cells`` and its bisection per case, then the terms summed in NumPy (what
``divergence_ends`` did); ``divergence_ends``: the same call now (``Partial`` pairs in,
lists out); ``divergence_arrays``: the flat-array entry point alone, on cells already in
arrays (what a column-wise comparison pays). CPU seconds (best of ``--repeat``) and the ratio
to ``before``; the largest relative difference of any figure from ``before`` checks that the
answers are the same. The machine's load average is printed: on a shared machine compare
CPU time, and only within one run of this script.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tracegen.comparison.divergence import LIMITS, METRICS, Partial, _Cells  # noqa: E402
from tracegen.comparison.divergence_batch import CellArrays, _ends, divergence_arrays, divergence_ends  # noqa: E402

Case = tuple[Partial, Partial, bool]


def path_cases(nodes: int) -> list[Case]:
    """The distributions a comparison of two ``nodes``-node synthetic paths computes, as
    ``tracegen compare`` builds them (``figures._partial``)."""
    source_top = {1: -0.6, 2: -1.6, 3: -2.1}
    cases = []
    for i in range(nodes):
        child = {1 + (i + 1) % 3: None} if i + 1 < nodes else {}
        a = Partial.of([(1, -0.5), (2, -1.5), (3, -2.0)], {t: -0.5 for t in child})
        b = Partial.of([(1, -0.6), (4 + i % 7, -1.2), (2, -1.7)], {**{t: -0.7 for t in child}, **source_top})
        cases.append((a, b, False))
    return cases


def wide_cases(children: int) -> list[Case]:
    """One distribution: A knows ``children`` tokens B does not (B knows two of A's)."""
    rng = np.random.default_rng(19)
    probs = rng.dirichlet([0.5] * children) * 0.9
    a = Partial.of([(0, math.log(0.05))], {1 + i: math.log(v) for i, v in enumerate(probs)})
    b = Partial.of([(0, math.log(0.06)), (1, math.log(0.5))], {})
    return [(a, b, False)]


def before(cases: list[Case]) -> list[tuple[list[float], list[float]]]:
    """``divergence_ends`` as it was: ``_Cells`` and its ratios by bisection per case, then the
    terms of every cell summed in NumPy."""
    cells = [_Cells.of(a, b, whole) for a, b, whole in cases]
    ratios = [c.ratios() if c.unknown else (0.0, 0.0, False) for c in cells]
    # what _Flat.add did: every case's cells appended to flat lists
    p: list[float] = []
    q: list[float] = []
    q_a: list[float] = []
    p_b: list[float] = []
    counts: list[tuple[int, int, int]] = []
    scalars: list[tuple[float, float, float, float, bool]] = []
    for c in cells:
        p += c.p
        q += c.q
        q_a += c.q_a
        p_b += c.p_b
        counts.append((len(c.p), len(c.q_a), len(c.p_b)))
        scalars.append((c.cap_a, c.cap_b, c.rest_a, c.rest_b, c.whole))
    n = len(cases)
    in_both, in_a, in_b = (np.repeat(np.arange(n), column) for column in np.asarray(counts, dtype=np.intp).reshape(n, 3).T)
    cap_a, cap_b, rest_a, rest_b, whole = np.asarray(scalars, dtype=float).reshape(n, 5).T
    arrays = CellArrays(p=np.asarray(p), q=np.asarray(q), in_both=in_both, q_a=np.asarray(q_a), in_a=in_a,
                        p_b=np.asarray(p_b), in_b=in_b, cap_a=cap_a, cap_b=cap_b, rest_a=rest_a, rest_b=rest_b,
                        whole=whole.astype(bool))
    m_a, m_b = np.bincount(arrays.in_a, minlength=n), np.bincount(arrays.in_b, minlength=n)
    unknown = (m_a > 0) | (m_b > 0)
    rho_a, rho_b, split = (np.asarray(column) for column in zip(*ratios, strict=True))
    lows, highs = _ends(arrays, m_a, m_b, rho_a.astype(float), rho_b.astype(float), split.astype(bool), unknown)
    out = []
    for lo_row, hi_row, is_unknown in zip(lows.tolist(), highs.tolist(), unknown.tolist(), strict=True):
        if not is_unknown:
            out.append((lo_row, lo_row))
        else:
            out.append((lo_row, [max(lo, min(hi, LIMITS[m])) for m, lo, hi in zip(METRICS, lo_row, hi_row, strict=True)]))
    return out


def batches(cases: list[Case], size: int) -> list[list[Case]]:
    return [cases[i:i + size] for i in range(0, len(cases), size)]


def cpu(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    """The least CPU time of ``repeat`` calls, and the last call's result."""
    best, result = math.inf, None
    for _ in range(repeat):
        start = time.process_time()
        result = fn()
        best = min(best, time.process_time() - start)
    return best, result


def largest_difference(old: list[tuple[list[float], list[float]]], new: list[tuple[list[float], list[float]]]) -> float:
    x, y = np.array(old, dtype=float).ravel(), np.array(new, dtype=float).ravel()
    same = (x == y) | (np.isinf(x) & np.isinf(y))
    with np.errstate(invalid="ignore"):
        return float(np.max(np.where(same, 0.0, np.abs(x - y) / np.maximum(np.abs(x), 1e-300)), initial=0.0))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--nodes", type=int, default=200_000, help="nodes of the path")
    parser.add_argument("--children", type=int, default=100_000, help="unknown tokens of the wide distribution")
    parser.add_argument("--batch", type=int, default=16384, help="distributions per call (the comparison's figures.BATCH)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of the new code (best kept); the old runs once")
    args = parser.parse_args()
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}, numpy {np.__version__}\n")
    print("| cases | code | CPU s | vs before | largest relative difference |")
    print("|---|---|---:|---:|---:|")
    for label, cases in ((f"path, {args.nodes:,} nodes, batches of {args.batch:,}", path_cases(args.nodes)),
                         (f"one distribution, {args.children:,} unknown tokens", wide_cases(args.children))):
        parts = batches(cases, args.batch)
        arrays = [CellArrays.of(part) for part in parts]
        old_s, old = cpu(lambda parts=parts: [row for part in parts for row in before(part)], 1)
        ends_s, ends = cpu(lambda parts=parts: [row for part in parts for row in divergence_ends(part)], args.repeat)
        arrays_s, _ = cpu(lambda arrays=arrays: [divergence_arrays(cells) for cells in arrays], args.repeat)
        print(f"| {label} | before (ratios case by case) | {old_s:.2f} | 1.00x | |")
        print(f"| {label} | divergence_ends | {ends_s:.2f} | {old_s / ends_s:.2f}x "
              f"| {largest_difference(old, ends):.1e} |")
        print(f"| {label} | divergence_arrays (cells in arrays) | {arrays_s:.2f} | {old_s / arrays_s:.2f}x | |")


if __name__ == "__main__":
    main()
