"""The sync package in layers (docs/sync.md §6): every module imports only modules below it
in ORDER, none imports our code inside a function (the way a cycle is dodged), and only the
GUI and the command line read the overview on top."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "jituan_desktop"
SYNC = PACKAGE / "sync"

# Bottom to top. A module may import those before it, never one after it.
ORDER = [
    # what a bundle and a joining document are: formats, refusals, result types
    "messages", "results", "bundle_errors", "file_names", "bundle_manifest", "bundle_checks",
    "bundle_file", "laptop", "identity", "documents",
    # where this installation stands: meta facts, the folders written to, a restored lead's
    # succession, the opened identity, the history and conflicts
    "standing", "folders", "lead_succession", "installation", "history",
    # every received version checked as if typed in (imports services' rules)
    "received_checks",
    # the use cases: the lead's side of joining, a member joining, export, import
    "membership", "joining", "exporting", "importing",
    # where things stand, for the 同步 page and `jituan status`
    "overview",
]
# Who may read the overview: the GUI and the command line (and the composition root).
OVERVIEW_READERS = ("gui/", "cli", "app.py")


def sync_imports(tree: ast.AST, package: str) -> list[tuple[str, int]]:
    """(sync module name, line) of every import of a module of ``sync/`` in ``tree``, the
    tree being a module of the package ``package`` (dotted, e.g. jituan_desktop.sync)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            targets = [module] + [f"{module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        else:
            continue
        modules = {t.split(".")[2] for t in targets
                   if t.split(".")[:2] == ["jituan_desktop", "sync"] and t.count(".") >= 2}
        found += [(module, node.lineno) for module in sorted(modules)]
    return found


def nested_imports_of_ours(tree: ast.AST) -> list[int]:
    """Lines of imports of our own code inside a function body."""
    lines = []
    for function in ast.walk(tree):
        if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.ImportFrom) and (
                    node.level or (node.module or "").startswith("jituan_desktop")):
                lines.append(node.lineno)
            elif isinstance(node, ast.Import) and any(
                    a.name.startswith("jituan_desktop") for a in node.names):
                lines.append(node.lineno)
    return sorted(set(lines))


def layer_problems(name: str, source: str) -> list[str]:
    """What is wrong with the sync module ``name`` whose text is ``source``."""
    tree = ast.parse(source)
    problems = []
    for imported, line in sync_imports(tree, "jituan_desktop.sync"):
        if imported not in ORDER:
            problems.append(f"{name}.py:{line} imports {imported}, which ORDER does not place")
        elif ORDER.index(imported) >= ORDER.index(name):
            problems.append(f"{name}.py:{line} imports {imported}, which is not below it")
    problems += [f"{name}.py:{line} imports our code inside a function"
                 for line in nested_imports_of_ours(tree)]
    return problems


def test_order_names_every_module_once():
    modules = {p.stem for p in SYNC.glob("*.py")} - {"__init__"}
    assert len(ORDER) == len(set(ORDER))
    assert set(ORDER) == modules, "place every sync module in ORDER"


@pytest.mark.parametrize("name", ORDER)
def test_a_module_imports_only_modules_below_it(name):
    assert layer_problems(name, (SYNC / f"{name}.py").read_text(encoding="utf-8")) == []


def test_the_check_catches_an_upward_import_and_a_lazy_one():
    source = ("from . import documents\n"
              "from .importing import import_paths\n"
              "def later():\n"
              "    from .overview import overview\n"
              "    import json\n")
    assert layer_problems("exporting", source) == [
        "exporting.py:2 imports importing, which is not below it",
        "exporting.py:4 imports overview, which is not below it",
        "exporting.py:4 imports our code inside a function"]


def test_only_the_gui_and_the_command_line_read_the_overview():
    readers = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relpath = path.relative_to(PACKAGE).as_posix()
        package = ".".join(["jituan_desktop"] + relpath.split("/")[:-1])
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if any(module == "overview" for module, _line in sync_imports(tree, package)):
            readers.append(relpath)
    assert readers and all(r.startswith(OVERVIEW_READERS) for r in readers), readers
