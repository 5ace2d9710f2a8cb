"""``tracegen export DIR --run ID | --where SQL``: a selection of a corpus's runs as one offline page."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import TracegenError


def export_runs(directory: Path, output: str | None, *, title: str | None, run_ids: list[str],
                where: str | None) -> Path | None:
    """Write the runs ``run_ids`` (or those ``where`` selects) of the corpus at ``directory`` as one page."""
    from .._atomic import check_output, is_stdout, write_output
    from ..corpus import load_corpus
    from ..export import render_html

    if bool(run_ids) == (where is not None):
        raise click.UsageError("a corpus needs --run ID (repeatable) or --where SQL to say which runs to export")
    corpus = load_corpus(directory)
    if where is not None:
        run_ids = corpus.select(where)
        if not run_ids:
            raise TracegenError(f"--where {where!r}: no run of {directory} matches")
    try:
        trace = corpus.runs(run_ids)
    except KeyError as exc:
        raise TracegenError(f"--run {exc.args[0]!r}: no such run in {directory}") from None
    out = output if output is not None else directory.with_name(directory.name.rstrip("/") + ".html")
    if not is_stdout(out):
        check_output(out, inputs=[directory])
    return write_output(out, render_html(trace, title=title).encode("utf-8"))
