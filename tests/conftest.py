"""Shared fixtures: a private home, and the sandbox Tid service on a free loopback port."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from support.cli import Run, cli_runner
from tidwizard.core.i18n import set_language
from tidwizard.core.paths import Home

# Fixtures shared by more than one test module: ``servers`` (loopback HTTP/HTTPS servers).
pytest_plugins = ["support.loopback_servers"]


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No test ever touches the user's real settings, keyring or language, and none leaves
    its language to the next (a test that switched to English made a later one, run after it
    alone, read English where it expected Swedish)."""
    monkeypatch.setenv("TIDWIZARD_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("TIDWIZARD_SECRET", raising=False)
    monkeypatch.setenv("TIDWIZARD_KEYRING", "off")
    monkeypatch.setenv("TIDWIZARD_LANG", "sv")
    # The pictures use our own theme whatever terminal runs the tests (TERM=linux chooses ansi).
    monkeypatch.delenv("TIDWIZARD_THEME", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("COLORTERM", "truecolor")
    set_language("sv")
    yield
    set_language("sv")


@pytest.fixture
def home_dir(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def home(home_dir: Path) -> Home:
    """The test's private home, resolved as the commands resolve ``--home``."""
    return Home.resolve(home_dir)


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """``tidwizard ARGV...`` in this process: its exit code, stdout and stderr."""
    return cli_runner(capsys, monkeypatch)


@pytest.fixture
def sandbox() -> Iterator[object]:
    """The demo-seeded sandbox with no rate limit, running in a background thread."""
    from tidwizard.sandbox.server import SandboxConfig, start_sandbox

    with start_sandbox(SandboxConfig(seed="demo", rate=0)) as running:
        yield running


@pytest.fixture(params=["contract", "public"], ids=["contract", "public"])
def tid_profile(request: pytest.FixtureRequest) -> str:
    """Each sandbox profile in turn: TID-API.md as written, and the real service's shape."""
    profile: str = request.param
    return profile


@pytest.fixture
def profile_sandbox(tid_profile: str) -> Iterator[object]:
    """Like ``sandbox`` (demo seed, no rate limit), once per profile: take it to run a test
    against both."""
    from tidwizard.sandbox.server import SandboxConfig, start_sandbox

    with start_sandbox(SandboxConfig(seed="demo", rate=0, profile=tid_profile)) as running:
        yield running
