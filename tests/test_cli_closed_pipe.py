"""Every command's output survives a reader that went away (`tidwizard status --json | head -1`):
no BrokenPipeError traceback, no "Exception ignored" at exit, exit 141 as a shell reports a
command killed by SIGPIPE (issue 13, item 14).

The commands run as real processes whose stdout is a pipe whose reading end is closed before
they write a byte, so every write meets the closed pipe, whatever the buffering."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from support.cli import set_up_demo
from tidwizard.cli.common import EXIT_CLOSED_PIPE
from tidwizard.core.paths import Home

PROCESS_TIMEOUT = 60


def run_into_closed_pipe(*argv: str) -> subprocess.CompletedProcess[str]:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone before the command says anything
    try:
        return subprocess.run(
            [sys.executable, "-m", "tidwizard", *argv],
            stdin=subprocess.DEVNULL,
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=PROCESS_TIMEOUT,
            check=False,
        )
    finally:
        os.close(write_end)


@pytest.fixture
def configured(home_dir: Path, sandbox: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    set_up_demo(
        Home.resolve(home_dir),
        sandbox.url,
        monkeypatch,
        client_id="pipe-login",
        secret="Pp4!pipe-hemlis-14",
        import_as="invoice",
    )
    return sandbox


@pytest.mark.usefixtures("configured")
@pytest.mark.parametrize(
    "argv",
    [
        ["status", "--json"],
        ["status"],
        ["check"],
        ["company", "list"],
        ["company", "list", "--json"],
        ["import", "--dry-run"],
    ],
    ids=" ".join,
)
def test_a_closed_pipe_ends_the_command_quietly(argv: list[str]) -> None:
    done = run_into_closed_pipe(*argv)
    assert "Traceback" not in done.stderr, done.stderr
    assert "BrokenPipe" not in done.stderr and "Exception ignored" not in done.stderr
    assert done.returncode == EXIT_CLOSED_PIPE, done.stderr


@pytest.mark.parametrize("argv", [["--help"], ["import", "--help"], ["--version"]], ids=" ".join)
def test_help_into_a_closed_pipe_says_nothing_on_stderr(argv: list[str]) -> None:
    """argparse itself ignores a failed write of its help (and exits 0); nothing may follow."""
    done = run_into_closed_pipe(*argv)
    assert done.stderr == ""
    assert done.returncode in (0, EXIT_CLOSED_PIPE)
