"""``tracegen.figure.tree_layout`` against d3-hierarchy's own coordinates (tests/data/tree_layouts.json,
written by tests/data/d3-tree/make_tree_layouts.cjs)."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from tracegen.figure.tree_layout import tidy_tree

CASES = orjson.loads((Path(__file__).parent / "data" / "tree_layouts.json").read_bytes())["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_layout_equals_d3(case: dict) -> None:
    children = {int(k): v for k, v in case["children"].items()}
    got = tidy_tree(0, children)
    want = {int(k): tuple(v) for k, v in case["positions"].items()}
    assert got.keys() == want.keys()
    for key, (x, y) in want.items():
        assert got[key][0] == pytest.approx(x, abs=1e-9), f"node {key}"
        assert got[key][1] == y


def test_reference_trees_are_not_trivial() -> None:
    # the comparison means something only if some subtrees were pushed apart by the contour walk
    deep = next(c for c in CASES if c["name"] == "random 300 deep")
    xs = {round(p[0], 6) for p in deep["positions"].values()}
    assert len(xs) > 20 and any(abs(x - round(x / 28) * 28) > 1e-6 for x in xs)


def test_layout_is_tidy() -> None:
    # independent of d3: rows at one depth never come closer than a sibling distance
    case = next(c for c in CASES if c["name"] == "random 200")
    got = tidy_tree(0, {int(k): v for k, v in case["children"].items()})
    by_depth: dict[float, list[float]] = {}
    for x, y in got.values():
        by_depth.setdefault(y, []).append(x)
    for xs in by_depth.values():
        xs.sort()
        assert all(b - a >= 28 - 1e-9 for a, b in zip(xs, xs[1:], strict=False))
