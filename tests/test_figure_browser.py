"""SVG figures rendered by headless Chromium: token text as the page shows it, the viewer's colours,
nothing executed, and text that stays inside its swatch with the fonts a browser really uses."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from figure_tools import shown
from figure_traces import hostile_trace
from playwright.sync_api import Page
from synthetic_traces import synthetic_trace, tricky_trace

from tracegen.figure import FigureOptions, render_figure
from tracegen.figure.glyphs import candidate_label, truncate
from tracegen.figure.options import DEFAULT_WIDTH_CM, parse_length
from tracegen.figure.scale import scale_for
from tracegen.figure.selection import select_path

pytestmark = pytest.mark.browser


def open_svg(page: Page, tmp_path: Path, name: str, svg: str) -> list[str]:
    """Load the SVG as a document; every request but the file itself is counted and refused."""
    path = tmp_path / name
    path.write_text(svg, encoding="utf-8")
    requests: list[str] = []

    def route(r):
        if r.request.url == path.as_uri():
            r.continue_()
        else:
            requests.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.goto(path.as_uri())
    return requests


def rgb(colour: str) -> str:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def test_text_figure_in_chromium(page: Page, tmp_path: Path) -> None:
    trace = hostile_trace()
    selection = select_path(trace, "hostile")
    requests = open_svg(page, tmp_path, "text.svg", render_figure(trace, "text", run="hostile",
                                                                   options=FigureOptions(annotate="auto")))
    assert requests == [] and page.evaluate("window.__pwned") is None
    assert page.evaluate("document.querySelectorAll('script, foreignObject, a, image').length") == 0
    drawn = page.evaluate("[...document.querySelectorAll('text.tg-token-text')].map(t => t.textContent).join('')")
    expected = "".join(("\u21b5" if i else "") + shown(part) for s in selection.segments
                       for i, part in enumerate(s.text.replace("\t", "    ").split("\n")))
    assert drawn == expected
    fills = page.evaluate("[...document.querySelectorAll('rect.tg-token')].slice(0, 6)"
                          ".map(r => [r.dataset.pos, getComputedStyle(r).fill])")
    scale = scale_for("probability")
    by_first = {segment.first: segment for segment in selection.segments}
    for pos, fill in fills:  # a split emoji's swatch shows the product of its tokens' probabilities
        assert fill == rgb(scale.colour(math.exp(by_first[int(pos)].logprob)))


def test_first_tokens_colours_match_the_scale_for_each_metric(page: Page, tmp_path: Path) -> None:
    trace = synthetic_trace(300, depth=32)
    selection = select_path(trace)
    for metric in ("probability", "surprisal", "entropy"):
        open_svg(page, tmp_path, f"{metric}.svg", render_figure(trace, "text", options=FigureOptions(colour=metric)))
        fills = page.evaluate("[...document.querySelectorAll('rect.tg-token')].slice(0, 8)"
                              ".map(r => getComputedStyle(r).fill)")
        scale = scale_for(metric)
        for fill, step in zip(fills, selection.steps[:8], strict=True):
            value = {"probability": step.probability, "surprisal": -step.logprob / math.log(2),
                     "entropy": step.entropy / math.log(2)}[metric]
            assert fill == rgb(scale.colour(value)), (metric, step.position)


def test_text_stays_inside_its_swatch(page: Page, tmp_path: Path) -> None:
    # the layout assumes 0.6 em per character; Chromium with the real font must agree
    trace = tricky_trace()
    for kind in ("text", "tree"):
        open_svg(page, tmp_path, f"{kind}.svg", render_figure(trace, kind, run="beam"))
        cls = "tg-token" if kind == "text" else "tg-node"
        pairs = page.evaluate(f"""[...document.querySelectorAll('text.{cls}-text')].map(t => {{
            const key = t.dataset.pos ?? t.dataset.node
            const r = document.querySelector(`rect.{cls}[data-${{t.dataset.pos ? 'pos' : 'node'}}="${{key}}"]`)
            const tb = t.getBBox(), rb = r.getBBox()
            return [t.textContent, tb.x, tb.x + tb.width, rb.x, rb.x + rb.width]
        }})""")
        assert pairs
        for text, t0, t1, r0, r1 in pairs:
            assert t0 >= r0 - 1 and t1 <= r1 + 1, (kind, text, t0, t1, r0, r1)


def test_tree_boxes_never_overlap(page: Page, tmp_path: Path) -> None:
    open_svg(page, tmp_path, "tree.svg", render_figure(synthetic_trace(400, depth=12), "tree",
                                                       options=FigureOptions(max_depth=9, max_nodes=60)))
    boxes = page.evaluate("[...document.querySelectorAll('rect.tg-node')].map(r => { const b = r.getBBox(); "
                          "return [b.x, b.y, b.x + b.width, b.y + b.height] })")
    assert len(boxes) == 60
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)


@pytest.mark.parametrize("kind", ["text", "tree", "distribution", "strip"])
def test_every_kind_renders_without_errors(page: Page, tmp_path: Path, kind: str) -> None:
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    open_svg(page, tmp_path, f"{kind}.svg", render_figure(hostile_trace(), kind, run="hostile"))
    size = page.evaluate("(() => { const b = document.documentElement.getBoundingClientRect(); "
                         "return [b.width, b.height] })()")
    # at most a column wide (a text figure ends where its text does: no half-empty figure)
    assert 100 < size[0] <= DEFAULT_WIDTH_CM / 2.54 * 96 + 1 and size[1] > 20
    assert errors == []


def test_distribution_and_strip_tokens_and_colours_in_chromium(page: Page, tmp_path: Path) -> None:
    trace = hostile_trace()
    selection = select_path(trace, "hostile")
    scale = scale_for("probability")
    # a page wide: the tokens under the bars are drawn only where they fit at 7 pt
    wide = FigureOptions(width=parse_length("18cm"))
    open_svg(page, tmp_path, "strip.svg", render_figure(trace, "strip", run="hostile", options=wide))
    labels = page.evaluate("[...document.querySelectorAll('text.tg-strip-token')].map(t => t.textContent)")
    assert labels == [truncate(candidate_label(s.text), 10) for s in selection.steps]
    fills = page.evaluate("[...document.querySelectorAll('rect.tg-strip-p')].slice(0, 6)"
                          ".map(r => getComputedStyle(r).fill)")
    assert fills == [rgb(scale.colour(s.probability)) for s in selection.steps[:6]]

    open_svg(page, tmp_path, "distribution.svg", render_figure(trace, "distribution", run="hostile", node=9))
    context = selection.nodes[8]  # node 9's token was chosen from node 8's distribution
    rows = page.evaluate("[...document.querySelectorAll('text.tg-candidate')].map(t => t.textContent)")
    assert rows == [truncate(candidate_label(trace.tokens[t]), 12) for t, _ in context.top]
    bars = page.evaluate("[...document.querySelectorAll('rect.tg-bar')].map(r => getComputedStyle(r).fill)")
    assert bars == [rgb(scale.colour(math.exp(lp))) for _, lp in context.top]
