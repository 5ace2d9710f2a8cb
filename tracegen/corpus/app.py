"""``tracegen serve --corpus``: a runs table over a corpus, each run opening in the normal viewer.

Routes:

- ``GET /``: the runs table page (sort by any column, filter, search; pages come from the server);
- ``GET /api/runs?offset=&limit=&sort=&order=asc|desc&filter=column:op:value&q=``: one page of
  the runs table as JSON (``runs_page.py``), the page's JSON twin;
- ``GET /run/<id>``: that run in the exported viewer (the page ``tracegen export`` writes);
- ``GET /api/run/<id>``: that run as a trace (the trace format).

Only ``GET`` routes: the corpus is read, never changed. The live app's guards apply (``Host``
checked against DNS rebinding, security headers, JSON errors).
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable

import orjson
from flask import Flask, Response, request
from markupsafe import Markup

from .. import export as _export
from ..errors import ParameterError
from ..live.app import LOOPBACK_HOSTS, error_response, install_guards, json_response
from .reading import Corpus
from .runs_page import OPERATORS, RunsQuery, runs_page

TEMPLATE = "corpus.html.j2"
SCRIPT = "corpus.js"


def create_corpus_app(corpus: Corpus, *, allowed_hosts: Iterable[str] = LOOPBACK_HOSTS) -> Flask:
    """The runs-table app over ``corpus``.

    Args:
        corpus: The corpus to browse.
        allowed_hosts: Host names the ``Host`` header may name (default: the loopback names).
    """
    app = Flask(__name__, static_folder=None)
    install_guards(app, allowed_hosts)

    @app.errorhandler(ParameterError)
    def _bad_parameter(exc: ParameterError) -> Response:
        return error_response(str(exc), 400)

    @app.get("/")
    def page() -> Response:
        return Response(render_runs_page(corpus), mimetype="text/html")

    @app.get("/api/runs")
    def runs() -> Response:
        return json_response(runs_page(corpus, RunsQuery.from_args(request.args)))

    @app.get("/run/<path:run_id>")
    def run_page(run_id: str) -> Response:
        trace = _one(corpus, run_id)
        if isinstance(trace, Response):
            return trace
        return Response(_export.render_html(trace, trace_file=f"{run_id}.json"), mimetype="text/html")

    @app.get("/api/run/<path:run_id>")
    def run_json(run_id: str) -> Response:
        trace = _one(corpus, run_id)
        return trace if isinstance(trace, Response) else json_response(trace.dumps())

    return app


def _one(corpus: Corpus, run_id: str):  # noqa: ANN202 - a Trace or the 404 reply
    try:
        return corpus.run(run_id)
    except KeyError:
        return error_response(f"no run {run_id!r} in the corpus", 404)


def render_runs_page(corpus: Corpus) -> str:
    """The runs table page: a template with its script inline, allowed by hash and nothing else."""
    directory = _export.templates_dir()
    script = (directory / SCRIPT).read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    config = {"title": f"{corpus.manifest.model.get('name', 'corpus')} \u2014 {corpus.path.name}",
              "operators": list(OPERATORS)}
    import jinja2

    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(str(directory)), autoescape=True)
    return environment.get_template(TEMPLATE).render(
        csp=Markup(f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; "
                   "connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'"),
        title=config["title"], script=Markup(script),
        config_json=Markup(_export.escape_json_for_html(orjson.dumps(config))))
