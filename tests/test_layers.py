"""Dependencies point one way: ui -> db -> core. core and db never import Qt. Under ui/ only the
entry (app.py, cli.py, the package's create_main_window) imports the main window, no modules
under ui/ or db/ import each other in a circle, and nothing under ui/ runs SQL of its own."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "ally_explorer"

FORBIDDEN = {
    "core": ("PySide6", "pyqtgraph", "shiboken6", "sqlite3", "sqlite_utils", "ally_explorer.db", "ally_explorer.ui"),
    "db": ("PySide6", "pyqtgraph", "shiboken6", "ally_explorer.ui"),
}


def _imports(path: Path) -> list[str]:
    """Absolute names of everything a module imports (relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    package = parts[:-1] if parts[-1] != "__init__" else parts[:-1]
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(package[: len(package) - node.level + 1])
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            names.append(module)
            names += [f"{module}.{a.name}" for a in node.names]
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_one_way(layer):
    offenders = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in _imports(path):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_the_checker_sees_a_forbidden_import(tmp_path, monkeypatch):
    """Guard against a checker that cannot fail: a planted Qt import is reported."""
    fake = PACKAGE / "core" / "_planted_for_test.py"
    fake.write_text("from PySide6 import QtCore\nfrom ..db import store\n")
    try:
        names = _imports(fake)
    finally:
        fake.unlink()
    assert "PySide6" in names and "ally_explorer.db" in names


def test_data_layer_runs_without_loading_qt():
    code = (
        "import sys, ally_explorer.core.validation, ally_explorer.db.store, ally_explorer.db.build,"
        " ally_explorer.db.transfer;"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


#: The application entry: the only modules that may import the main window (the composition root).
MAIN_WINDOW_IMPORTERS = {"ally_explorer.ui", "ally_explorer.ui.app", "ally_explorer.ui.cli", "ally_explorer.ui.main_window"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules(layer: str) -> dict[str, Path]:
    return {_module_name(p): p for p in sorted((PACKAGE / layer).rglob("*.py"))}


def test_no_module_under_ui_imports_the_main_window_but_the_entry():
    offenders = []
    for name, path in _modules("ui").items():
        if name in MAIN_WINDOW_IMPORTERS:
            continue
        if any(n == "ally_explorer.ui.main_window" or n.startswith("ally_explorer.ui.main_window.") for n in _imports(path)):
            offenders.append(name)
    assert offenders == []


def _graph(layer: str) -> dict[str, set[str]]:
    """Each module's imports of other modules in the same layer (``from . import x`` names module x)."""
    modules = _modules(layer)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for imported in _imports(path):
            while imported and imported not in modules:
                imported = imported.rpartition(".")[0]
            if imported and imported != name and imported != f"ally_explorer.{layer}":
                targets.add(imported)
        graph[name] = targets
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every circle of imports, each as the path that closes it (a depth-first walk)."""
    found, done, path = [], set(), []

    def walk(node: str) -> None:
        if node in path:
            found.append(path[path.index(node):] + [node])
            return
        if node in done:
            return
        path.append(node)
        for target in sorted(graph.get(node, ())):
            walk(target)
        path.pop()
        done.add(node)

    for node in sorted(graph):
        walk(node)
    return found


@pytest.mark.parametrize("layer", ["ui", "db", "core"])
def test_no_circle_of_imports(layer):
    assert _cycles(_graph(layer)) == []


def test_the_cycle_finder_sees_a_circle():
    """Guard against a finder that cannot fail."""
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_the_main_window_check_sees_a_planted_import():
    fake = PACKAGE / "ui" / "widgets" / "_planted_for_test.py"
    fake.write_text("from ..main_window import MainWindow\n")
    try:
        names = _imports(fake)
    finally:
        fake.unlink()
    assert "ally_explorer.ui.main_window" in names


#: What running SQL looks like in Python: the store's private helpers and a connection's methods.
SQL_CALLS = {"_scalar", "_rows", "execute", "executemany", "executescript"}
SQL_TEXT = re.compile(r"^\s*(SELECT\s|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s|PRAGMA\s)")


def _sql_in(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in SQL_CALLS:
            found.append(f"{path.name}:{node.lineno} calls .{node.func.attr}()")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_TEXT.match(node.value):
            found.append(f"{path.name}:{node.lineno} holds SQL {node.value[:30]!r}")
    return found


def test_no_module_under_ui_runs_sql():
    """Widgets, views and controllers read through the Store's methods, never with SQL of their own."""
    found = [hit for path in sorted((PACKAGE / "ui").rglob("*.py")) for hit in _sql_in(path)]
    assert found == []


def test_the_sql_check_finds_sql(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('store._scalar("SELECT 1")\nconn.execute(q)\n', encoding="utf-8")
    assert len(_sql_in(sample)) == 3


def test_the_main_window_stays_a_composition_root():
    """The window builds the views and wires them (issue 13): new features go in their own modules."""
    lines = (PACKAGE / "ui" / "main_window.py").read_text(encoding="utf-8").count("\n")
    assert lines < 500, f"ui/main_window.py has {lines} lines: move the new feature into a module of its own"
