"""The layers hold: the core never imports the screen, the command line or the sandbox."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_linter_contracts_hold() -> None:
    beside_python = Path(sys.executable).parent / "lint-imports"
    lint_imports = str(beside_python) if beside_python.exists() else shutil.which("lint-imports")
    assert lint_imports, (
        "lint-imports is missing: install the test extras (pip install -e '.[test]')"
    )
    result = subprocess.run([lint_imports], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


# httpx imports rich for its optional command line whenever rich is installed (it is, with
# Textual), so "rich in sys.modules" says nothing about our code. The strong check: with textual
# and rich made unimportable, every core module still imports, and none of our other layers load.
IMPORT_EVERY_CORE_MODULE = """
import importlib, pkgutil, sys

BLOCKED = ("textual", "rich")


class Unavailable:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"blocked by the test: {name}", name=name)
        return None


if sys.argv[1] == "block":
    sys.meta_path.insert(0, Unavailable())
import tidwizard.core
names = [m.name for m in pkgutil.walk_packages(tidwizard.core.__path__, "tidwizard.core.")]
for name in names:
    importlib.import_module(name)
layers = ("tidwizard.ui", "tidwizard.cli", "tidwizard.sandbox", "textual")
loaded = sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED or m.startswith(layers))
print(len(names))
print("\\n".join(m for m in loaded if sys.argv[1] == "block" or not m.startswith("rich")))
"""


def import_the_core(mode: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_EVERY_CORE_MODULE, mode],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    count, *loaded = result.stdout.splitlines()
    assert int(count) >= 20  # really walked the core, not an empty package
    return [name for name in loaded if name]


def test_the_core_loads_neither_textual_nor_the_other_layers() -> None:
    assert import_the_core("plain") == []


def test_the_core_works_without_textual_and_rich_installed() -> None:
    assert import_the_core("block") == []


def test_the_package_never_imports_textual_pilot() -> None:
    """The Pilot drives an App in tests and screenshots (tests/support/); the installed package
    has no use for it. (import-linter can forbid only ``textual`` whole, not ``textual.pilot``.)"""
    offenders = []
    for path in sorted((ROOT / "tidwizard").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            else:
                continue
            if any(name == "textual.pilot" or name.startswith("textual.pilot.") for name in names):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


# No module imports one that imports it back, directly or round a longer circle: not at the top,
# not inside a function, not under `if TYPE_CHECKING:`. A circle means neither module can be read
# (or tested, or moved) without the other; every import statement in the file counts.
PACKAGE = ROOT / "tidwizard"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path, modules: set[str]) -> set[str]:
    """Our modules that ``path`` imports anywhere in its text; ``from a import b`` is the module
    ``a.b`` when there is one, else ``a``."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                found.add(submodule if submodule in modules else base)
    return {module for module in found if module in modules and module != name}


def import_graph() -> dict[str, set[str]]:
    paths = sorted(PACKAGE.rglob("*.py"))
    modules = {module_name(path) for path in paths}
    return {module_name(path): imported_modules(path, modules) for path in paths}


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One circle through each strongly connected group of modules (Tarjan), as a path."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[set[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in sorted(graph[module]):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = set()
            while True:
                member = stack.pop()
                group.add(member)
                if member == module:
                    break
            if len(group) > 1:
                groups.append(group)

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return [circle_within(graph, group) for group in groups]


def circle_within(graph: dict[str, set[str]], group: set[str]) -> list[str]:
    """The shortest way from the group's first module back to itself (breadth first)."""
    start = min(group)
    came_from: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for module in frontier:
            for target in sorted(graph[module] & group):
                if target == start:
                    path = [module]
                    while path[-1] != start:
                        path.append(came_from[path[-1]])
                    return [start, *reversed(path[:-1]), start]
                if target not in came_from:
                    came_from[target] = module
                    following.append(target)
        frontier = following
    raise AssertionError(f"no circle in {group}")


def test_the_import_graph_has_no_circles() -> None:
    graph = import_graph()
    assert len(graph) >= 100  # really walked the package
    found = [" -> ".join(circle) for circle in circles(graph)]
    assert not found, "modules that import each other:\n" + "\n".join(found)


def test_the_circle_finder_names_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set()}
    assert circles(graph) == [["a", "b", "c", "a"]]
