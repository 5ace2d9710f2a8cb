"""The exported page in headless Chromium: numbers from the file, branches, permalinks, keys, safety."""

from __future__ import annotations

import math
import re

import pytest
from playwright.sync_api import Page, expect
from synthetic_traces import PAYLOADS, UNMAPPED_PAYLOAD, topk_only_trace, tricky_trace

from tracegen.export import export
from tracegen.trace import VERSION

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def tricky_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    directory = tmp_path_factory.mktemp("viewer")
    trace_path = directory / "tricky.json"
    tricky_trace().save(trace_path)
    return export(trace_path).resolve().as_uri()


@pytest.fixture(scope="module")
def topk_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A format-v2 trace as a server gives it (top-k only), exported like any other."""
    trace_path = tmp_path_factory.mktemp("viewer-v2") / "topk.json"
    topk_only_trace().save(trace_path)
    return export(trace_path).resolve().as_uri()


def open_page(page: Page, url: str) -> list[str]:
    """Open the page, count every request that is not the file itself or a data: URL, block it."""
    requests: list[str] = []
    errors: list[str] = []

    def route(r):  # anything but the file: abort
        if r.request.url.startswith(("file:", "data:")):
            r.continue_()
        else:
            r.abort()

    page.route("**/*", route)
    page.on("request", lambda r: None if r.url.startswith(("file:", "data:")) else requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    expect(page.locator(".tg-app[data-ready=true]")).to_be_visible()
    assert errors == []
    return requests


def fmt_prob(p: float) -> str:
    """The viewer's probability format (viewer/src/model/runIndex.ts ``fmtProb``)."""
    return f"{p * 100:.1f}%" if p >= 0.1 else f"{p * 100:.2f}%" if p >= 0.001 else f"{p * 100:.1e}%"


def selected_node(page: Page) -> str:
    return page.evaluate("new URLSearchParams(location.hash.slice(1)).get('node')")


def test_click_shows_the_top_k_from_the_file(page: Page, tricky_url: str) -> None:
    open_page(page, tricky_url)
    page.locator('.tg-text__tok[data-node="3"]').click()  # " sat", chosen from node 1's top
    dist = page.get_by_test_id("distribution")
    node1 = tricky_trace().run("beam").node(1)
    rows = dist.locator(".tg-distribution__row")
    expect(rows).to_have_count(len(node1.top))
    for i, (token, logprob) in enumerate(node1.top):
        row = rows.nth(i)
        assert row.get_attribute("data-token") == str(token)
        assert row.locator('[data-testid="logprob"]').inner_text() == f"{logprob:.3f}"
        assert row.locator('[data-testid="prob"]').inner_text() == fmt_prob(math.exp(logprob))
    expect(dist.locator(".tg-distribution__row--chosen")).to_have_attribute("data-token", "12")
    expect(dist.get_by_test_id("entropy")).to_have_text("0.900 nats = 1.298 bits")
    expect(dist.get_by_test_id("mass")).to_have_text("95.0%")
    assert selected_node(page) == "3"


def test_branch_switching_in_text_and_tree(page: Page, tricky_url: str) -> None:
    open_page(page, tricky_url)
    page.locator('.tg-text__tok[data-node="3"]').click()
    page.locator('.tg-distribution__row[data-token="17"]').click()  # " ran": a recorded (pruned) branch
    assert selected_node(page) == "4"
    text = page.get_by_test_id("text")
    expect(text).to_contain_text(" cat ran")
    expect(text.locator('[data-node="4"]')).to_have_class(re.compile("tg-text__tok--pruned"))
    # results: jump to the second-best beam
    page.locator('.tg-results li[data-node="9"]').click()
    expect(text).to_contain_text(" cat sat on the hat")
    # the tree view: every branch point listed, click a token there
    page.get_by_test_id("tab-outline").click()
    outline = page.get_by_test_id("outline")
    outline.get_by_role("button", name="Expand all").click()
    outline.locator('.tg-outline__tok[data-node="5"]').click()
    assert selected_node(page) == "5"
    expect(outline.locator('.tg-outline__row[data-node="4"]')).to_have_class(re.compile("pruned"))


def test_permalink_selects_run_and_node(page: Page, tricky_url: str) -> None:
    open_page(page, tricky_url + "#run=beam&node=4")
    expect(page.get_by_test_id("run-select")).to_have_value("beam")
    expect(page.locator(".tg-text__tok--sel")).to_have_attribute("data-node", "4")
    page.goto(tricky_url + "#run=emoji&node=6")
    page.reload()
    expect(page.get_by_test_id("run-select")).to_have_value("emoji")
    expect(page.locator(".tg-text__tok--sel")).to_have_attribute("data-node", "6")
    # switching runs in the selector rewrites the hash
    page.get_by_test_id("run-select").select_option("beam")
    assert page.evaluate("location.hash").startswith("#run=beam&node=")


def test_keyboard_navigation(page: Page, tricky_url: str) -> None:
    open_page(page, tricky_url)
    assert selected_node(page) == "1"
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    assert selected_node(page) == "6"
    page.keyboard.press("ArrowLeft")
    assert selected_node(page) == "3"
    # node 3 was chosen from node 1's top: 12 (chosen), 17 (branch), 4
    page.keyboard.press("ArrowDown")
    expect(page.locator(".tg-distribution__row--focus")).to_have_attribute("data-token", "17")
    page.keyboard.press("Enter")
    assert selected_node(page) == "4"
    page.keyboard.press("End")
    expect(page.locator(".tg-text__tok--sel")).to_have_attribute("data-node", "11")


def test_markup_tokens_render_as_text_and_nothing_runs(page: Page, tricky_url: str) -> None:
    requests = open_page(page, tricky_url + "#run=emoji&node=7")
    assert page.evaluate("window.__pwned") is None
    text = page.get_by_test_id("text")
    expect(text).to_contain_text(PAYLOADS[0])
    expect(text).to_contain_text("\U0001F600\u4e2d")  # split emoji and CJK joined from their bytes
    page.get_by_test_id("run-select").select_option("beam")
    page.locator('.tg-text__next, .tg-text__tok').first.click()
    dist = page.get_by_test_id("distribution")
    for payload in PAYLOADS[:3]:  # candidates of the root
        expect(dist).to_contain_text(payload.replace(" ", "\u00b7"))
    page.locator('.tg-text__tok[data-node="3"]').click()
    expect(dist).to_contain_text("{{\u00b77*7\u00b7}}")  # not 49: no template evaluation
    assert page.locator("#app img, #app style, #app script").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert page.locator("body").evaluate("b => getComputedStyle(b).display") != "none"
    assert requests == []


def test_invisible_characters_and_unknown_entropy(page: Page, tricky_url: str) -> None:
    open_page(page, tricky_url + "#run=emoji&node=3")
    expect(page.get_by_test_id("entropy")).to_have_text("unknown")
    text = page.get_by_test_id("text")
    expect(text).not_to_contain_text("<|endoftext|>")
    page.get_by_test_id("toggle-invisible").check()
    expect(text).to_contain_text("\u21b5")
    expect(text).to_contain_text("<|endoftext|>")


def test_page_makes_no_network_requests(page: Page, tricky_url: str) -> None:
    requests = open_page(page, tricky_url)
    for node in ("3", "6", "7"):
        page.locator(f'.tg-text__tok[data-node="{node}"]').first.click()
    page.get_by_test_id("tab-outline").click()
    page.get_by_test_id("search").fill("cat")
    page.wait_for_timeout(100)
    assert requests == []
    csp = page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content")
    assert "connect-src 'none'" in csp


def test_search_finds_tokens(page: Page, tricky_url: str) -> None:
    open_page(page, tricky_url)
    page.get_by_test_id("search").fill("ran")
    hit = page.get_by_test_id("search-results").locator(".tg-search__hit").first
    expect(hit).to_have_attribute("data-node", "4")
    hit.click()
    assert selected_node(page) == "4"



def test_print_keeps_text_and_drops_controls(page: Page, tricky_url: str) -> None:
    open_page(page, tricky_url)
    page.emulate_media(media="print")
    expect(page.get_by_test_id("toggle-invisible")).to_be_hidden()
    expect(page.get_by_test_id("text")).to_be_visible()
    expect(page.get_by_test_id("distribution")).to_be_visible()


def test_large_tree_renders_only_visible_rows(page: Page, tmp_path_factory: pytest.TempPathFactory) -> None:
    from synthetic_traces import synthetic_trace

    path = tmp_path_factory.mktemp("big") / "big.json"
    trace = synthetic_trace(3000, top_k=20)
    trace.save(path)
    open_page(page, export(path).resolve().as_uri())
    page.get_by_test_id("tab-outline").click()
    page.get_by_role("button", name="Expand all").click()
    expect(page.get_by_test_id("outline")).to_contain_text("branches shown")
    assert page.locator(".tg-outline__row").count() < 80
    # a node deep in the tree, by permalink: selected and scrolled into view
    node = trace.runs[0].nodes[-10].id
    page.evaluate(f"location.hash = 'run=run-1&node={node}'")
    expect(page.locator(f'.tg-outline__tok[data-node="{node}"]')).to_be_visible()


def test_top_k_only_trace_says_what_it_does_not_know(page: Page, topk_url: str) -> None:
    requests = open_page(page, topk_url + "#run=served&node=2")  # " ran", chosen from node 1's top-4
    dist = page.get_by_test_id("distribution")
    expect(dist.locator(".tg-distribution__stats")).to_contain_text("top-4 covers93.1%")
    expect(dist.get_by_test_id("mass")).to_have_text("93.1%")
    rest = dist.get_by_test_id("rest")
    expect(rest).to_contain_text("other tokens")
    expect(rest).to_contain_text("6.9%")
    expect(rest).to_contain_text("not recorded")
    expect(dist.get_by_test_id("entropy")).to_have_text("unknown (only the top-k was returned)")
    expect(dist).not_to_contain_text("effective choices")
    # " ran" was outside the returned top-4: its rank is unknown, beyond 4 (ranks shown from 1)
    expect(dist.get_by_test_id("chosen-rank")).to_have_text("rank > 4")
    expect(dist.locator(".tg-distribution__outside")).to_contain_text("outside the top-4: rank > 4")
    for word in ("undefined", "NaN", "?"):
        expect(dist).not_to_contain_text(word)
    # the strip draws the unknown entropies as unknown, and the legend says so
    unknown = page.get_by_test_id("strip").locator(".tg-strip__bar--unknown")
    expect(unknown).to_have_count(4)
    assert "entropy unknown" in page.locator(".tg-strip__col").first.get_attribute("title")
    expect(page.get_by_test_id("legend-unknown-entropy")).to_be_visible()
    # the unmapped token (id -1): its markup shown as text, marked as text only
    text = page.get_by_test_id("text")
    tok = text.locator('.tg-text__tok[data-node="3"]')
    expect(tok).to_have_text(UNMAPPED_PAYLOAD)
    expect(tok).to_have_class(re.compile("tg-unmapped"))
    assert "text only: no single token id matched" in tok.get_attribute("title")
    assert tok.evaluate("e => getComputedStyle(e).textDecorationStyle") == "wavy"
    page.locator('.tg-text__tok[data-node="1"]').click()  # chosen from the root, whose top holds id -1
    row = dist.locator('.tg-distribution__row[data-token="-1"] .tg-distribution__tok')
    expect(row).to_have_class(re.compile("tg-unmapped"))
    expect(row).to_have_attribute("title", "text only: no single token id matched")
    expect(row).to_have_text(UNMAPPED_PAYLOAD.replace(" ", "\u00b7"))
    expect(page.get_by_test_id("legend-unmapped")).to_be_visible()
    # the model: no vocabulary size, served by a server
    meta = page.get_by_test_id("meta")
    expect(meta.get_by_test_id("meta-vocab")).to_have_text("unknown")
    expect(meta.get_by_test_id("meta-backend")).to_have_text("openai")
    expect(meta.get_by_test_id("meta-server")).to_have_text("http://127.0.0.1:8000/v1")
    expect(meta).to_contain_text(f"format v{VERSION}")  # the version the file was saved in
    # an imported run without its prompt
    page.get_by_test_id("run-select").select_option("imported")
    expect(text.get_by_test_id("prompt")).to_have_text("(prompt not recorded)")
    expect(text).to_contain_text(" cat sat")
    expect(meta.get_by_test_id("meta-model").locator(".tg-meta__text")).to_have_text("served<b>model</b>")  # text, not markup
    assert page.locator("#app img").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert requests == []
