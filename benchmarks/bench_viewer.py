"""Viewer benchmark: export time, file size, first render and node switch for 1k and 10k-node traces.

Run: ``.venv/bin/python benchmarks/bench_viewer.py`` (headless Debian Chromium at /usr/bin/chromium).
Prints a markdown table; ``--screenshot PATH`` also saves a screenshot of the 1k page.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from browser_fixtures import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402
from synthetic_traces import synthetic_trace  # noqa: E402

from tracegen.export import BUNDLE_PATH, export  # noqa: E402

SWITCH_JS = """async ([run, nodes]) => {
  // Select nodes by permalink (a path change each time). "work": the app's hashchange handler,
  // Vue's re-render and a forced layout; "frame": until the next animation frame has run too.
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const work = [], frames = [];
  for (const node of nodes) {
    const target = `#run=${run}&node=${node}`;
    if (location.hash === target) continue;
    history.replaceState(null, '', target);
    const t0 = performance.now();
    dispatchEvent(new HashChangeEvent('hashchange'));
    await Promise.resolve();
    await Promise.resolve();
    document.body.offsetHeight;
    work.push(performance.now() - t0);
    await frame();
    frames.push(performance.now() - t0);
  }
  return [work, frames];
}"""

CLICK_JS = """async (count) => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const times = [];
  const toks = [...document.querySelectorAll('.tg-text__tok')];
  for (let i = 0; i < count; i++) {
    const el = toks[(i * 7) % toks.length];
    const t0 = performance.now();
    el.click();
    await Promise.resolve();
    await Promise.resolve();
    document.body.offsetHeight;
    times.push(performance.now() - t0);
    await frame();
  }
  return times;
}"""


def bench(num_nodes: int, directory: Path, browser, screenshot: Path | None) -> dict[str, float]:
    trace = synthetic_trace(num_nodes, top_k=20)
    trace_path = directory / f"trace-{num_nodes}.json"
    trace.save(trace_path)
    candidates = sum(len(n.top or ()) for r in trace.runs for n in r.nodes)
    start = time.perf_counter()
    out = export(trace_path)
    export_s = time.perf_counter() - start
    size = out.stat().st_size
    data_bytes = size - BUNDLE_PATH.stat().st_size

    renders = []
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    for _ in range(3):
        page.goto(out.as_uri())
        page.wait_for_selector(".tg-app[data-ready=true]")
        renders.append(page.evaluate("performance.getEntriesByName('tracegen-ready')[0].startTime"))
    nodes = [n.id for n in trace.runs[0].nodes[7::max(1, num_nodes // 40)]][:40]
    page.evaluate(SWITCH_JS, [trace.runs[0].id, nodes[:5]])  # warm up
    switches, frames = page.evaluate(SWITCH_JS, [trace.runs[0].id, nodes])
    clicks = page.evaluate(CLICK_JS, 30)
    page.get_by_test_id("tab-outline").click()
    page.get_by_role("button", name="Expand all").click()
    page.locator(".tg-outline__tok").nth(5).click()
    if screenshot:
        page.get_by_test_id("tab-text").click()
        page.screenshot(path=str(screenshot))
    page.close()
    return {
        "nodes": num_nodes,
        "candidates": candidates,
        "export_s": export_s,
        "size": size,
        "bytes_per_candidate": data_bytes / candidates,
        "first_render_ms": statistics.median(renders),
        "switch_median_ms": statistics.median(switches),
        "switch_max_ms": max(switches),
        "frame_median_ms": statistics.median(frames),
        "click_median_ms": statistics.median(clicks),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--screenshot", type=Path, default=None)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for i, n in enumerate(int(s) for s in args.sizes.split(",")):
            rows.append(bench(n, Path(tmp), browser, args.screenshot if i == 0 else None))
        browser.close()
    print("| nodes | candidates | export | file size | bytes/candidate | first render | "
          "node switch, path change: work median / max | same, to next frame | token click |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['nodes']:,} | {r['candidates']:,} | {r['export_s'] * 1000:.0f} ms | {r['size'] / 1e6:.2f} MB | "
              f"{r['bytes_per_candidate']:.1f} | {r['first_render_ms']:.0f} ms | "
              f"{r['switch_median_ms']:.1f} / {r['switch_max_ms']:.1f} ms | {r['frame_median_ms']:.1f} ms | "
              f"{r['click_median_ms']:.1f} ms |")


if __name__ == "__main__":
    main()
