"""The widget in real JupyterLab, driven by Chromium: a trace shown inline, live exploration
where a click in the page reaches the kernel and Python's changes reach the page."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from jupyter_helpers import cell_text, jupyter_lab, open_notebook, run_cell, write_notebook
from synthetic_traces import synthetic_trace, tricky_trace

pytestmark = [pytest.mark.browser, pytest.mark.integration]

APP = ".tg-app[data-ready=true]"
ROWS = "[data-testid=distribution] li.tg-distribution__row"
TOKENS = "[data-testid=text] .tg-text__tok"
SHOTS = os.environ.get("TRACEGEN_SCREENSHOTS")  # a directory: save what the tests saw


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory, tiny_dir: Path):
    root = tmp_path_factory.mktemp("lab")
    tricky_trace().save(root / "tricky.json")
    synthetic_trace(300, seed=3).save(root / "other.json")
    with jupyter_lab(root, env={"TRACEGEN_TEST_MODEL": str(tiny_dir)}) as server:
        yield server


@pytest.fixture
def notebook(page, lab):
    """Open a notebook of the given cells in JupyterLab; the page records its errors."""
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    def open_(name: str, cells: list[str]):
        write_notebook(lab.root / name, cells)
        open_notebook(page, lab, name)
        page.errors = errors  # type: ignore[attr-defined]
        return page

    return open_


def shot(page, name: str, width: int = 1400) -> None:
    if SHOTS:
        page.set_viewport_size({"width": width, "height": 900})
        page.wait_for_timeout(300)
        page.screenshot(path=str(Path(SHOTS) / f"{name}-{width}.png"))


def output(page, index: int):
    """The output area of cell ``index``."""
    return page.locator(".jp-Notebook .jp-Cell").nth(index).locator(".jp-Cell-outputArea")


def test_a_trace_ends_a_cell_and_the_viewer_shows_it(notebook) -> None:
    page = notebook("show.ipynb", [
        "import tracegen\ntrace = tracegen.load('tricky.json')\ntrace",
        "w = tracegen.show('other.json', node=3, height=420)\nw",
        "print(w.selected.id, w.selected_run.id)",
        "trace.run('emoji')",
    ])
    run_cell(page, 0)
    first = output(page, 0).locator(APP)
    first.wait_for()
    # the viewer lives in the widget's shadow root: nothing of it leaks into the notebook's DOM
    assert page.evaluate("() => document.querySelector('.tg-app')") is None
    assert first.locator("[data-testid=run-select] option").count() == 2  # tricky.json's two runs
    assert first.locator(ROWS).count() > 0
    run_cell(page, 1)
    second = output(page, 1).locator(APP)
    second.wait_for()
    assert "run-1" in second.locator("[data-testid=run-select]").inner_text()  # its own trace, not the first
    box = output(page, 1).locator(".tg-widget")
    assert round(box.bounding_box()["height"]) == 420
    run_cell(page, 2)
    assert cell_text(page, 2).split() == ["3", "run-1"]  # show(node=3) selected node 3
    # a click in the page is the selection Python reads
    second.locator(TOKENS).nth(6).click()
    page.wait_for_timeout(300)
    active = page.evaluate("() => window.jupyterapp.shell.currentWidget.content.activeCellIndex")
    page.keyboard.press("ArrowRight")  # the viewer's key: the notebook's active cell stays
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.jupyterapp.shell.currentWidget.content.activeCellIndex") == active
    run_cell(page, 2)
    assert cell_text(page, 2).split() == ["8", "run-1"]
    # a run ending a cell: the viewer on its trace, opened at that run
    run_cell(page, 3)
    run_view = output(page, 3).locator(APP)
    run_view.wait_for()
    assert run_view.locator("[data-testid=run-select]").input_value() == "emoji"
    shot(page, "show")
    shot(page, "show", 800)
    assert not page.errors  # type: ignore[attr-defined]


def rows(viewer) -> list[int]:
    return [int(t) for t in viewer.locator(ROWS).evaluate_all("els => els.map(e => e.dataset.token)")]


def wait_for_rows(page, viewer, want: list[int], timeout_s: float = 30) -> None:
    """Until the distribution shown lists ``want`` (the page follows the kernel asynchronously)."""
    for _ in range(int(timeout_s * 10)):
        if rows(viewer) == want:
            return
        page.wait_for_timeout(100)
    assert rows(viewer) == want


def test_explore_a_click_reaches_the_kernel_and_python_reaches_the_page(notebook) -> None:
    page = notebook("explore.ipynb", [
        "import os, tracegen\nw = tracegen.explore('Hello', model=os.environ['TRACEGEN_TEST_MODEL'], top_k=5)\nw",
        "run = w.trace.runs[0]\nprint(len(run.nodes), w.selected.id, w.selected.token, "
        "*[t for t, _ in w.selected.top])",
        "n = w.expand(w.selected, w.selected.top[3][0])\nprint(n.id, *[t for t, _ in n.top])",
        "print(*[r.prompt for r in w.trace.runs], w.selected_run.id)",
        "r = w.trace.runs[0]\nprint(len(r.nodes), len(r.children(0)), max(len(r.path(n.id)) for n in r.nodes) - 1)",
    ])
    run_cell(page, 0)
    live = output(page, 0).locator(APP)
    live.wait_for()
    assert live.locator("[data-testid=live]").count() == 1  # the live controls
    clicked = int(live.locator(ROWS).nth(1).get_attribute("data-token"))
    live.locator(ROWS).nth(1).click()  # the second most likely next token
    live.locator(TOKENS).first.wait_for()
    run_cell(page, 1)
    nodes, selected, token, *top = (int(x) for x in cell_text(page, 1).split())
    assert (nodes, selected, token) == (2, 1, clicked)  # w.trace has the node the page asked for
    assert rows(live) == top  # and the page shows that node's distribution
    # now from Python: the page follows
    run_cell(page, 2)
    new_id, *new_top = (int(x) for x in cell_text(page, 2).split())
    wait_for_rows(page, live, new_top)
    assert live.locator(TOKENS).count() == 2 and new_id == 2
    # branch from the first token: another candidate of the prompt's distribution
    run_cell(page, 4)
    assert cell_text(page, 4).split() == ["3", "1", "2"]
    live.locator(TOKENS).first.click()
    live.locator(ROWS).nth(4).click()
    page.wait_for_timeout(300)
    run_cell(page, 4)
    assert cell_text(page, 4).split()[:2] == ["4", "2"]  # a second child of the root
    # continue greedily from the page: the kernel's tree grows along one path
    live.locator("[data-testid=live-continue]").click()
    live.locator(TOKENS).nth(5).wait_for()
    page.wait_for_timeout(300)
    run_cell(page, 4)
    nodes, children, depth = (int(x) for x in cell_text(page, 4).split())
    assert nodes > 4 and children == 2 and depth >= 6
    # a run started in the page is a run in Python, and the one Python sees selected
    live.locator("[data-testid=live-prompt]").fill("Bye")
    live.locator("[data-testid=live-start]").click()
    live.locator("[data-testid=run-select] option").nth(1).wait_for(state="attached")
    page.wait_for_timeout(300)
    run_cell(page, 3)
    assert cell_text(page, 3).split() == ["Hello", "Bye", "run-2"]
    shot(page, "explore")
    shot(page, "explore", 800)
    assert not page.errors  # type: ignore[attr-defined]
