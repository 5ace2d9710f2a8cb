"""The options that choose and configure a backend, built from the backend table.

A command that runs a model is a ``BackendCommand`` with ``@backend_options()`` where its
``--model``, ``--backend`` and backend flags go. The flags are built from the declarations in
``tracegen.backends.BACKENDS`` each time the command parses (so a backend registered at run
time has its flags too), and the command's callback receives one ``BackendChoice`` as
``backend``: the chosen name, the model spec and that backend's options. A flag of another
backend than the chosen one is refused, not ignored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import click

from ..backends import BACKENDS
from ..backends.declaration import Declaration, OptionSpec
from .text import TEXT

_MODEL_HELP = ("Hugging Face id, local model directory or .gguf file (default: the embedded SmolLM2-135M-Instruct); "
               "with --backend llamacpp, a .gguf file")


@dataclass(frozen=True)
class BackendChoice:
    """What the command line says about the backend.

    Args:
        name: The backend's name.
        model: The ``--model`` spec, ``None`` for the backend's default.
        options: The backend's options (every declared flag's value).
        declaration: The backend's row of the table.
    """

    name: str
    model: str | None
    options: dict[str, Any]
    declaration: Declaration


class _Slot(click.Option):
    """Where a command's backend options go; replaced by them whenever the command parses."""

    def __init__(self, *args: Any, live: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.live = live


def backend_options(*, live: bool = False) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Put ``--model``, ``--backend`` and the backends' flags here, in a ``BackendCommand``.

    Args:
        live: Only the backends with whole distributions (live mode needs them).
    """
    return click.option("--tracegen-backend-options", cls=_Slot, live=live, hidden=True, expose_value=False)


class BackendCommand(click.Command):
    """A command whose backend options come from the table, handed to its callback as ``backend``."""

    def get_params(self, ctx: click.Context) -> list[click.Parameter]:
        params: list[click.Parameter] = []
        for param in super().get_params(ctx):
            params.extend(_backend_params(param.live) if isinstance(param, _Slot) else [param])
        return params

    def invoke(self, ctx: click.Context) -> Any:
        slot = next(p for p in self.params if isinstance(p, _Slot))
        values = {name: ctx.params.pop(name) for name in list(ctx.params) if name.startswith(_PREFIX)}
        ctx.params["backend"] = _choice(ctx, ctx.params.pop("backend"), ctx.params.pop("model_spec"), values,
                                        live=slot.live)
        return super().invoke(ctx)


_PREFIX = "backend__"


def _dest(backend: str, option: str) -> str:
    return f"{_PREFIX}{backend.replace('-', '_')}__{option}"


def _names(live: bool) -> list[str]:
    return [name for name, d in BACKENDS.items() if not live or d.capabilities.whole_distributions]


def _backend_params(live: bool) -> list[click.Parameter]:
    names = _names(live)
    summaries = "; ".join(f"{name}: {BACKENDS[name].summary}" for name in names)
    params: list[click.Parameter] = [
        click.Option(["--model", "model_spec"], metavar="SPEC", default=None,
                     help=_MODEL_HELP + ("." if live else "; with --backend openai, the served model's name "
                                                          "(default: the server's first).")),
        click.Option(["--backend"], type=click.Choice(names), default="transformers", show_default=True,
                     help=f"What runs the model ({summaries})."),
    ]
    owners: dict[str, list[str]] = {}
    specs: dict[str, OptionSpec] = {}
    for name in names:
        for spec in BACKENDS[name].specs():
            if not spec.command_line:
                continue
            if spec.flag in specs and (specs[spec.flag].default, specs[spec.flag].kind) != (spec.default, spec.kind):
                raise RuntimeError(f"{spec.flag} is declared differently by the {owners[spec.flag][0]} and {name} "
                                   "backends")
            owners.setdefault(spec.flag, []).append(name)
            specs.setdefault(spec.flag, spec)
    for flag, spec in specs.items():
        # one flag several backends declare alike (--threads) is one option, named for all of them
        params.append(click.Option([flag, _dest_of(owners[flag], spec.name)], type=_click_type(spec),
                                   default=spec.default, show_default=spec.default is not None,
                                   metavar=spec.metavar, help=f"{', '.join(owners[flag])}: {spec.help}"))
    return params


def _owners(live: bool) -> dict[str, list[str]]:
    owners: dict[str, list[str]] = {}
    for name in _names(live):
        for spec in BACKENDS[name].specs():
            if spec.command_line:
                owners.setdefault(spec.flag, []).append(name)
    return owners


def _dest_of(owners: list[str], option: str) -> str:
    return _dest(owners[0], option) if len(owners) == 1 else f"{_PREFIX}shared__{option}"


def _click_type(spec: OptionSpec) -> click.ParamType:
    if spec.choices is not None:
        return click.Choice(list(spec.choices))
    if spec.kind is int:
        return click.IntRange(min=spec.minimum, max=spec.maximum, min_open=spec.minimum_open)  # type: ignore[arg-type]
    if spec.kind is float:
        return click.FloatRange(min=spec.minimum, max=spec.maximum, min_open=spec.minimum_open)
    return click.STRING if spec.path else TEXT  # a path may hold any bytes; other text is sent or written


def _choice(ctx: click.Context, name: str, model: str | None, values: dict[str, Any], *, live: bool) -> BackendChoice:
    """The chosen backend's options; a flag of another backend given on the command line is refused."""
    chosen: dict[str, Any] = {}
    owners = _owners(live)
    for owner in _names(live):
        for spec in BACKENDS[owner].specs():
            if not spec.command_line:
                continue
            dest = _dest_of(owners[spec.flag], spec.name)
            value = values[dest]
            if owner == name:
                chosen[spec.name] = value
                if spec.required and value is None:
                    raise click.UsageError(f"--backend {name} needs {spec.flag}")
            elif name not in owners[spec.flag] and value != spec.default \
                    and ctx.get_parameter_source(dest) in _GIVEN:
                raise click.UsageError(f"{spec.flag} needs --backend {' or '.join(owners[spec.flag])}")
    return BackendChoice(name=name, model=model, options=chosen, declaration=BACKENDS[name])


_GIVEN = (click.core.ParameterSource.COMMANDLINE, click.core.ParameterSource.ENVIRONMENT)
