"""The compare page in headless Chromium: a tiny model's trace against its rescoring by another
seed, written by ``tracegen compare`` and checked against the comparison it embeds."""

from __future__ import annotations

import math
import os
import re
from dataclasses import replace
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner
from playwright.sync_api import Page, expect

from tracegen.backends.transformers import from_objects
from tracegen.cli import main
from tracegen.comparison import json_rows, json_union
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
    comparison["nodes"] = json_rows(comparison)  # the JSON has columns; these tests read rows
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


def figure_text(v: float) -> str:
    """The header's format: 3 significant digits below 1 (JavaScript's ``toPrecision(3)``), 3 decimals above."""
    return f"{v:#.3g}" if 0 < abs(v) < 1 else f"{v:.3f}"


def nice_ceil(v: float) -> float:
    """The viewer's fitted scale end (compare.ts ``niceCeil``): 1, 2 or 5 times a power of ten."""
    power = 10 ** math.floor(math.log10(v))
    return next(float(f"{m * power:.12g}") for m in (1, 2, 5, 10) if m * power >= v * (1 - 1e-9))


def kl_shown(comparison: dict, f: dict) -> str:
    """What the distribution panel says of a row's KL(A‖B): as many decimals as its run's fitted
    scale needs (compare.ts ``digitsFor``), an interval as ``lo … hi`` or ``≥ lo``, in nats."""
    rows = [r for r in comparison["nodes"] if r["run"] == f["run"] and r["exact"] is not None and not r["next"]]
    end = min(2.0, max(1e-4, nice_ceil(max(r["kl_ab_lo"] for r in rows))))
    digits = max(2, min(5, 2 - math.floor(math.log10(end)))) + 1
    lo, hi = f"{f['kl_ab_lo']:.{digits}f}", f["kl_ab_hi"]
    shown = lo if f["exact"] else f"\u2265 {lo}" if hi is None else f"{lo} \u2026 {hi:.{digits}f}"
    return shown + " nats"


def figures(comparison: dict, run: str, node: int, after: bool = False) -> dict:
    """The row of step ``node`` (its token and the distribution it was drawn from), or with
    ``after`` the ``next`` row of the distribution after it."""
    return next(f for f in comparison["nodes"] if f["run"] == run and f["node"] == node and f["next"] == after)


def union(comparison: dict, f: dict) -> list:
    """The union of the distribution row ``f`` describes, as the comparison writes it once per
    distribution (by run and context node)."""
    return json_union(comparison, f["run"], f["context_node"])


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
    expect(rows).to_have_count(len(union(comparison, parent)))
    capped = 0
    for i, (token, pa, pb) in enumerate(union(comparison, parent)):
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
    # hatched where it is a bound, unless bounds are most of the run's figures (then every
    # token would be hatched: the legend says it once instead)
    known = [f for f in comparison["nodes"] if f["run"] == "forced" and f["exact"] is not None]
    everywhere = 2 * sum(f["exact"] is False for f in known) > len(known)
    bound = "tg-text__tok--bound" in (tok.get_attribute("class") or "")
    assert bound == (parent["exact"] is False and not everywhere)
    expect(page.get_by_test_id("legend-bounds-everywhere")).to_have_count(1 if everywhere else 0)
    assert requests == [] and errors == []


def test_next_divergence_key_walks_the_largest(page: Page, compare_page) -> None:
    url, comparison, _ = compare_page
    requests, errors = open_page(page, url)
    rows = comparison["nodes"]
    order = [[rows[i]["run"], rows[i]["node"], rows[i]["next"]] for i in comparison["order"]]
    assert [[x["run"], x["node"], x["next"]] for x in comparison["summary"]["overall"]["largest"]] == order[:10]
    for step in range(3):
        page.keyboard.press("n")
        run, node, after = order[step]
        f = figures(comparison, run, node, after)
        expect(page.get_by_test_id("walk-pos")).to_have_text(f"#{step + 1} of {len(order)}")
        expect(page.get_by_test_id("run-select")).to_have_value(run)
        expect(page.get_by_test_id("fig-kl_ab")).to_have_text(kl_shown(comparison, f))
        # the distribution shown is that context's: its union, most likely first
        expect(page.locator(".tg-compare-dist__row").first).to_have_attribute("data-token", str(union(comparison, f)[0][0]))
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
        expect(page.get_by_test_id("fig-kl_ab")).to_have_text(kl_shown(comparison, f))
        expect(dist.locator(".tg-compare-dist__row").first).to_have_attribute("data-token", str(union(comparison, f)[0][0]))
    assert requests == [] and errors == []


def test_summary_and_hostile_text(page: Page, compare_page) -> None:
    url, comparison, _ = compare_page
    requests, errors = open_page(page, url + "#run=forced&node=1")
    overall = comparison["summary"]["overall"]
    row = page.get_by_test_id("summary-overall")
    expect(row.get_by_test_id("top1")).to_have_text(f"{overall['top1_agreement'] * 100:.1f}%")
    mean = figure_text(overall["kl_ab"]["mean"])
    expect(row.get_by_test_id("kl-mean")).to_have_text(f"\u2265 {mean}" if overall["kl_ab"]["bound"] else mean)
    expect(row.get_by_test_id("delta-mean")).to_contain_text(figure_text(overall["delta_logprob"]["mean_abs"]))
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


@pytest.fixture(scope="module")
def small_compare_page(tmp_path_factory: pytest.TempPathFactory, tiny) -> tuple[str, dict]:
    """The tiny model against itself with every weight nudged by 0.0015 (a standard deviation):
    every divergence far below 0.05 nats, as llama.cpp against the same weights dequantized."""
    import torch

    directory = tmp_path_factory.mktemp("small-compare")
    recorder = Recorder(tiny, top_k=5, max_new_tokens=4)
    recorder.record_run("Hello world", make_strategy("branch", branch_width=3, min_prob=0.0, max_nodes=30)).id = "branch"
    recorder.max_new_tokens = 60
    recorder.record_run("Say", make_strategy("forced", continuation="The quick brown fox jumps over the lazy dog.")).id = "forced"
    a_path = recorder.finish().save(directory / "a.json")
    nudged = tiny_model()
    generator = torch.Generator().manual_seed(0)
    with torch.no_grad():
        for parameter in nudged.parameters():
            parameter.add_(0.0015 * torch.randn(parameter.shape, generator=generator))
    b_path = rescore(str(a_path), model=from_objects(nudged, tiny_tokenizer(), name="tiny-gpt2-nudged")).save(directory / "b.json")
    out = directory / "compare.html"
    result = CliRunner().invoke(main, ["compare", str(a_path), str(b_path), "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    comparison = orjson.loads(CliRunner().invoke(main, ["compare", str(a_path), str(b_path), "--json"]).output)
    comparison["nodes"] = json_rows(comparison)  # the JSON has columns; these tests read rows
    compared = [f for f in comparison["nodes"] if f["exact"] is not None]
    assert compared and max(f["kl_ab_lo"] for f in compared) < 0.05
    return out.resolve().as_uri(), comparison


@pytest.mark.parametrize(("width", "scheme"), [(1400, "light"), (1400, "dark"), (800, "light"), (800, "dark")])
def test_small_differences_fill_the_scale(page: Page, small_compare_page, width: int, scheme: str, tmp_path: Path) -> None:
    """Issue 21: on the fixed scales (±3 nats, 0–2 nats) every token of such a comparison was the
    same near-white. The scales fit the run's largest value and say so; units are named."""
    url, comparison = small_compare_page
    page.set_viewport_size({"width": width, "height": 900})
    page.emulate_media(color_scheme=scheme)
    requests, errors = open_page(page, url + "#run=forced&node=1")
    rows = [f for f in comparison["nodes"] if f["run"] == "forced"]
    delta_end = nice_ceil(max(abs(f["delta_logprob"]) for f in rows if f["delta_logprob"] is not None))
    kl_end = nice_ceil(max(f["kl_ab_lo"] for f in rows if f["exact"] is not None and not f["next"]))
    assert delta_end < 3 and kl_end < 0.05
    label = f"{delta_end:g}"
    expect(page.locator(".tg-compare-legend__ticks span").last).to_have_text(f"\u2265 +{label}")
    expect(page.get_by_test_id("colour-explained")).to_contain_text(f"\u00b1{label} nats")
    expect(page.get_by_test_id("strip-kl-axis")).to_contain_text(f"{kl_end:g}")
    # each token in its colour on the fitted scale (light scales in light mode, dark in dark)
    scales = orjson.loads((Path(__file__).resolve().parent.parent / "tracegen" / "static" / "scales.json").read_bytes())
    stops = (scales["dark"] if scheme == "dark" else scales)["diverging"]["stops"]
    fitted = replace(scale_for("delta_logprob"), domain=(-delta_end, delta_end), stops=tuple(stops))
    colours = set()
    for tok in page.locator(".tg-text__tok").all():
        f = figures(comparison, "forced", int(tok.get_attribute("data-node")))
        colour = tok.evaluate("e => getComputedStyle(e).backgroundColor")
        assert colour == rgb(fitted.colour(f["delta_logprob"])), (f["node"], f["delta_logprob"], colour)
        colours.add(colour)
    assert len(colours) > 10  # not one near-white
    # units on every number of the header and the distribution panel
    expect(page.get_by_test_id("compare-bar").locator("thead")).to_contain_text("nats")
    expect(page.get_by_test_id("fig-kl_ab")).to_contain_text("nats")
    expect(page.get_by_test_id("entropies")).to_contain_text("bits")
    expect(page.get_by_test_id("chosen-delta")).to_contain_text("nats")
    expect(page.get_by_test_id("model-weights").first).to_have_text("float32")
    page.get_by_test_id("next-disagreement").click()
    first = next(f for f in comparison["nodes"] if f["top1_agree"] is False)
    expect(page.get_by_test_id("run-select")).to_have_value(first["run"])
    expect(page.get_by_test_id("top1-agree")).to_have_text("differ")
    page.get_by_test_id("colour-divergence").click()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    keep = os.environ.get("TRACEGEN_SCREENSHOTS")
    page.screenshot(path=str(Path(keep or tmp_path) / f"compare-small-{width}-{scheme}.png"), full_page=True)
    assert requests == [] and errors == []
