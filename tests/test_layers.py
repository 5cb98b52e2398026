"""The architecture's dependency rules (DESIGN.md §4), checked on every import statement.

The chain, each layer importing only what lies below it:

    gui -> {sync, reports} -> services -> storage -> domain

- ``domain`` imports nothing of ours. ``storage`` imports the domain (and ``clock``: every
  store carries the one clock its opener hands it). ``services`` import storage and the domain.
- ``sync`` and ``reports`` import services, storage and the domain, never each other: a
  bundle holds no report and a report reads no bundle.
- ``gui`` imports sync, reports, services and the domain, never storage: what it names of
  the store comes from the domain (``ListQuery``, the attachment limit) or from the services
  (``services.store_access``: the store's type, what a failed job means).
- Beside the chain: ``clock`` (the machine's time), ``paths`` (data folders, bundled
  resources) and ``i18n`` (catalogues without Qt, found through paths) import nothing else of
  ours; ``demo`` (the demo alliance, practice records) sits on services and storage, and
  only the entry points import it.
- On top, the entry points: ``cli`` (the ``jituan`` command: everything but the GUI),
  ``app`` (the desktop app's composition root), ``self_test`` (``jituan-desktop
  --self-test``) and ``__main__`` (``python -m jituan_desktop``). Nothing imports them back
  but ``app`` (its self-test and the JITUAN_NOW check it shares with the command line).

Each third-party library stays in the one place allowed to use it.
"""

import ast
import re

import pytest

from import_graph import PACKAGE, imported_names, modules

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

# layer -> the layers of ours it may import (itself always). "__init__" is the package root:
# its version and name.
ALLOWED = {
    "domain": set(),
    "clock": set(),
    "paths": set(),
    "i18n": {"paths"},
    "storage": {"domain", "clock"},
    "services": {"storage", "domain"},
    "sync": {"services", "storage", "domain", "__init__"},
    "reports": {"services", "storage", "domain", "i18n", "paths"},
    "gui": {"sync", "reports", "services", "domain", "i18n", "paths"},
    "demo": {"services", "storage", "domain"},
    "cli": {"sync", "reports", "services", "storage", "domain", "demo", "clock", "paths",
            "i18n", "__init__"},
    "self_test": {"gui", "reports", "services", "storage", "domain", "i18n", "paths",
                  "clock", "__init__"},
    "app": {"gui", "cli", "self_test", "sync", "services", "storage", "domain", "demo",
            "clock", "paths", "i18n", "__init__"},
    "__main__": {"cli"},
    "__init__": set(),
}
# layer -> layers of ours it must not import: all the others
FORBIDDEN = {layer: set(ALLOWED) - allowed - {layer} for layer, allowed in ALLOWED.items()}


def layer_of(relpath: str) -> str:
    first = relpath.split("/")[0]
    return first[:-3] if first.endswith(".py") else first


def top_level() -> set[str]:
    """The package's top-level modules and packages: each is a layer."""
    return {layer_of(p.relative_to(PACKAGE).as_posix()) for p in PACKAGE.glob("*.py")} | \
        {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}


def our_layers(names: set[str]) -> set[str]:
    """The layers ``names`` reach; a name of the package root itself (``__version__``) is
    the root's."""
    layers = top_level()
    found = {n.split(".")[1] for n in names if n.startswith("jituan_desktop.")}
    root = {"__init__"} if "jituan_desktop" in names else set()
    return {name if name in layers else "__init__" for name in found} | root


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
    assert "jituan_desktop.gui.main_window" in names and "sqlite_utils" in names
    assert our_layers(names) & FORBIDDEN["storage"] == {"gui"}
    page = tmp_path / "page.py"
    page.write_text("from ...storage.store import Store\nfrom ... import __version__\n",
                    encoding="utf-8")
    names = imported_names(page, "gui/teachers/page.py")
    assert our_layers(names) & FORBIDDEN["gui"] == {"storage", "__init__"}


def test_every_layer_exists():
    for layer in ("domain", "storage", "services", "sync", "reports", "gui", "demo"):
        assert (PACKAGE / layer / "__init__.py").exists()


def test_every_module_has_a_place_in_the_chain():
    """A new top-level module or package says where it sits before it can be imported."""
    assert top_level() == set(ALLOWED)


SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|DELETE\s+FROM|CREATE\s+TABLE|PRAGMA\s)\b")


@pytest.mark.parametrize("relpath,path", [m for m in modules() if not m[0].startswith("storage/")],
                         ids=lambda v: str(v))
def test_no_sql_outside_storage(relpath, path):
    literals = [node.value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                if isinstance(node, ast.Constant) and isinstance(node.value, str)]
    offending = [text for text in literals if SQL.search(text)]
    assert not offending, f"{relpath} holds SQL; move it into storage/: {offending}"
