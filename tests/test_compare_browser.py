"""The compare page in headless Chromium: a tiny model's trace against its rescoring by another
seed, written by ``tracegen compare`` and checked against the comparison it embeds."""

from __future__ import annotations

import math
import os
import re
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner
from playwright.sync_api import Page, expect

from tracegen.backends.transformers import from_objects
from tracegen.cli import main
from tracegen.figure.scale import scale_for
from tracegen.recording.recorder import Recorder, make_strategy
from tracegen.rescoring import rescore
from tracegen.testing import tiny_model, tiny_tokenizer

pytestmark = pytest.mark.browser

# forced through the model token by token: every character a token the page must show as text
HOSTILE = "<img src=x onerror=alert(1)><script>alert(2)</script>"


def fmt_prob(p: float) -> str:
    """The viewer's probability format (viewer/src/model/scales.ts ``fmtProb``; JavaScript's
    ``toExponential`` writes ``4.8e-2``, no padded exponent)."""
    if p >= 0.1:
        return f"{p * 100:.1f}%"
    if p >= 0.001:
        return f"{p * 100:.2f}%"
    mantissa, exponent = f"{p * 100:.1e}".split("e")
    return f"{mantissa}e{int(exponent)}%"


def rgb(hex_colour: str) -> str:
    """``#rrggbb`` as the ``rgb(r, g, b)`` Chromium reports."""
    return "rgb({}, {}, {})".format(*(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)))


@pytest.fixture(scope="module")
def compare_page(tmp_path_factory: pytest.TempPathFactory, tiny) -> tuple[str, dict, str]:
    """A branch run and a forced run of the tiny model, rescored by a second tiny model (another
    seed), compared by the command line into a page; the page's URL, the comparison and the
    command's text."""
    directory = tmp_path_factory.mktemp("compare-page")
    recorder = Recorder(tiny, top_k=5, max_new_tokens=4)
    recorder.record_run("Hello world", make_strategy("branch", branch_width=3, min_prob=0.0, max_nodes=30)).id = "branch"
    recorder.max_new_tokens = len(HOSTILE)
    recorder.record_run("Say", make_strategy("forced", continuation=HOSTILE)).id = "forced"
    a_path = recorder.finish().save(directory / "a.json")
    other = from_objects(tiny_model(seed=1), tiny_tokenizer(), name="tiny-gpt2-seed1")
    b_path = rescore(str(a_path), model=other).save(directory / "b.json")
    out = directory / "compare.html"
    result = CliRunner().invoke(main, ["compare", str(a_path), str(b_path), "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    comparison = orjson.loads(CliRunner().invoke(main, ["compare", str(a_path), str(b_path), "--json"]).output)
    return out.resolve().as_uri(), comparison, result.output


def open_page(page: Page, url: str) -> tuple[list[str], list[str]]:
    """Open the page; every request that is not the file itself is recorded and aborted, every
    page error and console error or warning recorded."""
    requests: list[str] = []
    errors: list[str] = []

    def route(r):
        if r.request.url.startswith(("file:", "data:")):
            r.continue_()
        else:
            r.abort()

    page.route("**/*", route)
    page.on("request", lambda r: None if r.url.startswith(("file:", "data:")) else requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
    page.on("dialog", lambda d: (errors.append(f"dialog: {d.message}"), d.dismiss()))
    page.goto(url)
    expect(page.locator(".tg-app[data-ready=true]")).to_be_visible()
    return requests, errors


def figures(comparison: dict, run: str, node: int, after: bool = False) -> dict:
    """The row of step ``node`` (its token and the distribution it was drawn from), or with
    ``after`` the ``next`` row of the distribution after it."""
    return next(f for f in comparison["nodes"] if f["run"] == run and f["node"] == node and f["next"] == after)


def test_both_probabilities_of_a_chosen_token(page: Page, compare_page) -> None:
    url, comparison, _ = compare_page
    requests, errors = open_page(page, url + "#run=forced&node=3")
    f = figures(comparison, "forced", 3)
    dist = page.get_by_test_id("distribution")
    expect(dist.get_by_test_id("chosen-prob-a")).to_have_text(fmt_prob(math.exp(f["logprob_a"])))
    expect(dist.get_by_test_id("chosen-prob-b")).to_have_text(fmt_prob(math.exp(f["logprob_b"])))
    # every token either side records where token 3 was drawn, both probabilities or "≤ cap", never 0
    parent = f
    rows = dist.locator(".tg-compare-dist__row")
    expect(rows).to_have_count(len(parent["union"]))
    capped = 0
    for i, (token, pa, pb) in enumerate(parent["union"]):
        row = rows.nth(i)
        assert row.get_attribute("data-token") == str(token)
        for side, p, cap in (("a", pa, parent["cap_a"]), ("b", pb, parent["cap_b"])):
            text = row.get_by_test_id(f"prob-{side}").inner_text()
            assert text == (fmt_prob(p) if p is not None else f"\u2264 {fmt_prob(cap)}"), (token, side, text)
            capped += p is None
    assert capped > 0, "the tiny models' top-5s always differ somewhere: some rows must be capped"
    expect(dist.locator(".tg-compare-dist__row--chosen")).to_have_attribute("data-token", str(f["token"]))
    model_b = page.get_by_test_id("model-b")
    expect(model_b).to_contain_text("tiny-gpt2-seed1")
    expect(model_b).to_contain_text("b.json")
    expect(page.get_by_test_id("model-a")).to_contain_text("a.json")
    assert requests == [] and errors == []


def test_diverging_colours_follow_the_scale(page: Page, compare_page) -> None:
    url, comparison, _ = compare_page
    requests, errors = open_page(page, url + "#run=forced&node=1")
    scale = scale_for("delta_logprob")
    checked = 0
    for tok in page.locator(".tg-text__tok").all():
        node = int(tok.get_attribute("data-node"))
        f = figures(comparison, "forced", node)
        assert f["delta_logprob"] is not None  # a local rescoring knows every chosen token
        colour = tok.evaluate("e => getComputedStyle(e).backgroundColor")
        assert colour == rgb(scale.colour(f["delta_logprob"])), (node, f["delta_logprob"], colour)
        checked += 1
    assert checked == len(HOSTILE)
    # the legend says which end is which model
    expect(page.get_by_test_id("legend-end-a")).to_contain_text("tiny-gpt2")
    expect(page.get_by_test_id("legend-end-b")).to_contain_text("tiny-gpt2-seed1")
    # by divergence: the sequential scale, the parent's lower end; hatched where it is a bound
    page.get_by_test_id("colour-divergence").click()
    div = scale_for("divergence")
    tok = page.locator('.tg-text__tok[data-node="5"]')
    parent = figures(comparison, "forced", 5)  # the distribution token 5 was drawn from
    assert tok.evaluate("e => getComputedStyle(e).backgroundColor") == rgb(div.colour(parent["kl_ab_lo"]))
    bound = "tg-text__tok--bound" in (tok.get_attribute("class") or "")
    assert bound == (parent["exact"] is False)
    assert requests == [] and errors == []


def test_next_divergence_key_walks_the_largest(page: Page, compare_page) -> None:
    url, comparison, _ = compare_page
    requests, errors = open_page(page, url)
    order = comparison["order"]
    assert [[x["run"], x["node"], x["next"]] for x in comparison["summary"]["overall"]["largest"]] == order[:10]
    for step in range(3):
        page.keyboard.press("n")
        run, node, after = order[step]
        f = figures(comparison, run, node, after)
        expect(page.get_by_test_id("walk-pos")).to_have_text(f"#{step + 1} of {len(order)}")
        expect(page.get_by_test_id("run-select")).to_have_value(run)
        lo, hi = f"{f['kl_ab_lo']:.3f}", f["kl_ab_hi"]
        shown = lo if f["exact"] else f"\u2265 {lo}" if hi is None else f"{lo} \u2026 {hi:.3f}"
        expect(page.get_by_test_id("fig-kl_ab")).to_have_text(shown)
        # the distribution shown is that context's: its union, most likely first
        expect(page.locator(".tg-compare-dist__row").first).to_have_attribute("data-token", str(f["union"][0][0]))
    page.get_by_test_id("prev-divergence").click()
    expect(page.get_by_test_id("walk-pos")).to_have_text(f"#2 of {len(order)}")
    assert requests == [] and errors == []


LARGEST_LINE = re.compile(r"^  (?P<run>\S+) node (?P<node>\d+)(?P<next> next)?: (?P<bound>≥?)(?P<value>[-+.\de]+) at ")


def test_every_node_the_cli_names_is_the_node_the_page_shows(page: Page, compare_page) -> None:
    """The CLI's top-10 divergences, each opened at its permalink: the page shows that step (its
    token selected, or the next-token slot) and that divergence (issue 21: the CLI's "node 15"
    was the page's node 16)."""
    url, comparison, text = compare_page
    named = [m for m in map(LARGEST_LINE.match, text.splitlines()) if m]
    assert len(named) == 10
    requests, errors = open_page(page, url)
    dist = page.get_by_test_id("distribution")
    for m in named:
        run, node, after = m["run"], int(m["node"]), bool(m["next"])
        f = figures(comparison, run, node, after)
        assert float(m["value"]) == pytest.approx(f["kl_ab_lo"], rel=1e-3)
        page.goto(url + f"#run={run}&node={node}" + ("&next=1" if after else ""))
        expect(page.get_by_test_id("run-select")).to_have_value(run)
        if after:
            expect(dist.locator("h2")).to_have_text("Next token after the path")
        else:
            expect(dist.locator("h2")).to_have_text(re.compile(rf"^Token {f['position']} of "))
            expect(dist.locator(".tg-compare-dist__row--chosen")).to_have_attribute("data-token", str(f["token"]))
        lo, hi = f"{f['kl_ab_lo']:.3f}", f["kl_ab_hi"]
        shown = lo if f["exact"] else f"\u2265 {lo}" if hi is None else f"{lo} \u2026 {hi:.3f}"
        expect(page.get_by_test_id("fig-kl_ab")).to_have_text(shown)
        expect(dist.locator(".tg-compare-dist__row").first).to_have_attribute("data-token", str(f["union"][0][0]))
    assert requests == [] and errors == []


def test_summary_and_hostile_text(page: Page, compare_page) -> None:
    url, comparison, _ = compare_page
    requests, errors = open_page(page, url + "#run=forced&node=1")
    overall = comparison["summary"]["overall"]
    row = page.get_by_test_id("summary-overall")
    expect(row.get_by_test_id("top1")).to_have_text(f"{overall['top1_agreement'] * 100:.1f}%")
    mean = f"{overall['kl_ab']['mean']:.3f}"
    expect(row.get_by_test_id("kl-mean")).to_have_text(f"\u2265 {mean}" if overall["kl_ab"]["bound"] else mean)
    expect(row.get_by_test_id("delta-mean")).to_contain_text(f"{overall['delta_logprob']['mean_abs']:.3f}")
    # the forced markup is text: no element made of it, no script run (a dialog would be an error)
    text = page.get_by_test_id("text")
    assert HOSTILE in text.inner_text()
    assert page.locator("#app img, #app script").count() == 0
    page.get_by_test_id("tab-tree").click()
    page.get_by_test_id("tab-outline").click()
    assert page.locator("#app img, #app script").count() == 0
    assert requests == [] and errors == []


@pytest.mark.parametrize(("width", "scheme"), [(1400, "light"), (800, "dark")])
def test_screenshots(page: Page, compare_page, width: int, scheme: str, tmp_path: Path) -> None:
    """Both widths render without a horizontal scrollbar; TRACEGEN_SCREENSHOTS=DIR keeps the pictures."""
    url, _, _ = compare_page
    page.set_viewport_size({"width": width, "height": 900})
    page.emulate_media(color_scheme=scheme)
    requests, errors = open_page(page, url + "#run=forced&node=4")
    page.keyboard.press("n")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    keep = os.environ.get("TRACEGEN_SCREENSHOTS")
    page.screenshot(path=str(Path(keep or tmp_path) / f"compare-{width}-{scheme}.png"), full_page=True)
    assert requests == [] and errors == []
