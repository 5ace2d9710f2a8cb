"""The viewer's per-step table and its jumps in headless Chromium, against Trace.to_pandas():
both pair a token with the distribution it was drawn from, so they give the same numbers."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tracegen import record
from tracegen.export import export

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def beam_page(tmp_path_factory: pytest.TempPathFactory, tiny):
    trace = record("Hello", model=tiny, strategy="beam", num_beams=3, max_new_tokens=8, top_k=5)
    path = tmp_path_factory.mktemp("steps") / "beam.json"
    trace.save(path)
    return export(path).resolve().as_uri(), trace


def test_the_steps_table_is_the_dataframe_of_the_path(page: Page, beam_page) -> None:
    pytest.importorskip("pandas")
    url, trace = beam_page
    run = trace.runs[0]
    best = run.results[0].node
    frame = trace.to_pandas().set_index("node")
    path = [n.id for n in run.path(best)][1:]
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url + f"#run={run.id}&node={best}")
    expect(page.locator(".tg-app[data-ready=true]")).to_be_visible()
    page.get_by_test_id("tab-steps").click()
    rows = page.get_by_test_id("steps").locator("tbody tr")
    expect(rows).to_have_count(len(path))
    for i, node in enumerate(path):
        row, expected = rows.nth(i), frame.loc[node]
        assert row.get_attribute("data-node") == str(node) and row.get_attribute("data-pos") == str(expected["position"])
        assert row.get_by_test_id("step-entropy").inner_text() == f"{expected['entropy_bits']:.2f}"
        assert row.get_by_test_id("step-surprisal").inner_text() == f"{expected['surprisal_bits']:.2f}"
        margin = expected["margin"] * 100
        assert row.get_by_test_id("step-margin").inner_text() == ("\u2212" if margin < 0 else "+") + f"{abs(margin):.1f}"
    # sorted by entropy, most uncertain first: the DataFrame's ordering of the same steps
    page.get_by_test_id("sort-entropyBits").click()
    on_path = frame.loc[path]
    expect(rows.first).to_have_attribute("data-node", str(on_path["entropy_bits"].idxmax()))
    page.get_by_test_id("sort-p").click()
    expect(rows.first).to_have_attribute("data-node", str(on_path["probability"].idxmin()))
    # the jumps: key and button select the step itself (the permalink names its node)
    page.keyboard.press("u")
    expect(page).to_have_url(f"{url}#run={run.id}&node={on_path['entropy_bits'].idxmax()}")
    page.get_by_test_id("jump-unlikely").click()
    expect(page).to_have_url(f"{url}#run={run.id}&node={on_path['probability'].idxmin()}")
    expect(page.get_by_test_id("steps").locator("tr.tg-steps__row--sel")).to_have_attribute(
        "data-node", str(on_path["probability"].idxmin()))
    assert errors == []
