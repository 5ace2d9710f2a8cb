"""SVG figures: well-formed XML, nothing but tracegen's own elements and attributes, token text as text."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET

import pytest
from figure_tools import shown
from figure_traces import HOSTILE, hostile_trace
from scaling import LINEAR_BOUND, cpu_seconds, growth
from synthetic_traces import PAYLOADS, synthetic_trace, tricky_trace

from tracegen.figure import FigureOptions, render_figure
from tracegen.figure.glyphs import char_columns, columns
from tracegen.figure.scale import scale_for
from tracegen.figure.selection import select_path
from tracegen.figure.text_figure import Flow
from tracegen.figure.tree_figure import fitting_depth
from tracegen.figure.tree_layout import tidy_tree
from tracegen.figure.tree_pruning import prune_tree

NS = "{http://www.w3.org/2000/svg}"
TAGS = {"svg", "title", "desc", "defs", "linearGradient", "stop", "rect", "polyline", "path", "text"}
ATTRIBUTES = {
    "version", "width", "height", "viewBox", "role", "aria-labelledby", "id", "x", "y", "x1", "y1", "x2", "y2",
    "offset", "stop-color", "rx", "fill", "stroke", "stroke-width", "stroke-dasharray", "opacity", "class",
    "points", "d", "font-family", "font-size", "text-anchor", "font-weight", "transform",
    "{http://www.w3.org/XML/1998/namespace}space", "data-pos", "data-node",
}
CLASSES = {"tg-prompt", "tg-token", "tg-token-text", "tg-annotation", "tg-annotation-token", "tg-legend-label",
           "tg-colourbar", "tg-link", "tg-link-prob", "tg-node", "tg-node-text", "tg-mark", "tg-chosen", "tg-bar",
           "tg-candidate", "tg-context", "tg-strip-p", "tg-strip-h", "tg-strip-token", "tg-annotation-leader",
           "tg-legend-tick", "tg-legend-key", "tg-clipped", "tg-strip-position"}
KINDS = ("text", "tree", "distribution", "strip")


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg.encode("utf-8"))
    assert root.tag == NS + "svg"
    for element in root.iter():
        assert element.tag.startswith(NS) and element.tag[len(NS):] in TAGS, element.tag
        assert set(element.attrib) <= ATTRIBUTES, set(element.attrib) - ATTRIBUTES
        if "class" in element.attrib:
            assert element.attrib["class"] in CLASSES
        for name in ("data-pos", "data-node"):
            if name in element.attrib:
                int(element.attrib[name])
        if element.tag != NS + "text" and element.tag not in (NS + "title", NS + "desc"):
            assert not (element.text or "").strip(), element.tag
    return root


def texts(root: ET.Element, cls: str) -> list[ET.Element]:
    return [e for e in root.iter(NS + "text") if e.attrib.get("class") == cls]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("run", ["hostile", "beam"])
def test_every_svg_is_plain_xml_of_our_own_elements(kind: str, run: str) -> None:
    svg = render_figure(hostile_trace(), kind, run=run, options=FigureOptions(
        annotate="auto" if kind == "text" else None))
    assert "\x00" not in svg and "<script" not in svg and "href" not in svg and "<!--" not in svg
    parse(svg)
    assert svg == render_figure(hostile_trace(), kind, run=run, options=FigureOptions(
        annotate="auto" if kind == "text" else None))  # deterministic


def test_text_figure_shows_every_token_as_text_in_order() -> None:
    trace = hostile_trace()
    root = parse(render_figure(trace, "text", run="hostile"))
    drawn = "".join(e.text or "" for e in texts(root, "tg-token-text"))
    expected = ""
    for segment in select_path(trace, "hostile").segments:
        for i, part in enumerate(segment.text.replace("\t", "    ").split("\n")):
            expected += ("\u21b5" if i else "") + shown(part)
    assert drawn == expected
    for token in HOSTILE:
        assert shown(token) in drawn
    prompt = "".join(e.text or "" for e in texts(root, "tg-prompt"))
    assert prompt == "Show: <b>&amp;</b> 50%"


def test_token_swatches_use_the_viewers_scale() -> None:
    trace = tricky_trace()
    selection = select_path(trace, "beam")
    scale = scale_for("surprisal")
    root = parse(render_figure(trace, "text", run="beam", options=FigureOptions(colour="surprisal")))
    rects = [e for e in root.iter(NS + "rect") if e.attrib.get("class") == "tg-token"]
    assert len(rects) == len(selection.steps)
    for rect, step in zip(rects, selection.steps, strict=True):
        assert rect.attrib["fill"] == scale.colour(-step.logprob / math.log(2))
        assert int(rect.attrib["data-pos"]) == step.position


def test_markup_payloads_are_text() -> None:
    trace = tricky_trace()
    root = parse(render_figure(trace, "distribution", run="beam"))
    candidates = [e.text for e in texts(root, "tg-candidate")]
    assert candidates[1].startswith("</script><s") and candidates[3] == "<!--"  # truncated to 12 columns
    svg = render_figure(trace, "text", run="emoji")
    assert PAYLOADS[0].replace("<", "&lt;").replace(">", "&gt;") in svg


def test_tree_nodes_sit_where_d3_puts_them() -> None:
    trace = synthetic_trace(400, depth=12)
    selection = select_path(trace)
    options = FigureOptions(max_depth=9, max_nodes=60)
    root = parse(render_figure(trace, "tree", options=options))
    boxes = {int(e.attrib["data-node"]): (float(e.attrib["x"]), float(e.attrib["y"]) + float(e.attrib["height"]) / 2)
             for e in root.iter(NS + "rect") if e.attrib.get("class") == "tg-node"}
    pruned = prune_tree(selection.run, list(selection.nodes), 9, 0.0, 60)
    layout = tidy_tree(pruned.root, pruned.children)  # d3's node size; the figure's levels may be wider
    assert boxes.keys() == layout.keys()
    assert len(boxes) == 60
    x0, y0 = boxes[pruned.root]
    deepest = max(layout, key=lambda k: layout[k][1])
    level = (boxes[deepest][0] - x0) / layout[deepest][1]
    assert level >= 1.0
    for node_id, (x, y) in boxes.items():
        across, depth = layout[node_id]
        assert x - x0 == pytest.approx(depth * level, abs=0.011) and y - y0 == pytest.approx(across, abs=0.011)


def test_tree_marks_results_and_left_out_children() -> None:
    trace = tricky_trace()
    root = parse(render_figure(trace, "tree", run="beam", options=FigureOptions(max_depth=3)))
    marks = [e.text for e in texts(root, "tg-mark")]
    assert "+1" in marks  # " on" has children below depth 3
    full = parse(render_figure(trace, "tree", run="beam", options=FigureOptions(max_depth=10)))
    assert sorted(e.text for e in texts(full, "tg-mark")) == ["#1", "#2"]
    dimmed = {int(e.attrib["data-node"]) for e in full.iter(NS + "rect")
              if e.attrib.get("class") == "tg-node" and e.attrib.get("opacity")}
    assert dimmed == {2, 4, 5, 10, 11}  # the pruned beams


def test_default_tree_fits_a_column() -> None:
    svg = render_figure(synthetic_trace(400, depth=12), "tree")
    root = parse(svg)
    assert float(root.attrib["width"].removesuffix("cm")) <= 7.7  # ACL's column, the narrowest
    depth = fitting_depth(FigureOptions().layout_width.px, 8.0)
    shown_depths = {float(e.attrib["x"]) for e in root.iter(NS + "rect") if e.attrib.get("class") == "tg-node"}
    assert 2 <= len(shown_depths) <= depth + 1
    scale = float(root.attrib["viewBox"].split()[2]) / FigureOptions().layout_width.px
    size = float(texts(root, "tg-node-text")[0].attrib["font-size"])
    assert size / scale * 0.75 >= 7 - 1e-6  # printed size in pt


def test_distribution_lists_the_top_k_by_rank_with_the_chosen_token() -> None:
    trace = tricky_trace()
    root = parse(render_figure(trace, "distribution", run="beam", node=4))  # " ran", chosen from node 1
    candidates = [e.text for e in texts(root, "tg-candidate")]
    assert candidates == ["\u00b7sat", "\u00b7ran", "{{\u00b77*7\u00b7}}"]
    bold = [e.text for e in texts(root, "tg-candidate") if e.attrib.get("font-weight") == "bold"]
    assert bold == ["\u00b7ran"]
    bars = [float(e.attrib["width"]) for e in root.iter(NS + "rect") if e.attrib.get("class") == "tg-bar"]
    assert bars[0] / bars[1] == pytest.approx(0.7 / 0.2, rel=1e-3)


def test_strip_has_one_column_per_step_with_heights_by_probability() -> None:
    trace = tricky_trace()
    selection = select_path(trace, "emoji")
    root = parse(render_figure(trace, "strip", run="emoji"))
    bars = [e for e in root.iter(NS + "rect") if e.attrib.get("class") == "tg-strip-p"]
    assert len(bars) == len(selection.steps)
    heights = [float(b.attrib["height"]) for b in bars]
    for height, step in zip(heights, selection.steps, strict=True):
        assert height / heights[0] == pytest.approx(step.probability / selection.steps[0].probability, rel=0.01)
    unknown = [e for e in root.iter(NS + "rect") if e.attrib.get("class") == "tg-strip-h" and "stroke-dasharray" in e.attrib]
    assert len(unknown) == sum(1 for s in selection.steps if s.entropy is None) == 1


# -- no quadratic path (issue 19): one long token -------------------------------------------------

def _greedy_lines(text: str, col: int, max_cols: int) -> list[str]:
    """Reference: a token that does not fit moves to a new line if it fits there, else fills
    each line character by character."""
    lines, line = [], ""
    if col and col + columns(text) > max_cols >= columns(text):
        lines, col = [""], 0
    for char in text:
        if col + columns(line) + char_columns(char) > max_cols:
            lines.append(line)
            line, col = "", 0
        line += char
    return [*lines, line]


@pytest.mark.parametrize("text, col", [("abcdefghij" * 7, 3), ("中文字" * 9 + "x", 5), ("中" * 20, 9),
                                        ("short", 8), ("exactly10!", 0)])
def test_a_long_token_fills_each_line_and_wraps_as_the_reference_does(text: str, col: int) -> None:
    flow = Flow(10)
    flow.col = col
    flow.place(text, None)
    got = [(c.line, c.text) for c in flow.chunks]
    want = [(i, line) for i, line in enumerate(_greedy_lines(text, col, 10)) if line]
    assert got == want and all(c.col + c.cols <= 10 for c in flow.chunks)


def test_the_text_layout_of_one_token_grows_linearly_with_its_length() -> None:
    """A token of 80,000 characters took 8.8 s (each line re-measured and re-cut the rest of
    the token), 10 MB never; now 4 times the length lays out in about 4 times the time."""
    def make(length: int):
        token = "abcdefghi\u4e2d" * (length // 10)
        return lambda: Flow(80).place(token, None)

    ratio = growth(cpu_seconds, make, 10_000)
    assert ratio < LINEAR_BOUND, f"4x the characters took {ratio:.1f}x as long"
    svg = render_figure(_one_token_trace("xy" * 20_000), "text")  # the real figure: every character drawn once
    assert "".join(e.text or "" for e in texts(parse(svg), "tg-token-text")).count("xy") == 20_000


def _one_token_trace(token: str):
    from tracegen.trace import Node, Run, Trace

    nodes = [Node(0, top=[(1, -0.1)], entropy=0.5), Node(1, 0, 1, -0.1, 0, top=None, extra={"finish": "length"})]
    run = Run("long", "A", [0], {"name": "greedy"}, top_k=1, nodes=nodes)
    return Trace(model={"name": "m", "vocab_size": 2}, tokens={0: "A", 1: token}, runs=[run])
