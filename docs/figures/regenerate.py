"""Remake the pictures of docs/figures.md by running the commands the page shows above them:

    python docs/figures/regenerate.py        (from the repository root, tracegen installed)

Run it when examples/sample-trace.json or the look of figures changes; tests/test_figure_docs.py
checks that every command still runs and makes a picture of the committed one's size.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
DOC = ROOT / "docs" / "figures.md"
COMMAND = re.compile(r"^tracegen figure (examples/sample-trace\.json .* -o docs/figures/\S+\.png.*)$", re.M)


def commands(text: str) -> list[list[str]]:
    """The ``tracegen figure`` arguments of each picture's command, paths relative to the repository."""
    return [shlex.split(found) for found in COMMAND.findall(text)]


def main() -> None:
    for args in commands(DOC.read_text()):
        subprocess.run([str(Path(sys.executable).with_name("tracegen")), "figure", *args], check=True, cwd=ROOT)


if __name__ == "__main__":
    main()
