"""Live mode in headless Chromium: the real server on a free port, the viewer page driving its API."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from live_helpers import call, running

from tracegen import load
from tracegen.live import FlaskGenerationApp, LiveSession, create_app
from tracegen.testing import tiny_model, tiny_tokenizer

pytestmark = pytest.mark.browser

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "seed_server.py"
ROWS = "[data-testid=distribution] li.tg-distribution__row"
TOKENS = "[data-testid=text] .tg-text__tok"


@pytest.fixture
def live(tiny):
    session = LiveSession(tiny, top_k=5)
    session.new_run("Hello")
    with running(create_app(session)) as srv:
        yield srv


def row_tokens(page) -> list[int]:
    return [int(t) for t in page.locator(ROWS).evaluate_all("els => els.map(e => e.dataset.token)")]


def open_page(page, server) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(server.url)
    page.locator(ROWS).first.wait_for()
    page.errors = errors  # type: ignore[attr-defined]


def trace(server) -> dict:
    status, _, data = call(server, "GET", "/api/trace")
    assert status == 200
    return data


def test_click_a_candidate_and_see_the_new_distribution(page, live) -> None:
    open_page(page, live)
    root = trace(live)["runs"][0]["nodes"][0]
    assert row_tokens(page) == [t for t, _ in root["top"]]
    page.locator(ROWS).nth(1).click()  # not the most likely one
    page.locator(TOKENS).first.wait_for()
    nodes = trace(live)["runs"][0]["nodes"]
    assert len(nodes) == 2 and nodes[1]["token"] == root["top"][1][0]
    # the page moves on by itself to the distribution that follows the new token
    expected = [t for t, _ in nodes[1]["top"]]
    page.wait_for_function(
        "want => [...document.querySelectorAll('[data-testid=distribution] li.tg-distribution__row')]"
        ".map(e => +e.dataset.token).join() === want.join()", arg=expected)
    # keyboard: Enter follows the focused (most likely) candidate
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelectorAll('[data-testid=text] .tg-text__tok').length === 2")
    nodes = trace(live)["runs"][0]["nodes"]
    assert len(nodes) == 3 and nodes[2]["parent"] == nodes[1]["id"]
    assert not page.errors  # type: ignore[attr-defined]


def test_branch_from_an_earlier_token(page, live) -> None:
    open_page(page, live)
    root = trace(live)["runs"][0]["nodes"][0]
    page.locator(ROWS).nth(0).click()
    page.wait_for_function("() => document.querySelectorAll('[data-testid=text] .tg-text__tok').length === 1")
    page.locator("[data-testid=next-slot]").click()
    page.locator(ROWS).nth(0).click()
    page.wait_for_function("() => document.querySelectorAll('[data-testid=text] .tg-text__tok').length === 2")
    # go back to the first generated token: its context is the prompt; pick another candidate there
    page.locator(TOKENS).first.click()
    page.wait_for_function(
        "want => [...document.querySelectorAll('[data-testid=distribution] li.tg-distribution__row')]"
        ".map(e => +e.dataset.token).join() === want.join()", arg=[t for t, _ in root["top"]])
    page.locator(ROWS).nth(3).click()
    page.wait_for_function("() => document.querySelectorAll('[data-testid=text] .tg-text__tok').length === 1")
    nodes = trace(live)["runs"][0]["nodes"]
    assert len(nodes) == 4  # nothing thrown away
    children_of_root = [n["token"] for n in nodes if n["parent"] == 0]
    assert children_of_root == [root["top"][0][0], root["top"][3][0]]


def test_new_run_and_continue_from_the_page(page, live) -> None:
    open_page(page, live)
    page.locator("[data-testid=live-prompt]").fill("<b>not bold</b>")
    page.locator("[data-testid=live-start]").click()
    page.wait_for_function("() => document.querySelector('[data-testid=prompt]')?.textContent === '<b>not bold</b>'")
    assert page.locator("[data-testid=text] b").count() == 0  # text, never HTML
    page.locator("[data-testid=live-continue]").click()
    page.wait_for_function("() => document.querySelectorAll('[data-testid=text] .tg-text__tok').length >= 3")
    data = trace(live)
    assert [r["prompt"] for r in data["runs"]] == ["Hello", "<b>not bold</b>"]
    assert len(data["runs"][1]["nodes"]) > 3


def test_download_the_trace_and_the_page(page, live, tmp_path) -> None:
    open_page(page, live)
    page.locator(ROWS).nth(0).click()
    page.wait_for_function("() => document.querySelectorAll('[data-testid=text] .tg-text__tok').length === 1")
    with page.expect_download() as info:
        page.locator("a[href$='download/trace.json']").click()
    path = tmp_path / "trace.json"
    info.value.save_as(path)
    loaded = load(path)
    assert len(loaded.runs[0].nodes) == 2 and info.value.suggested_filename == "trace.json"
    with page.expect_download() as info:
        page.locator("a[href$='download/trace.html']").click()
    html_path = tmp_path / "trace.html"
    info.value.save_as(html_path)
    assert info.value.suggested_filename == "trace.html"
    # the downloaded page opens offline and shows the same tree
    page.goto(html_path.as_uri())
    page.locator(ROWS).first.wait_for()
    assert page.locator(TOKENS).count() == 1


def test_another_origin_cannot_drive_the_model(page, live, tmp_path) -> None:
    """A page on another origin (here: a file:// page) tries to POST to the server: refused."""
    attacker = tmp_path / "evil.html"
    attacker.write_text("<!doctype html><title>evil</title>")
    page.goto(attacker.as_uri())
    result = page.evaluate("""async (url) => {
        const out = {};
        try {  // a simple (no-preflight) request, as a cross-site form would send
          const r = await fetch(url + 'api/runs', {method: 'POST', mode: 'no-cors',
            headers: {'Content-Type': 'text/plain'}, body: JSON.stringify({prompt: 'pwned'})});
          out.simple = r.type;
        } catch (e) { out.simple = 'error'; }
        try {
          const r = await fetch(url + 'api/runs', {method: 'POST',
            headers: {'Content-Type': 'application/json'}, body: JSON.stringify({prompt: 'pwned'})});
          out.json = r.status;
        } catch (e) { out.json = 'blocked'; }
        try { const r = await fetch(url + 'api/trace'); out.read = await r.text(); } catch (e) { out.read = 'blocked'; }
        return out;
    }""", live.url)
    assert result["json"] == "blocked" and result["read"] == "blocked"
    assert all(r["prompt"] != "pwned" for r in trace(live)["runs"])


@pytest.fixture
def seed_live():
    import importlib.util

    spec = importlib.util.spec_from_file_location("seed_server", EXAMPLE)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    app = module.InteractiveGenerationServer(__name__, tiny_tokenizer(), tiny_model(), "Once upon a time", 6)
    with running(app.app) as srv:
        yield srv


def test_the_seed_example_serves_the_live_page(page, seed_live) -> None:
    open_page(page, seed_live)
    # a seed subclass tokenizes by itself: its runs have no prompt_token_ids, the page shows the prompt
    assert page.locator("[data-testid=prompt]").text_content() == "Once upon a time"
    _, _, fetched = call(seed_live, "GET", "/fetch")
    assert len(fetched["continuations"]) == 6 and page.locator(ROWS).count() == 6
    page.locator(ROWS).nth(0).click()
    page.wait_for_function("() => document.querySelectorAll('[data-testid=text] .tg-text__tok').length === 1")
    nodes = trace(seed_live)["runs"][0]["nodes"]
    assert len(nodes) == 2
    assert re.fullmatch(r"\d+", str(nodes[1]["token"]))
    assert not page.errors  # type: ignore[attr-defined]


class MarkupVocab(FlaskGenerationApp):
    """A seed subclass whose vocabulary is markup: the page must show it as text."""

    def initialize_dictionary(self):
        self.word_dict = ["<img src=x onerror=window.pwned=1>", "<b>bold</b>", "&amp;", "plain"]

    def get_next_token_predictions(self):
        return self.create_continuations([0.4, 0.3, 0.2, 0.1])

    def append_to_context(self, post_token: str):
        self._context += post_token


def test_token_text_is_rendered_as_text(page) -> None:
    app = MarkupVocab("markup", 4)
    app._context = "<i>start</i>"
    with running(app.app) as srv:
        open_page(page, srv)
        labels = page.locator(ROWS + " .tg-distribution__tok").all_text_contents()
        assert "<b>bold</b>" in labels and "&amp;" in labels
        page.locator(ROWS).nth(0).click()
        page.wait_for_function("() => document.querySelectorAll('[data-testid=text] .tg-text__tok').length === 1")
        assert page.locator("[data-testid=text] .tg-text__tok").first.text_content() == "<img src=x onerror=window.pwned=1>"
        assert page.locator("[data-testid=prompt]").text_content() == "<i>start</i>"
        assert page.locator("#app img").count() == 0
        assert page.locator("#app b", has_text="bold").count() == 0 and page.locator("#app i", has_text="start").count() == 0
        assert page.evaluate("() => window.pwned") is None


# -- issue 11 in live mode ------------------------------------------------------------------

def test_sampling_values_the_api_accepts_can_be_entered(page, live) -> None:
    open_page(page, live)
    page.get_by_test_id("live-mode").select_option("sample")
    sent = []
    page.on("request", lambda r: sent.append(r.post_data_json) if r.url.endswith("/api/continue") else None)
    for temperature, top_p in (("1", "1"), ("0.8", "0.9"), ("0.7", "0.9")):
        before = len(trace(live)["runs"][0]["nodes"])
        page.get_by_test_id("live-steps").fill("2")
        page.get_by_test_id("live-temperature").fill(temperature)
        page.get_by_test_id("live-top-p").fill(top_p)
        with page.expect_response(lambda r: r.url.endswith("/api/continue")) as response:
            page.get_by_test_id("live-continue").click()
        assert response.value.status == 200
        page.wait_for_function("() => !document.querySelector('[data-testid=live-continue]').disabled")
        assert len(trace(live)["runs"][0]["nodes"]) > before
    assert [(s["temperature"], s["top_p"], s["mode"]) for s in sent] == [(1, 1, "sample"), (0.8, 0.9, "sample"), (0.7, 0.9, "sample")]
    assert not page.errors  # type: ignore[attr-defined]


def page_results(page) -> list[int]:
    return [int(n) for n in page.get_by_test_id("results").locator("li").evaluate_all("els => els.map(e => e.dataset.node)")]


def server_results(server) -> list[int]:
    return [r["node"] for r in trace(server)["runs"][0]["results"]]


def test_results_follow_every_change(page, live) -> None:
    open_page(page, live)
    page.locator(ROWS).nth(0).click()
    page.wait_for_function("() => document.querySelectorAll('[data-testid=text] .tg-text__tok').length === 1")
    expect_results(page, live)
    page.locator(ROWS).nth(0).click()
    page.wait_for_function("() => document.querySelectorAll('[data-testid=text] .tg-text__tok').length === 2")
    expect_results(page, live)
    # a branch from the first token: a second leaf, a second result
    page.locator(TOKENS).first.click()
    page.locator(ROWS).nth(2).click()
    page.wait_for_function("() => document.querySelectorAll('[data-testid=text] .tg-text__tok').length === 1")
    expect_results(page, live)
    assert len(server_results(live)) == 2
    page.get_by_test_id("live-steps").fill("3")
    page.get_by_test_id("live-continue").click()
    page.wait_for_function("() => document.querySelectorAll('[data-testid=text] .tg-text__tok').length === 4")
    expect_results(page, live)
    # the run selector counts the nodes the server has
    nodes = len(trace(live)["runs"][0]["nodes"])
    assert f"{nodes} nodes" in page.get_by_test_id("run-select").locator("option").first.inner_text()
    # the text and the tree mark the result the page's path ends at with its rank
    leaf = int(page.locator(TOKENS).last.get_attribute("data-node"))
    rank = server_results(live).index(leaf) + 1
    assert page.get_by_test_id("text").locator(".tg-text__badge--result").inner_text() == f"result #{rank}"
    page.get_by_test_id("tab-tree").click()
    assert page.locator(f'g.tg-tree__node[data-node="{leaf}"] .tg-tree__result').text_content() == f"#{rank}"


def expect_results(page, server) -> None:
    want = server_results(server)
    page.wait_for_function("want => [...document.querySelectorAll('[data-testid=results] li')]"
                           ".map(e => +e.dataset.node).join() === want.join()", arg=want, timeout=5000)
    assert page_results(page) == want


@pytest.fixture
def live_eos(tiny):
    """A session whose EOS is the prompt's most likely next token."""
    import dataclasses

    probe = LiveSession(tiny, top_k=5)
    eos = probe.new_run("Hello")["run"]["nodes"][0]["top"][0][0]
    probe.close()
    model = dataclasses.replace(tiny, info={**tiny.info, "eos_token_ids": [eos]})
    session = LiveSession(model, top_k=5)
    session.new_run("Hello")
    with running(create_app(session)) as srv:
        yield srv


def test_nothing_is_offered_after_the_end_of_the_sequence(page, live_eos) -> None:
    open_page(page, live_eos)
    page.locator(ROWS).nth(0).click()  # the EOS token
    page.wait_for_function("() => document.querySelectorAll('[data-testid=text] .tg-text__tok').length === 1")
    # the path ends there, and says so: no next-token slot, no Continue, no step past it
    assert page.get_by_test_id("finish").inner_text() == "end of sequence"
    assert page.get_by_test_id("next-slot").count() == 0
    assert page.get_by_test_id("live-continue").is_disabled()
    assert "ended the sequence" in page.get_by_test_id("live-ended").inner_text()
    page.keyboard.press("End")
    page.keyboard.press("ArrowRight")
    assert page.get_by_test_id("distribution").locator("h2").inner_text().lower() == "token 1 of 1"
    nodes = len(trace(live_eos)["runs"][0]["nodes"])
    # the shown candidates are the EOS token's alternatives: picking one branches from earlier
    page.locator(ROWS).nth(1).click()
    page.wait_for_function("() => document.querySelectorAll('[data-testid=text] .tg-text__tok').length === 1")
    data = trace(live_eos)["runs"][0]["nodes"]
    assert len(data) == nodes + 1 and data[-1]["parent"] == 0
    assert page.locator(ROWS).count() == 5 and page.get_by_test_id("next-slot").count() == 1
    assert not page.errors  # type: ignore[attr-defined]


def test_the_seed_example_names_its_model(page, seed_live) -> None:
    open_page(page, seed_live)
    name = page.get_by_test_id("meta-model").inner_text()
    assert name.startswith("GPT2LMHeadModel") and __name__ not in name


def test_figure_download_link_in_live_mode(page, live) -> None:
    open_page(page, live)
    page.locator(ROWS).nth(0).click()
    page.wait_for_function("() => document.querySelectorAll('[data-testid=text] .tg-text__tok').length === 1")
    page.get_by_test_id("figure").click()
    page.get_by_test_id("figure-kind").select_option("distribution")
    page.get_by_test_id("figure-format").select_option("svg")
    node = page.locator(TOKENS).last.get_attribute("data-node")  # the page shows the distribution after it
    assert page.get_by_test_id("figure-command").inner_text() == \
        f"tracegen figure trace.json --run run-1 --node {node} --kind distribution --format svg"
    href = page.get_by_test_id("figure-download").get_attribute("href")
    assert href == f"/api/figure?run=run-1&kind=distribution&format=svg&node={node}"
