"""The exported page as a researcher uses it (issue 11): colour, words, search, layout, branch
budgets, iframes, the drawn tree, sequence metrics and the Figure command, in headless Chromium
on the real exported file."""

from __future__ import annotations

import html
import json
import math
import re

import pytest
from playwright.sync_api import Page, expect
from synthetic_traces import researcher_trace, synthetic_trace, tricky_trace

from tracegen.export import export
from tracegen.export.page import PACKAGE

pytestmark = pytest.mark.browser

SCALES = json.loads((PACKAGE / "static" / "scales.json").read_text())


# -- the colour rule, written again here from scales.json (not taken from the viewer) -----------

def scale_colour(metric: str, value: float) -> str:
    spec = SCALES["metrics"][metric]
    stops = [tuple(int(h[i:i + 2], 16) for i in (1, 3, 5)) for h in SCALES[spec["scale"]]["stops"]]
    d0, d1 = spec["domain"]
    t = min(1.0, max(0.0, (value - d0) / (d1 - d0)))
    pos = t * (len(stops) - 1)
    i = min(math.floor(pos), len(stops) - 2)
    f = pos - i
    a, b = stops[i], stops[i + 1]
    return "#" + "".join(f"{math.floor(x + (y - x) * f + 0.5):02x}" for x, y in zip(a, b, strict=True))


def luminance(hex_colour: str) -> float:
    def lin(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)


def css_hex(css: str) -> str:
    """``rgb(1, 2, 3)`` (what getComputedStyle gives) as ``#010203``."""
    r, g, b = (int(x) for x in re.findall(r"\d+", css)[:3])
    return f"#{r:02x}{g:02x}{b:02x}"


# -- fixtures ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def trace():
    return researcher_trace()


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory, trace) -> str:
    path = tmp_path_factory.mktemp("researcher") / "researcher.json"
    trace.save(path)
    return export(path).resolve().as_uri()


def open_page(page: Page, url: str) -> list[str]:
    """Open the page; returns the list that collects page errors and console errors from now on."""
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(url)
    expect(page.locator(".tg-app[data-ready=true]")).to_be_visible()
    return errors


def selected_node(page: Page) -> str:
    return page.evaluate("new URLSearchParams(location.hash.slice(1)).get('node')")


def fmt(value: float, digits: int) -> str:
    """The page's number format: fixed digits, a real minus sign."""
    return f"{value:.{digits}f}".replace("-", "\u2212")


# -- 6. colour ---------------------------------------------------------------------------------

def test_one_colour_blind_safe_scale_everywhere(page: Page, url: str, trace) -> None:
    open_page(page, url + "#run=story&node=11")
    story = trace.run("story")
    text = page.get_by_test_id("text")
    cols = page.get_by_test_id("strip").locator(".tg-strip__col")
    for node_id in range(1, 11):
        node = story.node(node_id)
        p = math.exp(node.logprob)
        want = scale_colour("probability", p)
        tok = text.locator(f'.tg-text__tok[data-node="{node_id}"]')
        assert css_hex(tok.evaluate("e => getComputedStyle(e).backgroundColor")) == want, node_id
        ink = css_hex(tok.evaluate("e => getComputedStyle(e).color"))
        assert ink == (SCALES["text_on_dark"] if luminance(want) < SCALES["dark_below_luminance"] else SCALES["text_on_light"])
        bar = cols.nth(node_id - 1).locator(".tg-strip__bar--p")
        assert css_hex(bar.evaluate("e => getComputedStyle(e).backgroundColor")) == want  # the strip: the same colour
        bits = story.node(node_id - 1).entropy / math.log(2)
        hbar = cols.nth(node_id - 1).locator(".tg-strip__bar--h")
        assert css_hex(hbar.evaluate("e => getComputedStyle(e).backgroundColor")) == scale_colour("entropy", bits)
    # the most confident token is the darkest: 95 % darker than 75 %, 75 % darker than 30 %
    lum = {n: luminance(scale_colour("probability", math.exp(story.node(n).logprob))) for n in (1, 2, 8)}
    assert lum[1] < lum[2] < lum[8]
    # one continuous colour bar with every stop, tick labels, and words for what it means
    bar = page.get_by_test_id("colour-bar").evaluate("e => getComputedStyle(e).backgroundImage")
    stops = [css_hex(m) for m in re.findall(r"rgb\([^)]*\)", bar)]
    assert stops == SCALES["sequential"]["stops"]
    expect(page.get_by_test_id("legend").locator(".tg-legend__ticks")).to_contain_text("0%25%50%75%100%")
    expect(page.get_by_test_id("colour-explained")).to_contain_text("probability the model gave each token")
    expect(page.get_by_test_id("legend-strip")).to_contain_text("entropy of the distribution it came from")
    # the switch: surprisal in bits, and entropy in bits of the distribution the token came from
    page.get_by_test_id("colour-surprisal").click()
    tok = text.locator('.tg-text__tok[data-node="8"]')
    want = scale_colour("surprisal", -story.node(8).logprob / math.log(2))
    assert css_hex(tok.evaluate("e => getComputedStyle(e).backgroundColor")) == want
    expect(page.get_by_test_id("colour-explained")).to_contain_text("surprisal")
    page.get_by_test_id("colour-entropy").click()
    want = scale_colour("entropy", story.node(7).entropy / math.log(2))
    assert css_hex(tok.evaluate("e => getComputedStyle(e).backgroundColor")) == want
    expect(page.get_by_test_id("legend").locator(".tg-legend__ticks")).to_contain_text("\u2265 5")
    # the drawn tree colours its nodes the same way
    page.get_by_test_id("colour-probability").click()
    page.get_by_test_id("tab-tree").click()
    rect = page.locator('[data-testid=tree] g.tg-tree__node[data-node="2"] rect')
    assert css_hex(rect.evaluate("e => getComputedStyle(e).fill")) == scale_colour("probability", 0.75)


# -- 7. words ----------------------------------------------------------------------------------

def test_words_a_reader_needs(page: Page, url: str) -> None:
    open_page(page, url + "#run=story&node=12")  # " far": rank 1 in the trace, the second most likely
    dist = page.get_by_test_id("distribution")
    expect(dist.get_by_test_id("chosen-rank")).to_have_text("rank 2")
    expect(dist.get_by_test_id("chosen-verb")).to_have_text("chose")
    assert dist.locator(".tg-distribution__rank").all_inner_texts() == ["1", "2"]
    body = page.locator("body").inner_text()
    assert body.count("rank 1 = most likely") == 1  # said once
    expect(dist).not_to_contain_text("perplexity")  # one step's exp(entropy) is not a perplexity
    expect(dist.locator(".tg-distribution__stats")).to_contain_text("effective choices")
    explain = page.get_by_test_id("results-explain")
    expect(explain).to_be_visible()  # score vs lp in words, not only on hover
    expect(explain).to_contain_text("score = total logprob")
    expect(explain).to_contain_text("lp = total logprob of the result's tokens")
    meta = page.get_by_test_id("meta")
    expect(meta.get_by_test_id("meta-depth")).to_contain_text("12 tokens")  # the branch run's depth limit
    expect(meta.get_by_test_id("meta-model")).to_contain_text("SmolLM2-135M-Instruct \u00b7 GGUF Q4_1, dequantized to float32")
    # a forced token is given, not chosen
    page.get_by_test_id("run-select").select_option("forced")
    page.locator('.tg-text__tok[data-node="2"]').click()
    expect(dist.get_by_test_id("chosen-verb")).to_have_text("given")
    expect(page.get_by_test_id("path-metrics")).to_contain_text("How surprised the model was by the given text")
    # a sampling run: the distribution is the model's own (temperature 1); the sampler's settings
    page.get_by_test_id("run-select").select_option("sample")
    note = dist.get_by_test_id("sampler-note")
    expect(note).to_contain_text("temperature 1")
    expect(note).to_contain_text("temperature 0.7, top-p 0.9, seed 3")


# -- 8. search ---------------------------------------------------------------------------------

def test_search_finds_text_across_token_boundaries(page: Page, url: str) -> None:
    open_page(page, url + "#run=story")
    search = page.get_by_test_id("search")
    search.fill("Elara")  # " El" + "ara"
    hits = page.get_by_test_id("search-results").locator(".tg-search__hit")
    expect(hits).to_have_count(1)
    expect(hits.first).to_have_attribute("data-nodes", "8 9")
    hits.first.click()
    assert selected_node(page) == "8"
    text = page.get_by_test_id("text")
    expect(text.locator(".tg-text__tok--hit")).to_have_count(2)
    assert text.locator(".tg-text__tok--hit").evaluate_all("els => els.map(e => e.dataset.node)") == ["8", "9"]
    search.fill("wise old")
    expect(hits).to_have_count(1)
    expect(hits.first).to_have_attribute("data-nodes", "4 5")
    assert text.locator(".tg-text__tok--hit").evaluate_all("els => els.map(e => e.dataset.node)") == ["4", "5"]
    search.fill("")
    expect(text.locator(".tg-text__tok--hit")).to_have_count(0)


# -- 9. layout ---------------------------------------------------------------------------------

def boxes(page: Page, *test_ids: str) -> dict[str, dict]:
    return {t: page.get_by_test_id(t).bounding_box() for t in test_ids}


def test_layout_uses_the_page_and_keeps_the_distribution_near_the_text(page: Page, tmp_path, trace) -> None:
    many = researcher_trace()
    story = many.run("story")
    story.results = story.results * 4  # eight results: none may hide in a scrolling box
    path = tmp_path / "many.json"
    many.save(path)
    url = export(path).resolve().as_uri()
    open_page(page, url + "#run=story&node=11")
    items = page.get_by_test_id("results").locator("li")
    expect(items).to_have_count(8)
    ol = page.get_by_test_id("results").locator("ol")
    assert ol.evaluate("e => getComputedStyle(e).overflowY") == "visible"
    assert ol.evaluate("e => e.scrollHeight <= e.clientHeight")
    for width, beside in ((1400, True), (950, True), (800, False)):
        page.set_viewport_size({"width": width, "height": 900})
        b = boxes(page, "text", "distribution", "strip", "results")
        text, dist = b["text"], b["distribution"]
        if beside:
            assert dist["x"] >= text["x"] + text["width"], width
            assert dist["y"] < text["y"] + text["height"], width
        else:  # directly under the text: before the strip and the results, as wide as the text
            assert dist["y"] >= text["y"] + text["height"], width
            assert dist["y"] < b["strip"]["y"] and dist["y"] < b["results"]["y"], width
            assert abs(dist["width"] - text["width"]) < 40, width


# -- 10. branch budgets and ranking --------------------------------------------------------------

def test_a_branch_run_stopped_by_its_budget_says_so_and_results_rank_two_ways(page: Page, url: str) -> None:
    open_page(page, url + "#run=story")
    stopped = "stopped at 14 nodes: depth 11 of 12 not fully expanded"
    expect(page.get_by_test_id("meta").get_by_test_id("meta-stopped")).to_have_text(stopped)
    expect(page.get_by_test_id("stopped")).to_contain_text(stopped)
    items = page.get_by_test_id("results").locator("li")
    assert items.evaluate_all("els => els.map(e => e.dataset.node)") == ["13", "11"]  # as recorded: total logprob
    page.get_by_test_id("order-mean").click()  # 11 tokens at 0.40 nats each beat 2 tokens at 1.81
    assert items.evaluate_all("els => els.map(e => e.dataset.node)") == ["11", "13"]
    items.first.click()
    expect(page.get_by_test_id("text").locator(".tg-text__badge--result")).to_have_text("result #1")
    page.get_by_test_id("order-total").click()
    assert items.evaluate_all("els => els.map(e => e.dataset.node)") == ["13", "11"]
    expect(page.get_by_test_id("text").locator(".tg-text__badge--result")).to_have_text("result #2")


# -- 11. iframes -----------------------------------------------------------------------------

def test_inside_an_iframe_srcdoc_clicks_log_nothing(page: Page, tmp_path, trace) -> None:
    path = tmp_path / "t.json"
    trace.save(path)
    doc = export(path).read_text(encoding="utf-8")
    host = tmp_path / "notebook.html"
    host.write_text(f'<!doctype html><iframe id="out" style="width:1300px;height:860px" srcdoc="{html.escape(doc, quote=True)}"></iframe>')
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(host.as_uri())
    frame = page.frame_locator("#out")
    expect(frame.locator(".tg-app[data-ready=true]")).to_be_visible()
    for node in ("13", "12"):
        frame.locator(f'.tg-text__tok[data-node="{node}"]').click()
        expect(frame.locator(".tg-text__tok--sel")).to_have_attribute("data-node", node)
    frame.locator("[data-testid=tab-tree]").click()
    frame.locator('g.tg-tree__node[data-node="1"]').click()
    frame.locator("[data-testid=run-select]").select_option("forced")
    page.wait_for_timeout(200)
    assert errors == []


# -- 12. the drawn tree --------------------------------------------------------------------------

def tree_nodes(page: Page) -> list[int]:
    return sorted(int(x) for x in page.locator("[data-testid=tree] g.tg-tree__node").evaluate_all(
        "els => els.map(e => e.dataset.node)"))


def world_transform(page: Page) -> tuple[float, float, float]:
    t = page.locator("[data-testid=tree] svg > g").get_attribute("transform")
    x, y, k = (float(v) for v in re.findall(r"-?[\d.]+(?:e-?\d+)?", t))
    return x, y, k


def test_drawn_tree_selects_syncs_folds_pans_and_zooms(page: Page, url: str, trace) -> None:
    open_page(page, url + "#run=story&node=3")
    page.get_by_test_id("tab-tree").click()
    tree = page.get_by_test_id("tree")
    assert tree_nodes(page) == [n.id for n in trace.run("story").nodes]
    # the selected path is highlighted, the selected node marked, results marked with their rank
    assert tree.locator(".tg-tree__node--sel").get_attribute("data-node") == "3"
    on_path = sorted(int(x) for x in tree.locator(".tg-tree__node--path").evaluate_all("els => els.map(e => e.dataset.node)"))
    assert on_path == list(range(12))
    expect(tree.locator('g.tg-tree__node[data-node="13"] .tg-tree__result')).to_have_text("#1")
    expect(tree.locator('g.tg-tree__node[data-node="11"] .tg-tree__result')).to_have_text("#2")
    assert tree.locator(".tg-tree__edge--path").count() == 11
    # edge width follows probability: " there" (0.95) is drawn wider than " far" (0.03)
    width = {int(n): float(w) for n, w in tree.locator("path.tg-tree__edge").evaluate_all(
        "els => els.map(e => [e.dataset.edge, e.getAttribute('stroke-width')])")}
    assert width[1] == pytest.approx(1 + 5 * 0.95) and width[12] == pytest.approx(1 + 5 * 0.03)
    # click a node: the distribution and the permalink follow; the text view shows it selected
    tree.locator('g.tg-tree__node[data-node="7"]').click()
    assert selected_node(page) == "7"
    expect(page.get_by_test_id("distribution").locator("h2")).to_have_text("Token 7 of 11")
    page.keyboard.press("ArrowRight")
    assert tree.locator(".tg-tree__node--sel").get_attribute("data-node") == "8"
    page.get_by_test_id("tab-text").click()
    expect(page.locator(".tg-text__tok--sel")).to_have_attribute("data-node", "8")
    page.get_by_test_id("tab-tree").click()
    # fold the subtree under " there": ten nodes hidden and counted, then unfold
    tree.locator('[data-toggle="1"]').click()
    assert tree_nodes(page) == [0, 1, 12, 13]
    expect(tree.locator('g.tg-tree__node[data-node="1"] .tg-tree__hidden')).to_have_text("+10")
    tree.locator('[data-toggle="1"]').click()
    assert len(tree_nodes(page)) == 14
    # pan by dragging, zoom with the wheel (about the pointer)
    box = tree.locator(".tg-tree__box").bounding_box()
    x0, y0, k0 = world_transform(page)
    page.mouse.move(box["x"] + 40, box["y"] + box["height"] - 30)
    page.mouse.down()
    page.mouse.move(box["x"] + 140, box["y"] + box["height"] - 60, steps=5)
    page.mouse.up()
    x1, y1, k1 = world_transform(page)
    assert (round(x1 - x0), round(y1 - y0), k1) == (100, -30, k0)
    assert selected_node(page) == "8"  # a drag selects nothing
    page.mouse.wheel(0, -300)
    assert world_transform(page)[2] > k1
    page.get_by_test_id("tree-fit").click()
    assert world_transform(page)[2] <= 1


def test_drawn_tree_dims_pruned_beams(page: Page, tmp_path) -> None:
    path = tmp_path / "tricky.json"
    tricky_trace().save(path)
    open_page(page, export(path).resolve().as_uri() + "#run=beam&node=3")
    page.get_by_test_id("tab-tree").click()
    tree = page.get_by_test_id("tree")
    for node in ("4", "11", "2"):
        expect(tree.locator(f'g.tg-tree__node[data-node="{node}"]')).to_have_class(re.compile("tg-tree__node--pruned"))
    expect(tree.locator('g.tg-tree__node[data-node="8"]')).not_to_have_class(re.compile("pruned"))
    assert float(tree.locator('g.tg-tree__node[data-node="4"]').evaluate("e => getComputedStyle(e).opacity")) < 0.5
    # a beam run's score is length-penalised, and the results say so
    expect(page.get_by_test_id("results-explain")).to_contain_text("beam search's length penalty")


def test_a_ten_thousand_node_tree_draws_only_what_is_near_the_screen(page: Page, tmp_path) -> None:
    trace = synthetic_trace(10_000, top_k=5)
    path = tmp_path / "big.json"
    trace.save(path)
    errors = open_page(page, export(path).resolve().as_uri())
    page.get_by_test_id("tab-tree").click()
    svg = page.locator("[data-testid=tree] svg")
    drawn = int(svg.get_attribute("data-drawn"))
    assert 0 < drawn < 1500
    page.get_by_test_id("tree-fit").click()  # the whole tree: drawn as a few paths
    expect(svg).to_have_class(re.compile("tg-tree__svg--coarse"))
    assert page.locator("[data-testid=tree] svg path").count() < 40
    page.get_by_test_id("tree-selected").click()  # back to the selected node: one element per node again
    expect(svg).not_to_have_class(re.compile("coarse"))
    assert errors == []


# -- 13. sequence metrics -------------------------------------------------------------------------

def test_path_and_result_metrics_are_python_s_numbers(page: Page, url: str, trace) -> None:
    open_page(page, url + "#run=story&node=11")
    story = trace.run("story")
    m = story.path_metrics(11)
    metrics = page.get_by_test_id("path-metrics")
    expect(metrics.get_by_test_id("metric-total")).to_have_text(fmt(m.total_logprob, 3))
    expect(metrics.get_by_test_id("metric-nats")).to_have_text(fmt(m.mean_surprisal_nats, 3))
    expect(metrics.get_by_test_id("metric-bits")).to_have_text(fmt(m.mean_surprisal_bits, 3))
    expect(metrics.get_by_test_id("metric-ppl")).to_have_text(fmt(m.perplexity, 3))
    items = page.get_by_test_id("results").locator("li")
    for i, rm in enumerate(story.result_metrics()):
        item = items.nth(i)
        expect(item.get_by_test_id("result-lp")).to_have_text(f"lp {fmt(rm.total_logprob, 3)}")
        expect(item.get_by_test_id("result-surprisal")).to_have_text(
            f"surprisal {fmt(rm.mean_surprisal_nats, 3)} nats = {fmt(rm.mean_surprisal_bits, 3)} bits/token")
        expect(item.get_by_test_id("result-ppl")).to_have_text(f"ppl {fmt(rm.perplexity, 3)}")
    page.get_by_test_id("run-select").select_option("forced")
    fm = trace.run("forced").path_metrics(3)
    expect(metrics.get_by_test_id("metric-ppl")).to_have_text(fmt(fm.perplexity, 3))
    expect(metrics).to_contain_text("3 tokens")


# -- 3 and 5 on the exported page: a finished node, a branch that was not recorded -----------------

def test_a_finished_node_offers_no_candidates(page: Page, url: str) -> None:
    open_page(page, url + "#run=story&node=11&next=1")  # after the EOS token (evaluated: it has a top)
    dist = page.get_by_test_id("distribution")
    expect(dist.get_by_test_id("ended")).to_contain_text("The sequence ended here")
    expect(dist.locator(".tg-distribution__row")).to_have_count(0)
    expect(page.get_by_test_id("next-slot")).to_have_count(0)
    page.keyboard.press("End")  # the last position is the EOS token itself
    assert selected_node(page) == "11"
    page.keyboard.press("ArrowRight")
    assert selected_node(page) == "11"
    # an earlier token still shows its alternatives
    page.locator('.tg-text__tok[data-node="10"]').click()
    expect(dist.locator(".tg-distribution__row")).to_have_count(3)


def test_a_candidate_without_a_recorded_branch_says_so(page: Page, url: str) -> None:
    open_page(page, url + "#run=story&node=2")  # " lived", chosen from node 1's top: " lived", " x", " y"
    dist = page.get_by_test_id("distribution")
    page.keyboard.press("ArrowDown")
    expect(dist.locator(".tg-distribution__row--focus")).to_have_attribute("data-token", str(trace_id(" x")))
    page.keyboard.press("Enter")
    expect(dist.get_by_test_id("notice")).to_contain_text('the branch through " x" was not recorded')
    assert selected_node(page) == "2"
    page.keyboard.press("ArrowLeft")  # moving on clears it
    expect(dist.get_by_test_id("notice")).to_have_count(0)
    page.keyboard.press("ArrowRight")
    dist.locator(f'.tg-distribution__row[data-token="{trace_id(" y")}"]').click()
    expect(dist.get_by_test_id("notice")).to_contain_text("not recorded")


def trace_id(word: str) -> int:
    return next(i for i, w in researcher_trace().tokens.items() if w == word)


# -- issue 12: the Figure button ------------------------------------------------------------------

def test_figure_button_gives_the_command_for_this_view(page: Page, url: str) -> None:
    open_page(page, url + "#run=story&node=13")
    page.get_by_test_id("figure").click()
    panel = page.get_by_test_id("figure-panel")
    cmd = panel.get_by_test_id("figure-command")
    expect(cmd).to_have_text("tracegen figure researcher.json --run story --result 1 --kind text --format pdf")
    page.locator('.tg-text__tok[data-node="13"]').click()
    page.get_by_test_id("results").locator('li[data-node="11"]').click()  # the second result
    expect(cmd).to_have_text("tracegen figure researcher.json --run story --result 2 --kind text --format pdf")
    panel.get_by_test_id("figure-kind").select_option("distribution")  # the top-k the selected token came from
    page.locator('.tg-text__tok[data-node="5"]').click()
    expect(cmd).to_have_text("tracegen figure researcher.json --run story --node 5 --kind distribution --format pdf")
    panel.get_by_test_id("figure-format").select_option("svg")
    expect(cmd).to_contain_text("--format svg")
    expect(panel.get_by_test_id("figure-download")).to_have_count(0)  # no server behind a file
    page.get_by_test_id("figure").click()
    page.get_by_test_id("tab-tree").click()
    page.get_by_test_id("figure").click()
    expect(cmd).to_have_text("tracegen figure researcher.json --run story --result 2 --kind tree --format svg")
    page.get_by_test_id("colour-entropy").click()  # coloured like the page
    expect(cmd).to_have_text("tracegen figure researcher.json --run story --result 2 --kind tree --format svg --colour entropy")
