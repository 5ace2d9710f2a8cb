"""Real JupyterLab for the notebook tests and benchmarks: started on a free loopback port with a
token, its kernels importing this checkout's tracegen, driven through JupyterLab's own commands.

The app is exposed in the page (``expose_app_in_browser``), so a test runs cells the way the
menu does (``notebook:run-cell``) instead of guessing at key bindings.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import nbformat
from live_helpers import free_port

ROOT = Path(__file__).resolve().parent.parent
# Offline: no news, no update checks, no notification asking about them.
SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false",
                                                                         "checkForUpdates": False},
}


@dataclass
class Lab:
    url: str
    token: str
    root: Path
    process: subprocess.Popen
    log: Path

    def notebook_url(self, name: str) -> str:
        return f"{self.url}/lab/tree/{name}?token={self.token}&reset"


def write_notebook(path: Path, cells: list[str]) -> Path:
    """A notebook of code cells (no outputs) on the default python3 kernel."""
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(source) for source in cells]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return path


@contextmanager
def jupyter_lab(root: Path, env: dict[str, str] | None = None, timeout: float = 60.0) -> Iterator[Lab]:
    """JupyterLab serving ``root`` on 127.0.0.1, until the block ends.

    Args:
        root: The directory it serves (notebooks, traces); its config and runtime files live there too.
        env: More environment for the server and its kernels.
        timeout: How long it may take to answer.
    """
    port, token = free_port(), secrets.token_hex(16)
    state = root / ".jupyter"
    settings = state / "lab-settings"
    for name, values in SETTINGS.items():
        target = settings / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(values))
    environment = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        "JUPYTER_CONFIG_DIR": str(state / "config"),
        "JUPYTER_RUNTIME_DIR": str(state / "runtime"),
        "JUPYTERLAB_SETTINGS_DIR": str(settings),
        "JUPYTERLAB_WORKSPACES_DIR": str(state / "workspaces"),
        **(env or {}),
    }
    log = state / "lab.log"
    command = [
        sys.executable, "-m", "jupyterlab", "--no-browser", "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}",
        "--LabApp.expose_app_in_browser=True",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # containers and CI runners
        command.append("--allow-root")
    with open(log, "wb") as out:
        process = subprocess.Popen(command, env=environment, stdout=out, stderr=subprocess.STDOUT)
    lab = Lab(url=f"http://127.0.0.1:{port}", token=token, root=root, process=process, log=log)
    try:
        _wait_ready(lab, timeout)
        yield lab
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_ready(lab: Lab, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if lab.process.poll() is not None:
            raise RuntimeError(f"JupyterLab exited ({lab.process.returncode}):\n{lab.log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{lab.url}/api/status?token={lab.token}", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise TimeoutError(f"JupyterLab did not answer within {timeout} s:\n{lab.log.read_text()[-3000:]}")
        time.sleep(0.2)


# --- driving the page -------------------------------------------------------------------------

OPEN_JS = """async () => {
  const app = window.jupyterapp;
  const panel = app.shell.currentWidget;
  await panel.context.ready;
  await panel.sessionContext.ready;
  return panel.sessionContext.session?.kernel?.status ?? 'none';
}"""

RUN_CELL_JS = """async (index) => {
  // Run cell `index` as the menu does; the command resolves once the kernel has answered
  // (its outputs are in the cell's model by then).
  const app = window.jupyterapp;
  const notebook = app.shell.currentWidget.content;
  notebook.activeCellIndex = index;
  const ok = await app.commands.execute('notebook:run-cell');
  return { ok, finished: performance.now() };
}"""


def open_notebook(page, lab: Lab, name: str, timeout_ms: float = 60_000) -> None:
    """Open ``name`` in JupyterLab and wait for its kernel."""
    page.goto(lab.notebook_url(name))
    page.wait_for_function("() => window.jupyterapp && window.jupyterapp.shell.currentWidget"
                           " && window.jupyterapp.shell.currentWidget.sessionContext", timeout=timeout_ms)
    page.evaluate(OPEN_JS)
    page.wait_for_function("() => window.jupyterapp.shell.currentWidget.sessionContext.session?.kernel?.status"
                           " === 'idle'", timeout=timeout_ms)


def run_cell(page, index: int, timeout_ms: float = 120_000) -> float:
    """Run cell ``index`` of the open notebook; the page's clock (ms) when its execution finished.

    Raises:
        AssertionError: The cell raised (its error output is in the message).
    """
    page.set_default_timeout(timeout_ms)
    result = page.evaluate(RUN_CELL_JS, index)
    if not result["ok"]:
        raise AssertionError(f"cell {index} failed: {cell_text(page, index)}")
    return result["finished"]


def cell_text(page, index: int) -> str:
    """The text of cell ``index``'s outputs (errors included)."""
    return page.evaluate("i => window.jupyterapp.shell.currentWidget.content.widgets[i]"
                         ".outputArea.node.innerText", index)
