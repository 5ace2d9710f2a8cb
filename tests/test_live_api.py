"""Live mode's JSON API over a real server (werkzeug on a free port, in a thread), on the tiny model."""

from __future__ import annotations

import math
import subprocess
import sys
import threading
from pathlib import Path

import orjson
import pytest
import torch
from click.testing import CliRunner
from live_helpers import call, running

from tests.reference import direct_logprobs
from tracegen.cli import main
from tracegen.live import LiveSession, create_app
from tracegen.recording.recorder import record
from tracegen.trace import load, loads

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def session(tiny) -> LiveSession:
    return LiveSession(tiny, top_k=5)


@pytest.fixture
def server(session):
    with running(create_app(session)) as srv:
        yield srv


def new_run(server, prompt: str = "Hello", chat: bool = False) -> dict:
    status, _, reply = call(server, "POST", "/api/runs", {"prompt": prompt, "chat": chat})
    assert status == 200, reply
    return reply


def expand(server, run: str, node: int, token: int) -> dict:
    status, _, reply = call(server, "POST", "/api/expand", {"run": run, "node": node, "token": token})
    assert status == 200, reply
    return reply


def test_new_run_evaluates_the_root_and_sends_its_tokens(server, tiny) -> None:
    reply = new_run(server, "Hello")
    run = reply["run"]
    assert run["id"] == "run-1" and run["strategy"] == {"name": "manual"} and run["complete"] is True
    assert run["prompt"] == "Hello" and run["prompt_token_ids"] == list(b"Hello") and run["chat"] is False
    root = run["nodes"][0]
    assert root["parent"] is None and len(root["top"]) == 5 and root["entropy"] > 0
    ids = set(run["prompt_token_ids"]) | {t for t, _ in root["top"]}
    assert {int(k) for k in reply["tokens"]} == ids
    assert reply["tokens"][str(ord("H"))] == "H"
    _, _, trace = call(server, "GET", "/api/trace")
    assert [r["id"] for r in trace["runs"]] == ["run-1"] and trace["model"]["name"] == "tiny-gpt2"


def test_expand_matches_a_direct_forward_pass_and_is_idempotent(server, tiny) -> None:
    run = new_run(server, "Hello")["run"]
    prompt = run["prompt_token_ids"]
    path: list[int] = []
    node = 0
    for step in range(6):
        top = run["nodes"][0]["top"] if step == 0 else reply["node"]["top"]  # noqa: F821
        token = top[step % len(top)][0]  # not always the most likely: ranks > 0 too
        parent_lp = direct_logprobs(tiny.model, prompt + path)
        reply = expand(server, run["id"], node, token)
        child = reply["node"]
        path.append(token)
        assert child["parent"] == node and child["token"] == token
        assert math.isclose(child["logprob"], float(parent_lp[token]), abs_tol=1e-4)
        assert child["rank"] == int((parent_lp > parent_lp[token]).sum())
        want = direct_logprobs(tiny.model, prompt + path)
        values, ids = torch.topk(want, 5)
        assert [t for t, _ in child["top"]] == ids.tolist()
        for (_, lp), w in zip(child["top"], values.tolist(), strict=True):
            assert abs(lp - w) < 1e-4
        entropy = float(-(want.exp() * want).sum())
        assert abs(child["entropy"] - entropy) < 1e-4
        assert {str(t) for t, _ in child["top"]} | {str(token)} <= set(reply["tokens"])
        node = child["id"]
    # the same expansion again: the same node, nothing new in the tree
    _, _, before = call(server, "GET", "/api/trace")
    again = expand(server, run["id"], 0, path[0])
    assert again["node"] == before["runs"][0]["nodes"][1]
    _, _, after = call(server, "GET", "/api/trace")
    assert len(after["runs"][0]["nodes"]) == len(before["runs"][0]["nodes"]) == 7


def test_branching_keeps_every_branch_and_results_are_the_leaves(server) -> None:
    run = new_run(server, "ab")["run"]
    top = run["nodes"][0]["top"]
    a = expand(server, "run-1", 0, top[0][0])["node"]
    a2 = expand(server, "run-1", a["id"], a["top"][0][0])["node"]
    b = expand(server, "run-1", 0, top[3][0])["node"]  # branch from the prompt again
    _, _, trace = call(server, "GET", "/api/trace")
    loads(orjson.dumps(trace))  # a valid trace
    nodes = trace["runs"][0]["nodes"]
    assert [n["id"] for n in nodes] == [0, a["id"], a2["id"], b["id"]]
    assert [n["parent"] for n in nodes] == [None, 0, a["id"], 0]
    results = trace["runs"][0]["results"]
    assert {r["node"] for r in results} == {a2["id"], b["id"]}
    scores = [r["score"] for r in results]
    assert scores == sorted(scores, reverse=True)
    assert all(r["num_tokens"] in (1, 2) for r in results)


def test_continue_greedy_records_what_tracegen_record_records(server, tiny) -> None:
    new_run(server, "Once")
    status, _, reply = call(server, "POST", "/api/continue", {"run": "run-1", "node": 0, "steps": 8, "mode": "greedy"})
    assert status == 200, reply
    recorded = record("Once", model=tiny, strategy="greedy", max_new_tokens=8, top_k=5).runs[0]
    live = reply["nodes"]
    assert [n["token"] for n in live] == [n.token for n in recorded.nodes[1:]]
    for mine, theirs in zip(live, recorded.nodes[1:], strict=True):
        assert abs(mine["logprob"] - theirs.logprob) < 1e-4 and mine["rank"] == theirs.rank == 0
        if theirs.top is not None:
            assert [t for t, _ in mine["top"]] == [t for t, _ in theirs.top]
            assert all(abs(x - y) < 1e-4 for (_, x), (_, y) in zip(mine["top"], theirs.top, strict=True))
    assert all(n["top"] for n in live)  # live nodes are always evaluated
    assert {str(n["token"]) for n in live} <= set(reply["tokens"])


def test_continue_sampling_is_seeded_and_stops_at_eos(session, server) -> None:
    new_run(server, "x")
    new_run(server, "x")
    body = {"node": 0, "steps": 40, "mode": "sample", "temperature": 1.5, "top_p": 0.9, "seed": 7}
    _, _, first = call(server, "POST", "/api/continue", {"run": "run-1", **body})
    _, _, second = call(server, "POST", "/api/continue", {"run": "run-2", **body})
    assert [n["token"] for n in first["nodes"]] == [n["token"] for n in second["nodes"]]
    # force an EOS: continuing from a node whose most likely token is EOS stops after one step
    eos = 256
    run = session.trace.run("run-1")
    node = expand(server, "run-1", 0, eos)["node"]
    assert node["finish"] == "eos" and node["top"] is None  # nothing follows EOS: not evaluated
    status, _, reply = call(server, "POST", "/api/continue", {"run": "run-1", "node": node["id"], "steps": 3})
    assert status == 200 and reply["nodes"] == []
    status, _, reply = call(server, "POST", "/api/expand", {"run": "run-1", "node": node["id"], "token": 65})
    assert status == 400 and "ended the sequence (EOS)" in reply["error"]
    session.eos = set(range(257))  # every token ends the sequence: one step, then stop
    status, _, reply = call(server, "POST", "/api/continue", {"run": "run-1", "node": 0, "steps": 5})
    assert status == 200 and len(reply["nodes"]) == 1
    assert run.has_node(reply["nodes"][0]["id"])


def test_downloads_are_the_trace_and_its_export(server, tmp_path) -> None:
    new_run(server, "Hello <b>&amp;")
    expand(server, "run-1", 0, 33)
    status, headers, data = call(server, "GET", "/api/download/trace.json")
    assert status == 200 and headers["content-disposition"] == 'attachment; filename="trace.json"'
    _, _, api = call(server, "GET", "/api/trace")
    assert data == api
    path = tmp_path / "trace.json"
    path.write_bytes(orjson.dumps(data))
    trace = load(path)
    assert trace.runs[0].prompt == "Hello <b>&amp;" and len(trace.runs[0].nodes) == 2
    status, headers, html = call(server, "GET", "/api/download/trace.html")
    assert status == 200 and headers["content-disposition"] == 'attachment; filename="trace.html"'
    result = CliRunner().invoke(main, ["export", str(path), "-o", str(tmp_path / "t.html")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "t.html").read_bytes() == html


def test_the_page_is_the_live_viewer(server) -> None:
    status, headers, html = call(server, "GET", "/")
    assert status == 200 and headers["content-type"].startswith("text/html")
    text = html.decode()
    assert 'id="tracegen-config"' in text and "connect-src 'self'" in text
    assert "frame-ancestors 'none'" in headers["content-security-policy"]


@pytest.mark.parametrize(("body", "status", "needle"), [
    ({"run": "nope", "node": 0, "token": 1}, 404, "unknown run"),
    ({"run": "run-1", "node": 99, "token": 1}, 404, "no node 99"),
    ({"run": "run-1", "node": 0, "token": 257}, 400, "outside the vocabulary"),
    ({"run": "run-1", "node": 0, "token": -1}, 400, "outside the vocabulary"),
    ({"run": "run-1", "node": 0, "token": "1"}, 400, "token"),
    ({"run": "run-1", "node": True, "token": 1}, 400, "node"),
    ({"run": "run-1", "node": 0}, 400, "missing field 'token'"),
    ([1, 2], 400, "JSON object"),
])
def test_bad_expansions_get_json_errors(server, body, status, needle) -> None:
    new_run(server)
    got, headers, reply = call(server, "POST", "/api/expand", body)
    assert got == status and headers["content-type"] == "application/json"
    assert needle in reply["error"]


def test_other_bad_requests(server) -> None:
    new_run(server)
    assert call(server, "POST", "/api/expand", raw=b"{not json")[0] == 400
    assert call(server, "POST", "/api/runs", {"prompt": ""})[0] == 400
    assert call(server, "POST", "/api/runs", {"prompt": "x", "chat": "yes"})[0] == 400
    for bad in ({"steps": 0}, {"steps": 513}, {"steps": 2, "mode": "beam"}, {"steps": 2, "mode": "sample", "temperature": 0},
                {"steps": 2, "mode": "sample", "top_p": 1.5}, {"steps": 2, "seed": "x"}):
        status, _, reply = call(server, "POST", "/api/continue", {"run": "run-1", "node": 0, **bad})
        assert status == 400, (bad, reply)
    status, _, reply = call(server, "GET", "/api/nothing")
    assert status == 404 and "error" in reply


def test_oversized_bodies_get_413(server) -> None:
    status, _, reply = call(server, "POST", "/api/runs", raw=b'{"prompt": "' + b"a" * (2 * 2**20) + b'"}')
    assert status == 413 and "larger" in reply["error"]


# -- safety -------------------------------------------------------------------------------


def test_a_foreign_host_is_refused_dns_rebinding(server) -> None:
    for method, path, body in (("GET", "/api/trace", None), ("GET", "/", None),
                               ("POST", "/api/runs", {"prompt": "x"})):
        status, _, reply = call(server, method, path, body, headers={"Host": f"evil.example:{server.port}"})
        assert status == 403 and "forbidden host" in reply["error"]
    assert call(server, "GET", "/api/trace", headers={"Host": f"localhost:{server.port}"})[0] == 200
    assert call(server, "GET", "/api/trace", headers={"Host": f"[::1]:{server.port}"})[0] == 200


def test_cross_origin_state_changes_are_refused(server) -> None:
    body = {"prompt": "x"}
    status, _, reply = call(server, "POST", "/api/runs", body, headers={"Origin": "http://evil.example"})
    assert status == 403 and "origin" in reply["error"]
    status, _, _ = call(server, "POST", "/api/runs", body, headers={"Origin": "null"})
    assert status == 403
    status, _, _ = call(server, "POST", "/api/runs", body, headers={"Origin": f"http://localhost:{server.port}"})
    assert status == 403  # another origin, even if it is this machine
    status, _, reply = call(server, "POST", "/api/runs", body, headers={"Sec-Fetch-Site": "cross-site"})
    assert status == 403
    # what a cross-site <form> or a no-preflight fetch could send: not JSON
    for ctype in ("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", None):
        status, _, reply = call(server, "POST", "/api/runs", raw=orjson.dumps(body), content_type=ctype)
        assert status == 415 and "application/json" in reply["error"]
    ok = call(server, "POST", "/api/runs", body,
              headers={"Origin": f"http://127.0.0.1:{server.port}", "Sec-Fetch-Site": "same-origin"})
    assert ok[0] == 200


def test_no_cors_headers_ever(server) -> None:
    new_run(server)
    for method, path in (("GET", "/api/trace"), ("OPTIONS", "/api/expand"), ("GET", "/")):
        _, headers, _ = call(server, method, path, headers={"Origin": "http://evil.example",
                                                             "Access-Control-Request-Method": "POST"})
        assert not any(h.startswith("access-control-") for h in headers)


def test_concurrent_requests_never_corrupt_the_tree(session, server) -> None:
    run = new_run(server)["run"]
    top = [t for t, _ in run["nodes"][0]["top"]]
    replies: list[dict] = []
    errors: list[BaseException] = []

    def worker(token: int) -> None:
        try:
            replies.append(expand(server, "run-1", 0, token))
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(top[i % 3],)) for i in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    by_token: dict[int, set[int]] = {}
    for reply in replies:
        by_token.setdefault(reply["node"]["token"], set()).add(reply["node"]["id"])
    assert all(len(ids) == 1 for ids in by_token.values()) and len(by_token) == 3
    _, _, trace = call(server, "GET", "/api/trace")
    loads(orjson.dumps(trace))
    assert len(trace["runs"][0]["nodes"]) == 4


def test_caches_stay_bounded_in_a_long_session(tiny) -> None:
    session = LiveSession(tiny, top_k=3, prefix_cache_bytes=64 * 2**10, distributions=8)
    run = session.new_run("a")["run"]["id"]
    for branch in range(20):
        reply = session.expand(run, 0, 65 + branch)
        session.continue_(run, reply["node"]["id"], 5)
    prefixes = session.backend.prefixes
    assert len(prefixes) <= prefixes.max_entries and (prefixes.nbytes <= 64 * 2**10 or len(prefixes) == 1)
    assert len(session._distributions) <= 8
    assert len(session.trace.run(run).nodes) == 1 + 20 * 6


def test_a_click_is_one_incremental_step(tiny) -> None:
    session = LiveSession(tiny, top_k=3)
    run = session.new_run("some prompt text")
    token = run["run"]["nodes"][0]["top"][0][0]
    calls = session.backend.calls
    node = session.expand("run-1", 0, token)["node"]
    assert session.backend.calls == calls + 1
    session.expand("run-1", node["id"], node["top"][1][0])
    assert session.backend.calls == calls + 2


def test_a_full_context_is_refused(session, server) -> None:
    run = new_run(server, "ab")["run"]
    session.backend.max_positions = 4  # "ab" + 2 tokens
    a = expand(server, "run-1", 0, run["nodes"][0]["top"][0][0])["node"]
    b = expand(server, "run-1", a["id"], a["top"][0][0])["node"]
    status, _, reply = call(server, "POST", "/api/expand", {"run": "run-1", "node": b["id"], "token": 65})
    assert status == 400 and "full" in reply["error"]
    status, _, reply = call(server, "POST", "/api/continue", {"run": "run-1", "node": a["id"], "steps": 5})
    assert status == 200 and len(reply["nodes"]) == 1  # stops where the context is full


def test_chat_runs_use_the_chat_template(server) -> None:
    run = new_run(server, "hi", chat=True)["run"]
    assert run["chat"] is True
    assert bytes(run["prompt_token_ids"]).decode() == "<|user|>hi\n<|assistant|>"


# -- the command ----------------------------------------------------------------------------


def test_serve_help_lists_its_options() -> None:
    result = CliRunner().invoke(main, ["serve", "--help"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    for option in ("--model", "--prompt", "--text", "--chat", "--top-k", "--host", "--port", "--no-browser"):
        assert option in result.output
    assert "127.0.0.1" in result.output and "5000" in result.output


def test_serve_rejects_prompt_and_text_together() -> None:
    result = CliRunner().invoke(main, ["serve", "--prompt", "x.txt", "--text", "y", "--no-browser"])
    assert result.exit_code == 2 and "not both" in result.output


@pytest.mark.integration
def test_serve_command_end_to_end(tiny_dir) -> None:
    """The installed command: a free port, a printed URL, the API answering; a wildcard host warns."""
    exe = Path(sys.executable).with_name("tracegen")
    proc = subprocess.Popen([str(exe), "serve", "--model", str(tiny_dir), "--text", "Hello", "--top-k", "4",
                             "--host", "0.0.0.0", "--port", "0", "--no-browser"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()  # type: ignore[union-attr]
        assert line.startswith("tracegen live: http://127.0.0.1:"), (line, proc.stderr.read() if proc.poll() else "")
        port = int(line.split("http://127.0.0.1:")[1].split("/")[0])
        import http.client

        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("GET", "/api/trace")
        trace = orjson.loads(conn.getresponse().read())
        assert trace["runs"][0]["prompt"] == "Hello" and len(trace["runs"][0]["nodes"][0]["top"]) == 4
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=20)
    assert "Warning: serving on 0.0.0.0" in err


def test_docs_cover_every_route_and_option() -> None:
    """docs/live.md names every API route of the app and every option of `tracegen serve`."""
    doc = (ROOT / "docs" / "live.md").read_text()
    app = create_app(LiveSession.__new__(LiveSession))
    routes = {r.rule for r in app.url_map.iter_rules() if r.endpoint != "static"}
    assert routes
    for rule in routes:
        assert f"`{rule}`" in doc or f" {rule}`" in doc, rule
    import click

    from tracegen.cli.serve import serve

    for param in serve.get_params(click.Context(serve)):
        for opt in [] if getattr(param, "hidden", False) else param.opts:
            if opt.startswith("--") and opt != "--help":
                assert opt in doc, opt


@pytest.mark.slow
def test_the_default_model_live_matches_a_direct_forward(default_model) -> None:
    session = LiveSession(default_model, top_k=10)
    try:
        run = session.new_run("The capital of France is")["run"]
        token = run["nodes"][0]["top"][1][0]
        node = session.expand(run["id"], 0, token)["node"]
        ids = run["prompt_token_ids"] + [token]
        with torch.inference_mode():
            want = torch.log_softmax(default_model.model(input_ids=torch.tensor([ids])).logits[0, -1].double(), -1)
        values, top = torch.topk(want, 10)
        assert [t for t, _ in node["top"]] == top.tolist()
        assert max(abs(lp - v) for (_, lp), v in zip(node["top"], values.tolist(), strict=True)) < 1e-4
        reply = session.continue_(run["id"], node["id"], 4)
        assert len(reply["nodes"]) == 4 and all(n["rank"] == 0 for n in reply["nodes"])
    finally:
        session.close()
