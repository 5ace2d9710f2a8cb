"""Reading an input file, written once (``tracegen._inputs``): every command that reads a file
a user names says the same one line for a missing file, a directory or text that is not UTF-8."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import tracegen
from tracegen._inputs import read_input, read_input_text
from tracegen.cli import main
from tracegen.errors import TracegenError
from tracegen.recording.prompts import read_prompts
from tracegen.trace import TraceFormatError


def test_what_it_reads_and_how_it_refuses(tmp_path: Path) -> None:
    text = tmp_path / "t.txt"
    text.write_bytes("\ufeffa\r\nb\n".encode())
    assert read_input(text, "text file") == "\ufeffa\r\nb\n".encode()
    assert read_input_text(text, "text file") == "a\r\nb\n"  # the BOM goes, line endings stay
    with pytest.raises(TracegenError, match=r"nope\.txt: no such file$"):
        read_input(tmp_path / "nope.txt", "text file")
    with pytest.raises(TraceFormatError, match=r": is a directory, not a trace file$"):
        read_input(tmp_path, "trace file", error=TraceFormatError)
    text.write_bytes(b"ok \xff")
    with pytest.raises(TracegenError, match=r"t\.txt: not UTF-8 text \(invalid start byte at byte 3\)$"):
        read_input_text(text, "text file")


def one_line(args: list[str]) -> str:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1 and len(result.output.splitlines()) == 1, result.output
    return result.output.strip()


def test_every_command_that_reads_a_file_says_the_same(tmp_path: Path) -> None:
    missing = tmp_path / "missing"
    out = str(tmp_path / "o.json")
    for args in (["export", str(missing)], ["import", str(missing), "--from", "tgi", "-o", out],
                 ["record", "--prompt", str(missing), "-o", out],
                 ["record", "--prompt", "-", "--strategy", "forced", "--continuation", str(missing), "-o", out]):
        assert one_line(args) == f"Error: {missing}: no such file", args
    with pytest.raises(TraceFormatError, match="is a directory, not a trace file"):
        tracegen.load(tmp_path)
    assert one_line(["import", str(tmp_path), "--from", "tgi", "-o", out]) == (
        f"Error: {tmp_path}: is a directory, not a file of responses")
    with pytest.raises(TracegenError, match="is a directory, not a prompt file"):
        read_prompts(str(tmp_path))
