"""``tracegen export`` and ``tracegen view``: a trace as one self-contained HTML page."""

from __future__ import annotations

import tempfile
import webbrowser
from pathlib import Path

import click

from .. import export as _export


@click.command()
@click.argument("trace", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="HTML file to write [default: beside TRACE, with .html].")
@click.option("--title", default=None, help="Page title [default: model name and first prompt].")
def export(trace: Path, output: Path | None, title: str | None) -> None:
    """Write TRACE as one HTML file that opens offline, with no server and no network."""
    out = _export.export(trace, output, title=title)
    click.echo(str(out))


@click.command()
@click.argument("trace", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--title", default=None, help="Page title [default: model name and first prompt].")
def view(trace: Path, title: str | None) -> None:
    """Export TRACE to a temporary HTML file and open it in the default browser."""
    directory = Path(tempfile.mkdtemp(prefix="tracegen-view-"))
    out = _export.export(trace, directory / (trace.stem + ".html"), title=title)
    click.echo(str(out))
    if not webbrowser.open(out.resolve().as_uri()):
        # no browser here (a server, ssh, a container): say so, the page is still written
        click.echo(f"No browser opened (none found): open {out} in one, or copy it where one runs.", err=True)
