"""Every figure legible at its default size: tokens printed at 7 pt or more, any other text at
6 pt or more, and every text at WCAG contrast against what is drawn under it (4.5:1; 3:1 for the
faded tokens of pruned beams); legends say what the marks mean; nothing half empty.

Sizes are read twice: from the SVG (font size times the displayed scale) and from the PDF
cairo makes of it (pdfminer's glyph sizes), so the check does not trust tracegen's own sums.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from figure_traces import hostile_trace
from synthetic_traces import researcher_trace, synthetic_trace, tricky_trace

from tracegen.figure import FigureOptions, render_figure
from tracegen.figure.scale import parse_hex, relative_luminance

NS = "{http://www.w3.org/2000/svg}"
PT_PER = {"cm": 72 / 2.54, "mm": 72 / 25.4, "in": 72.0, "pt": 1.0, "px": 0.75}
TOKEN_ROLES = {"tg-node-text", "tg-token-text", "tg-strip-token", "tg-candidate", "tg-annotation-token",
               "tg-context", "tg-prompt"}
MARKS = {"\u21b5", "\u2205"}  # the faint newline and empty marks inside a token's swatch: decoration


def _cases():
    traces = {"hostile": hostile_trace(), "tricky": tricky_trace(), "synthetic": synthetic_trace(300, depth=40),
              "researcher": researcher_trace()}
    for kind in ("text", "tree", "distribution", "strip"):
        for name, trace in traces.items():
            for run in trace.runs[:2]:
                for colour in ("probability", "surprisal", "entropy"):
                    yield pytest.param(trace, kind, run.id, colour, id=f"{kind}-{name}-{run.id}-{colour}")


CASES = list(_cases())


def _blend(top: str, alpha: float, bottom: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = parse_hex(top)
    return tuple(alpha * c + (1 - alpha) * u for c, u in zip((r, g, b), bottom, strict=True))  # type: ignore[return-value]


def _luminance(rgb: tuple[float, float, float]) -> float:
    return relative_luminance("#{:02x}{:02x}{:02x}".format(*(round(c) for c in rgb)))


def contrast(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _svg(trace, kind: str, run: str, colour: str) -> ET.Element:
    annotate = "auto" if kind == "text" else None
    return ET.fromstring(render_figure(trace, kind, run=run, options=FigureOptions(colour=colour, annotate=annotate))
                         .encode("utf-8"))


def _pt_per_unit(root: ET.Element) -> float:
    value, unit = re.fullmatch(r"([0-9.]+)([a-z]+)", root.attrib["width"]).groups()  # type: ignore[union-attr]
    return float(value) * PT_PER[unit] / float(root.attrib["viewBox"].split()[2])


@pytest.mark.parametrize(("trace", "kind", "run", "colour"), CASES)
def test_text_is_large_enough_and_contrasts_with_its_background(trace, kind: str, run: str, colour: str) -> None:
    root = _svg(trace, kind, run, colour)
    scale = _pt_per_unit(root)
    rects: list[tuple[float, float, float, float, str, float]] = []
    checked = 0
    for element in root:
        tag = element.tag[len(NS):]
        if tag == "rect" and element.attrib.get("fill", "none").startswith("#"):
            a = element.attrib
            rects.append((float(a["x"]), float(a["y"]), float(a["width"]), float(a["height"]), a["fill"],
                          float(a.get("opacity", 1))))
        if tag != "text" or not (element.text or "").strip() or element.text in MARKS:
            continue
        a = element.attrib
        size = float(a["font-size"]) * scale
        token = a.get("class") in TOKEN_ROLES
        assert size >= (7 if token else 6) - 0.01, f"{element.text!r} ({a.get('class')}) printed at {size:.2f} pt"
        # what lies under the glyphs: the last rect drawn before the text that holds its middle
        x, y = float(a["x"]), float(a["y"]) - float(a["font-size"]) * 0.3
        if a.get("transform"):
            y = float(a["y"])
        background = (255.0, 255.0, 255.0)
        for rx, ry, rw, rh, fill, opacity in rects:
            if rx <= x + 1 <= rx + rw and ry <= y <= ry + rh:
                background = _blend(fill, opacity, background)
        opacity = float(a.get("opacity", 1))
        ratio = contrast(_blend(a["fill"], opacity, background), background)
        need = 3.0 if opacity < 1 else 4.5
        assert ratio >= need, f"{element.text!r} ({a.get('class')}, {a['fill']} at {opacity}) contrast {ratio:.2f}"
        checked += 1
    assert checked > 3


@pytest.mark.parametrize("kind", ["text", "tree", "distribution", "strip"])
def test_the_pdf_prints_no_glyph_under_the_limits(kind: str, tmp_path) -> None:
    pytest.importorskip("cairosvg")
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTContainer

    trace = synthetic_trace(300, depth=40)
    (tmp_path / "f.pdf").write_bytes(bytes(render_figure(trace, kind, format="pdf", options=FigureOptions(
        annotate="auto" if kind == "text" else None))))
    sizes: list[tuple[str, float]] = []

    def walk(item) -> None:
        if isinstance(item, LTChar):
            sizes.append((item.fontname, item.size if item.upright else max(item.width, item.height)))
        elif isinstance(item, LTContainer):
            for child in item:
                walk(child)

    for page in extract_pages(str(tmp_path / "f.pdf")):
        walk(page)
    tokens = [s for font, s in sizes if "Mono" in font]
    others = [s for font, s in sizes if "Mono" not in font]
    assert tokens or kind == "strip"  # a long strip has no room for its tokens: it leaves them out
    assert min(tokens, default=7) >= 7 - 0.05
    assert not others or min(others) >= 6 - 0.05


def _legend_words(root: ET.Element) -> str:
    return " | ".join(e.text or "" for e in root.iter(NS + "text") if e.attrib.get("class") == "tg-legend-key")


def test_tree_legend_explains_every_mark_it_draws() -> None:
    root = _svg(tricky_trace(), "tree", "beam", "probability")
    marks = {e.text for e in root.iter(NS + "text") if e.attrib.get("class") == "tg-mark"}
    words = _legend_words(root)
    assert "p given the parent" in words and "path to result 1" in words
    if any(m.startswith("#") for m in marks):
        assert "result k (1 = best)" in words
    if any(m.startswith("+") for m in marks):
        assert "N more children not drawn" in words
    assert "pruned beam" in words  # the beam run has pruned beams, drawn faded
    greedy = _legend_words(_svg(tricky_trace(), "tree", "emoji", "probability"))
    assert "pruned beam" not in greedy


def test_hash_k_means_a_result_and_only_that() -> None:
    """``#k`` is a result's rank in trees; the text figure names annotated tokens ``token N``."""
    text = render_figure(tricky_trace(), "text", run="beam", options=FigureOptions(annotate="1,2"))
    assert "#" not in "".join(e.text or "" for e in ET.fromstring(text.encode()).iter(NS + "text")
                              if e.attrib.get("class") != "tg-token-text")
    assert ">token 1<" in text and ">token 2<" in text
    tex = render_figure(tricky_trace(), "text", run="beam", format="tex", options=FigureOptions(annotate="1,2"))
    assert r"\#" not in tex.split(r"\begingroup", 1)[1].split("tgtok", 1)[0] and "token 1" in tex


def test_strip_entropy_axis_is_the_viewers_and_marks_clipping() -> None:
    from tracegen.figure.strip_figure import H_MAX_BITS

    assert H_MAX_BITS == 5  # the viewer's MAX_H_BITS: the entropy scale's top
    trace = synthetic_trace(200, depth=60, top_k=20)
    for run in trace.runs:
        for node in run.nodes:
            if node.id % 5 == 0 and node.entropy is not None:
                node.entropy = 6.0 * 0.6931471805599453  # 6 bits: beyond the axis
    root = _svg(trace, "strip", trace.runs[0].id, "probability")
    h_bars = [e for e in root.iter(NS + "rect") if e.attrib.get("class") == "tg-strip-h"]
    clipped = [e for e in root.iter(NS + "polyline") if e.attrib.get("class") == "tg-clipped"]
    assert clipped and len(clipped) < len(h_bars)
    assert "H over 5 bits, cut" in _legend_words(root)
    axis = [e.text for e in root.iter(NS + "text") if e.text == "5 bits"]
    assert axis


def test_entropy_colouring_keeps_probability_bars_in_probability_colours() -> None:
    from tracegen.figure.scale import scale_for

    trace = tricky_trace()
    root = _svg(trace, "strip", "beam", "entropy")
    probability = scale_for("probability")
    from tracegen.figure.selection import select_path

    steps = select_path(trace, "beam").steps
    bars = [e for e in root.iter(NS + "rect") if e.attrib.get("class") == "tg-strip-p"]
    for bar, step in zip(bars, steps, strict=True):
        assert bar.attrib["fill"] == probability.colour(step.probability)
    labels = [e.text for e in root.iter(NS + "text") if e.attrib.get("class") == "tg-legend-label"]
    assert labels == ["probability", "entropy (bits)"]


@pytest.mark.parametrize("kind", ["text", "tree", "distribution", "strip"])
def test_no_figure_is_half_empty(kind: str) -> None:
    """What is drawn reaches across the figure: its right-most mark is near the right edge."""
    for trace, run in ((tricky_trace(), "beam"), (synthetic_trace(60, depth=6), None)):
        root = ET.fromstring(render_figure(trace, kind, run=run).encode())
        width = float(root.attrib["viewBox"].split()[2])
        right = 0.0
        for e in root:
            a = e.attrib
            if e.tag == NS + "rect" and "x" in a and float(a.get("width", 0)) < width:
                right = max(right, float(a["x"]) + float(a["width"]))
            if e.tag == NS + "text" and a.get("text-anchor") == "end":
                right = max(right, float(a["x"]))
            elif e.tag == NS + "text" and "transform" not in a:  # at least 0.5 em a character
                right = max(right, float(a["x"]) + len(e.text or "") * float(a["font-size"]) * 0.5)
        assert right >= width * 0.8, f"{kind}: drawn up to {right:.0f} of {width:.0f}"
