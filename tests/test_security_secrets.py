"""The secret and the tokens stay in the secret store: no other file, log, output or picture.

The demo secret is "demo", a word the UI uses too, so these tests plant a distinctive secret
(accepted by the sandbox for a client of its own) and look for that, and for every token the
sandbox issued during the test.
"""

from __future__ import annotations

import base64
import dataclasses
import logging
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tidwizard.cli.main import main
from tidwizard.core import demo_data
from tidwizard.core.admin import create_demo_company
from tidwizard.core.admin.companies import company_file_name
from tidwizard.core.paths import Home
from tidwizard.sandbox import auth

CLIENT_ID = "acme-integration"
SECRET = "Zq7-hemlis-8Kx2-aldrig-visa"
TOKEN = re.compile(r"pk_[0-9a-f]{8,}\.pa_[0-9a-f]{8,}")
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def planted_client(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(auth.CREDENTIALS, CLIENT_ID, (SECRET, (1,)))


@pytest.fixture
def issued_tokens(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every token the sandbox hands out while the test runs."""
    tokens: list[str] = []
    issue = auth.TokenStore.issue

    def recording(self: auth.TokenStore, company_id: int) -> auth.IssuedToken:
        token = issue(self, company_id)
        tokens.append(token.value)
        return token

    monkeypatch.setattr(auth.TokenStore, "issue", recording)
    return tokens


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.DEBUG, logger="tidwizard")
    yield caplog


def forbidden(tokens: list[str]) -> list[str]:
    basic = base64.b64encode(f"{CLIENT_ID}:{SECRET}".encode()).decode()
    return [SECRET, basic, *tokens]


def set_up(home_dir: Path, url: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = Home.resolve(home_dir)
    home.ensure()
    path = home.companies_dir / company_file_name("Demo Konsult AB")
    create_demo_company(path).close()
    monkeypatch.setenv("TIDWIZARD_SECRET", SECRET)
    argv = ["setup", "--yes", "--url", url, "--client-id", CLIENT_ID, "--company", "1"]
    assert main([*argv, "--administration", str(path)]) == 0
    monkeypatch.delenv("TIDWIZARD_SECRET")
    return path


def test_secret_and_tokens_appear_nowhere_but_the_secret_store(
    sandbox: Any,
    home_dir: Path,
    planted_client: None,
    issued_tokens: list[str],
    debug_logs: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "0")
    set_up(home_dir, sandbox.url, monkeypatch)
    codes = [
        main(["status", "--json"]),
        main(["status"]),
        main(["check"]),
        main(["import", "--json", "--yes"]),
        main(["import", "--yes"]),
    ]
    captured = capsys.readouterr()

    assert codes[0] == 0 and codes[3] == 1  # it really talked to Tid and imported
    assert issued_tokens, "no token was issued: the scan below would prove nothing"
    secret_file = Home.resolve(home_dir).secret_file
    assert SECRET in secret_file.read_text()  # the one place it belongs
    needles = forbidden(issued_tokens)
    for path in home_dir.rglob("*"):
        if path.is_file() and path != secret_file:
            content = path.read_bytes()
            leaks = [n for n in needles if n.encode() in content]
            assert not leaks, f"{path} holds a secret"
    for text, where in ((captured.out, "stdout"), (captured.err, "stderr")):
        assert not [n for n in needles if n in text], f"{where} shows a secret"
    assert debug_logs.records, "nothing was logged: the scan below would prove nothing"
    logged = "\n".join(r.getMessage() + repr(r.args) for r in debug_logs.records)
    assert not [n for n in needles if n in logged]


def test_settings_and_secret_files_are_private_also_after_an_update(
    sandbox: Any,
    home_dir: Path,
    planted_client: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    os.umask(0o022)  # a usual umask: files would be world-readable if the code did nothing
    path = set_up(home_dir, sandbox.url, monkeypatch)
    home = Home.resolve(home_dir)

    def modes() -> dict[str, int]:
        return {
            "settings": stat.S_IMODE(home.settings_file.stat().st_mode),
            "secret": stat.S_IMODE(home.secret_file.stat().st_mode),
            "folder": stat.S_IMODE(home.config_dir.stat().st_mode),
        }

    assert modes() == {"settings": 0o600, "secret": 0o600, "folder": 0o700}
    # An update: another reminder setting and a new secret, through the same command.
    monkeypatch.setitem(auth.CREDENTIALS, CLIENT_ID, ("ett-nytt-hemligt-ord-42", (1,)))
    monkeypatch.setenv("TIDWIZARD_SECRET", "ett-nytt-hemligt-ord-42")
    argv = ["setup", "--yes", "--url", sandbox.url, "--client-id", CLIENT_ID, "--company", "1"]
    assert main([*argv, "--reminder", "off", "--administration", str(path)]) == 0
    assert "ett-nytt-hemligt-ord-42" in home.secret_file.read_text()
    assert modes() == {"settings": 0o600, "secret": 0o600, "folder": 0o700}


def test_wizard_screenshots_never_show_a_planted_secret(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every wizard screenshot drawn with a distinctive secret typed in: it shows in none of them.
    (The activate step's demo hint, which spells out the demo login on purpose, is left off.)"""
    import asyncio

    from support import wizard_screenshots

    monkeypatch.setattr(demo_data, "DEMO_SECRET", SECRET)
    folder = tmp_path / "shots"
    folder.mkdir()
    drawn = []
    for screenshot in wizard_screenshots.SCREENSHOTS:
        quiet = dataclasses.replace(screenshot, hint=False)
        drawn.append(asyncio.run(wizard_screenshots.save_screenshot_of(quiet, folder)))
    assert folder / "03-aktivera.svg" in drawn
    # The scan can see a secret: the hint, which prints the demo login on purpose, shows it.
    (hinted,) = [s for s in wizard_screenshots.SCREENSHOTS if s.hint]
    hint_folder = tmp_path / "hint"
    hint_folder.mkdir()
    hint_svg = asyncio.run(wizard_screenshots.save_screenshot_of(hinted, hint_folder)).read_text(
        "utf-8"
    )
    assert SECRET in hint_svg.replace("&#160;", " ")
    state = wizard_screenshots.prepared_state()
    assert state.secret == SECRET  # the screenshots really held the planted secret
    for svg in drawn:
        text = svg.read_text(encoding="utf-8")
        assert SECRET not in text and SECRET[:12] not in text, svg.name
        assert not TOKEN.search(text), svg.name


def test_the_committed_screenshots_hold_no_token_or_planted_secret() -> None:
    pictures = list((REPO / "screenshots").glob("*.svg"))
    assert pictures
    for svg in pictures:
        text = svg.read_text(encoding="utf-8")
        assert not TOKEN.search(text), svg.name
        assert SECRET not in text
