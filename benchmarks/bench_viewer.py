"""Viewer benchmark: export time, file size, first render and node switch for 1k and 10k-node traces,
and the drawn tree: its first frame (beside the outline's, the baseline) and how smoothly it pans.

Run: ``.venv/bin/python benchmarks/bench_viewer.py`` (headless Debian Chromium at /usr/bin/chromium).
Prints two markdown tables; ``--screenshot PATH`` also saves a screenshot of the 1k page.
Goals (issue 11): the 10k-node tree's first frame within 1 s, panning at 30 fps or more; (issue 19)
a node with 10^6 candidates exported and its first rows drawn within 3 s together.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from browser_fixtures import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402
from synthetic_traces import huge_node_trace, synthetic_trace  # noqa: E402

from tracegen.export import BUNDLE_PATH, export, render_html  # noqa: E402
from tracegen.trace import load  # noqa: E402

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


# Time from a click on a tab until the frame after it has been drawn.
TAB_JS = """async (testid) => {
  const t0 = performance.now();
  document.querySelector(`[data-testid=${testid}]`).click();
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - t0;
}"""

# Drag the tree by a few pixels every animation frame; the frame times give the frame rate.
PAN_JS = """async (frames) => {
  const box = document.querySelector('.tg-tree__box');
  const r = box.getBoundingClientRect();
  const ev = (type, x, y) => box.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, pointerId: 1, button: 0, bubbles: true }));
  let x = r.left + r.width / 2, y = r.top + r.height / 2;
  ev('pointerdown', x, y);
  const times = [];
  let drawn = 0;
  await new Promise((done) => {
    const step = (t) => {
      times.push(t);
      drawn = Math.max(drawn, +document.querySelector('.tg-tree__svg').dataset.drawn);
      // towards the root, swaying across the rows: the view stays over the tree
      x += 9; y += 12 * Math.sin(times.length / 10);
      ev('pointermove', x, y);
      if (times.length < frames) requestAnimationFrame(step); else done();
    };
    requestAnimationFrame(step);
  });
  ev('pointerup', x, y);
  const gaps = times.slice(1).map((t, i) => t - times[i]).sort((a, b) => a - b);
  return { fps: (times.length - 1) / (times[times.length - 1] - times[0]) * 1000, p95: gaps[Math.floor(gaps.length * 0.95)], drawn };
}"""


def bench_tree(page) -> dict[str, float]:
    """The drawn tree on an open page: first frame (vs the outline's), then panning at zoom 1 and zoomed out."""
    page.get_by_test_id("tab-text").click()
    outline = [page.evaluate(TAB_JS, "tab-outline") for _ in range(1)]
    firsts = []
    for _ in range(3):
        page.get_by_test_id("tab-text").click()
        page.wait_for_timeout(50)
        firsts.append(page.evaluate(TAB_JS, "tab-tree"))
    page.evaluate(PAN_JS, 20)  # warm up
    pan = page.evaluate(PAN_JS, 120)
    page.get_by_test_id("tree-fit").click()
    page.wait_for_timeout(100)
    pan_all = page.evaluate(PAN_JS, 120)
    # the densest drawing with labels: zoom in on the middle of the whole tree to the label zoom
    page.get_by_test_id("tree-fit").click()
    box = page.locator(".tg-tree__box").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    while world_zoom(page) < 0.5:
        page.mouse.wheel(0, -100)
        page.wait_for_timeout(20)
    pan_mid = page.evaluate(PAN_JS, 120)
    return {"tree_first_ms": statistics.median(firsts), "outline_first_ms": outline[0], "pan_fps": pan["fps"],
            "pan_p95_ms": pan["p95"], "pan_drawn": pan["drawn"], "fit_pan_fps": pan_all["fps"],
            "fit_pan_p95_ms": pan_all["p95"], "mid_pan_fps": pan_mid["fps"], "mid_pan_p95_ms": pan_mid["p95"],
            "mid_pan_drawn": pan_mid["drawn"]}


def world_zoom(page) -> float:
    """The drawn tree's zoom (the scale of its transform)."""
    return float(page.locator(".tg-tree__svg > g").get_attribute("transform").rsplit("scale(", 1)[1].rstrip(")"))


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
    tree = bench_tree(page)
    page.close()
    return {
        **tree,
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


def bench_huge(candidates: int, directory: Path, browser) -> dict[str, float]:
    """One node with ``candidates`` candidates: export, then open until its first rows are drawn.

    The baseline beside it: the same export writing the trace out again from the loaded
    model (``render_html`` without ``source_json``), what export did before it embedded the
    validated file as it is.
    """
    path = huge_node_trace(candidates, chosen_rank=min(5000, candidates - 1)).save(directory / f"huge-{candidates}.json")
    start, cpu = time.perf_counter(), time.process_time()
    out = export(path)
    export_s, export_cpu_s = time.perf_counter() - start, time.process_time() - cpu
    start = time.perf_counter()
    rewritten = render_html(load(path), trace_file=path.name)
    baseline_s = time.perf_counter() - start
    assert len(rewritten) > 0
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    start = time.perf_counter()
    page.goto(out.as_uri())
    page.locator(".tg-app[data-ready=true] .tg-distribution__row").first.wait_for(timeout=120_000)
    seconds = time.perf_counter() - start
    # The page draws its first rows from its first view (every top-k cut to 1,000 candidates),
    # then parses the whole trace, which keeps the page's thread busy: a row cannot be waited
    # for from outside meanwhile. The marks say when each was drawn, from the navigation's start
    # (the first paint after the first view's rows, whichever comes later).
    marks = page.evaluate("""() => Object.fromEntries([...performance.getEntriesByType('mark'),
        ...performance.getEntriesByType('paint')].map((m) => [m.name, m.startTime]))""")
    ready = marks["tracegen-ready"]
    first = max(marks.get("tracegen-first-view", ready), marks.get("first-contentful-paint", 0))
    rows = page.locator(".tg-distribution__row").count()
    page.close()
    return {"candidates": candidates, "size": out.stat().st_size, "ready_ms": ready, "first_rows_s": first / 1000,
            "open_s": seconds, "rows": rows, "export_s": export_s, "export_cpu_s": export_cpu_s,
            "baseline_export_s": baseline_s}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000", help="nodes per trace ('' to skip)")
    parser.add_argument("--screenshot", type=Path, default=None)
    parser.add_argument("--huge", default="100000,1000000", help="candidates in one node ('' to skip)")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for i, n in enumerate(int(s) for s in args.sizes.split(",") if s):
            rows.append(bench(n, Path(tmp), browser, args.screenshot if i == 0 else None))
        huge = [bench_huge(int(c), Path(tmp), browser) for c in args.huge.split(",") if c]
        browser.close()
    print("| nodes | candidates | export | file size | bytes/candidate | first render | "
          "node switch, path change: work median / max | same, to next frame | token click |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['nodes']:,} | {r['candidates']:,} | {r['export_s'] * 1000:.0f} ms | {r['size'] / 1e6:.2f} MB | "
              f"{r['bytes_per_candidate']:.1f} | {r['first_render_ms']:.0f} ms | "
              f"{r['switch_median_ms']:.1f} / {r['switch_max_ms']:.1f} ms | {r['frame_median_ms']:.1f} ms | "
              f"{r['click_median_ms']:.1f} ms |")
    print()
    print("| nodes | tree first frame (median of 3) | outline first frame (baseline) | ratio | "
          "pan at zoom 1 from the selected node: fps / p95 frame / most nodes drawn | "
          "pan at zoom 0.5, labels on, mid-tree: fps / p95 frame / most nodes drawn | "
          "pan, whole tree in view: fps / p95 frame |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['nodes']:,} | {r['tree_first_ms']:.0f} ms | {r['outline_first_ms']:.0f} ms | "
              f"{r['tree_first_ms'] / r['outline_first_ms']:.2f}x | {r['pan_fps']:.0f} fps / {r['pan_p95_ms']:.1f} ms / "
              f"{r['pan_drawn']} | {r['mid_pan_fps']:.0f} fps / {r['mid_pan_p95_ms']:.1f} ms / {r['mid_pan_drawn']} | "
              f"{r['fit_pan_fps']:.0f} fps / {r['fit_pan_p95_ms']:.1f} ms |")
    if huge:
        print()
        print(f"load average: {' / '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
        print("| candidates in one node | file size | export | export CPU | export writing the trace again (baseline) | "
              "ratio | first rows drawn | whole trace ready | export + first rows (goal: 3 s) | export + whole trace | "
              "rows drawn |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for h in huge:
            print(f"| {h['candidates']:,} | {h['size'] / 1e6:.1f} MB | {h['export_s']:.2f} s | {h['export_cpu_s']:.2f} s | "
                  f"{h['baseline_export_s']:.2f} s | {h['export_s'] / h['baseline_export_s']:.2f}x | "
                  f"{h['first_rows_s']:.2f} s | {h['ready_ms'] / 1000:.2f} s | {h['export_s'] + h['first_rows_s']:.2f} s | "
                  f"{h['export_s'] + h['open_s']:.2f} s | {h['rows']} |")


if __name__ == "__main__":
    main()
