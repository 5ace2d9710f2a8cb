"""docs/figures.md stays honest: every command it shows runs, and makes the picture shown under it
(docs/figures/regenerate.py remakes them all)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from click.testing import CliRunner
from PIL import Image

from tracegen.cli import main

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("regenerate_docs", ROOT / "docs" / "figures" / "regenerate.py")
regenerate = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(regenerate)  # type: ignore[union-attr]


def test_every_example_command_runs_and_its_picture_is_committed(tmp_path: Path, monkeypatch) -> None:
    doc = regenerate.DOC.read_text()
    commands = regenerate.commands(doc)
    assert len(commands) >= 5
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs" / "figures").mkdir(parents=True)
    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / "sample-trace.json").write_bytes((ROOT / "examples" / "sample-trace.json").read_bytes())
    for args in commands:
        name = args[args.index("-o") + 1]
        assert f"]({name.removeprefix('docs/')})" in doc, f"{name} is made but not shown"
        result = CliRunner().invoke(main, ["figure", *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        # the committed picture is this command's (its pixels may differ with another cairo version)
        assert Image.open(tmp_path / name).size == Image.open(ROOT / name).size, \
            f"{name} is stale: run python docs/figures/regenerate.py"
