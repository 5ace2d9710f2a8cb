"""What a notebook shows for a ``Trace`` or a ``Run`` that ends a cell.

The mime bundle carries three representations; each front end picks the richest it can:

- ``application/vnd.jupyter.widget-view+json``: the viewer as a widget (``TraceWidget``),
  where a kernel and a widget manager are there (JupyterLab, Notebook 7, VS Code, Colab);
- ``text/html``: a summary table (runs, strategies, node counts) above the self-contained
  page that ``tracegen export`` writes, in an ``<iframe srcdoc>``, for where widgets cannot
  run (nbconvert's HTML, GitHub's notebook preview). The page keeps its Content-Security-Policy
  (no request of any kind) and the frame is sandboxed without same-origin rights, so nothing
  in it can reach the notebook's page;
- ``text/plain``: the one-line ``repr``.
"""

from __future__ import annotations

from typing import Any

import orjson
from markupsafe import Markup

from ..export import render_html
from ..trace import Run, Trace, loads
from ..trace.summary import node_count, plural, shorten, strategy_counts, strategy_label
from .extras import available

WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
HTML_MIME = "text/html"
DEFAULT_HEIGHT = 600


def mimebundle(obj: Trace | Run, include: Any = None, exclude: Any = None) -> Any:
    """The mime bundle (data, metadata) that shows ``obj`` in a notebook.

    Args:
        obj: A trace, or a run of one.
        include: Mime types wanted (IPython's argument); ``None`` for all.
        exclude: Mime types not wanted.
    """
    trace, run = (obj, None) if isinstance(obj, Trace) else (obj.trace, obj)
    plain = {"text/plain": repr(obj)}
    if trace is None:  # a run that belongs to no trace has no token texts to show
        return plain

    def wanted(mime: str) -> bool:
        return (include is None or mime in include) and not (exclude and mime in exclude)

    if wanted(WIDGET_MIME) and _in_kernel() and available("anywidget"):
        from .widget import TraceWidget

        bundle = TraceWidget(trace, run=run)._repr_mimebundle_()
        if bundle is not None:
            data, metadata = bundle
            return {**data, **plain}, metadata
    if wanted(HTML_MIME):
        return {HTML_MIME: fallback_html(trace, run_id=None if run is None else run.id), **plain}
    return plain


def _in_kernel() -> bool:
    """Whether this is a Jupyter kernel, where a widget has a front end to talk to."""
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    return shell is not None and getattr(shell, "kernel", None) is not None


def fallback_html(trace: Trace, run_id: str | None = None, height: int = DEFAULT_HEIGHT, live: bool = False) -> str:
    """A summary table and the exported page of ``trace`` (only ``run_id``'s run, if given) in a sandboxed frame.

    Args:
        trace: The trace.
        run_id: Show only this run.
        height: The frame's height in pixels.
        live: The trace is a live session's: say that exploring it needs the running kernel.
    """
    shown = trace if run_id is None else _only_run(trace, run_id)
    note = Markup('<p style="margin:4px 0">Live exploration needs the running kernel: this is the trace '
                  'as it was when shown.</p>') if live else Markup("")
    frame = Markup('<iframe title="tracegen viewer" sandbox="allow-scripts" srcdoc="{}" '
                   'style="width:100%;height:{}px;border:1px solid #dfe3e8;border-radius:8px"></iframe>')
    return str(Markup('<div class="tracegen-output">{}{}{}</div>').format(
        summary_html(shown), note, frame.format(render_html(shown), int(height))))


def _only_run(trace: Trace, run_id: str) -> Trace:
    """A copy of ``trace`` holding one run (the original and its runs stay as they are)."""
    data = trace.to_dict()
    data["runs"] = [r for r in data["runs"] if r["id"] == run_id]
    return loads(orjson.dumps(data), source="trace")


def summary_html(trace: Trace) -> Markup:
    """A small table of the trace's runs: id, strategy, prompt, nodes, results, best result.

    Every text from the trace is escaped (token strings are untrusted).
    """
    head = Markup(
        '<div style="margin:4px 0"><b>{}</b> · {} · {} · {}</div>'
    ).format(trace.model.get("name", "?"), plural(len(trace.runs), "run"),
             strategy_counts(trace) or "no runs", plural(node_count(trace), "node"))
    row = Markup("<tr><td>{}</td><td>{}</td><td>{}</td><td style='text-align:right'>{}</td>"
                 "<td style='text-align:right'>{}</td><td>{}</td></tr>")
    rows = Markup("").join(
        row.format(run.id, strategy_label(run.strategy), shorten(run.prompt, 60), len(run.nodes), len(run.results),
                   shorten(run.results[0].text, 60) if run.results else "")
        for run in trace.runs
    )
    table = Markup(
        '<table style="border-collapse:collapse;font-size:12px"><thead><tr><th>run</th><th>strategy</th>'
        "<th>prompt</th><th>nodes</th><th>results</th><th>best result</th></tr></thead><tbody>{}</tbody></table>"
    ).format(rows)
    return head + (table if trace.runs else Markup(""))
