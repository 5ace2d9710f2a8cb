"""The notebook side on a real ipykernel: examples/explore.ipynb executed headlessly (nbclient),
the widget channel spoken as a front end speaks it (comm messages over jupyter_client), and
nbconvert's HTML of the executed notebook showing the fallback page in Chromium."""

from __future__ import annotations

import os
import queue
import re
import subprocess
import time
from pathlib import Path
from typing import Any

import nbformat
import orjson
import pytest
from jupyter_client.manager import start_new_kernel
from nbclient import NotebookClient
from nbconvert import HTMLExporter

from tracegen.notebook.display import WIDGET_MIME

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "explore.ipynb"
SRCDOC_RE = re.compile(r'<iframe title="tracegen viewer" sandbox="allow-scripts" srcdoc="([^"]*)"')


def kernel_env(model_dir: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
            "TRACEGEN_EXAMPLE_MODEL": str(model_dir)}


def git_status() -> str:
    """The work tree's changes as git sees them (tracked files and untracked, not ignored ones)."""
    return subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def executed(tiny_dir: Path) -> nbformat.NotebookNode:
    """examples/explore.ipynb run top to bottom on a real kernel, with the tiny model, from the
    examples folder as Jupyter runs it; the work tree's git status before and after is kept in
    the notebook's metadata (``git_status``)."""
    nb = nbformat.read(EXAMPLE, as_version=4)
    workdir = EXAMPLE.parent
    before = git_status()
    old = dict(os.environ)
    os.environ.update(kernel_env(tiny_dir))  # the kernel inherits the client's environment
    try:
        # Without widget state in the file, as JupyterLab saves notebooks by default: nbconvert
        # then renders the text/html fallback (with state it would load a widget manager from a CDN).
        NotebookClient(nb, kernel_name="python3", timeout=300, store_widget_state=False,
                       resources={"metadata": {"path": str(workdir)}}).execute()
    finally:
        os.environ.clear()
        os.environ.update(old)
    nb.metadata["git_status"] = {"before": before, "after": git_status()}
    return nb


def test_running_the_example_changes_no_file_in_the_repository(executed) -> None:
    """Issue 21: running the example must leave the work tree as it was (no file written beside
    it, nothing tracked modified). Saving it from Jupyter is another matter: `make notebook`
    opens a copy under out/."""
    status = executed.metadata["git_status"]
    assert status["after"] == status["before"], status["after"]


def outputs(nb: nbformat.NotebookNode, source_start: str) -> list[dict[str, Any]]:
    (cell,) = [c for c in nb.cells if c.cell_type == "code" and c.source.startswith(source_start)]
    return cell.outputs


def test_the_committed_example_has_no_outputs() -> None:
    nb = nbformat.read(EXAMPLE, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(not c.outputs and c.execution_count is None for c in code)
    assert any("TRACEGEN_EXAMPLE_MODEL" in c.source for c in code)


def test_the_example_runs_and_shows_widgets_with_their_fallback(executed) -> None:
    for cell in executed.cells:
        for out in cell.get("outputs", []):
            assert out.output_type != "error", "".join(out.get("traceback", []))
    shown = [outputs(executed, "trace = tracegen.record"), outputs(executed, "best ="),
             outputs(executed, "w = tracegen.explore")]
    for (out,) in shown:
        assert {WIDGET_MIME, "text/html", "text/plain"} <= set(out.data)
        assert out.data[WIDGET_MIME]["model_id"]
        page = SRCDOC_RE.search(out.data["text/html"])
        assert page and "default-src &#39;none&#39;" in page.group(1)
    assert re.fullmatch(r"<Trace '[^']+': 1 run \(beam\), 62 nodes>", shown[0][0].data["text/plain"])
    assert "Live exploration needs the running kernel" in shown[2][0].data["text/html"]
    printed = outputs(executed, "print(repr(trace))")[0].text.splitlines()
    assert printed[0] == shown[0][0].data["text/plain"] and printed[1].startswith("<Run 'run-1' beam")
    (frame,) = outputs(executed, "df = trace.to_pandas()")
    assert "<table" in frame.data["text/html"] and "entropy" in frame.data["text/html"]
    (grown,) = [o for o in outputs(executed, "run = w.trace.runs[-1]") if o.output_type == "stream"]
    assert re.match(r"8 nodes; ", grown.text)  # root + expand + 6 continued
    printed, table = outputs(executed, "forked = tracegen.fork")
    assert re.match(r"4 positions; change points \[[\d, ]*\] ; forking tokens \d+", printed.text)
    assert "<table" in table.data["text/html"] and "drift" in table.data["text/html"]


def test_nbconvert_html_shows_the_fallback_viewer(executed, page, tmp_path) -> None:
    """Where widgets cannot run (nbconvert's HTML), the sandboxed page shows the trace; nothing is fetched."""
    pytest.importorskip("playwright")
    body, _ = HTMLExporter().from_notebook_node(executed)
    target = tmp_path / "explore.html"
    target.write_text(body, encoding="utf-8")
    from_frames: list[str] = []
    page.on("request", lambda r: from_frames.append(r.url) if r.frame.parent_frame is not None else None)
    # nbconvert's template points at CDNs (require.js, MathJax): this machine is offline, and
    # the test must not depend on them either way
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
    page.goto(target.as_uri())
    frames = page.locator('iframe[title="tracegen viewer"]')
    assert frames.count() == 3
    for i in range(3):
        frame = frames.nth(i).content_frame
        frame.locator(".tg-app[data-ready=true]").wait_for()
        assert frame.locator("[data-testid=distribution] li.tg-distribution__row").count() > 0
    assert from_frames == []  # the page's CSP: not one request


def _reply(client, want) -> dict[str, Any]:
    """The next custom comm message on iopub that ``want`` accepts."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            msg = client.get_iopub_msg(timeout=1)
        except queue.Empty:
            continue
        if msg["msg_type"] == "comm_msg" and msg["content"]["data"].get("method") == "custom":
            content = msg["content"]["data"]["content"]
            if want(content):
                return {"content": content, "buffers": msg.get("buffers", [])}
    raise TimeoutError("no such message from the kernel")


def _execute(client, code: str) -> dict[str, Any]:
    """Run ``code``; its display data and printed text."""
    msg_id = client.execute(code)
    shown: dict[str, Any] = {"text": ""}
    while True:
        msg = client.get_iopub_msg(timeout=60)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        kind, content = msg["msg_type"], msg["content"]
        if kind == "stream":
            shown["text"] += content["text"]
        elif kind in ("display_data", "execute_result"):
            shown.update(content["data"])
        elif kind == "error":
            raise AssertionError("\n".join(content["traceback"]))
        elif kind == "status" and content["execution_state"] == "idle":
            return shown


def test_the_widget_channel_through_a_real_kernel(tiny_dir: Path) -> None:
    """Speak to ExploreWidget as a front end does: comm messages in, replies and changes out."""
    manager, client = start_new_kernel(kernel_name="python3", env=kernel_env(tiny_dir))
    try:
        shown = _execute(client, "import os, tracegen\n"
                                 "w = tracegen.explore('Hello', model=os.environ['TRACEGEN_EXAMPLE_MODEL'], top_k=5)\n"
                                 "w")
        comm_id = shown[WIDGET_MIME]["model_id"]

        def request(id: str, op: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
            content = {"tracegen": "request", "id": id, "op": op, "body": body or {}}
            msg = client.session.msg("comm_msg", {"comm_id": comm_id, "data": {"method": "custom", "content": content}})
            client.shell_channel.send(msg)
            return _reply(client, lambda c: c.get("tracegen") == "reply" and c.get("id") == id)

        loaded = request("p-1", "trace")
        trace = orjson.loads(bytes(loaded["buffers"][0]))
        root = trace["runs"][0]["nodes"][0]
        token = root["top"][2][0]
        expanded = request("p-2", "expand", {"run": "run-1", "node": 0, "token": token})["content"]["reply"]
        assert expanded["node"]["token"] == token and expanded["run"] == "run-1"
        refused = request("p-3", "expand", {"run": "run-1", "node": 42, "token": token})["content"]
        assert (refused["status"], refused["error"]) == (404, "run 'run-1' has no node 42")
        # the kernel's w.trace has the node the page asked for
        seen = _execute(client, f"n = w.trace.run('run-1').child(0, {token}); print(n.id, n.token)")
        assert seen["text"].split() == [str(expanded["node"]["id"]), str(token)]
        # and a change made in Python is announced to the page
        client.execute(f"w.expand({expanded['node']['id']}, {expanded['node']['top'][0][0]})")
        change = _reply(client, lambda c: c.get("tracegen") == "change")["content"]
        assert change["op"] == "expand" and change["reply"]["node"]["parent"] == expanded["node"]["id"]
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
