"""Whatever tracegen writes says which tracegen wrote it: the exported page, the compare page,
every figure format, and CITATION.cff cites the version the package is."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import tracegen
from tracegen._version import __version__
from tracegen.export.page import render_html

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def trace(tiny):
    return tracegen.record("Hello", model=tiny, strategy="greedy", max_new_tokens=3, top_k=3)


def test_the_exported_page_names_its_tracegen(trace) -> None:
    assert f'<meta name="generator" content="tracegen {__version__}">' in render_html(trace)


@pytest.mark.parametrize("fmt", ["svg", "tex", "pdf", "png"])
def test_every_figure_format_names_its_tracegen(trace, fmt: str) -> None:
    if fmt in ("pdf", "png"):
        pytest.importorskip("cairosvg")
    data = trace.figure(format=fmt)
    raw = data.encode() if isinstance(data, str) else bytes(data)
    # svg: the <desc>; tex: the first comment; pdf: its Creator; png: a tEXt "Software" chunk
    assert f"tracegen {__version__}".encode() in raw


def test_citation_cff_cites_this_version() -> None:
    text = (ROOT / "CITATION.cff").read_text()
    assert re.search(r"^cff-version: 1\.2\.0$", text, flags=re.M)
    assert re.search(rf'^version: "{re.escape(__version__)}"$', text, flags=re.M)
    for key in ("title", "authors", "license", "message"):
        assert re.search(rf"^{key}:", text, flags=re.M), key
