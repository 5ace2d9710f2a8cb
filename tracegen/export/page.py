"""Turn a trace into one self-contained HTML page: the built viewer plus the escaped trace.

The page needs no server and no network: the viewer bundle (``static/viewer.html``, built
from ``viewer/`` by Vite into a single file) is inlined, and a Content-Security-Policy meta
tag forbids every request. The same template serves live mode, where the page carries a
small config instead of a trace and may talk to its own origin only.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import secrets
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import jinja2
import orjson
from markupsafe import Markup

from .._atomic import check_output, is_stdout, write_output
from .._jsontext import BOM
from .._version import __version__
from ..errors import TracegenError
from ..trace import Run, Trace, loads, read_trace_bytes

PACKAGE = Path(__file__).resolve().parent.parent
BUNDLE_PATH = PACKAGE / "static" / "viewer.html"
TEMPLATE_NAME = "viewer.html.j2"

# JSON inside <script> must not be able to end the element or open a comment, and must
# survive being read as JavaScript: escape, never delete. All five only occur inside JSON
# strings, where \uXXXX is an exact equivalent.
_JSON_ESCAPES = (
    (b"<", b"\\u003c"),
    (b">", b"\\u003e"),
    (b"&", b"\\u0026"),
    ("\u2028".encode(), b"\\u2028"),
    ("\u2029".encode(), b"\\u2029"),
)

_UTF8_BOM = BOM.encode("utf-8")

_SCRIPT_RE = re.compile(r"<script\b[^>]*>(.*?)</script>", re.S | re.I)
_STYLE_RE = re.compile(r"<style\b[^>]*>.*?</style>", re.S | re.I)


def templates_dir() -> Path:
    """Where the jinja2 templates are: ``tracegen/templates`` in a wheel, ``templates/`` in a checkout."""
    packaged = PACKAGE / "templates"
    if (packaged / TEMPLATE_NAME).is_file():
        return packaged
    source = PACKAGE.parent / "templates"
    if (source / TEMPLATE_NAME).is_file():
        return source
    raise TracegenError(f"viewer template {TEMPLATE_NAME} is missing from this installation")


@lru_cache(maxsize=1)
def _environment(directory: str) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(directory),
        autoescape=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )


@dataclass(frozen=True)
class _Bundle:
    scripts: str
    styles: str
    script_hashes: tuple[str, ...]


@lru_cache(maxsize=4)
def _bundle(path: str, mtime_ns: int) -> _Bundle:
    """The inline ``<script>`` and ``<style>`` elements of the built viewer and the scripts' CSP hashes."""
    html = Path(path).read_text(encoding="utf-8")
    scripts = [m.group(0) for m in _SCRIPT_RE.finditer(html)]
    if not scripts:
        raise TracegenError(f"{path}: the viewer bundle has no inline script; rebuild it (cd viewer && npm run ship)")
    hashes = tuple(
        "'sha256-" + base64.b64encode(hashlib.sha256(m.group(1).encode("utf-8")).digest()).decode() + "'"
        for m in _SCRIPT_RE.finditer(html)
    )
    styles = "\n".join(m.group(0) for m in _STYLE_RE.finditer(html))
    return _Bundle(scripts="\n".join(scripts), styles=styles, script_hashes=hashes)


def _load_bundle() -> _Bundle:
    try:
        stat = os.stat(BUNDLE_PATH)
    except FileNotFoundError:
        raise TracegenError(
            f"{BUNDLE_PATH}: the built viewer is missing; rebuild it (cd viewer && npm ci && npm run ship)"
        ) from None
    return _bundle(str(BUNDLE_PATH), stat.st_mtime_ns)


def escape_json_for_html(data: bytes) -> str:
    """JSON bytes made safe to embed in a ``<script type="application/json">`` element.

    ``<``, ``>``, ``&``, U+2028 and U+2029 become ``\\uXXXX`` escapes, so no token text can
    close the element, open a comment or break a JavaScript parser; the JSON value is unchanged.
    """
    return escape_json_bytes(data).decode("utf-8")


def escape_json_bytes(data: bytes) -> bytes:
    """``escape_json_for_html`` as bytes, for a page written in pieces."""
    for raw, escaped in _JSON_ESCAPES:
        data = data.replace(raw, escaped)
    return data


def csp_for(bundle_hashes: tuple[str, ...], live: bool) -> str:
    """The page's Content-Security-Policy: nothing from the network; live pages may call their own origin."""
    return "; ".join([
        "default-src 'none'",
        "script-src " + " ".join(bundle_hashes),
        "style-src 'unsafe-inline'",
        "img-src data:",
        "font-src 'none'",
        "connect-src 'self'" if live else "connect-src 'none'",
        "media-src 'none'",
        "object-src 'none'",
        "frame-src 'none'",
        "worker-src 'none'",
        "manifest-src 'none'",
        "form-action 'none'",
        "base-uri 'none'",
    ])


def _render(title: str, trace_json: str | None, config_json: str | None, live: bool) -> str:
    return render_page(TEMPLATE_NAME, title=title, live=live, first_view_json=None,
                       trace_json=None if trace_json is None else Markup(trace_json),
                       config_json=None if config_json is None else Markup(config_json))


def render_page(template: str, *, title: str, live: bool = False, **data: object) -> str:
    """Render a page template of ``templates/`` around the built viewer.

    The template gets the page's ``csp`` (``csp_for``), the viewer bundle's ``styles`` and
    ``scripts``, ``title``, ``version`` and ``data``; JSON in ``data`` must already be
    escaped (``escape_json_for_html``) and wrapped in ``Markup``.

    Args:
        template: The template's file name, e.g. ``"viewer.html.j2"``.
        title: The page title (escaped by the template).
        live: Whether the page may call its own origin (``connect-src 'self'``).
        **data: Further template variables.
    """
    bundle = _load_bundle()
    return _environment(str(templates_dir())).get_template(template).render(
        csp=Markup(csp_for(bundle.script_hashes, live)),  # quotes and base64 only: no escaping needed
        title=title,
        version=__version__,
        styles=Markup(bundle.styles),
        scripts=Markup(bundle.scripts),
        **data,
    )


def render_page_chunks(template: str, *, title: str,
                       json_data: Mapping[str, Callable[[], bytes | Iterable[bytes]] | None],
                       live: bool = False, **data: object) -> Iterator[bytes]:
    """``render_page``, as UTF-8 pieces in order, with large JSON made and escaped one piece at a time.

    A compare page of a 200,000-node path embeds hundreds of megabytes of JSON; rendered as one
    string it was held five times over (the JSON, its text, the page, the page's bytes). Here
    the template is rendered around a placeholder per ``json_data`` entry, and each placeholder
    is replaced, as the pieces are written, by its JSON: made by calling the entry (``None``:
    the template variable is ``None``) and escaped (``escape_json_bytes``), then dropped.

    Args:
        template: As for ``render_page``.
        title: As for ``render_page``.
        json_data: Template variable -> a function returning raw JSON bytes (or its pieces in
            order, each a whole number of JSON tokens), or ``None``.
        live: As for ``render_page``.
        **data: Further template variables, as for ``render_page``.
    """
    # a fresh random marker: no title or token text can spell it
    marker = f"tracegen-part-{secrets.token_hex(16)}-"
    holders = {name: None if make is None else Markup(marker + name + marker) for name, make in json_data.items()}
    page = render_page(template, title=title, live=live, **data, **holders)
    # text, name, text, name, ..., text
    pieces = re.split(re.escape(marker) + r"(\w+)" + re.escape(marker), page)
    for i, piece in enumerate(pieces):
        if i % 2 == 0:
            yield piece.encode("utf-8")
        else:
            make = json_data[piece]
            assert make is not None  # only entries with a function have a placeholder
            made = make()
            for chunk in (made,) if isinstance(made, bytes) else made:
                yield escape_json_bytes(chunk)


def default_title(trace: Trace) -> str:
    """``tracegen: <model> — <first prompt>`` shortened to a tab-sized title."""
    prompt = trace.runs[0].prompt.strip().replace("\n", " ") if trace.runs else ""
    if len(prompt) > 60:
        prompt = prompt[:57] + "..."
    name = str(trace.model.get("name", "trace"))
    return f"tracegen: {name}" + (f" \u2014 {prompt}" if prompt else "")


def render_html(trace: Trace, title: str | None = None, trace_file: str | None = None,
                source_json: bytes | None = None) -> str:
    """The exported page for ``trace``: viewer and data in one HTML document that works from ``file://``.

    Args:
        trace: The trace to embed (validated by the caller, e.g. through ``tracegen.trace.load``).
        title: The page title; defaults to the model name and the first prompt.
        trace_file: The trace's file name, which the page's Figure button puts in the
            ``tracegen figure`` command it offers (``TRACE.json`` when not given).
        source_json: The JSON text ``trace`` was read and validated from, embedded as it is
            (escaped) instead of writing the trace out again, which took a third of the
            export of a node with a million candidates. Default: ``trace.dumps()``.

    Returns:
        The whole HTML document as text.
    """
    return b"".join(html_chunks(trace, title, trace_file, source_json)).decode("utf-8")


def html_chunks(trace: Trace, title: str | None = None, trace_file: str | None = None,
                source_json: bytes | None = None) -> Iterator[bytes]:
    """``render_html`` as UTF-8 pieces in order, what ``export`` writes: the trace's JSON goes
    out as bytes, never decoded into the page's text and encoded back (a tenth of the export
    of a node with a million candidates)."""
    if source_json is not None and source_json.startswith(_UTF8_BOM):
        source_json = source_json[len(_UTF8_BOM):]
    config = None if trace_file is None else orjson.dumps({"trace_file": trace_file})
    preview = first_view(trace)
    return render_page_chunks(TEMPLATE_NAME, title=title if title is not None else default_title(trace), json_data={
        "first_view_json": None if preview is None else preview.dumps,
        "trace_json": trace.dumps if source_json is None else lambda: source_json,
        "config_json": None if config is None else lambda: config,
    })


#: The candidates per node a page's first view keeps (the distribution panel shows 400 at first).
FIRST_VIEW_CANDIDATES = 1000


def first_view(trace: Trace) -> Trace | None:
    """What a page shows while the browser reads the whole trace, when some node's top-k is
    longer than ``FIRST_VIEW_CANDIDATES``: the same trace with every top-k cut to its first
    ``FIRST_VIEW_CANDIDATES`` candidates and the token table to the ids it then uses
    (``script#tracegen-first-view``, docs/viewer.md). A node with a million candidates is
    tens of megabytes of JSON that the browser takes a second to parse; its first rows need a
    thousandth of it. ``None`` when nothing would be cut.
    """
    if not any(node.top and len(node.top) > FIRST_VIEW_CANDIDATES for run in trace.runs for node in run.nodes):
        return None
    runs = []
    used = {int(t) for key in ("special_token_ids", "eos_token_ids") for t in trace.model.get(key) or ()
            if isinstance(t, int)}
    for run in trace.runs:
        nodes = [node if not node.top or len(node.top) <= FIRST_VIEW_CANDIDATES
                 else replace(node, top=node.top[:FIRST_VIEW_CANDIDATES]) for node in run.nodes]
        used.update(run.prompt_token_ids)
        for node in nodes:
            if node.token is not None:
                used.add(node.token)
            used.update(t for t, _ in node.top or ())
        # a new Run, not dataclasses.replace: that would hand it this run's own child index to extend
        runs.append(Run(id=run.id, prompt=run.prompt, prompt_token_ids=run.prompt_token_ids, strategy=run.strategy,
                        top_k=run.top_k, nodes=nodes, results=run.results, complete=run.complete, extra=run.extra))
    return Trace(model=trace.model, tokens={t: trace.tokens[t] for t in sorted(used) if t in trace.tokens},
                 runs=runs, token_bytes={t: b for t, b in trace.token_bytes.items() if t in used},
                 created=trace.created, tracegen_version=trace.tracegen_version, extra=trace.extra)


def render_live_page(api_base: str = "/api", title: str | None = None) -> str:
    """The page live mode serves: the same viewer, reading and growing the trace through ``api_base``.

    Its CSP allows requests to the page's own origin (``connect-src 'self'``) and nothing else.

    Args:
        api_base: Where the live API is mounted, e.g. ``"/api"``.
        title: The page title; defaults to ``"tracegen live"``.
    """
    config = escape_json_for_html(orjson.dumps({"mode": "live", "api": api_base}))
    return _render(title if title is not None else "tracegen live", None, config, live=True)


def default_output(trace_path: str | os.PathLike) -> Path:
    """Where ``export`` writes by default: beside the trace, same name, ``.html``."""
    return Path(trace_path).with_suffix(".html")


def export(trace_path: str | os.PathLike, out_path: str | os.PathLike | None = None,
           title: str | None = None) -> Path | None:
    """Read and validate a trace file and write its self-contained HTML page.

    Nothing is written unless the trace is valid; the page is written atomically, so a
    failure never leaves a partial file.

    Args:
        trace_path: The trace (JSON).
        out_path: The HTML file to write; defaults to ``trace_path`` with ``.html``; ``"-"``:
            the standard output.
        title: The page title; defaults to the model name and the first prompt.

    Returns:
        The path written (``None`` for the standard output).
    """
    out: str | os.PathLike = default_output(trace_path) if out_path is None else \
        out_path if is_stdout(out_path) else Path(out_path)
    if not is_stdout(out):
        check_output(out, inputs=[trace_path])
    source = read_trace_bytes(trace_path)
    trace = loads(source, source=str(trace_path))
    return write_output(out, html_chunks(trace, title=title, trace_file=Path(trace_path).name, source_json=source))
