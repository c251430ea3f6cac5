"""The saved connection: settings and secret to a login, the request rate, and the client."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tidwizard.core.connection import NotSetUp, SavedLogin, client_for, saved_login, tid_rate
from tidwizard.core.i18n import current_language, set_language
from tidwizard.core.paths import Home
from tidwizard.core.secrets import SecretStore
from tidwizard.core.settings import Settings
from tidwizard.sandbox import auth

CLIENT_ID = "connection-login"
SECRET = "Kp4!connection-hemlis-31"


def set_up(company_file: Path, tid_url: str = "https://tid.example") -> Settings:
    return Settings(
        tid_url=tid_url,
        client_id=CLIENT_ID,
        tid_company_id=1,
        administration_path=company_file,
    )


def test_rate_is_four_unless_the_environment_says_otherwise() -> None:
    assert tid_rate({}) == 4.0
    assert tid_rate({"TIDWIZARD_TID_RATE": "0"}) == 0.0
    assert tid_rate({"TIDWIZARD_TID_RATE": "2.5"}) == 2.5
    assert tid_rate({"TIDWIZARD_TID_RATE": "fast"}) == 4.0  # a typo must not stop the program


def test_rate_reads_the_process_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "12")
    assert tid_rate() == 12.0
    monkeypatch.delenv("TIDWIZARD_TID_RATE")
    assert tid_rate() == 4.0


def test_nothing_set_up(home: Home) -> None:
    before = current_language()
    set_language("en")
    try:
        with pytest.raises(NotSetUp) as raised:
            saved_login(home, Settings())
    finally:
        set_language(before)
    assert raised.value.message == "tidwizard is not set up yet. Run tidwizard setup first."
    assert not raised.value.secret_missing


def test_no_secret_saved(home: Home, tmp_path: Path) -> None:
    with pytest.raises(NotSetUp) as raised:
        saved_login(home, set_up(tmp_path / "firma.sqlite"))
    assert raised.value.secret_missing
    assert CLIENT_ID in raised.value.message and "tidwizard setup" in raised.value.message


def test_saved_login(home: Home, tmp_path: Path) -> None:
    SecretStore(home).set(CLIENT_ID, SECRET)
    login = saved_login(home, set_up(tmp_path / "firma.sqlite"))
    assert login == SavedLogin(
        "https://tid.example", CLIENT_ID, SECRET, 1, tmp_path / "firma.sqlite"
    )
    assert SECRET not in repr(login)


def test_secret_from_the_environment_wins(
    home: Home, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    SecretStore(home).set(CLIENT_ID, "old-secret")
    monkeypatch.setenv("TIDWIZARD_SECRET", SECRET)
    assert saved_login(home, set_up(tmp_path / "firma.sqlite")).secret == SECRET


async def test_client_for_talks_to_the_saved_company(
    home: Home, tmp_path: Path, sandbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(auth.CREDENTIALS, CLIENT_ID, (SECRET, (1, 2)))
    SecretStore(home).set(CLIENT_ID, SECRET)
    login = saved_login(home, set_up(tmp_path / "firma.sqlite", sandbox.url))
    async with client_for(login, rate=0, retries=1, timeout=5.0) as client:
        assert client.company_id == 1
        company = await client.own_company()
    assert company.id == 1
