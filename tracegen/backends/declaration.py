"""What a backend declares to the table in ``backends/__init__.py``: its name, its options, what
it can do, and how to open it.

Each backend package holds one ``Declaration`` named ``BACKEND``. Its options are a frozen
dataclass whose fields are made with ``option(...)``: the command line builds its flags from
them (``--n-ctx`` from ``n_ctx``), the Python API checks keyword options against them, and
an option of another backend is refused in both. This module imports nothing heavy (no
torch), so ``tracegen --help`` can read the table.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import ParameterError

if TYPE_CHECKING:
    from .base import Backend


@dataclass(frozen=True)
class Capabilities:
    """What a backend can do, for the commands and strategies that need to know.

    Args:
        whole_distributions: Every distribution is whole (entropy and ranks known), not only
            its top-k. Live mode (``serve``, ``explore``) needs it.
        batched: Many contexts are evaluated in one call (a tree level in one forward pass).
        prefix_reuse: A context that extends a cached one costs only its new tokens.
        server_sampling: ``decode`` draws tokens where the model runs (a server's sampler),
            not with this process's seeded sampler.
        concurrent_runs: The recorder explores several runs at once (their progress bars
            would overwrite each other's).
    """

    whole_distributions: bool = True
    batched: bool = False
    prefix_reuse: bool = False
    server_sampling: bool = False
    concurrent_runs: bool = False


@dataclass(frozen=True)
class Opening:
    """What the caller knows when it opens a backend, beyond the backend's own options.

    Args:
        progress: Whether a slow first load may print one line to stderr.
        top_k: Candidates the caller records per node (a top-k-only backend asks for them).
        on_change: Called with the backend's request counters when they change (a server).
    """

    progress: bool = True
    top_k: int = 10
    on_change: Callable[[Any], None] | None = None


#: ``open_backend`` keywords that are ``Opening`` fields rather than a backend's options.
OPENING_FIELDS = tuple(f.name for f in dataclasses.fields(Opening))


def option(default: Any, help: str, *, minimum: float | None = None, maximum: float | None = None,
           minimum_open: bool = False, choices: tuple[str, ...] | None = None, metavar: str | None = None,
           required: bool = False, command_line: bool = True, path: bool = False) -> Any:
    """A field of a backend's options dataclass, with what its command-line flag needs.

    Args:
        default: The value when not given.
        help: One line for ``--help`` (the backend's name is put in front).
        minimum: The smallest value a number may take (``minimum_open``: excluded).
        maximum: The largest value a number may take.
        minimum_open: Whether ``minimum`` itself is refused.
        choices: The values a string may take.
        metavar: How ``--help`` names the value.
        required: The backend cannot open without it (``--backend X needs --flag``).
        command_line: Whether it is a flag at all (an API key is read from the environment
            on the command line, never taken as a flag).
        path: A string that may name a file (any bytes the file system allows); other
            strings must be text.
    """
    metadata = {"help": help, "minimum": minimum, "maximum": maximum, "minimum_open": minimum_open,
                "choices": choices, "metavar": metavar, "required": required, "command_line": command_line,
                "path": path}
    return field(default=default, metadata=metadata)


@dataclass(frozen=True)
class OptionSpec:
    """One declared option, as the command line and the checks read it."""

    name: str
    kind: type
    default: Any
    help: str
    minimum: float | None
    maximum: float | None
    minimum_open: bool
    choices: tuple[str, ...] | None
    metavar: str | None
    required: bool
    command_line: bool
    path: bool

    @property
    def flag(self) -> str:
        """The command-line flag: ``n_ctx`` -> ``--n-ctx``."""
        return "--" + self.name.replace("_", "-")


@dataclass(frozen=True)
class Declaration:
    """One row of the backend table.

    Args:
        name: As ``--backend`` and ``backend=`` take it, and as the trace's ``model.backend`` says.
        summary: One line for ``--backend``'s help.
        options: The frozen dataclass of the backend's options (fields made with ``option``).
        capabilities: What it can do.
        opener: ``opener(model, options, opening) -> Backend``: opens it (imports its heavy
            modules only then). ``model`` is the ``--model`` spec or an object the backend
            accepts; ``options`` an instance of ``options``.
        local_specs: ``local_specs(model, options) -> specs``: the model and tokenizer specs
            (``--model``, ``--tokenizer``) whose files opening reads on this machine, from the
            ``model`` and the option values as given (a mapping); ``model_files.backend_files``
            keeps outputs off them. Default: the model's own (a backend that loads it here); a
            server's backend names only the tokenizer it reads.
    """

    name: str
    summary: str
    options: type
    capabilities: Capabilities
    opener: Callable[[Any, Any, Opening], Backend]
    local_specs: Callable[[Any, Mapping[str, Any]], list[Any]] = field(default=lambda model, options: [model])

    def specs(self) -> list[OptionSpec]:
        """The declared options, in declaration order."""
        hints = typing.get_type_hints(self.options)
        return [OptionSpec(name=f.name, kind=_base_type(hints[f.name]), default=f.default, **f.metadata)
                for f in dataclasses.fields(self.options)]

    def make_options(self, values: Mapping[str, Any] | None = None) -> Any:
        """The options dataclass filled from ``values`` (an instance is returned as is).

        Raises:
            ParameterError: A name this backend does not declare, or a required option missing.
        """
        if isinstance(values, self.options):
            return values
        values = dict(values or {})
        specs = self.specs()
        known = {spec.name for spec in specs}
        for name in sorted(set(values) - known):
            raise ParameterError(name, f"is not an option of the {self.name} backend")
        for spec in specs:
            if spec.required and values.get(spec.name) is None:
                raise ParameterError(spec.name, f"is needed by the {self.name} backend")
        return self.options(**values)

    def open(self, model: Any = None, options: Mapping[str, Any] | Any = None,
             opening: Opening | None = None) -> Backend:
        """Open the backend on ``model`` with ``options`` (a mapping or the options dataclass)."""
        return self.opener(model, self.make_options(options), opening or Opening())


def _base_type(hint: Any) -> type:
    """``int`` of ``int | None``: the type a flag parses to."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    return args[0] if args else hint
