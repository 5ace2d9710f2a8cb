"""``GET /api/figure`` on a real live server over HTTP, on the tiny model: downloads equal ``tracegen figure``."""

from __future__ import annotations

import pytest
from live_helpers import call, running

from tracegen.figure import FigureOptions, parse_length, render_figure
from tracegen.live import LiveSession, create_app
from tracegen.trace import loads


@pytest.fixture
def grown(tiny):
    """A live server whose session holds one run, greedily continued 6 tokens, and a branch."""
    session = LiveSession(tiny, top_k=5)
    with running(create_app(session)) as server:
        status, _, reply = call(server, "POST", "/api/runs", {"prompt": "Hi <b>&", "chat": False})
        assert status == 200, reply
        status, _, reply = call(server, "POST", "/api/continue", {"run": "run-1", "node": 0, "steps": 6})
        assert status == 200, reply
        root = loads(session.dumps()).runs[0].root
        status, _, reply = call(server, "POST", "/api/expand", {"run": "run-1", "node": 0, "token": root.top[2][0]})
        assert status == 200, reply
        yield server, session


@pytest.mark.parametrize(("kind", "fmt", "mimetype"), [
    ("text", "svg", "image/svg+xml"), ("tree", "tex", "text/x-tex"), ("distribution", "pdf", "application/pdf"),
    ("strip", "png", "image/png"),
])
def test_figure_download_is_what_the_library_renders(grown, kind: str, fmt: str, mimetype: str) -> None:
    server, session = grown
    trace = loads(session.dumps())
    leaf = max(n.id for n in trace.runs[0].nodes if not trace.runs[0].children(n.id) and n.id < 7)
    status, headers, body = call(server, "GET", f"/api/figure?run=run-1&node={leaf}&kind={kind}&format={fmt}")
    assert status == 200, body
    assert headers["content-type"].startswith(mimetype)
    assert headers["content-disposition"] == f'attachment; filename="figure-{kind}.{fmt}"'
    assert headers["x-content-type-options"] == "nosniff"
    expected = render_figure(trace, kind, run="run-1", node=leaf, format=fmt)
    assert body == (expected.encode("utf-8") if isinstance(expected, str) else bytes(expected))


def test_figure_options_in_the_query(grown) -> None:
    server, session = grown
    query = "/api/figure?run=run-1&node=6&colour=surprisal&width=12cm&annotate=auto:2"
    status, _, body = call(server, "GET", query)
    assert status == 200, body
    expected = render_figure(loads(session.dumps()), "text", run="run-1", node=6, options=FigureOptions(
        colour="surprisal", width=parse_length("12cm"), annotate="auto:2"))
    assert body.decode("utf-8") == expected


@pytest.mark.parametrize(("query", "message"), [
    ("run=nope", "no run 'nope'"),
    ("run=run-1&node=999", "has no node 999"),
    ("run=run-1&node=x", "node must be an integer"),
    ("kind=pie", "'pie' is not one of"),
    ("format=gif", "'gif' is not one of"),
    ("colour=red", "'red' is not one of"),
    ("width=huge", "is not a length"),
    ("kind=tree&annotate=3", "text kind only"),
])
def test_bad_queries_are_json_errors(grown, query: str, message: str) -> None:
    server, _ = grown
    status, headers, body = call(server, "GET", f"/api/figure?{query}")
    assert status == 400 and headers["content-type"].startswith("application/json")
    assert message in body["error"]


def test_figure_refuses_a_foreign_host(grown) -> None:
    server, _ = grown
    status, _, body = call(server, "GET", "/api/figure", headers={"Host": "evil.example"})
    assert status == 403
