"""`tidwizard check`: one line and an exit code for a shell profile or cron.

The counting tests run against both sandbox profiles: on the public one Tid ignores the filter
and lists transferred bases too, which `check` must not count."""

from __future__ import annotations

import datetime as dt
import socket
from dataclasses import replace
from typing import Any

import pytest

from support.cli import Run, set_up_demo
from tidwizard.core.paths import Home
from tidwizard.core.secrets import SecretStore
from tidwizard.core.settings import load_settings, save_settings

CLIENT_ID = "check-login"
SECRET = "Vb3!check-hemlis-05"


@pytest.fixture
def configured(home: Home, profile_sandbox: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A home set up against each sandbox profile in turn; gives that sandbox."""
    set_up_demo(
        home,
        profile_sandbox.url,
        monkeypatch,
        client_id=CLIENT_ID,
        secret=SECRET,
        import_as="invoice",
    )
    return profile_sandbox


@pytest.fixture
def configured_once(home: Home, sandbox: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same on the contract profile only, for what never reaches Tid's answers."""
    set_up_demo(
        home, sandbox.url, monkeypatch, client_id=CLIENT_ID, secret=SECRET, import_as="invoice"
    )


def one_line(text: str) -> str:
    assert text.endswith("\n") and text.count("\n") == 1, repr(text)
    return text.rstrip("\n")


@pytest.mark.parametrize(
    ("seed", "expected_line", "expected_code"),
    [
        (0, "Inga fakturaunderlag väntar", 0),
        (1, "1 fakturaunderlag väntar på att läsas in", 10),
        (3, "3 fakturaunderlag väntar på att läsas in", 10),
    ],
)
def test_counts_what_waits(
    run: Run, configured: Any, seed: int, expected_line: str, expected_code: int
) -> None:
    configured.reset(seed)
    code, out, err = run("check")
    assert (code, one_line(out), err) == (expected_code, expected_line, "")


def test_counts_past_the_first_page(run: Run, configured: Any) -> None:
    configured.reset(130)  # more than one page of 100
    code, out, _ = run("check")
    assert (code, one_line(out)) == (10, "130 fakturaunderlag väntar på att läsas in")


def test_transferred_bases_are_not_counted(run: Run, configured: Any) -> None:
    """The demo has 24 waiting bases and 5 transferred ones, which the public profile lists too;
    three more transferred leave 21."""
    listed = configured.state.bases(1)
    assert len(listed) == 29 and sum(b.sent_to_economy_system is None for b in listed) == 24
    code, out, _ = run("check")
    assert (code, one_line(out)) == (10, "24 fakturaunderlag väntar på att läsas in")
    for basis_id in (1001, 1002, 1003):
        configured.state.mark_transferred(1, basis_id, dt.date(2026, 12, 1), str(basis_id))
    code, out, _ = run("check")
    assert (code, one_line(out)) == (10, "21 fakturaunderlag väntar på att läsas in")


def test_english(run: Run, configured: Any) -> None:
    configured.reset(2)
    assert one_line(run("check", "--lang", "en")[1]) == "2 invoice bases are waiting to be read in"
    configured.reset(1)
    assert one_line(run("check", "--lang", "en")[1]) == "1 invoice basis is waiting to be read in"


def test_not_set_up(run: Run) -> None:
    code, out, err = run("check")
    assert code == 2 and out == ""
    assert "tidwizard setup" in one_line(err)


@pytest.mark.usefixtures("configured")
def test_wrong_secret_is_one_line_on_stderr(run: Run, home: Home) -> None:
    SecretStore(home).set(CLIENT_ID, "expired-secret")
    code, out, err = run("check")
    assert code == 2 and out == ""
    assert "inloggningsuppgifterna" in one_line(err)
    assert "expired-secret" not in err


@pytest.mark.usefixtures("configured_once")
def test_missing_secret(run: Run, home: Home) -> None:
    SecretStore(home).delete(CLIENT_ID)
    code, _, err = run("check")
    assert code == 2 and "TIDWIZARD_SECRET" in one_line(err)


@pytest.mark.usefixtures("configured_once")
def test_tid_unreachable(run: Run, home: Home) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = load_settings(home)
    save_settings(home, replace(settings, tid_url=f"http://127.0.0.1:{port}"))
    code, out, err = run("check")
    assert code == 75 and out == ""  # try later: EX_TEMPFAIL
    assert one_line(err).startswith(f"tidwizard: Ingenting svarar på 127.0.0.1:{port}")


def test_corrupt_settings(run: Run, home: Home) -> None:
    home.config_dir.mkdir(parents=True)
    home.settings_file.write_text("[]")
    code, out, err = run("check")
    assert code == 2 and out == ""
    assert str(home.settings_file) in one_line(err)
