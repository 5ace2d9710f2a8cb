"""What a notebook shows for traces and runs: one-line reprs, the mime bundle, the sandboxed
iframe fallback (the exported page, escaped once, CSP kept), and the widget's parameters."""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser

import orjson
import pytest
from synthetic_traces import PAYLOADS, synthetic_trace, tricky_trace

import tracegen
from tracegen import record
from tracegen.errors import ParameterError
from tracegen.export import render_html
from tracegen.notebook import display
from tracegen.notebook.extras import MissingExtra
from tracegen.notebook.widget import TraceWidget
from tracegen.trace import Trace, TraceFormatError, load

DATA_RE = re.compile(r'<script type="application/json" id="tracegen-trace">(.*?)</script>', re.S)


class Elements(HTMLParser):
    """Every start tag of a document, with its attributes (entities already resolved)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def all(self, name: str) -> list[dict[str, str | None]]:
        return [attrs for tag, attrs in self.tags if tag == name]


def test_repr_is_one_short_line() -> None:
    big = synthetic_trace(10_000, runs=2)
    line = repr(big)
    assert line == "<Trace 'synthetic': 2 runs (branch \u00d72), 20000 nodes>"
    assert repr(big.runs[0]).startswith("<Run 'run-1' branch ") and repr(big.runs[0]).endswith(
        ": 10000 nodes, " + f"{len(big.runs[0].results)} results>")
    trace = tricky_trace()
    assert repr(trace) == "<Trace 'tricky<b>model</b>': 2 runs (beam, greedy), 21 nodes>"
    assert "\n" not in repr(trace.runs[1]) and len(repr(trace.runs[1])) < 100


def test_runs_know_their_trace_however_they_get_in(tiny, tmp_path) -> None:
    recorded = record(["a", "b"], model=tiny, max_new_tokens=2, top_k=2)  # runs appended one by one
    assert all(run.trace is recorded for run in recorded.runs)
    loaded = load(recorded.save(tmp_path / "t.json"))
    assert all(run.trace is loaded for run in loaded.runs)
    other = Trace(model=dict(loaded.model))
    other.runs = [loaded.runs[0]]
    other.runs.append(loaded.runs[1])
    assert loaded.runs[0].trace is other and loaded.runs[1].trace is other


def test_outside_a_kernel_the_bundle_is_the_page_and_a_line() -> None:
    trace = tricky_trace()
    bundle = trace._repr_mimebundle_()
    assert set(bundle) == {"text/plain", "text/html"}
    assert bundle["text/plain"] == repr(trace)
    assert trace._repr_mimebundle_(include={"text/plain"}) == {"text/plain": repr(trace)}


def test_the_fallback_is_the_exported_page_in_a_sandboxed_frame() -> None:
    trace = tricky_trace()
    fallback = display.fallback_html(trace, height=450)
    frames = Elements(fallback).all("iframe")
    assert len(frames) == 1  # token texts full of markup open no element of their own
    frame = frames[0]
    assert frame["sandbox"] == "allow-scripts"  # scripts, but never the notebook's origin
    assert "height:450px" in frame["style"]
    assert frame["srcdoc"] == render_html(trace)  # exactly the exported page, escaped once
    assert "default-src 'none'" in frame["srcdoc"] and "connect-src 'none'" in frame["srcdoc"]
    outside = re.sub(r'srcdoc="[^"]*"', "", fallback)  # an escaped attribute value holds no quote
    assert outside != fallback and "<script" not in outside and "<style" not in outside
    assert Elements(outside).all("table")  # the summary
    for payload in PAYLOADS[:3]:
        assert payload not in outside  # the table's texts are escaped


def test_the_summary_names_runs_strategies_and_counts() -> None:
    summary = str(display.summary_html(tricky_trace()))
    assert "2 runs" in summary and "beam, greedy" in summary and "21 nodes" in summary
    assert "beam (num_beams=2, length_penalty=1.0, early_stopping=False)" in summary
    assert "tricky&lt;b&gt;model&lt;/b&gt;" in summary and "<b>model</b>" not in summary
    rows = re.findall(r"<tr><td>(.*?)</td>", summary)
    assert rows == ["beam", "emoji"]


def test_a_run_shows_itself_alone() -> None:
    trace = tricky_trace()
    bundle = trace.run("emoji")._repr_mimebundle_()
    page = Elements(bundle["text/html"]).all("iframe")[0]["srcdoc"]
    embedded = orjson.loads(DATA_RE.search(page).group(1).encode())
    assert [r["id"] for r in embedded["runs"]] == ["emoji"]
    assert [r.id for r in trace.runs] == ["beam", "emoji"] and trace.run("emoji").trace is trace


def test_the_widget_carries_the_trace_and_the_selection(tmp_path) -> None:
    trace = tricky_trace()
    widget = TraceWidget(trace, run="emoji", node=5, height=300)
    assert widget._trace_json == trace.dumps()
    assert widget.selection == {"run": "emoji", "node": 5}
    assert widget.selected is trace.run("emoji").node(5) and widget.selected_run is trace.run("emoji")
    widget.select(2)
    assert widget.selection == {"run": "emoji", "node": 2}
    assert TraceWidget(trace, run=trace.runs[0]).selection == {"run": "beam"}
    assert TraceWidget(trace).selection is None and TraceWidget(trace).selected is None
    data, _ = widget._repr_mimebundle_()
    assert set(data) == {"text/plain", display.WIDGET_MIME, "text/html"}
    assert data[display.WIDGET_MIME]["model_id"] == widget.model_id
    assert data["text/plain"] == f"<TraceWidget {trace!r}>"
    path = trace.save(tmp_path / "t.json")
    assert tracegen.show(path).trace == trace


@pytest.mark.parametrize(("kwargs", "parameter"), [
    ({"run": "nope"}, "run"), ({"run": "emoji", "node": 99}, "node"), ({"node": True}, "node"),
    ({"height": 10}, "height"),
])
def test_bad_widget_parameters_name_themselves(kwargs, parameter) -> None:
    with pytest.raises(ParameterError) as info:
        tracegen.show(tricky_trace(), **kwargs)
    assert info.value.param == parameter


def test_show_a_missing_file_is_one_line(tmp_path) -> None:
    with pytest.raises(TraceFormatError, match=r"missing\.json: no such file"):
        tracegen.show(tmp_path / "missing.json")


def test_without_anywidget_show_names_the_extra_and_display_falls_back(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "anywidget", None)
    with pytest.raises(MissingExtra, match=r"tracegen\.show\(\) needs anywidget.*tracegen\[notebook\]"):
        tracegen.show(tricky_trace())
    with pytest.raises(MissingExtra, match=r"tracegen\.explore\(\) needs anywidget"):
        tracegen.explore("Hi")
    monkeypatch.setattr(display, "_in_kernel", lambda: True)
    assert set(tricky_trace()._repr_mimebundle_()) == {"text/plain", "text/html"}


@pytest.mark.browser
def test_hostile_tokens_stay_text_in_nbconvert_html(page, tmp_path) -> None:
    """A trace full of markup, shown where widgets cannot run: nbconvert's HTML of its output."""
    nbformat = pytest.importorskip("nbformat")
    nbconvert = pytest.importorskip("nbconvert")
    trace = tricky_trace()
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("trace")
    cell.outputs = [nbformat.v4.new_output("execute_result", data=trace._repr_mimebundle_(), execution_count=1)]
    nb.cells = [cell]
    body, _ = nbconvert.HTMLExporter().from_notebook_node(nb)
    target = tmp_path / "tricky.html"
    target.write_text(body, encoding="utf-8")
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
    page.goto(target.as_uri())
    frame = page.frame_locator('iframe[title="tracegen viewer"]')
    frame.locator(".tg-app[data-ready=true]").wait_for()
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__pwned") is None
    inner = page.frames[1]
    assert inner.evaluate("() => window.__pwned") is None
    assert inner.evaluate("() => window.origin") == "null"  # sandboxed: not the notebook's origin
    assert PAYLOADS[0] in frame.locator("[data-testid=distribution]").inner_text()  # shown as text
