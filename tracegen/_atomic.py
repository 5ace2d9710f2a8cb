"""Writing outputs safely: checked before any work, written atomically, never over an input.

A reader (or a crash) never sees half a file; a read-only file, a special file (a FIFO, a
device, a socket) and a file the command reads are never replaced: an output that names one
is refused in one line before anything runs. A rewritten file keeps its mode (and its group
where permitted); a new file follows the umask.
"""

from __future__ import annotations

import os
import secrets
import stat
import sys
from collections.abc import Iterable
from pathlib import Path

from .errors import TracegenError

#: ``-o -``: the standard output, for the commands that document it.
STDOUT = "-"

# Files looked at under one directory input (a model directory) before giving up: a model
# directory holds tens of files; a home directory passed by mistake must not be walked.
_MOST_FILES_COMPARED = 10_000

_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket"))


def is_stdout(out: str | os.PathLike | None) -> bool:
    """Whether ``out`` is ``-``, the standard output (``./-`` is a file named ``-``)."""
    return out is not None and not isinstance(out, Path) and str(out) == STDOUT


def write_output(out: str | os.PathLike, data: bytes | Iterable[bytes]) -> Path | None:
    """Write ``data`` (bytes, or pieces of it written one after the other, so a large output
    need not be held whole) to ``out`` atomically, or to the standard output when ``out`` is ``-``.

    Returns:
        The path written, ``None`` for the standard output.
    """
    if is_stdout(out):
        for chunk in _chunks(data):
            sys.stdout.buffer.write(chunk)
        sys.stdout.buffer.flush()
        return None
    return write_bytes_atomic(out, data)


def _chunks(data: bytes | Iterable[bytes]) -> Iterable[bytes]:
    return (data,) if isinstance(data, bytes) else data


def write_bytes_atomic(path: str | os.PathLike, data: bytes | Iterable[bytes]) -> Path:
    """Write ``data`` (bytes, or its pieces in order) to ``path`` through a temporary file in
    the same directory and a rename.

    An existing file at ``path`` is replaced only once the new content is complete on disk,
    and the new file keeps its mode (and group where the user may set it); a new file is
    created with ``0666`` less the umask, like any other program's. A symlink to a regular
    file stays a symlink: the file it points to is the one replaced.
    """
    path = Path(path)
    check_output(path)
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    directory = target.parent if str(target.parent) else Path(".")
    try:
        existing = os.stat(target)
    except FileNotFoundError:
        existing = None
    fd, tmp = _create_beside(target, directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in _chunks(data):
                handle.write(chunk)
            handle.flush()
            if existing is not None:
                _keep_owner_and_mode(handle.fileno(), existing)
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return path


def _create_beside(target: Path, directory: Path) -> tuple[int, str]:
    """A new temporary file next to ``target``, created with ``0666`` so the umask applies
    (``tempfile.mkstemp`` would make it ``0600``)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        tmp = str(directory / f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue
        except OSError as exc:
            raise TracegenError(f"{target}: cannot write here ({exc.strerror})") from None
    raise TracegenError(f"{target}: cannot create a temporary file beside it")


def _keep_owner_and_mode(fd: int, existing: os.stat_result) -> None:
    """Give the new file the replaced one's group (and owner, as root) and then its mode:
    ``chown`` clears the set-id bits, so the mode comes last."""
    owner = existing.st_uid if hasattr(os, "geteuid") and os.geteuid() == 0 else -1
    try:
        os.fchown(fd, owner, existing.st_gid)
    except (OSError, AttributeError):
        pass  # a group the user is not in: the file gets the user's own, as any new file would
    os.fchmod(fd, stat.S_IMODE(existing.st_mode))


def check_output(out: str | os.PathLike, inputs: Iterable[str | os.PathLike | None] = ()) -> Path:
    """Fail with one line unless ``out`` can be written and is none of ``inputs``.

    Checked before any work, so a mistake costs nothing: the directory must exist and be
    writable; ``out`` must not be a directory, a special file (a FIFO, a device, a socket, or
    a symlink to one: renaming over it would replace the node with a plain file) or a
    read-only file (which ``os.replace`` would silently replace, even for its owner); and it
    must not be the same file as an input (``-``, standard input, never is; symlinks, hard
    links and relative paths are resolved). An input that is a directory (a model directory)
    stands for every file in it.

    Returns:
        ``out`` as a ``Path``.
    """
    if is_stdout(out):
        raise TracegenError("this command writes a file, not the standard output ('-'); "
                            "name a file (./- for a file called '-')")
    out = Path(out)
    existing = _stat(out)
    if existing is not None:
        if stat.S_ISDIR(existing.st_mode):
            raise TracegenError(f"{out}: is a directory")
        if not stat.S_ISREG(existing.st_mode):
            raise TracegenError(f"{out}: not a regular file ({special_kind(existing)}); it is left as it is")
        for source in inputs:
            if source is not None and str(source) != STDOUT and _is_within(existing, Path(source)):
                raise TracegenError(f"{out}: that is the input {source}; write the output elsewhere")
        if not os.access(out, os.W_OK) or not existing.st_mode & 0o222:
            raise TracegenError(f"{out}: the file is read-only; it is left as it is")
    written = Path(os.path.realpath(out)) if out.is_symlink() else out  # a link's file is what is replaced
    directory = written.parent if str(written.parent) else Path(".")
    if not directory.is_dir():
        raise TracegenError(f"{out}: directory {directory} does not exist")
    if not os.access(directory, os.W_OK):
        raise TracegenError(f"{out}: directory {directory} is not writable")
    return out


def special_kind(status: os.stat_result) -> str:
    """What a file that is neither regular nor a directory is: ``"a FIFO"``, ``"a character device"``, ..."""
    for test, name in _KINDS:
        if test(status.st_mode):
            return name
    return "not a file"


def check_regular_input(path: str | os.PathLike, what: str = "file") -> Path:
    """Fail with one line unless ``path`` names an existing regular file (a FIFO is not one)."""
    path = Path(path)
    status = _stat(path)
    if status is None:
        raise TracegenError(f"{path}: no such {what}")
    if stat.S_ISDIR(status.st_mode):
        raise TracegenError(f"{path}: is a directory, not a {what}")
    if not stat.S_ISREG(status.st_mode):
        raise TracegenError(f"{path}: not a regular file ({special_kind(status)})")
    return path


def _stat(path: Path) -> os.stat_result | None:
    """``os.stat`` following symlinks; ``None`` when nothing is there (or a dangling link)."""
    try:
        return os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:
        raise TracegenError(f"{path}: {exc.strerror}") from None


def _is_within(out: os.stat_result, source: Path) -> bool:
    """Whether the file ``out`` is ``source`` or, for a directory, one of the files in it."""
    status = _stat(source)
    if status is None:
        return False
    if not stat.S_ISDIR(status.st_mode):
        return os.path.samestat(out, status)
    seen = 0
    for root, _, names in os.walk(source):
        for name in names:
            seen += 1
            if seen > _MOST_FILES_COMPARED:
                return False
            try:
                if os.path.samestat(out, os.stat(Path(root) / name)):
                    return True
            except OSError:  # a dangling link, a file we may not read: not this output
                continue
    return False


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
