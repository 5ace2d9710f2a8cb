"""One live implementation, two transports: the widget channel answers exactly what the HTTP API
answers (same session code, same replies, same errors), and ExploreWidget drives the same session
from Python, telling the page what changed."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from tracegen.errors import ParameterError, TracegenError
from tracegen.live import LiveSession, create_app
from tracegen.notebook import channel
from tracegen.notebook.live import ExploreWidget

REQUESTS: list[tuple[str, dict[str, Any]]] = [
    ("runs", {"prompt": "Hello"}),
    ("expand", {"run": "run-1", "node": 0, "token": "TOP1"}),
    ("continue", {"run": "run-1", "node": 1, "steps": 4}),
    ("continue", {"run": "run-1", "node": 0, "steps": 3, "mode": "sample", "temperature": 0.7, "top_p": 0.9,
                  "seed": 3}),
    ("expand", {"run": "run-1", "node": 0, "token": "TOP1"}),  # the same child again
    ("runs", {"prompt": "Hi", "chat": True}),
    ("expand", {"run": "run-9", "node": 0, "token": 1}),
    ("expand", {"run": "run-1", "node": 99, "token": 1}),
    ("expand", {"run": "run-1", "node": 0, "token": 100_000}),
    ("expand", {"run": "run-1", "node": 0}),
    ("continue", {"run": "run-1", "node": 0, "steps": 0}),
    ("continue", {"run": "run-1", "node": 0, "steps": 2, "mode": "beam"}),
    ("runs", {"prompt": "Hi", "chat": "yes"}),
    ("runs", {"prompt": ""}),
]


def over_http(client, op: str, body: dict[str, Any]) -> tuple[int, Any]:
    response = client.post(f"/api/{'runs' if op == 'runs' else op}", json=body)
    return response.status_code, response.get_json()


def over_channel(session: LiveSession, op: str, body: dict[str, Any], id: int) -> tuple[int, Any]:
    reply, buffers = channel.answer(session, {"tracegen": "request", "id": id, "op": op, "body": body})
    assert reply["tracegen"] == "reply" and reply["id"] == id and buffers == []
    if "error" in reply:
        return reply["status"], {"error": reply["error"]}
    return 200, orjson.loads(orjson.dumps(reply["reply"]))  # what the page receives: JSON


def test_the_channel_answers_what_the_http_api_answers(tiny) -> None:
    http_session, widget_session = LiveSession(tiny, top_k=5), LiveSession(tiny, top_k=5)
    client = create_app(http_session).test_client()
    try:
        top1 = None
        for i, (op, body) in enumerate(REQUESTS):
            body = {k: (top1 if v == "TOP1" else v) for k, v in body.items()}
            expected = over_http(client, op, body)
            got = over_channel(widget_session, op, body, i)
            assert got == expected, (op, body)
            if i == 0:
                top1 = got[1]["run"]["nodes"][0]["top"][1][0]
        statuses = [over_channel(widget_session, op, {}, 0)[0] for op in ("runs", "expand", "continue")]
        assert statuses == [400, 400, 400]
        # GET /api/trace: the trace file's bytes, in the reply's one buffer
        reply, buffers = channel.answer(widget_session, {"tracegen": "request", "id": "t", "op": "trace"})
        assert reply == {"tracegen": "reply", "id": "t", "reply": None}
        mine, theirs = orjson.loads(buffers[0]), client.get("/api/trace").get_json()
        mine.pop("created"), theirs.pop("created")
        assert mine == theirs and len(mine["runs"]) == 2
    finally:
        http_session.close()
        widget_session.close()


def test_requests_the_api_does_not_have(tiny) -> None:
    session = LiveSession(tiny, top_k=3)
    try:
        reply, _ = channel.answer(session, {"tracegen": "request", "id": 1, "op": "delete", "body": {}})
        assert (reply["status"], reply["error"]) == (404, "unknown operation 'delete'")
        reply, _ = channel.answer(session, {"tracegen": "request", "id": 2, "op": "runs", "body": ["Hi"]})
        assert (reply["status"], reply["error"]) == (400, "the request body must be a JSON object")
        assert not channel.is_request({"kind": "anywidget-command"}) and not channel.is_request("x")
    finally:
        session.close()


@pytest.fixture
def widget(tiny, monkeypatch):
    w = ExploreWidget(LiveSession(tiny, top_k=5), owns_session=True)
    w.sent = []  # type: ignore[attr-defined]
    monkeypatch.setattr(w, "send", lambda content, buffers=None: w.sent.append((content, buffers)))
    yield w
    w.close()


def test_python_drives_the_session_and_tells_the_page(widget) -> None:
    with pytest.raises(TracegenError, match=r"no run yet: start one with w\.new_run"):
        widget.expand(0, 1)
    run = widget.new_run("Hello")
    assert widget.trace.runs == [run] and widget.selection == {"run": run.id}
    (message, _), = widget.sent
    assert message == {"tracegen": "change", "op": "runs", "run": run.id, "reply": message["reply"]}
    assert message["reply"]["run"]["id"] == run.id

    token = run.root.top[1][0]
    child = widget.expand(run.root, token)
    assert child.parent == 0 and child.token == token and run.child(0, token) is child
    assert widget.selection == {"run": run.id, "node": child.id, "next": True}
    assert widget.selected is child
    change = widget.sent[-1][0]
    assert (change["op"], change["run"], change["reply"]["node"]["id"]) == ("expand", run.id, child.id)
    assert change["reply"]["results"] and str(token) in change["reply"]["tokens"]

    path = widget.continue_(steps=3)  # from the selected node
    assert [n.parent for n in path] == [child.id] + [n.id for n in path[:-1]]
    assert widget.selected is path[-1] and widget.sent[-1][0]["op"] == "continue"
    assert [n["id"] for n in widget.sent[-1][0]["reply"]["nodes"]] == [n.id for n in path]


def test_tokens_by_their_text_and_mistakes_by_name(widget) -> None:
    run = widget.new_run("Hello")
    text = next(widget.trace.tokens[t] for t, _ in run.root.top if widget.trace.tokens[t].isprintable())
    node = widget.expand(0, text)
    assert widget.trace.tokens[node.token] == text
    byte = widget.expand(node, "q")  # not a candidate, but one token of this (byte-level) vocabulary
    assert byte.token == ord("q")
    with pytest.raises(ParameterError, match="'two words' is not one token of this model"):
        widget.expand(0, "two words")
    with pytest.raises(ParameterError, match="99 is not a node of run 'run-1'"):
        widget.expand(99, 1)
    with pytest.raises(ParameterError, match="'run-7' is not a run of this session"):
        widget.continue_(0, run="run-7")
    with pytest.raises(TracegenError, match="outside the vocabulary"):
        widget.expand(0, 10**6)


def test_a_page_request_is_answered_on_the_channel(widget) -> None:
    widget.new_run("Hello")
    widget.sent.clear()
    root = widget.trace.runs[0].root
    widget._on_message(widget, {"tracegen": "request", "id": "a-1", "op": "expand",
                                "body": {"run": "run-1", "node": 0, "token": root.top[0][0]}}, [])
    widget._on_message(widget, {"kind": "something else"}, [])
    (reply, buffers), = widget.sent
    assert reply["id"] == "a-1" and reply["reply"]["node"]["token"] == root.top[0][0] and buffers == []
    assert widget.trace.runs[0].child(0, root.top[0][0]) is not None


def test_closing_the_widget_closes_its_session(tiny) -> None:
    session = LiveSession(tiny, top_k=3)
    ExploreWidget(session, owns_session=True).close()
    with pytest.raises(RuntimeError, match="after shutdown"):  # the model thread has stopped
        session.new_run("Hi")
