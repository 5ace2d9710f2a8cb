"""``tracegen summarize``: a corpus's per-run and corpus figures, as text or JSON."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click


@click.command()
@click.argument("corpus", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON ({\"corpus\": ..., \"runs\": [...]}) for scripts.")
@click.option("--outcome", metavar="SPEC", default=None,
              help="Score each run's best text against its answer: last-number, regex:PATTERN, choice:A,B,C,D or "
                   "python:MODULE:FUNCTION.")
def summarize(corpus: Path, as_json: bool, outcome: str | None) -> None:
    """Print per-run and corpus figures of CORPUS (a directory tracegen record --corpus wrote)."""
    import orjson

    from ..corpus import load_corpus
    from ..corpus.summary import RUN_FIGURES
    from ..corpus.summary import summarize as corpus_summary

    summary = corpus_summary(load_corpus(corpus), outcome=outcome)
    if as_json:
        click.echo(orjson.dumps(summary.to_dict(), option=orjson.OPT_INDENT_2).decode())
        return
    names = [*RUN_FIGURES, *(["correct"] if outcome else [])]
    rows = [[_cell(row.get(name)) for name in names] for row in summary.runs]
    widths = [max([len(name), *(len(r[i]) for r in rows)]) for i, name in enumerate(names)]
    click.echo("  ".join(name.ljust(w) for name, w in zip(names, widths, strict=True)).rstrip())
    for row in rows:
        click.echo("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    figures = summary.corpus
    click.echo("")
    click.echo(f"runs {figures['runs']} ({figures['complete']} complete), nodes {figures['nodes']}, "
               f"tokens {figures['tokens']}")
    click.echo(f"mean entropy {_cell(figures['mean_entropy'])} nats, mean surprisal "
               f"{_cell(figures['mean_surprisal'])} nats, perplexity {_cell(figures['perplexity'])}")
    least = figures["least_likely"]
    if least is not None:
        click.echo(f"least likely chosen token: {least['token']!r} (logprob {_cell(least['logprob'])}) in run "
                   f"{least['run']!r}")
    if outcome:
        click.echo(f"accuracy {_cell(figures['accuracy'])} ({figures['correct']} of {figures['answered']} runs "
                   "with an answer)")


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.4f}"
    if isinstance(value, str):
        return repr(value) if value != value.strip() or not value.isprintable() else value  # ' ' stays visible
    return str(value)
