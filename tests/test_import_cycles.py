"""No import cycles in ``jituan_desktop/`` (issue 11).

The import graph is read from the sources with ``ast`` (tests/import_graph.py): every import
counts, the ones inside functions and under ``if TYPE_CHECKING:`` too, so a cycle cannot be
hidden by making one side lazy. Its strongly connected components are the cycles.
"""

from __future__ import annotations

from import_graph import cycles, import_graph, imported_names


def test_no_import_cycle():
    found = cycles(import_graph())
    assert not found, "import cycles (each line: modules that import one another):\n" + \
        "\n".join("  " + " <-> ".join(c) for c in found)


# -- the checker itself ------------------------------------------------------------------------
def plant(root, files: dict[str, str]):
    package = root / "jituan_desktop"
    for relpath, text in files.items():
        path = package / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return package


def test_the_check_sees_lazy_and_type_checking_imports(tmp_path):
    package = plant(tmp_path, {
        "__init__.py": "",
        "a.py": "from . import b\n",
        "b.py": "def f():\n    from .a import x\n",  # lazy: still a cycle
        "c.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .d import D\n",
        "d.py": "import jituan_desktop.c\n",
        "e.py": "from .a import b\n",  # imports a's name b, not a module: an edge to a only
    })
    assert cycles(import_graph(package)) == [("jituan_desktop.a", "jituan_desktop.b"),
                                             ("jituan_desktop.c", "jituan_desktop.d")]


def test_from_a_package_import_a_module_is_an_edge_to_the_module(tmp_path):
    package = plant(tmp_path, {
        "__init__.py": "", "pkg/__init__.py": "", "pkg/mod.py": "",
        "x.py": "from .pkg import mod, NAME\nfrom jituan_desktop import pkg\n",
    })
    assert imported_names(package / "x.py", "x.py", package) == {
        "jituan_desktop.pkg.mod", "jituan_desktop.pkg"}


def test_a_long_chain_and_a_new_cycle_are_reported(tmp_path):
    files = {"__init__.py": ""}
    files.update({f"m{i}.py": f"from . import m{i + 1}\n" for i in range(2000)})
    files["m2000.py"] = "from . import m1999\n"  # only the last two import each other
    found = cycles(import_graph(plant(tmp_path, files)))
    assert found == [("jituan_desktop.m1999", "jituan_desktop.m2000")]
