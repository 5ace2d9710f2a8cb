"""Model text that tries to mislead the page (issue 10, viewer): bidi controls, invisible
characters, and a node too big to list, in headless Chromium on the real exported file."""

from __future__ import annotations

import time

import pytest
from playwright.sync_api import Page, expect
from synthetic_traces import RLO, huge_node_trace, researcher_trace

from tracegen.export import export

pytestmark = pytest.mark.browser

# x positions of the characters of an element's text, in logical order
CHAR_XS = """e => {
  const out = [];
  const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    for (let i = 0; i < t.length; i++) {
      if (!t.data[i].trim()) continue;
      const r = document.createRange();
      r.setStart(t, i); r.setEnd(t, i + 1);
      const b = r.getBoundingClientRect();
      if (b.width > 0) out.push([t.data[i], b.left, b.top]);
    }
  }
  return out;
}"""


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> str:
    trace = researcher_trace()
    trace.model["name"] = f"evil{RLO}model"
    path = tmp_path_factory.mktemp("hostile") / "bidi.json"
    trace.save(path)
    return export(path).resolve().as_uri()


def open_page(page: Page, url: str) -> None:
    page.goto(url)
    expect(page.locator(".tg-app[data-ready=true]")).to_be_visible()


def left_to_right(chars: list[list]) -> bool:
    """Characters on one line appear left to right in the order they were written."""
    line = [c for c in chars if abs(c[2] - chars[0][2]) < 3]
    return all(a[1] < b[1] for a, b in zip(line, line[1:], strict=False))


def test_an_unterminated_rlo_reverses_nothing_around_its_token(page: Page, url: str) -> None:
    open_page(page, url + "#run=bidi&node=4")
    text = page.get_by_test_id("text")
    # the tokens after the RLO token stay in their order, left to right
    lefts = [text.locator(f'.tg-text__tok[data-node="{n}"]').bounding_box()["x"] for n in (1, 2, 3, 4)]
    assert lefts == sorted(lefts)
    # the page's own labels after it read as written ("result #1", not "1# tluser")
    badge = text.locator(".tg-text__badge--result")
    expect(badge).to_have_text("result #1")
    assert left_to_right(badge.evaluate(CHAR_XS))
    # the results list: the text, then its numbers, in order
    item = page.get_by_test_id("results").locator("li").first
    nums = item.locator(".tg-results__nums > span")
    xs = [nums.nth(i).bounding_box()["x"] for i in range(3)]
    assert xs == sorted(xs)
    assert left_to_right(item.locator(".tg-results__nums").evaluate(CHAR_XS))
    # the model's name holds one too: the rest of the row reads as written
    meta = page.get_by_test_id("meta-weights")
    assert left_to_right(meta.evaluate(CHAR_XS))
    # the run selector (an <option> cannot be styled): its model text is wrapped in FSI ... PDI
    option = page.get_by_test_id("run-select").locator("option").first.text_content()
    assert "\u2068" in option and "\u2069" in option
    # the distribution lists it with the control made visible
    page.locator('.tg-text__tok[data-node="1"]').click()
    dist = page.get_by_test_id("distribution")
    expect(dist.locator(".tg-distribution__row").first).to_contain_text("\u27e8RLO\u27e9evil")
    assert left_to_right(dist.locator(".tg-distribution__cols").evaluate(CHAR_XS))


def test_whitespace_mode_shows_invisible_and_bidi_controls(page: Page, url: str) -> None:
    open_page(page, url + "#run=bidi&node=4")
    text = page.get_by_test_id("text")
    zwsp = text.locator('.tg-text__tok[data-node="2"]')
    assert zwsp.text_content() == "\u200b"
    page.get_by_test_id("toggle-invisible").check()
    expect(text.locator('.tg-text__tok[data-node="1"]')).to_have_text("\u00b7\u27e8RLO\u27e9evil")
    expect(zwsp).to_have_text("\u27e8ZWSP\u27e9")
    page.get_by_test_id("toggle-invisible").uncheck()
    assert zwsp.text_content() == "\u200b"  # the text itself is kept as it was


def test_a_node_with_a_million_candidates_opens_and_lists_them_in_pages(page: Page, tmp_path) -> None:
    trace = huge_node_trace(1_000_000, chosen_rank=5000)
    path = tmp_path / "huge.json"
    trace.save(path)
    url = export(path).resolve().as_uri()
    start = time.perf_counter()
    page.goto(url)
    expect(page.locator(".tg-app[data-ready=true]")).to_be_visible(timeout=60_000)
    rows = page.get_by_test_id("distribution").locator(".tg-distribution__row")
    expect(rows.first).to_be_visible()
    seconds = time.perf_counter() - start
    ready_ms = page.evaluate("performance.getEntriesByName('tracegen-ready')[0].startTime")
    print(f"\n10^6 candidates: page ready after {ready_ms:.0f} ms, first rows after {seconds:.2f} s")
    dist = page.get_by_test_id("distribution")
    expect(rows).to_have_count(100)
    expect(dist.get_by_test_id("more")).to_contain_text("100 of 1,000,000 candidates shown")
    # the chosen token is far below the rows drawn: said, with its rank from 1
    expect(dist.get_by_test_id("chosen-below")).to_contain_text("rank 5001")
    dist.get_by_test_id("show-more").click()
    expect(rows).to_have_count(500)
    # the keyboard moves on from the chosen token, past the drawn rows: they follow
    page.keyboard.press("ArrowDown")
    expect(dist.locator(".tg-distribution__row--focus")).to_have_attribute("data-rank", "5002")
    expect(rows).to_have_count(5100)


def test_a_huge_node_is_drawn_from_the_first_view_then_from_the_whole_trace(page: Page, tmp_path) -> None:
    """Issue 19 item 9: a page whose top-k is longer than ``FIRST_VIEW_CANDIDATES`` carries a
    first view (the trace, each top-k cut short); its rows are drawn from it before the browser
    parses the whole trace, which then takes its place with the reader's selection kept."""
    import orjson

    from tracegen.export.page import FIRST_VIEW_CANDIDATES
    from tracegen.trace import loads

    trace = huge_node_trace(20_000, chosen_rank=3000)
    trace.tokens[1] = "</script><script>window.__pwned=1</script>"  # a candidate the first view keeps
    trace.save(tmp_path / "huge.json")
    out = export(tmp_path / "huge.json")
    html = out.read_text()
    first = html.split('<script type="application/json" id="tracegen-first-view">')[1].split("</script>")[0]
    view = loads(first.encode())  # a valid trace: the same runs and nodes, the top-k cut, the tokens it uses
    assert len(view.runs[0].nodes[0].top) == FIRST_VIEW_CANDIDATES and len(view.tokens) <= FIRST_VIEW_CANDIDATES + 2
    assert [n.id for n in view.runs[0].nodes] == [n.id for n in trace.runs[0].nodes]
    assert "window.__pwned=1</script>" not in first and orjson.loads(first)["tokens"]["1"] == trace.tokens[1]
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url) if not r.url.startswith("file:") else None)
    # held in its first view (no frame is ever drawn, so the whole trace is never read)
    held = page.context.new_page()
    held.add_init_script("window.requestAnimationFrame = () => 0")
    held.goto(out.resolve().as_uri() + "#run=huge&node=1")
    dist = held.get_by_test_id("distribution")
    expect(held.get_by_test_id("partial")).to_contain_text("first 1,000 candidates")
    expect(dist.get_by_test_id("more")).to_contain_text("100 of 1,000 candidates shown")
    assert held.locator(".tg-app").get_attribute("data-ready") == "false"
    held.close()
    # and as it goes: the whole trace in place, the permalink's node still selected
    page.goto(out.resolve().as_uri() + "#run=huge&node=1")
    expect(page.locator(".tg-app[data-ready=true]")).to_be_visible(timeout=60_000)
    dist = page.get_by_test_id("distribution")
    expect(dist.get_by_test_id("more")).to_contain_text("100 of 20,000 candidates shown")
    expect(page.get_by_test_id("partial")).to_have_count(0)
    expect(dist.get_by_test_id("chosen-below")).to_contain_text("rank 3001")
    assert "node=1" in page.evaluate("location.hash")
    assert page.evaluate("window.__pwned") is None and requests == []
