"""docs/figures.md stays honest: every command it shows runs, and makes the picture shown under it."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from click.testing import CliRunner
from PIL import Image

from tracegen.cli import main

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "figures.md").read_text()
COMMANDS = re.findall(r"^tracegen figure examples/sample-trace\.json (.*) -o docs/figures/(\S+\.png)(.*)$", DOC, re.M)


def test_every_example_command_runs_and_its_picture_is_committed(tmp_path: Path) -> None:
    assert len(COMMANDS) >= 5
    shown = set(re.findall(r"\]\((figures/\S+\.png)\)", DOC))
    for before, name, after in COMMANDS:
        assert f"figures/{name}" in shown and (ROOT / "docs" / "figures" / name).is_file()
        out = tmp_path / name
        args = ["figure", str(ROOT / "examples" / "sample-trace.json"), *shlex.split(before), "-o", str(out),
                *shlex.split(after)]
        result = CliRunner().invoke(main, args, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        # the committed picture is this command's (its pixels may differ with another cairo version)
        assert Image.open(out).size == Image.open(ROOT / "docs" / "figures" / name).size
