"""The architecture's dependency rules (DESIGN.md §4), checked on every import statement.

gui -> services -> storage -> domain; sync, reports and cli never import gui; each
third-party library stays in the one place allowed to use it.
"""

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "jituan_desktop"

# library -> the only places (package-relative paths, folders end with /) that may import it
CONFINED = {
    "PySide6": ("gui/",),
    "shiboken6": ("gui/",),
    "sqlite_utils": ("storage/",),
    "sqlite3": ("storage/",),
    "reportlab": ("reports/",),
    "openpyxl": ("reports/",),
    "platformdirs": ("paths.py",),
}

# layer -> layers of ours it must not import
FORBIDDEN = {
    "domain": {"storage", "services", "sync", "reports", "gui", "cli", "app", "paths", "i18n",
               "demo"},
    "storage": {"services", "sync", "reports", "gui", "cli", "app", "demo"},
    "services": {"sync", "reports", "gui", "cli", "app", "demo"},
    "sync": {"gui", "cli", "app", "demo"},
    "reports": {"gui", "cli", "app", "demo"},
    "gui": {"storage", "demo"},
    "demo": {"sync", "reports", "gui", "cli", "app"},
    "cli": {"gui"},
}


def modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path.relative_to(PACKAGE).as_posix(), path


def imported_names(path: Path, relpath: str) -> set[str]:
    """Absolute dotted names of everything a module imports (relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package_parts = ["jituan_desktop"] + relpath.split("/")[:-1]
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package_parts[: len(package_parts) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
                names.add(module)
                if not node.module:
                    names.update(f"{module}.{a.name}" for a in node.names)
            else:
                names.add(node.module)
    return names


def layer_of(relpath: str) -> str:
    first = relpath.split("/")[0]
    return first[:-3] if first.endswith(".py") else first


def our_layers(names: set[str]) -> set[str]:
    return {n.split(".")[1] for n in names if n.startswith("jituan_desktop.") and "." in n}


@pytest.mark.parametrize("relpath,path", list(modules()), ids=lambda v: str(v))
def test_module_respects_layers(relpath, path):
    names = imported_names(path, relpath)
    for library, allowed in CONFINED.items():
        uses = {n for n in names if n == library or n.startswith(library + ".")}
        if uses:
            assert any(relpath.startswith(a) for a in allowed), \
                f"{relpath} imports {library}, which only {allowed} may use"
    forbidden = FORBIDDEN.get(layer_of(relpath), set())
    bad = our_layers(names) & forbidden
    assert not bad, f"{relpath} ({layer_of(relpath)}) must not import {sorted(bad)}"


def test_the_check_sees_a_violation(tmp_path):
    """The checker itself works: a planted bad import is reported."""
    bad = tmp_path / "bad.py"
    bad.write_text("from ..gui import main_window\nimport sqlite_utils\n", encoding="utf-8")
    names = imported_names(bad, "storage/bad.py")
    assert "jituan_desktop.gui" in names and "sqlite_utils" in names
    assert our_layers(names) & FORBIDDEN["storage"] == {"gui"}


def test_every_layer_exists():
    for layer in ("domain", "storage", "services", "sync", "reports", "gui"):
        assert (PACKAGE / layer / "__init__.py").exists()


SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|DELETE\s+FROM|CREATE\s+TABLE|PRAGMA\s)\b")


@pytest.mark.parametrize("relpath,path", [m for m in modules() if not m[0].startswith("storage/")],
                         ids=lambda v: str(v))
def test_no_sql_outside_storage(relpath, path):
    literals = [node.value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                if isinstance(node, ast.Constant) and isinstance(node.value, str)]
    offending = [text for text in literals if SQL.search(text)]
    assert not offending, f"{relpath} holds SQL; move it into storage/: {offending}"
