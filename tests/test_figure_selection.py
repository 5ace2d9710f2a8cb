"""What a figure draws: run and path selection, split characters joined, tree pruning."""

from __future__ import annotations

import math

import pytest
from figure_traces import HOSTILE, hostile_trace
from synthetic_traces import synthetic_trace, tricky_trace

from tracegen.errors import TracegenError
from tracegen.figure.annotations import resolve_positions, table_rows
from tracegen.figure.selection import join_bytes, select_path
from tracegen.figure.tree_figure import fitting_depth
from tracegen.figure.tree_pruning import prune_tree


def test_default_path_is_the_best_result() -> None:
    trace = tricky_trace()
    selection = select_path(trace)
    assert selection.run.id == "beam" and selection.end.id == 8 and selection.result_rank == 0
    assert [s.text for s in selection.steps] == [" cat", " sat", " on", " the", " mat"]
    assert [s.position for s in selection.steps] == [1, 2, 3, 4, 5]
    second = select_path(trace, "beam", result=2)
    assert second.end.id == 9 and second.result_rank == 1
    by_node = select_path(trace, "beam", node=5)
    assert [n.id for n in by_node.nodes] == [0, 2, 5] and by_node.result_rank is None
    assert by_node.is_pruned(5) and not selection.is_pruned(8)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"run_id": "nope"}, "no run 'nope' in the trace (runs: 'beam', 'emoji')"),
    ({"run_id": "beam", "result": 3}, "run 'beam' has no result 3 (results 1..2; 1 is the best)"),
    ({"run_id": "beam", "node": 99}, "run 'beam' has no node 99 (ids 0..11)"),
    ({"run_id": "beam", "result": 1, "node": 2}, "give a result or a node, not both"),
])
def test_selection_errors_say_what_exists(kwargs: dict, message: str) -> None:
    with pytest.raises(TracegenError) as info:
        select_path(tricky_trace(), **kwargs)
    assert str(info.value) == message


def test_split_characters_are_joined_like_the_viewer() -> None:
    trace = tricky_trace()
    selection = select_path(trace, "emoji")
    segments = selection.segments
    assert [(s.first, s.last, s.text) for s in segments[:3]] == [(1, 2, "\U0001F600"), (3, 5, "\u4e2d"), (6, 6, "\n")]
    # a joined segment's probability is the product of its tokens'
    assert math.exp(segments[0].logprob) == pytest.approx(0.6 * 0.99, rel=1e-4)
    # an unfinished sequence stays escaped, never dropped
    assert join_bytes(trace, [30]) == [(0, 1, "<0xF0><0x9F>")]
    assert join_bytes(trace, [30, 19, 31]) == [(0, 1, "<0xF0><0x9F>"), (1, 2, "\n"), (2, 3, "<0x98><0x80>")]


def test_hostile_path_keeps_every_token_in_order() -> None:
    selection = select_path(hostile_trace(), "hostile")
    texts = [s.text for s in selection.segments]
    assert "\U0001F600" in texts
    assert [t for t in texts if t != "\U0001F600"][:len(HOSTILE)] == HOSTILE


def test_auto_annotations_are_the_least_likely_tokens() -> None:
    selection = select_path(synthetic_trace(300, depth=32))
    positions = resolve_positions(selection, "auto:4")
    ranked = sorted(selection.steps, key=lambda s: s.logprob)[:4]
    assert positions == sorted(s.position for s in ranked)
    assert resolve_positions(selection, (2, 5)) == [2, 5]
    with pytest.raises(TracegenError, match="beyond the path's"):
        resolve_positions(selection, (len(selection.steps) + 1,))


def test_annotation_rows_rank_from_one_and_add_a_chosen_token_outside_them() -> None:
    trace = tricky_trace()
    step = select_path(trace, "beam").steps[0]  # " cat", rank 0 of 5
    rows = table_rows(select_path(trace, "beam"), step, 3)
    assert [r.rank for r in rows] == ["1.", "2.", "3."] and rows[0].chosen and rows[0].probability == "50.0%"
    step = select_path(trace, "beam", node=4).steps[1]  # " ran", rank 1
    rows = table_rows(select_path(trace, "beam", node=4), step, 1)
    assert [(r.rank, r.label, r.chosen) for r in rows] == [("1.", "\u00b7sat", False), ("2.", "\u00b7ran", True)]


def _check_tree(run, pruned) -> None:
    kept = set(pruned.depth)
    for node_id in kept:
        node = run.node(node_id)
        assert node.parent is None or node.parent in kept  # a connected tree with the root
        assert len(pruned.children[node_id]) + pruned.hidden.get(node_id, 0) == len(run.children(node_id))
        probs = [run.node(c).logprob for c in pruned.children[node_id]]
        assert probs == sorted(probs, reverse=True)


@pytest.mark.parametrize(("depth", "min_prob", "max_nodes"), [(3, 0.0, 24), (50, 0.1, 1000), (6, 0.0, 10), (2, 0.3, 5)])
def test_pruning_keeps_a_tree_with_the_focused_path(depth: int, min_prob: float, max_nodes: int) -> None:
    trace = synthetic_trace(400, depth=20)
    selection = select_path(trace)
    run = selection.run
    pruned = prune_tree(run, list(selection.nodes), depth, min_prob, max_nodes)
    _check_tree(run, pruned)
    assert len(pruned.depth) <= max_nodes and max(pruned.depth.values()) <= depth
    # the focused path goes first: as much of it as depth and node budget allow is always drawn
    assert {n.id for n in selection.nodes[:min(depth + 1, max_nodes)]} <= set(pruned.depth)
    for node_id in pruned.depth:
        node = run.node(node_id)
        on_path = node_id in {n.id for n in selection.nodes}
        assert on_path or node.parent is None or math.exp(node.logprob) >= min_prob


def test_pruning_prefers_results_then_likely_paths() -> None:
    trace = tricky_trace()
    run = trace.run("beam")
    selection = select_path(trace, "beam")
    pruned = prune_tree(run, list(selection.nodes), 10, 0.0, 7)
    # root + the 5 nodes of result 1 + the next: result 2's leaf (9), not the more likely pruned " ran"
    assert sorted(pruned.depth) == [0, 1, 3, 6, 7, 8, 9]
    assert pruned.hidden == {0: 1, 1: 1}


def test_fitting_depth_grows_with_width() -> None:
    assert fitting_depth(291.0, 8.0) == 2  # 7.7 cm: an upper bound, checked after drawing
    assert fitting_depth(642.5, 8.0) > fitting_depth(321.3, 8.0)
    assert fitting_depth(20, 8.0) == 1
