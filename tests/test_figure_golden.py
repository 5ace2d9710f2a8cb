"""Golden figures: the committed files under tests/data/figures are what `tracegen figure` writes today,
byte for byte (regenerate them with tests/data/figures/regenerate.py after a deliberate change)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from figure_traces import GOLDEN_FIGURES, hostile_trace

from tracegen._version import __version__
from tracegen.cli import main
from tracegen.trace import load

DATA = Path(__file__).parent / "data" / "figures"
TRACE = DATA / "hostile-trace.json"


def test_the_committed_trace_is_the_hostile_trace() -> None:
    committed = load(TRACE)
    fresh = hostile_trace()
    assert [r.to_dict() for r in committed.runs] == [r.to_dict() for r in fresh.runs]
    assert committed.tokens == fresh.tokens and committed.token_bytes == fresh.token_bytes


@pytest.mark.parametrize(("name", "args"), GOLDEN_FIGURES, ids=[name for name, _ in GOLDEN_FIGURES])
def test_figure_equals_its_golden_file(tmp_path: Path, name: str, args: list[str]) -> None:
    out = tmp_path / name
    result = CliRunner().invoke(main, ["figure", str(TRACE), "-o", str(out), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    golden = (DATA / name).read_bytes()
    made = out.read_bytes()
    assert f"tracegen {__version__}".encode() in made  # every figure says which tracegen made it
    assert without_version(made) == golden, f"{name} changed: run tests/data/figures/regenerate.py if that was meant"


def without_version(data: bytes) -> bytes:
    """A figure as its golden file has it: the version stamp taken out, so the golden files
    stay true across releases (regenerate.py writes them the same way)."""
    return data.replace(f", tracegen {__version__}.".encode(), b".").replace(f"tracegen {__version__} ".encode(), b"tracegen ")


@pytest.mark.parametrize("fmt", ["pdf", "png"])
def test_binary_formats_are_the_same_bytes_every_time(tmp_path: Path, fmt: str) -> None:
    # PDF and PNG depend on the cairo and font versions of the machine, so they are not golden
    # files; but one machine makes the same bytes every time (no timestamp in the PDF).
    outputs = []
    for i in range(2):
        out = tmp_path / f"{i}.{fmt}"
        result = CliRunner().invoke(main, ["figure", str(TRACE), "-o", str(out), "--kind", "tree", "--run", "beam"],
                                    catch_exceptions=False)
        assert result.exit_code == 0, result.output
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    if fmt == "pdf":
        assert b"/CreationDate" not in outputs[0] and b"/ModDate" not in outputs[0]
