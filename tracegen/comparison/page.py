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
from collections.abc import Iterator
from pathlib import Path

import orjson

from .._atomic import write_output
from .._collector import paused
from ..export.page import render_page_chunks
from .comparison import Comparison

TEMPLATE_NAME = "compare.html.j2"


def render_compare_html(comparison: Comparison, title: str | None = None) -> str:
    """The compare page for ``comparison`` as one HTML document that works from ``file://``.

    Args:
        comparison: What ``tracegen.compare`` returned.
        title: The page title; defaults to both model names.
    """
    return b"".join(compare_page_chunks(comparison, title)).decode("utf-8")


def compare_page_chunks(comparison: Comparison, title: str | None = None) -> Iterator[bytes]:
    """``render_compare_html`` as UTF-8 pieces in order: each JSON element is made, escaped and
    handed on in turn, never the whole page at once (a 200,000-node comparison embeds hundreds
    of megabytes)."""
    if title is None:
        title = f"tracegen compare: {comparison.a.model.get('name')} vs {comparison.b.model.get('name')}"
    # The viewer's own config, as the single-trace page has it: the file its Figure button names.
    config = {"trace_file": comparison.names[0]} if comparison.names[0] != "A" else None
    return render_page_chunks(TEMPLATE_NAME, title=title, json_data={
        "trace_a_json": lambda: comparison.trace_json(0),
        "trace_b_json": lambda: comparison.trace_json(1),
        "compare_json": comparison.dump_chunks,
        "config_json": None if config is None else lambda: orjson.dumps(config),
    })


def write_compare_html(comparison: Comparison, out: str | os.PathLike, title: str | None = None) -> Path | None:
    """Write the compare page to ``out`` atomically and return the path (``"-"``: to the standard
    output, returning ``None``)."""
    with paused():  # the page's JSON is made here, piece by piece: no cycle in it
        return write_output(out, compare_page_chunks(comparison, title))
