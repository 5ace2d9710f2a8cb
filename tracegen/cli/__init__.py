"""The ``tracegen`` command line: one module per command, each a thin layer over the library."""

from __future__ import annotations

import sys

import click

from .._version import __version__
from ..errors import ParameterError, TracegenError
from .stopping import interrupted_status, stop_signals_interrupt

# The library's parameter names that the command line spells differently from ``--name-with-dashes``.
FLAGS = {"prompts": "--prompt", "output": "-o/--output", "model": "--model", "backend": "--backend"}


def flag_for(param: str) -> str:
    """The option that sets the library parameter ``param``: the one place names are mapped."""
    return FLAGS.get(param, "--" + param.replace("_", "-"))


class _Group(click.Group):
    """Reports user mistakes as one line on stderr: ``TracegenError`` exits 1, bad usage 2."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except ParameterError as exc:
            click.echo(f"Error: {exc.named(flag_for(exc.param))}", err=True)
            sys.exit(1)
        except TracegenError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1)

    def main(self, *args, **kwargs):
        kwargs["standalone_mode"] = False
        try:
            with stop_signals_interrupt():
                code = super().main(*args, **kwargs)
        except click.ClickException as exc:
            # click would print the whole usage block; one line that names the problem is enough.
            ctx = getattr(exc, "ctx", None)  # a UsageError's; other ClickExceptions have none
            hint = f" (see 'tracegen {ctx.info_name} --help')" if ctx is not None and ctx.parent else ""
            click.echo(f"Error: {exc.format_message()}{hint}", err=True)
            sys.exit(exc.exit_code)
        except TracegenError as exc:  # raised while parsing: an option's value that cannot be (cli/text.py)
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1)
        except click.exceptions.Abort:
            click.echo("Aborted.", err=True)
            sys.exit(interrupted_status())
        sys.exit(code if isinstance(code, int) else 0)


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="tracegen")
def main() -> None:
    """Record and explore what a language model generates, token by token."""


from . import record as _record  # noqa: E402

main.add_command(_record.record)

from . import export as _export  # noqa: E402

main.add_command(_export.export)
main.add_command(_export.view)

from . import import_ as _import  # noqa: E402

main.add_command(_import.import_responses)

from . import serve as _serve  # noqa: E402

main.add_command(_serve.serve)

from . import rescore as _rescore  # noqa: E402

main.add_command(_rescore.rescore)

from . import compare as _compare  # noqa: E402

main.add_command(_compare.compare)

from . import figure as _figure  # noqa: E402

main.add_command(_figure.figure)

from . import summarize as _summarize  # noqa: E402

main.add_command(_summarize.summarize)

from . import convert as _convert  # noqa: E402

main.add_command(_convert.convert)

from . import fork as _fork  # noqa: E402

main.add_command(_fork.fork)
