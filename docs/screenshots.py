"""Make the viewer screenshots in docs/: one per tab (Text, Tree, Outline), from a real recording.

Run from the repository root: ``.venv/bin/python docs/screenshots.py`` (the default model and
headless Debian Chromium at /usr/bin/chromium). Writes ``docs/viewer-screenshot.png`` (Text),
``docs/viewer-tree.png`` and ``docs/viewer-outline.png`` at 1400 × 900, and keeps the trace and
its page in ``--keep DIR`` if given.
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

from tracegen.backends.local.models import load_model  # noqa: E402
from tracegen.export import export  # noqa: E402
from tracegen.recording.recorder import Recorder, make_strategy  # noqa: E402

PROMPT = "Write one sentence about a wise old woman who lives in a forest. Give her a name."


def record(path: Path) -> Path:
    """A beam run and a branch run of the default model on one chat prompt."""
    recorder = Recorder(load_model(device="cpu", progress=False), top_k=10, max_new_tokens=24, chat=True)
    recorder.record_run(PROMPT, make_strategy("beam", num_beams=4)).id = "beam"
    recorder.max_new_tokens = 6
    recorder.record_run(PROMPT, make_strategy("branch", branch_width=3, min_prob=0.02, max_depth=6, max_nodes=120)).id = "branch"
    return recorder.finish().save(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep", type=Path, default=None, help="keep the trace and its page here")
    args = parser.parse_args()
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
