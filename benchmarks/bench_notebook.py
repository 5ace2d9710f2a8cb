"""Notebook benchmark: a 10,000-node trace drawn inline, and a click in ``explore`` end to end.

    python benchmarks/bench_notebook.py            # the default model (SmolLM2-135M, float32, CPU)
    python benchmarks/bench_notebook.py --tiny     # the tiny test model, a quick smoke run

Real JupyterLab on a free loopback port, real Chromium (Debian's), a real kernel:

- **first frame**: a cell ending with a 10,000-node trace (loaded in an earlier cell) is run;
  the time from the cell finishing (JupyterLab's run command resolving) to the first animation
  frame in which the widget's viewer is drawn, and from starting the cell to it. Baseline, side
  by side in the same browser: the same trace's exported page opened from disk (navigation to
  the viewer's ready mark). Target: within 2 s of the cell finishing.
- **click**: ``w = tracegen.explore(prompt)`` with a 500-token prompt; a click on the most likely
  candidate, timed in the page from the click to the animation frame after the new node appears
  (page -> widget message -> kernel -> LiveSession -> reply -> page). Baseline, side by side:
  the same clicks on ``tracegen serve``'s page (the same LiveSession code over HTTP) and the
  session's ``expand`` called directly (no transport). Target: p50 <= 150 ms.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import torch  # noqa: E402
from browser_fixtures import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from jupyter_helpers import cell_text, jupyter_lab, open_notebook, run_cell, write_notebook  # noqa: E402
from live_helpers import running  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402
from synthetic_traces import synthetic_trace  # noqa: E402

from tracegen.backends.transformers import from_objects, load_model  # noqa: E402
from tracegen.export import export  # noqa: E402
from tracegen.live import LiveSession, create_app  # noqa: E402
from tracegen.testing import tiny_model, tiny_tokenizer  # noqa: E402

TEXT = (
    "In the early days of computing, programmers wrote instructions directly in machine code, "
    "a painstaking process that demanded an intimate knowledge of the hardware. Assemblers, "
    "compilers and operating systems slowly lifted that burden, one abstraction at a time. "
)

FIRST_FRAME_JS = """async (index) => {
  // Run cell `index` (outputs cleared first) and note the first frame its widget's viewer is drawn in.
  const app = window.jupyterapp;
  const notebook = app.shell.currentWidget.content;
  notebook.activeCellIndex = index;
  await app.commands.execute('notebook:clear-cell-output');
  const area = notebook.widgets[index].outputArea.node;
  const drawn = () => [...area.querySelectorAll('*')].some((e) => e.shadowRoot?.querySelector('.tg-app[data-ready=true]'));
  const start = performance.now();
  const frame = new Promise((resolve) => {
    const tick = (t) => (drawn() ? resolve(t) : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  });
  const done = app.commands.execute('notebook:run-cell').then(() => performance.now());
  const [drawnAt, doneAt] = await Promise.all([frame, done]);
  return { fromStart: drawnAt - start, fromDone: drawnAt - doneAt };
}"""

CLICK_JS = """async ({ count, inWidget }) => {
  // Click the most likely candidate `count` times; each: click -> the frame after the new node appears.
  const root = inWidget
    ? [...document.querySelectorAll('.jp-OutputArea-output *')].find((e) => e.shadowRoot?.querySelector('.tg-app'))?.shadowRoot
    : document;
  const tokens = () => root.querySelectorAll('[data-testid=text] .tg-text__tok').length;
  const nextFrame = () => new Promise((r) => requestAnimationFrame(r));
  const times = [];
  for (let i = 0; i < count; i++) {
    const before = tokens();
    const grown = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (tokens() > before) { observer.disconnect(); resolve(); }
      });
      observer.observe(root, { childList: true, subtree: true });
    });
    const t0 = performance.now();
    root.querySelector('[data-testid=distribution] li.tg-distribution__row').click();
    await grown;
    times.push((await nextFrame()) - t0);
    await nextFrame();
  }
  return times;
}"""


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]


def prompt_of(tokenizer, length: int) -> str:
    """A prompt text of about ``length`` tokens."""
    return tokenizer.decode(tokenizer(TEXT * (length // 20 + 2))["input_ids"][:length])


def first_frames(browser, lab, directory: Path, nodes: int, repeats: int) -> dict[str, list[float]]:
    trace = synthetic_trace(nodes, top_k=20)
    trace.save(directory / "big.json")
    page_html = export(directory / "big.json", directory / "big.html")
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    exported = []
    for _ in range(repeats):
        page.goto(page_html.as_uri())
        page.wait_for_selector(".tg-app[data-ready=true]")
        exported.append(page.evaluate("performance.getEntriesByName('tracegen-ready')[0].startTime"))
    write_notebook(directory / "big.ipynb", ["import tracegen\ntrace = tracegen.load('big.json')", "trace"])
    open_notebook(page, lab, "big.ipynb")
    run_cell(page, 0)
    page.evaluate(FIRST_FRAME_JS, 1)  # warm: the widget manager and anywidget load once per page
    inline = [page.evaluate(FIRST_FRAME_JS, 1) for _ in range(repeats)]
    page.close()
    return {"exported": exported, "from_start": [r["fromStart"] for r in inline],
            "from_done": [r["fromDone"] for r in inline]}


def clicks(browser, lab, directory: Path, model, spec: str, length: int, count: int) -> dict[str, list[float]]:
    """The three paths interleaved click by click, so load from other processes hits them alike."""
    prompt = prompt_of(model.tokenizer, length)
    (directory / "prompt.txt").write_text(prompt, encoding="utf-8")
    notebook = browser.new_page(viewport={"width": 1400, "height": 900})
    write_notebook(directory / "explore.ipynb", [
        f"import tracegen\nw = tracegen.explore(open('prompt.txt').read(), model={spec!r}, top_k=10)\nw",
        "import torch\nprint(torch.get_num_threads())",
    ])
    open_notebook(notebook, lab, "explore.ipynb")
    run_cell(notebook, 0)
    notebook.locator(".tg-app[data-ready=true]").wait_for()
    run_cell(notebook, 1)
    threads = int(cell_text(notebook, 1))
    served, direct_session = LiveSession(model, top_k=10), LiveSession(model, top_k=10)
    run = served.new_run(prompt)["run"]
    leaf = direct_session.new_run(prompt)["run"]["nodes"][0]
    times: dict[str, list[float]] = {"widget": [], "http": [], "direct": [], "tokens": [len(run["prompt_token_ids"])],
                                     "threads": [threads, torch.get_num_threads()]}
    with running(create_app(served)) as server:
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(server.url)
        page.locator(".tg-app[data-ready=true]").wait_for()
        for i in range(count + 3):  # the first three warm up
            widget = notebook.evaluate(CLICK_JS, {"count": 1, "inWidget": True})
            http = page.evaluate(CLICK_JS, {"count": 1, "inWidget": False})
            start = time.perf_counter()
            leaf = direct_session.expand(run["id"], leaf["id"], leaf["top"][0][0])["node"]
            direct = (time.perf_counter() - start) * 1000
            if i >= 3:
                times["widget"] += widget
                times["http"] += http
                times["direct"].append(direct)
        page.close()
    notebook.close()
    served.close()
    direct_session.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tiny", action="store_true", help="the tiny test model instead of the default one")
    parser.add_argument("--nodes", type=int, default=10_000)
    parser.add_argument("--context", type=int, default=500, help="prompt tokens for the click benchmark")
    parser.add_argument("--clicks", type=int, default=20)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--threads", type=int, default=None,
                        help="torch threads in this process and the kernel (default: torch's own choice); on a "
                             "busy machine two threads stall each other at every parallel region")
    args = parser.parse_args()
    env = {}
    if args.threads:
        torch.set_num_threads(args.threads)
        env["OMP_NUM_THREADS"] = str(args.threads)
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        directory = Path(tmp)
        if args.tiny:
            model = from_objects(tiny_model(), tiny_tokenizer(), name="tiny-gpt2")
            model.model.save_pretrained(directory / "model")
            model.tokenizer.save_pretrained(directory / "model")
            spec = str(directory / "model")
        else:
            model, spec = load_model(progress=False), None
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        with jupyter_lab(directory, env=env) as lab:
            frames = first_frames(browser, lab, directory, args.nodes, args.repeats)
            timed = clicks(browser, lab, directory, model, spec, args.context, args.clicks)
        browser.close()

    print(f"\nFirst frame of a {args.nodes:,}-node trace ({args.repeats} runs, median):\n")
    print("| view | first frame | vs exported page |")
    print("|---|---:|---:|")
    base = statistics.median(frames["exported"])
    for label, key in (("exported page, opened from disk (baseline)", "exported"),
                       ("JupyterLab: cell finished -> first frame", "from_done"),
                       ("JupyterLab: cell started -> first frame", "from_start")):
        value = statistics.median(frames[key])
        print(f"| {label} | {value:.0f} ms | {value / base:.2f}x |")
    print("\n(negative: the viewer was drawn before JupyterLab marked the cell finished)")
    name = "tiny test model" if args.tiny else "SmolLM2-135M, float32, CPU"
    kernel_threads, own_threads = timed["threads"]
    print(f"\nA click at a {timed['tokens'][0]}-token context ({name}; torch threads: kernel {kernel_threads}, "
          f"this process {own_threads}; {args.clicks} clicks, each one token deeper, the three paths "
          "interleaved):\n")
    print("| path | p50 | p90 | vs HTTP |")
    print("|---|---:|---:|---:|")
    base = percentiles(timed["http"])[0]
    for label, key in (("`tracegen serve` page: HTTP -> LiveSession (baseline)", "http"),
                       ("notebook: widget message -> kernel -> LiveSession", "widget"),
                       ("LiveSession.expand called directly (no page, no transport)", "direct")):
        p50, p90 = percentiles(timed[key])
        print(f"| {label} | {p50:.0f} ms | {p90:.0f} ms | {p50 / base:.2f}x |")


if __name__ == "__main__":
    main()
