"""The ``tracegen`` command line: one module per command, each a thin layer over the library."""

from __future__ import annotations

import sys

import click

from .._version import __version__
from ..errors import TracegenError


class _Group(click.Group):
    """Turns user mistakes (``TracegenError``) into one line on stderr and exit status 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except TracegenError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1)


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="tracegen")
def main() -> None:
    """Record and explore what a language model generates, token by token."""


from . import record as _record  # noqa: E402

main.add_command(_record.record)
