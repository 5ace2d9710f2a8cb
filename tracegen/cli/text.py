"""Text given on the command line: UTF-8, or refused in one line.

On POSIX, Python hands over bytes that are not UTF-8 (``$'\\xff'``) as lone surrogates
(``\\udcff``), which fail much later (writing a page title, a trace, binding a host) with a
traceback. ``TEXT`` is the option type of every option whose value is written or sent as text.
"""

from __future__ import annotations

from typing import Any

import click

from .._jsontext import lone_surrogate
from ..errors import TracegenError


class CommandLineText(click.ParamType):
    """A string without lone surrogates; the refusal names the option, as the library's own
    check of ``model_name`` does."""

    name = "text"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        text = str(value)
        bad = lone_surrogate(text)
        if bad is not None:
            option = max(param.opts, key=len) if param is not None and param.opts else "a value"
            raise TracegenError(f"{option} holds a lone surrogate {bad}: not text")
        return text


#: The option type of command-line text.
TEXT = CommandLineText()
