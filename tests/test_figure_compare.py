"""``tracegen figure --kind compare-strip|compare-text --compare B``: both models' probabilities of
each token of A's path and KL(A||B) of the distributions it was drawn from, with the figure
conventions (legend for every mark, legible, fits a column)."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner
from figure_tools import compile_tex
from test_figure_legibility import _pt_per_unit, contrast

import tracegen
from tracegen import rescore
from tracegen.backends.transformers import from_objects
from tracegen.cli import main
from tracegen.comparison import compare
from tracegen.figure import FigureOptions, parse_length, render_figure
from tracegen.figure.scale import parse_hex
from tracegen.figure.selection import select_path
from tracegen.testing import tiny_model, tiny_tokenizer

NS = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def pair(tiny):
    other = from_objects(tiny_model(seed=1), tiny_tokenizer(), name="tiny-gpt2-seed1")
    a = tracegen.record(["Hello world, here is a prompt", "The cat sat"], model=tiny, top_k=5, strategy="greedy",
                        max_new_tokens=12)
    return a, rescore(a, model=other)


def _bars(svg: str, role: str) -> list[ET.Element]:
    return [e for e in ET.fromstring(svg.encode()).iter(NS + "rect") if e.attrib.get("class") == role]


def test_strip_draws_both_probabilities_and_the_divergence_of_each_step(pair) -> None:
    a, b = pair
    svg = render_figure(a, "compare-strip", compare=b)
    selection = select_path(a)
    figures = {(f["run"], f["node"]): f for f in compare(a, b).nodes if not f.get("next")}
    bars = _bars(svg, "tg-compare-p")
    assert len(bars) == 2 * len(selection.steps)
    top = max(float(e.attrib["height"]) for e in bars) / max(
        max(math.exp(figures[(selection.run.id, s.node.id)]["logprob_a"]),
            math.exp(figures[(selection.run.id, s.node.id)]["logprob_b"])) for s in selection.steps)
    for i, step in enumerate(selection.steps):
        # A's probability from A's own node, B's from the rescored node of the same context
        p_a = math.exp(step.node.logprob)
        p_b = math.exp(b.run(selection.run.id).node(step.node.id).logprob)
        for bar, p in zip(bars[2 * i:2 * i + 2], (p_a, p_b), strict=True):
            assert float(bar.attrib["height"]) == pytest.approx(max(1.0, p * top), abs=0.02)
    divergence = _bars(svg, "tg-compare-divergence")
    assert len(divergence) == len(selection.steps)
    words = " ".join(e.text or "" for e in ET.fromstring(svg.encode()).iter(NS + "text")
                     if e.attrib.get("class") == "tg-legend-key")
    assert "KL(A||B), nats of the distributions it was drawn from" in words  # wrapped over lines
    assert "p under A (" in words and "p under B (" in words


def test_text_puts_each_token_on_its_divergence_over_both_probabilities(pair) -> None:
    a, b = pair
    svg = render_figure(a, "compare-text", compare=b, run="run-2")
    root = ET.fromstring(svg.encode())
    swatches = [e for e in root.iter(NS + "rect") if e.attrib.get("class") == "tg-compare-token"]
    strips = [e for e in root.iter(NS + "rect") if e.attrib.get("class") == "tg-compare-p"]
    assert len(strips) == 2 * len(swatches) > 0
    scale = _pt_per_unit(root)
    for text in root.iter(NS + "text"):
        token = text.attrib.get("class") == "tg-token-text"
        assert float(text.attrib["font-size"]) * scale >= (7 if token else 6) - 0.01
    for swatch, text in zip(swatches, [t for t in root.iter(NS + "text") if t.attrib.get("class") == "tg-token-text"],
                            strict=False):
        assert contrast(tuple(float(c) for c in parse_hex(text.attrib["fill"])),
                        tuple(float(c) for c in parse_hex(swatch.attrib["fill"]))) >= 4.5


def test_the_command_needs_both_and_refuses_a_mix(pair, tmp_path: Path) -> None:
    a, b = pair
    a.save(tmp_path / "a.json")
    b.save(tmp_path / "b.json")
    runner = CliRunner()
    ok = runner.invoke(main, ["figure", str(tmp_path / "a.json"), "--kind", "compare-strip", "--compare",
                              str(tmp_path / "b.json"), "-o", str(tmp_path / "c.svg")], catch_exceptions=False)
    assert ok.exit_code == 0, ok.output
    assert "b.json" in (tmp_path / "c.svg").read_text()
    missing = runner.invoke(main, ["figure", str(tmp_path / "a.json"), "--kind", "compare-text"])
    assert missing.exit_code == 1 and "needs --compare B.json" in missing.output
    assert len(missing.output.strip().splitlines()) == 1
    mixed = runner.invoke(main, ["figure", str(tmp_path / "a.json"), "--compare", str(tmp_path / "b.json")])
    assert mixed.exit_code == 1 and "--compare draws --kind compare-text or compare-strip" in mixed.output


@pytest.mark.integration
@pytest.mark.parametrize("kind", ["compare-text", "compare-strip"])
def test_tex_fits_a_two_column_article(pair, tmp_path: Path, kind: str) -> None:
    a, b = pair
    for width in (None, r"\columnwidth"):
        options = FigureOptions(width=None if width is None else parse_length(width))
        (tmp_path / f"{kind}-{width is None}.tex").write_text(
            render_figure(a, kind, compare=b, format="tex", options=options), encoding="utf-8")
    body = "".join(f"\\begin{{figure}}[h]\\input{{{kind}-{d}.tex}}\\caption{{c}}\\end{{figure}}\n" for d in (True, False))
    source = ("\\documentclass[twocolumn]{article}\\usepackage[T1]{fontenc}\\usepackage{lmodern}\\usepackage{xcolor}"
              "\\usepackage{tikz}\\begin{document}Text.\n" + body + "\\end{document}\n")
    path = tmp_path / "paper.tex"
    path.write_text(source, encoding="utf-8")
    log = compile_tex(path).with_suffix(".log").read_text(errors="replace")
    assert not re.findall(r"Overfull \\hbox", log)
