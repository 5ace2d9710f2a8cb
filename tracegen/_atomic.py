"""Writing outputs safely: checked before any work, written atomically, never over an input.

A reader (or a crash) never sees half a file; a read-only file is never replaced; an output
that names one of the command's own inputs is refused before anything runs.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .errors import TracegenError


def write_bytes_atomic(path: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same directory and a rename.

    An existing file at ``path`` is replaced only once the new content is complete on disk.
    """
    path = Path(path)
    check_output(path)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise TracegenError(f"{path}: cannot write here ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp creates 0600; a trace is a normal document, so follow the umask.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return path


def check_output(out: str | os.PathLike, inputs: Iterable[str | os.PathLike | None] = ()) -> Path:
    """Fail with one line unless ``out`` can be written and is none of ``inputs``.

    Checked before any work, so a mistake costs nothing: the directory must exist and be
    writable, ``out`` must not be a directory or a read-only file (which ``os.replace``
    would silently replace, even for its owner), and it must not be the same file as an
    input (``-``, standard input, never is; symlinks and relative paths are resolved).

    Returns:
        ``out`` as a ``Path``.
    """
    out = Path(out)
    directory = out.parent if str(out.parent) else Path(".")
    if not directory.is_dir():
        raise TracegenError(f"{out}: directory {directory} does not exist")
    if not os.access(directory, os.W_OK):
        raise TracegenError(f"{out}: directory {directory} is not writable")
    if out.is_dir():
        raise TracegenError(f"{out}: is a directory")
    if out.exists() and (not os.access(out, os.W_OK) or not out.stat().st_mode & 0o222):
        raise TracegenError(f"{out}: the file is read-only; it is left as it is")
    for source in inputs:
        if source is None or str(source) == "-":
            continue
        source = Path(source)
        if source.exists() and out.exists() and os.path.samefile(source, out):
            raise TracegenError(f"{out}: that is the input {source}; write the output elsewhere")
    return out


def beside(out: str | os.PathLike, tag: str) -> Path:
    """A free path next to ``out`` with ``tag`` before its suffix: ``t.json`` -> ``t.partial.json``
    (``t.partial-2.json`` when that exists)."""
    out = Path(out)
    candidate = out.with_name(f"{out.stem}.{tag}{out.suffix}")
    number = 2
    while candidate.exists():
        candidate = out.with_name(f"{out.stem}.{tag}-{number}{out.suffix}")
        number += 1
    return candidate
