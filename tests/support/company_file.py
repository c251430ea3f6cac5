"""What the tests of a company file in trouble share: another program holding a lock on it (as
Visma Administration may), a short busy timeout, and running a command as a user without write
permission (root writes anything, so as root the command runs as "nobody")."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tidwizard.core.admin import schema

# How long a test lets SQLite wait for a lock before the store gives up (the program: 5 s).
SHORT_BUSY_MS = 150
NOBODY = 65534

_HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "everything":
    # Readers are kept out too: the lock Administration takes when it opens a company alone.
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("UPDATE company SET name = name")
    conn.execute("COMMIT")
else:
    conn.execute("BEGIN EXCLUSIVE")  # writers wait; in WAL mode readers go on
print("locked", flush=True)
sys.stdin.read()
"""


@contextmanager
def locked_by_another_program(path: Path, *, what: str = "writes") -> Iterator[None]:
    """Another process holds a lock on ``path`` until the block ends: ``writes`` (BEGIN
    EXCLUSIVE) or ``everything`` (exclusive locking mode, readers kept out too)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path), what],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=10)


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schema, "BUSY_TIMEOUT_MS", SHORT_BUSY_MS)


def without_root() -> list[str]:
    """The words before a command that run it as a user bound by file permissions."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: file permissions do not bind root")
    prefix = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    if not _runs_as(tuple(prefix)):
        # CI's virtual environment lives in a folder only root may enter (mktemp -d), or the
        # clone does: the other user cannot even start the program there.
        pytest.skip("the program's own files are root's alone here: it cannot run as another user")
    return prefix


@functools.cache
def _runs_as(prefix: tuple[str, ...]) -> bool:
    """Whether the program starts at all as the user of ``prefix``."""
    # What the commands need, imported from outside the clone (the folder a test runs in
    # would put the package on the path even where the installed one cannot be read).
    probe = subprocess.run(
        [*prefix, sys.executable, "-c", "import platformdirs, pydantic, httpx, tidwizard.cli.main"],
        capture_output=True,
        timeout=60,
        cwd="/",
    )
    return probe.returncode == 0


@contextmanager
def shared_folder() -> Iterator[Path]:
    """A folder the user of :func:`without_root` owns (pytest's own are root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="tidwizard-perm-"))
    try:
        yield folder
    finally:
        for place in (folder, *folder.rglob("*")):
            if not place.is_symlink():
                place.chmod(0o700)
        shutil.rmtree(folder, ignore_errors=True)


def hand_over(folder: Path) -> None:
    """Give the folder and everything in it to the user of :func:`without_root`."""
    if os.geteuid() != 0:
        return
    for place in (folder, *folder.rglob("*")):
        os.chown(place, NOBODY, NOBODY, follow_symlinks=False)


def run_tidwizard(prefix: list[str], *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*prefix, sys.executable, "-m", "tidwizard.cli.main", *argv],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "TIDWIZARD_KEYRING": "off"},
    )
