"""What each module of ``jituan_desktop`` imports, read from its source with ``ast``.

Shared by the layer rules (tests/test_layers.py) and the cycle check
(tests/test_import_cycles.py). Every import statement counts, wherever it stands: inside a
function or under ``if TYPE_CHECKING:``; an import moved out of sight is still a dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "jituan_desktop"
ROOT = PACKAGE.name


def modules(package: Path = PACKAGE):
    """(package-relative posix path, path) of every module, sorted."""
    for path in sorted(package.rglob("*.py")):
        yield path.relative_to(package).as_posix(), path


def module_name(relpath: str) -> str:
    """``storage/store.py`` -> ``jituan_desktop.storage.store``; a package's ``__init__.py``
    is the package itself."""
    parts = [ROOT] + relpath[: -len(".py")].split("/")
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_module(name: str, package: Path = PACKAGE) -> bool:
    """Whether the dotted ``name`` of ours is a module or package on disk."""
    if name != ROOT and not name.startswith(ROOT + "."):
        return False
    path = package.joinpath(*name.split(".")[1:])
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def imported_names(path: Path, relpath: str, package: Path = PACKAGE) -> set[str]:
    """Absolute dotted names of every module a module imports: relative imports resolved,
    ``from package import name`` taken as the submodule ``package.name`` when it is one."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package_parts = [ROOT] + relpath.split("/")[:-1]
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package_parts[: len(package_parts) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module
            for alias in node.names:
                submodule = f"{module}.{alias.name}"
                names.add(submodule if is_module(submodule, package) else module)
    return names


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    """module -> the modules of ours it imports (itself left out)."""
    graph = {}
    for relpath, path in modules(package):
        name = module_name(relpath)
        graph[name] = {n for n in imported_names(path, relpath, package)
                       if is_module(n, package) and n != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[tuple[str, ...]]:
    """The strongly connected components of more than one module (Tarjan), each sorted; a
    module that imports itself is not a cycle worth reporting."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []

    def visit(start: str) -> None:
        # Iterative, so a long chain of imports cannot exhaust Python's recursion limit.
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, successors = work[-1]
            for succ in successors:
                if succ not in index:
                    index[succ] = low[succ] = len(index)
                    stack.append(succ)
                    on_stack.add(succ)
                    work.append((succ, iter(sorted(graph.get(succ, ())))))
                    break
                if succ in on_stack:
                    low[node] = min(low[node], index[succ])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(tuple(sorted(component)))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)
