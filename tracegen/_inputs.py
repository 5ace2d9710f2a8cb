"""Reading inputs: a file a user names (or the standard input) read whole, every problem one
line that names it. The counterpart of ``_atomic.py``, which writes outputs.

The trace reader (``trace/io.py``), prompt files (``recording/prompts.py``), saved responses
(``importing/responses.py``) and ``record --continuation`` read through here, so a missing
file, a directory or text that is not UTF-8 reads the same everywhere.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ._jsontext import strip_bom
from .errors import TracegenError

#: The name the standard input goes by in messages.
STDIN_NAME = "<stdin>"


def input_name(path: str | os.PathLike, *, stdin: bool = False) -> str:
    """How messages name the input: its path, or ``<stdin>`` for ``-`` where ``stdin`` is allowed."""
    return STDIN_NAME if stdin and str(path) == "-" else str(path)


def read_input(path: str | os.PathLike, what: str, *, stdin: bool = False,
               error: type[TracegenError] = TracegenError) -> bytes:
    """The bytes of the input ``path``.

    Args:
        path: The file; with ``stdin``, ``-`` is the standard input (``./-`` is a file named ``-``).
        what: What the file should be, for the message when it is a directory ("trace file").
        stdin: Whether ``-`` means the standard input.
        error: The ``TracegenError`` subclass raised (the trace reader's ``TraceFormatError``).

    Raises:
        TracegenError: ``error``, one line: no such file, a directory, or unreadable.
    """
    name = input_name(path, stdin=stdin)
    try:
        return sys.stdin.buffer.read() if name == STDIN_NAME else Path(path).read_bytes()
    except FileNotFoundError:
        raise error(f"{name}: no such file") from None
    except IsADirectoryError:
        raise error(f"{name}: is a directory, not a {what}") from None
    except OSError as exc:
        raise error(f"{name}: cannot read ({exc.strerror})") from None


def read_input_text(path: str | os.PathLike, what: str, *, stdin: bool = False,
                    error: type[TracegenError] = TracegenError) -> str:
    """``read_input`` decoded as UTF-8, without a leading byte order mark (editors on Windows add
    one). Lines keep their endings (``\\r\\n`` too): what a file says is what is read.

    Raises:
        TracegenError: As ``read_input``, and for bytes that are not UTF-8 (where, in one line).
    """
    data = read_input(path, what, stdin=stdin, error=error)
    try:
        return strip_bom(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise error(f"{input_name(path, stdin=stdin)}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None


def read_continuation(path: str | None) -> str | None:
    """``--continuation FILE``'s text (one final line break dropped), or ``None`` without one."""
    if path is None:
        return None
    text = read_input_text(path, "continuation file")
    text = text[:-2] if text.endswith("\r\n") else text[:-1] if text.endswith("\n") else text
    if not text:
        raise TracegenError(f"{path}: the continuation is empty")
    return text
