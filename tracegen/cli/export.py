"""``tracegen export`` and ``tracegen view``: a trace as one self-contained HTML page."""

from __future__ import annotations

import tempfile
import webbrowser
from pathlib import Path

import click

from .. import export as _export
from .text import TEXT


@click.command()
@click.argument("trace", type=click.Path(path_type=Path))
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False), default=None,
              help="HTML file to write, - for standard output [default: beside TRACE, with .html].")
@click.option("--title", type=TEXT, default=None, help="Page title [default: model name and first prompt].")
@click.option("--run", "run_ids", multiple=True, metavar="ID",
              help="With a corpus directory as TRACE: export this run (repeatable).")
@click.option("--where", metavar="SQL", default=None,
              help="With a corpus directory as TRACE: export the runs for which this condition on the runs "
                   "table holds, e.g. \"mean_entropy > 2\".")
def export(trace: Path, output: str | None, title: str | None, run_ids: tuple[str, ...], where: str | None) -> None:
    """Write TRACE (or a selection of a corpus's runs) as one HTML file that opens offline, with no server and
    no network."""
    if trace.is_dir():
        from .export_corpus import export_runs

        out = export_runs(trace, output, title=title, run_ids=list(run_ids), where=where)
    elif run_ids or where is not None:
        raise click.UsageError("--run and --where select runs of a corpus directory")
    else:
        out = _export.export(trace, output, title=title)
    if out is not None:
        click.echo(str(out))


@click.command()
@click.argument("trace", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--title", type=TEXT, default=None, help="Page title [default: model name and first prompt].")
def view(trace: Path, title: str | None) -> None:
    """Export TRACE to a temporary HTML file and open it in the default browser."""
    directory = Path(tempfile.mkdtemp(prefix="tracegen-view-"))
    out = directory / (trace.stem + ".html")
    _export.export(trace, out, title=title)
    click.echo(str(out))
    if not webbrowser.open(out.resolve().as_uri()):
        # no browser here (a server, ssh, a container): say so, the page is still written
        click.echo(f"No browser opened (none found): open {out} in one, or copy it where one runs.", err=True)
