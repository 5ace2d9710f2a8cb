"""The map stays true and the seams stay clean: docs/architecture.md names every package, no two
subpackages import each other at module level, the trace format imports none of its consumers,
and no function grows past 60 lines."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "tracegen"
MAP = (ROOT / "docs" / "architecture.md").read_text()
MAX_FUNCTION_LINES = 60


def _modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        yield ".".join(parts[:-1] if parts[-1] == "__init__" else parts), path


def _unit(module: str) -> str:
    """The top-level part of tracegen a module belongs to: ``tracegen.live.app`` -> ``live``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _module_level_imports(module: str, path: Path) -> Iterator[str]:
    """The tracegen modules ``module`` imports when it is imported (not in functions, not for type checking)."""
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        for stmt in node.body if isinstance(node, ast.Try) else [node]:
            if isinstance(stmt, ast.ImportFrom):
                if stmt.level:
                    base = package.split(".")[: len(package.split(".")) - (stmt.level - 1)]
                    target = ".".join(base + ([stmt.module] if stmt.module else []))
                else:
                    target = stmt.module or ""
                if target == "tracegen" or stmt.module is None:
                    yield from (f"{target}.{alias.name}" for alias in stmt.names)
                elif target.startswith("tracegen."):
                    yield target
            elif isinstance(stmt, ast.Import):
                yield from (a.name for a in stmt.names if a.name.startswith("tracegen."))


def _graph() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {}
    for module, path in _modules():
        for target in _module_level_imports(module, path):
            a, b = _unit(module), _unit(target)
            if a and b and a != b:
                edges.setdefault(a, set()).add(b)
    return edges


def test_every_package_is_on_the_map():
    packages = sorted({p.parent.relative_to(PACKAGE).parts[0] for p in PACKAGE.rglob("__init__.py")
                       if p.parent != PACKAGE})
    assert packages
    missing = [name for name in packages if f"  {name}/" not in MAP]
    assert not missing, f"packages missing from docs/architecture.md's module map: {missing}"


def test_no_import_cycle_between_subpackages():
    edges = _graph()

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for nxt in edges.get(start, ()):
            if nxt == goal or (nxt not in seen and reaches(nxt, goal, seen | {nxt})):
                return True
        return False

    cycles = sorted(a for a in edges if reaches(a, a, {a}))
    assert not cycles, f"subpackages in an import cycle at module level: {cycles} ({edges})"


@pytest.mark.parametrize("consumer", ["recording", "live", "notebook", "export", "figure", "comparison",
                                      "rescoring", "importing", "cli", "backends"])
def test_the_trace_format_imports_no_consumer(consumer):
    assert consumer not in _graph().get("trace", set())


def _long_functions() -> Iterator[str]:
    for _, path in _modules():
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            lines = node.end_lineno - node.lineno + 1  # type: ignore[operator]
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                lines -= first.end_lineno - first.lineno + 1  # type: ignore[operator]
            if lines > MAX_FUNCTION_LINES:
                yield f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({lines} lines)"


def test_no_function_is_longer_than_sixty_lines():
    assert not list(_long_functions())


def test_every_module_is_type_checked():
    """No module of tracegen is exempt from mypy (an `ignore_errors` override in pyproject.toml)."""
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["mypy"]
    exempt = [m for o in config.get("overrides", []) if o.get("ignore_errors") for m in o["module"]]
    assert exempt == [], exempt  # every module is type-checked: keep it so
