"""The compare page: one self-contained HTML file with both traces and the comparison.

Same CSP, bundle and JSON escaping as the single-trace page (``tracegen.export.page``):
no network request, token text never markup. The data contract (``docs/compare.md``):

- ``script#tracegen-trace``: trace A, where the viewer reads a trace;
- ``script#tracegen-trace-b``: trace B;
- ``script#tracegen-compare``: ``Comparison.to_dict()``, what ``tracegen compare --json`` prints;
  the viewer opens in compare mode when it finds it;
- ``script#tracegen-config`` (when A is a file): the viewer's config, ``{"trace_file": A's path}``.
"""

from __future__ import annotations

import os
from pathlib import Path

import orjson
from markupsafe import Markup

from .._atomic import write_output
from ..export.page import escape_json_for_html, render_page
from .comparison import Comparison

TEMPLATE_NAME = "compare.html.j2"


def render_compare_html(comparison: Comparison, title: str | None = None) -> str:
    """The compare page for ``comparison`` as one HTML document that works from ``file://``.

    Args:
        comparison: What ``tracegen.compare`` returned.
        title: The page title; defaults to both model names.
    """
    if title is None:
        title = f"tracegen compare: {comparison.a.model.get('name')} vs {comparison.b.model.get('name')}"
    # The viewer's own config, as the single-trace page has it: the file its Figure button names.
    config = {"trace_file": comparison.names[0]} if comparison.names[0] != "A" else None
    return render_page(
        TEMPLATE_NAME, title=title,
        trace_a_json=Markup(escape_json_for_html(comparison.a.dumps())),
        trace_b_json=Markup(escape_json_for_html(comparison.b.dumps())),
        compare_json=Markup(escape_json_for_html(comparison.dumps())),
        config_json=None if config is None else Markup(escape_json_for_html(orjson.dumps(config))),
    )


def write_compare_html(comparison: Comparison, out: str | os.PathLike, title: str | None = None) -> Path | None:
    """Write the compare page to ``out`` atomically and return the path (``"-"``: to the standard
    output, returning ``None``)."""
    return write_output(out, render_compare_html(comparison, title).encode("utf-8"))
