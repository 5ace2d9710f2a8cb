"""The Forking panel in headless Chromium, on the exported page of a scripted fork trace."""

from __future__ import annotations

import pytest
from fork_helpers import DECISION, J, ScriptedBackend
from playwright.sync_api import Page, expect

import tracegen
from tracegen.export import export
from tracegen.testing import tiny_tokenizer

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def fork_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    prompt = "Q:"
    backend = ScriptedBackend(len(tiny_tokenizer()(prompt)["input_ids"]))
    path = tmp_path_factory.mktemp("fork-viewer") / "fork.json"
    tracegen.fork(prompt, outcome="regex:[AB]", backend=backend, max_new_tokens=8, samples=20, output=path)
    return export(path).resolve().as_uri()


def _open(page: Page, url: str) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
    page.goto(url)
    expect(page.locator(".tg-app[data-ready=true]")).to_be_visible()
    assert errors == []


def test_the_panel_shows_outcomes_change_points_and_forking_tokens(page: Page, fork_url: str) -> None:
    _open(page, fork_url)
    panel = page.get_by_test_id("forking")
    expect(panel).to_be_visible()
    expect(page.get_by_test_id("forking-legend")).to_contain_text("A")
    expect(page.get_by_test_id("forking-legend")).to_contain_text("B")
    expect(page.get_by_test_id("forking-change-point")).to_have_count(1)
    assert page.get_by_test_id("forking-change-point").get_attribute("x1") == str((DECISION + 1) * 26)
    expect(panel.locator(".tg-forking__mark")).to_have_count(1)
    panel.locator(f".tg-forking__token[data-position='{DECISION}']").click()
    detail = page.get_by_test_id("forking-detail")
    expect(detail).to_contain_text(f"position {DECISION}")
    alternatives = page.get_by_test_id("forking-alternative")
    expect(alternatives).to_have_count(2)
    expect(alternatives.nth(0)).to_contain_text("base")
    expect(alternatives.nth(1)).to_contain_text(chr(J))
    expect(alternatives.nth(1)).to_contain_text("forking: shift 1.00")
    expect(alternatives.nth(1).locator(".tg-forking__whisker")).to_have_count(1)
    expect(alternatives.nth(1).locator(".tg-forking__rollouts li")).to_have_count(3)


def test_keys_and_permalinks_move_the_forking_selection(page: Page, fork_url: str) -> None:
    _open(page, fork_url)
    page.get_by_test_id("forking").locator(f".tg-forking__token[data-position='{DECISION}']").click()
    node = page.evaluate("new URLSearchParams(location.hash.slice(1)).get('node')")
    page.keyboard.press("ArrowRight")
    expect(page.get_by_test_id("forking-detail")).to_contain_text(f"position {DECISION + 1}")
    page.goto(f"{fork_url}#run=run-1&node={node}")
    page.reload()
    expect(page.get_by_test_id("forking-detail")).to_contain_text(f"position {DECISION}")


@pytest.mark.parametrize("width", [1400, 800])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_panel_fits_narrow_and_dark_pages(page: Page, fork_url: str, width: int, scheme: str, tmp_path) -> None:
    page.set_viewport_size({"width": width, "height": 1000})
    page.emulate_media(color_scheme=scheme)
    _open(page, fork_url)
    page.get_by_test_id("forking").locator(f".tg-forking__token[data-position='{DECISION}']").click()
    box = page.get_by_test_id("forking").bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    page.get_by_test_id("forking").screenshot(path=str(tmp_path / f"forking-{width}-{scheme}.png"))
