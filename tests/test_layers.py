"""Dependencies point one way: ui -> db -> core. core and db never import Qt."""

from __future__ import annotations

import ast
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
