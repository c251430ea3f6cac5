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
