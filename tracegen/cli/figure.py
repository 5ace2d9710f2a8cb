"""``tracegen figure``: one figure of a trace for a paper (SVG, PDF, PNG or TeX)."""

from __future__ import annotations

from pathlib import Path

import click

from ..figure import FORMATS, KINDS, parse_figure_options, write_figure
from ..figure.scale import TOKEN_METRICS
from .text import TEXT


@click.command()
@click.argument("trace", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="File to write, - for standard output [default: beside TRACE, NAME.KIND.FORMAT].")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="svg, pdf, png or tex [default: from -o's extension, else svg].")
@click.option("--kind", type=click.Choice(KINDS), default="text", show_default=True,
              help="text: the path as coloured text; tree: the run's tree; distribution: one top-k; "
                   "strip: probability and entropy per step; forking: outcomes along a 'tracegen fork' run; "
                   "compare-text, compare-strip: both models' probabilities and KL(A||B) along the path "
                   "(with --compare).")
@click.option("--compare", "compare_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              metavar="B", help="compare kinds: trace B of the same contexts (e.g. tracegen rescore TRACE -o B).")
@click.option("--run", "run_id", type=TEXT, default=None, help="Run id [default: the first run].")
@click.option("--result", type=click.IntRange(min=1), default=None,
              help="Draw the path to this result, 1 = best [default: 1].")
@click.option("--node", type=int, default=None,
              help="Draw the path to this node id (distribution: the top-k its token was chosen from).")
@click.option("--colour", type=click.Choice(TOKEN_METRICS), default="probability", show_default=True,
              help="What token colours show (surprisal and entropy in bits).")
@click.option("--annotate", default=None, metavar="POSITIONS",
              help="text: a top-k table under these positions (3,7), or auto / auto:K for the K least likely.")
@click.option("--top-k-shown", type=int, default=None,
              help="Candidates listed per table (5) or distribution (10).")
@click.option("--width", default=None,
              help="Figure width in cm, mm, in, pt or px; tex also \\columnwidth, \\linewidth, \\textwidth "
                   "(scaled by TeX) [default: tex \\linewidth, else 7.7cm: a column of the usual two-column "
                   "classes].")
@click.option("--font", type=TEXT, default="DejaVu Sans Mono", show_default=True,
              help="svg/pdf/png: font family of token text (monospace); tex uses the document's.")
@click.option("--text-font", type=TEXT, default="DejaVu Sans", show_default=True,
              help="svg/pdf/png: font family of labels, axes and legend; tex uses the document's.")
@click.option("--font-size", type=float, default=8.0, show_default=True, help="Token text size in pt.")
@click.option("--max-depth", type=int, default=None, help="tree: deepest level drawn [default: what fits --width].")
@click.option("--min-prob", type=float, default=0.0, show_default=True,
              help="tree: leave out nodes less likely than this (off the drawn path).")
@click.option("--max-nodes", type=int, default=24, show_default=True, help="tree: most nodes drawn.")
@click.option("--dpi", type=int, default=300, show_default=True, help="png: pixels per inch.")
@click.option("--standalone", is_flag=True, help="tex: a compilable standalone document instead of a snippet.")
@click.option("--prompt/--no-prompt", "show_prompt", default=True, show_default=True,
              help="text: show the prompt, greyed, before the generated text.")
def figure(trace: Path, output: str | None, fmt: str | None, kind: str, compare_path: Path | None,
           run_id: str | None, result: int | None,
           node: int | None, colour: str, annotate: str | None, top_k_shown: int | None, width: str | None,
           font: str, text_font: str, font_size: float, max_depth: int | None, min_prob: float, max_nodes: int,
           dpi: int, standalone: bool,
           show_prompt: bool) -> None:
    """Write a figure of TRACE for a paper: SVG, PDF, PNG, or TeX to \\input (same trace and
    options, same bytes)."""
    options = parse_figure_options(dict(
        colour=colour, width=width, font=font, text_font=text_font, font_size=font_size, annotate=annotate,
        top_k_shown=top_k_shown, max_depth=max_depth, min_prob=min_prob, max_nodes=max_nodes, dpi=dpi,
        standalone=standalone, prompt=show_prompt))
    out = write_figure(trace, output, kind=kind, format=fmt, run=run_id, result=result, node=node, options=options,
                       compare=compare_path)
    if out is not None:
        click.echo(str(out))
