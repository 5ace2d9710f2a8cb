"""``tracegen.export`` and the ``export`` / ``view`` commands: escaping, CSP, errors, packaging."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner
from synthetic_traces import PAYLOADS, synthetic_trace, tricky_trace

from tracegen import export as export_mod
from tracegen.cli import main
from tracegen.trace import loads

ROOT = Path(__file__).resolve().parent.parent

DATA_RE = re.compile(r'<script type="application/json" id="tracegen-trace">(.*?)</script>', re.S)


def embedded(html: str) -> dict:
    match = DATA_RE.search(html)
    assert match, "no embedded trace"
    return json.loads(match.group(1))


@pytest.fixture
def tricky_path(tmp_path: Path) -> Path:
    path = tmp_path / "tricky.json"
    tricky_trace().save(path)
    return path


def test_embedded_trace_round_trips_and_escapes_markup() -> None:
    trace = tricky_trace()
    html = export_mod.render_html(trace)
    data = DATA_RE.search(html).group(1)  # type: ignore[union-attr]
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in data
    assert embedded(html) == orjson.loads(trace.dumps())
    loads(json.dumps(embedded(html)))  # still a valid trace
    # the payloads survive as text: escaped, never deleted
    assert set(PAYLOADS) <= set(embedded(html)["tokens"].values())
    # exactly one closing tag per element: the data can't end its block early
    assert html.count("</script>") == html.count("<script")
    assert "<!--" not in html.split("<body>")[0].split("tracegen-trace")[1].split("</script>")[0]


def test_csp_forbids_network_and_pins_the_script_hash() -> None:
    html = export_mod.render_html(tricky_trace(), title="T")
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)  # type: ignore[union-attr]
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    scripts = re.findall(r'<script type="module"[^>]*>(.*?)</script>', html, re.S)
    assert len(scripts) == 1
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode()).digest()).decode()
    assert f"'sha256-{digest}'" in csp
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html), "no external references"
    assert "<title>T</title>" in html


def test_title_is_escaped() -> None:
    html = export_mod.render_html(tricky_trace(), title="<b>x</b> {{ 1 }}")
    assert "<title>&lt;b&gt;x&lt;/b&gt; {{ 1 }}</title>" in html


def test_live_page_carries_config_and_allows_same_origin_only() -> None:
    html = export_mod.render_live_page("/api")
    assert 'id="tracegen-config">{"mode":"live","api":"/api"}</script>' in html
    assert 'id="tracegen-trace"' not in html
    csp = re.search(r'content="(default-src[^"]+)"', html).group(1)  # type: ignore[union-attr]
    assert "connect-src 'self'" in csp and "default-src 'none'" in csp


def test_export_embeds_the_file_as_written_and_escaped(tmp_path: Path) -> None:
    """The validated file goes into the page as it is (writing a million candidates out again
    took a third of the export): indented, with a byte order mark and markup in its tokens."""
    path = tmp_path / "indented.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(orjson.loads(tricky_trace().dumps()), indent=2,
                                                   ensure_ascii=False).encode())
    html = export_mod.export(path).read_text(encoding="utf-8")
    data = DATA_RE.search(html).group(1)  # type: ignore[union-attr]
    assert "\n  " in data and not any(bad in data for bad in ("<", ">", "&", "\u2028", "\u2029", "\ufeff"))
    assert embedded(html) == orjson.loads(path.read_bytes()[3:])
    assert html.count("</script>") == html.count("<script")


def test_export_writes_beside_the_trace(tricky_path: Path) -> None:
    result = CliRunner().invoke(main, ["export", str(tricky_path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    out = tricky_path.with_suffix(".html")
    assert result.output.strip() == str(out)
    assert embedded(out.read_text(encoding="utf-8"))["runs"][0]["id"] == "beam"


def test_export_output_and_title(tricky_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "sub" / "page.html"
    out.parent.mkdir()
    result = CliRunner().invoke(main, ["export", str(tricky_path), "-o", str(out), "--title", "My run"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "<title>My run</title>" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"{not json", "not JSON"),
        (b'{"format": "tracegen.trace", "version": 99}', "newer than this tracegen reads"),
        (b'{"format": "something else"}', "not a tracegen trace"),
        (b'{"format": "tracegen.trace", "version": 1, "model": {"name": "m"}, "tokens": {}, "runs": [{}]}',
         "malformed trace"),
    ],
    ids=["missing", "corrupt", "newer-version", "not-a-trace", "malformed"],
)
def test_export_errors_are_one_line_and_leave_nothing(tmp_path: Path, content: bytes | None, message: str) -> None:
    trace = tmp_path / "t.json"
    if content is not None:
        trace.write_bytes(content)
    result = CliRunner().invoke(main, ["export", str(trace)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and message in lines[0], result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ([] if content is None else ["t.json"])


def test_export_into_missing_directory_fails_cleanly(tricky_path: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["export", str(tricky_path), "-o", str(tmp_path / "nope" / "x.html")])
    assert result.exit_code == 1 and result.output.startswith("Error: ")


def test_export_never_overwrites_the_trace(tricky_path: Path) -> None:
    before = tricky_path.read_bytes()
    result = CliRunner().invoke(main, ["export", str(tricky_path), "-o", str(tricky_path)])
    assert result.exit_code == 1 and "that is the input" in result.output
    assert tricky_path.read_bytes() == before


def test_view_exports_and_opens_browser(tricky_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url, *a, **k: opened.append(url) or True)
    result = CliRunner().invoke(main, ["view", str(tricky_path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert len(opened) == 1 and opened[0].startswith("file://") and opened[0].endswith("tricky.html")
    page = Path(result.output.strip())
    assert page.is_file() and "tracegen-trace" in page.read_text(encoding="utf-8")


def test_view_without_a_browser_says_where_the_page_is(tricky_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No browser (ssh, a container): webbrowser.open finds none and returns False; the page is
    still written, the command says where and that nothing opened, and exits 0."""
    monkeypatch.setattr("webbrowser.open", lambda url, *a, **k: False)
    result = CliRunner().invoke(main, ["view", str(tricky_path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    page = Path(result.stdout.strip())
    assert page.is_file()
    assert result.stderr.strip() == f"No browser opened (none found): open {page} in one, or copy it where one runs."


def test_export_of_10k_nodes_embeds_them_all(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    synthetic_trace(10_000, top_k=20).save(path)
    page = export_mod.export(path).read_text(encoding="utf-8")  # its speed: benchmarks/bench_viewer.py
    assert len(loads(DATA_RE.search(page).group(1).encode()).runs[0].nodes) == 10_000


@pytest.mark.parametrize(("built", "shipped"), [("index.html", "viewer.html"), ("widget.js", "widget.js")])
def test_bundle_is_the_committed_build(built: str, shipped: str) -> None:
    """The shipped bundles (the page, the notebook widget's module) are byte for byte what the
    viewer source builds (`make viewer-check` builds them)."""
    fresh = ROOT / "viewer" / "dist" / built
    if not fresh.is_file():
        pytest.skip("viewer/dist is not built here: `make viewer-check` builds it before the suite")
    committed = export_mod.BUNDLE_PATH.with_name(shipped)
    assert fresh.read_bytes() == committed.read_bytes(), "run `make viewer` and commit the bundles"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
                   check=True, cwd=out)
    (whl,) = out.glob("tracegen-*.whl")
    return whl


@pytest.mark.integration
def test_wheel_contains_viewer_and_templates(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "tracegen/static/viewer.html" in names and "tracegen/static/widget.js" in names
    assert "tracegen/templates/viewer.html.j2" in names
    assert "tracegen/trace/schema.json" in names and "tracegen/py.typed" in names
    # figures: their templates and the colour scales they share with the viewer
    assert {"tracegen/templates/figure.svg.j2", "tracegen/templates/figure.tex.j2", "tracegen/static/scales.json"} \
        <= set(names)


@pytest.mark.integration
def test_export_from_installed_wheel(wheel: Path, tmp_path: Path, tricky_path: Path) -> None:
    """Install the wheel (not editable) into a fresh venv; dependencies come from the dev venv."""
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    site = next(env_dir.glob("lib/python*/site-packages"))
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), str(wheel)],
                   check=True)
    # the dev venv's packages (torch, jinja2, ...) after the wheel's, without its editable tracegen
    deps = next(p for p in sys.path if p.endswith("site-packages") and Path(p, "orjson").exists())
    (site / "zz_deps.pth").write_text(deps + "\n")
    out = tmp_path / "from-wheel.html"
    code = ("import tracegen.export as e, sys; assert 'site-packages' in e.__file__, e.__file__; "
            "print(e.export(sys.argv[1], sys.argv[2]))")
    proc = subprocess.run([str(bindir / "python"), "-c", code, str(tricky_path), str(out)],
                          capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert embedded(out.read_text(encoding="utf-8"))["runs"][1]["id"] == "emoji"
    # figures find their templates and scales inside the installed package too
    code = ("import tracegen, tracegen.figure.templates as t, sys; assert 'site-packages' in t.__file__, t.__file__; "
            "tr = tracegen.load(sys.argv[1]); print(len(tr.figure(format='tex')), len(tr.figure('tree')))")
    proc = subprocess.run([str(bindir / "python"), "-c", code, str(tricky_path)], capture_output=True, text=True,
                          cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert all(int(n) > 500 for n in proc.stdout.split())


@pytest.mark.integration
def test_installed_executable_exports_and_fails_in_one_line(tricky_path: Path, tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("tracegen")
    if not exe.exists():
        pytest.skip("no tracegen executable beside this Python")
    ok = subprocess.run([str(exe), "export", str(tricky_path), "-o", str(tmp_path / "x.html")],
                        capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert (tmp_path / "x.html").is_file()
    bad = subprocess.run([str(exe), "export", str(tmp_path / "missing.json")], capture_output=True, text=True)
    assert bad.returncode == 1
    assert bad.stderr.strip().count("\n") == 0 and bad.stderr.startswith("Error: ")
    assert not (tmp_path / "missing.html").exists()


def test_only_a_page_with_a_long_top_k_carries_a_first_view():
    """The first view (``script#tracegen-first-view``) is for a top-k longer than
    ``FIRST_VIEW_CANDIDATES``: any other page is its trace alone, as before."""
    from synthetic_traces import huge_node_trace, synthetic_trace

    from tracegen.export import render_html
    from tracegen.export.page import FIRST_VIEW_CANDIDATES, first_view

    assert first_view(synthetic_trace(num_nodes=200)) is None
    assert 'id="tracegen-first-view"' not in render_html(synthetic_trace(num_nodes=200))
    assert first_view(huge_node_trace(FIRST_VIEW_CANDIDATES, chosen_rank=10)) is None
    trace = huge_node_trace(FIRST_VIEW_CANDIDATES + 1, chosen_rank=FIRST_VIEW_CANDIDATES)
    before = trace.dumps()
    view = first_view(trace)
    assert view is not None and len(view.runs[0].nodes[0].top) == FIRST_VIEW_CANDIDATES
    # the trace itself is untouched (its nodes, its index of children)
    assert trace.dumps() == before and [c.id for c in trace.runs[0].children(0)] == [1]
    assert FIRST_VIEW_CANDIDATES in view.tokens  # the chosen token, cut from the top-k, keeps its text
