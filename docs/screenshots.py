"""Make the viewer screenshots in docs/: one per tab (Text, Tree, Outline), from a real recording,
and one of a compare page.

Run from the repository root: ``.venv/bin/python docs/screenshots.py`` (the default model and
headless Debian Chromium at /usr/bin/chromium). Writes ``docs/viewer-screenshot.png`` (Text),
``docs/viewer-tree.png`` and ``docs/viewer-outline.png`` at 1400 × 900, and keeps the trace and
its page in ``--keep DIR`` if given. ``--only compare`` makes ``docs/compare-screenshot.png``
alone: two tiny random models of ``tracegen.testing`` (seeds 0 and 1) on one forced text, so
their differences are large enough to see.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from browser_fixtures import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from tracegen.backends.transformers import from_objects, load_model  # noqa: E402
from tracegen.comparison import compare, write_compare_html  # noqa: E402
from tracegen.export import export  # noqa: E402
from tracegen.recording.recorder import Recorder, make_strategy  # noqa: E402
from tracegen.rescoring import rescore  # noqa: E402
from tracegen.testing import tiny_model, tiny_tokenizer  # noqa: E402

PROMPT = "Write one sentence about a wise old woman who lives in a forest. Give her a name."


def record(path: Path) -> Path:
    """A beam run and a branch run of the default model on one chat prompt."""
    recorder = Recorder(load_model(device="cpu", progress=False), top_k=10, max_new_tokens=24, chat=True)
    recorder.record_run(PROMPT, make_strategy("beam", num_beams=4)).id = "beam"
    recorder.max_new_tokens = 6
    recorder.record_run(PROMPT, make_strategy("branch", branch_width=3, min_prob=0.02, max_depth=6, max_nodes=120)).id = "branch"
    return recorder.finish().save(path)


COMPARE_TEXT = " The old woman walked into the forest at dawn, and the birds began to sing."


def compare_page(directory: Path) -> str:
    """A forced text under one tiny model, rescored by another, compared: the page's URL."""
    def tiny(seed: int):
        return from_objects(tiny_model(seed=seed), tiny_tokenizer(), name=f"tiny-gpt2-seed{seed}")

    recorder = Recorder(tiny(0), top_k=10, max_new_tokens=len(COMPARE_TEXT))
    recorder.record_run("Once upon a time.", make_strategy("forced", continuation=COMPARE_TEXT)).id = "story"
    a = recorder.finish().save(directory / "seed0.json")
    b = rescore(str(a), model=tiny(1)).save(directory / "seed1.json")
    out = write_compare_html(compare(str(a), str(b)), directory / "compare.html")
    return out.resolve().as_uri()


def compare_screenshot(directory: Path) -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(compare_page(directory) + "#run=story&node=20")
        page.wait_for_selector(".tg-app[data-ready=true]")
        page.screenshot(path=str(ROOT / "docs" / "compare-screenshot.png"))
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep", type=Path, default=None, help="keep the trace and its page here")
    parser.add_argument("--only", choices=["viewer", "compare"], default=None, help="make only these screenshots")
    args = parser.parse_args()
    if args.only != "viewer":
        with tempfile.TemporaryDirectory() as tmp:
            directory = args.keep or Path(tmp)
            directory.mkdir(parents=True, exist_ok=True)
            compare_screenshot(directory)
    if args.only == "compare":
        return
    with tempfile.TemporaryDirectory() as tmp:
        directory = args.keep or Path(tmp)
        directory.mkdir(parents=True, exist_ok=True)
        url = export(record(directory / "forest.json")).resolve().as_uri()
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(url + "#run=beam")
            page.wait_for_selector(".tg-app[data-ready=true]")
            page.locator(".tg-text__tok").nth(2).click()
            page.screenshot(path=str(ROOT / "docs" / "viewer-screenshot.png"))
            page.goto(url + "#run=branch")
            page.get_by_test_id("tab-tree").click()
            page.locator('[data-testid=tree] g.tg-tree__node[data-node="3"]').click()
            page.wait_for_timeout(200)
            page.screenshot(path=str(ROOT / "docs" / "viewer-tree.png"))
            page.get_by_test_id("tab-outline").click()
            page.get_by_role("button", name="Expand all").click()
            page.wait_for_timeout(200)
            page.screenshot(path=str(ROOT / "docs" / "viewer-outline.png"))
            browser.close()


if __name__ == "__main__":
    main()
