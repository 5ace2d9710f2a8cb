"""Rewrite the golden figures beside this file (run after a deliberate change to how figures look):

    PYTHONPATH=. python tests/data/figures/regenerate.py

It writes hostile-trace.json from ``tests/figure_traces.py`` and every figure of
``GOLDEN_FIGURES`` through the real ``tracegen figure`` command. Review the diff (and the
PNGs the docs show) before committing.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))  # tests/, for figure_traces

from click.testing import CliRunner  # noqa: E402
from figure_traces import GOLDEN_FIGURES, hostile_trace  # noqa: E402
from test_figure_golden import without_version  # noqa: E402

from tracegen.cli import main  # noqa: E402


def regenerate() -> None:
    trace = HERE / "hostile-trace.json"
    hostile_trace().save(trace)
    for name, args in GOLDEN_FIGURES:
        result = CliRunner().invoke(main, ["figure", str(trace), "-o", str(HERE / name), *args],
                                    catch_exceptions=False)
        if result.exit_code != 0:
            raise SystemExit(f"{name}: {result.output}")
        # the version stamp is left out: golden files stay true across releases
        (HERE / name).write_bytes(without_version((HERE / name).read_bytes()))
        print(HERE / name)


if __name__ == "__main__":
    regenerate()
