"""`tidwizard setup --yes` against the real sandbox and real company files; and plain `setup`."""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tidwizard.cli.main import main
from tidwizard.core.admin import AdministrationStore, create_demo_company
from tidwizard.core.paths import Home
from tidwizard.core.secrets import SecretStore
from tidwizard.core.settings import load_settings
from tidwizard.sandbox import auth

CLIENT_ID = "skript-7"
SECRET = "Zq7!skript-hemlis-31"  # distinct from every other text, so a leak is found by search


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def script_login(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Tid login with an unmistakable secret that reaches both demo companies."""
    monkeypatch.setitem(auth.CREDENTIALS, CLIENT_ID, (SECRET, (1, 2)))


@pytest.fixture
def demo_company(home: Home) -> Iterator[Path]:
    path = home.companies_dir / "demo-konsult-ab.sqlite"
    create_demo_company(path).close()
    yield path


def make_company(home: Home, name: str, orgnr: str, edition: str, version: str = "2024.1") -> Path:
    path = home.companies_dir / f"{name.lower().replace(' ', '-')}.sqlite"
    AdministrationStore.create(
        path, name=name, orgnr=orgnr, edition=edition, program_version=version
    ).close()
    return path


Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    def run(*argv: str, stdin: io.StringIO | None = None) -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", stdin if stdin is not None else io.StringIO(""))
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def setup_args(url: str, *extra: str) -> list[str]:
    return ["setup", "--yes", "--url", url, "--client-id", CLIENT_ID, *extra]


def all_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


@pytest.mark.usefixtures("script_login")
def test_setup_from_stdin_saves_everything_and_status_reports_it(
    run: Run, sandbox: Any, home: Home, demo_company: Path
) -> None:
    code, out, err = run(
        *setup_args(sandbox.url, "--reminder", "off"), stdin=io.StringIO(SECRET + "\n")
    )
    assert code == 0, err
    assert "Demo Konsult AB (556677-8899)" in out
    assert err == ""

    saved = load_settings(home)
    assert saved.configured
    assert (saved.client_id, saved.tid_company_id, saved.tid_url) == (CLIENT_ID, 1, sandbox.url)
    assert (saved.import_as, saved.reminder) == ("invoice", False)
    assert saved.administration_path == demo_company.resolve()
    assert SecretStore(home).get(CLIENT_ID) == SECRET
    assert [p for p in all_files(home.config_dir) if SECRET.encode() in p.read_bytes()] == [
        home.secret_file
    ]

    code, out, err = run("status", "--json")
    assert code == 0, out
    report = json.loads(out)
    assert report["settings"] == {
        "tidUrl": sandbox.url,
        "clientId": CLIENT_ID,
        "tidCompany": {
            "id": 1,
            "name": "Demo Konsult AB",
            "organizationNumber": "556677-8899",
            "organizationNumberSource": "tid",
        },
        "administrationPath": str(demo_company.resolve()),
        "importAs": "invoice",
        "reminder": False,
        "reminderMinutes": 15,
        "language": None,
        "savedAt": saved.saved_at.isoformat() if saved.saved_at else None,
    }
    assert report["secret"] == {"backend": "file", "stored": True, "madePrivateFrom": None}
    assert SECRET not in out + err


@pytest.mark.usefixtures("script_login", "demo_company")
def test_secret_from_the_environment_is_stored_for_later(
    run: Run, sandbox: Any, home: Home, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIDWIZARD_SECRET", SECRET)
    code, out, err = run(*setup_args(sandbox.url, "--as", "order"), stdin=Terminal())
    assert code == 0, err
    assert SECRET not in out + err
    monkeypatch.delenv("TIDWIZARD_SECRET")
    assert SecretStore(home).get(CLIENT_ID) == SECRET
    assert load_settings(home).import_as == "order"  # Administration 2000 has orders


@pytest.mark.usefixtures("demo_company")
def test_never_prompts_for_the_secret(run: Run, sandbox: Any, home: Home) -> None:
    terminal = Terminal("typed-secret\n")
    code, out, err = run(*setup_args(sandbox.url), stdin=terminal)
    assert code == 2 and out == ""
    assert "TIDWIZARD_SECRET" in err
    assert terminal.tell() == 0  # nothing was read from the terminal
    code, _, err = run(*setup_args(sandbox.url), stdin=io.StringIO(""))
    assert code == 2 and "TIDWIZARD_SECRET" in err
    assert not home.settings_file.exists()


def test_client_id_is_required(run: Run, sandbox: Any) -> None:
    code, _, err = run("setup", "--yes", "--url", sandbox.url, stdin=io.StringIO(SECRET))
    assert code == 2
    assert "--client-id" in err


@pytest.mark.usefixtures("script_login", "demo_company")
@pytest.mark.parametrize(
    ("client_id", "secret", "expected"),
    [(CLIENT_ID, "wrong-secret", "inloggningsuppgifterna"), ("byra", "byra", "partner")],
    ids=["wrong-secret", "partner-login"],
)
def test_refused_login_saves_nothing(
    run: Run, sandbox: Any, home: Home, client_id: str, secret: str, expected: str
) -> None:
    code, out, err = run(
        "setup", "--yes", "--url", sandbox.url, "--client-id", client_id, stdin=io.StringIO(secret)
    )
    assert code == 2
    assert expected in err.lower()
    # The doctor hint names the client id (for byra/byra the same word as the secret).
    assert secret not in (out + err).replace(f"--client-id {client_id}", "")
    assert f"tidwizard doctor --url {sandbox.url}" in err
    assert not home.settings_file.exists()
    assert not home.secret_file.exists()


@pytest.mark.usefixtures("script_login", "demo_company")
def test_company_with_another_orgnr_cannot_be_chosen(run: Run, sandbox: Any, home: Home) -> None:
    code, _, err = run(*setup_args(sandbox.url, "--company", "2"), stdin=io.StringIO(SECRET))
    assert code == 2
    assert "559123-4561" in err and "556677-8899" in err
    assert "Arkiv - Inställningar - Företagsinställningar - Företag" in err
    assert not home.settings_file.exists()


@pytest.mark.usefixtures("script_login")
def test_no_tid_company_matches(run: Run, sandbox: Any, home: Home) -> None:
    make_company(home, "Annat AB", "212000-0142", "2000")
    code, _, err = run(*setup_args(sandbox.url), stdin=io.StringIO(SECRET))
    assert code == 2
    assert "1: Demo Konsult AB (556677-8899)" in err
    assert "2: Demo Bygg AB (559123-4561)" in err


@pytest.mark.usefixtures("script_login")
def test_order_on_administration_500_becomes_invoice_with_a_note(
    run: Run, sandbox: Any, home: Home
) -> None:
    make_company(home, "Bygg 500", "559123-4561", "500")
    code, out, err = run(*setup_args(sandbox.url, "--as", "order"), stdin=io.StringIO(SECRET))
    assert code == 0, err
    assert "Administration 500" in err and "faktura" in err
    assert "Bygg 500" in out
    saved = load_settings(home)
    assert (saved.import_as, saved.tid_company_id) == ("invoice", 2)


@pytest.mark.usefixtures("script_login")
def test_too_old_administration_stops_before_the_login(run: Run, sandbox: Any, home: Home) -> None:
    make_company(home, "Gammal AB", "556677-8899", "1000", version="2017.3")
    code, _, err = run(*setup_args(sandbox.url), stdin=io.StringIO(SECRET))
    assert code == 2
    assert "2017.3" in err and "2018.7" in err
    assert sandbox.stats()["totalRequests"] == 0
    assert not home.settings_file.exists()


@pytest.mark.usefixtures("script_login")
def test_choosing_among_several_administration_companies(
    run: Run, sandbox: Any, home: Home
) -> None:
    code, _, err = run(*setup_args(sandbox.url), stdin=io.StringIO(SECRET))
    assert code == 2 and "tidwizard company create" in err  # none yet
    make_company(home, "Konsult", "556677-8899", "2000")
    bygg = make_company(home, "Bygg", "559123-4561", "1000")
    code, _, err = run(*setup_args(sandbox.url), stdin=io.StringIO(SECRET))
    assert code == 2 and "konsult" in err and "bygg" in err
    code, _, err = run(
        *setup_args(sandbox.url, "--administration", "Bygg"), stdin=io.StringIO(SECRET)
    )
    assert code == 0, err
    assert load_settings(home).administration_path == bygg.resolve()
    assert load_settings(home).tid_company_id == 2


@pytest.mark.usefixtures("script_login", "demo_company")
def test_failed_rerun_keeps_the_working_setup(run: Run, sandbox: Any, home: Home) -> None:
    assert run(*setup_args(sandbox.url), stdin=io.StringIO(SECRET))[0] == 0
    before = home.settings_file.read_bytes()
    code, _, _ = run(*setup_args(sandbox.url, "--company", "2"), stdin=io.StringIO(SECRET))
    assert code == 2
    code, _, _ = run(*setup_args(sandbox.url), stdin=io.StringIO("wrong"))
    assert code == 2
    assert home.settings_file.read_bytes() == before
    assert SecretStore(home).get(CLIENT_ID) == SECRET


@pytest.mark.usefixtures("demo_company")
def test_plain_http_to_a_remote_host_is_refused(run: Run, home: Home) -> None:
    code, _, err = run(*setup_args("http://tid.example.com"), stdin=io.StringIO(SECRET))
    assert code == 2 and "https://" in err
    assert not home.settings_file.exists()


@pytest.mark.usefixtures("script_login", "demo_company")
def test_messages_in_english(run: Run, sandbox: Any) -> None:
    code, out, _ = run(*setup_args(sandbox.url, "--lang", "en"), stdin=io.StringIO(SECRET))
    assert code == 0
    assert out.startswith("Done: the Visma Tid company Demo Konsult AB")


def test_setup_without_yes_opens_the_wizard(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Any, bool]] = []

    def fake_run_tui(args: Any, *, force_wizard: bool = False) -> int:
        calls.append((args, force_wizard))
        return 0

    monkeypatch.setattr("tidwizard.cli.tui.run_tui", fake_run_tui)
    code, _, _ = run("setup", "--home", "/nonexistent-home-for-test")
    assert code == 0
    [(args, force_wizard)] = calls
    assert force_wizard is True
    assert args.home == "/nonexistent-home-for-test"


def test_the_administration_file_is_untouched_by_a_failed_setup(
    run: Run, sandbox: Any, home: Home, demo_company: Path
) -> None:
    before = sqlite3.connect(demo_company).execute("SELECT * FROM company").fetchall()
    run(*setup_args(sandbox.url), stdin=io.StringIO("wrong"))
    assert sqlite3.connect(demo_company).execute("SELECT * FROM company").fetchall() == before


@pytest.mark.usefixtures("script_login", "demo_company")
def test_setup_with_the_number_from_tid_saves_on_both_profiles(
    run: Run, profile_sandbox: Any, home: Home, tid_profile: str
) -> None:
    args = setup_args(profile_sandbox.url, "--tid-orgnr", "556677-8899")
    code, out, err = run(*args, stdin=io.StringIO(SECRET))
    assert code == 0, err
    saved = load_settings(home)
    assert saved.configured and saved.tid_org_number == "556677-8899"
    expected = {"contract": (1, "tid"), "public": (None, "typed")}[tid_profile]
    assert (saved.tid_company_id, saved.tid_org_number_source) == expected
    code, out, err = run("status", "--json")
    report = json.loads(out)
    assert code == 0 and report["ok"] is True, report["problems"]
    assert report["orgnrCheckedBy"] == expected[1]


@pytest.mark.usefixtures("script_login", "demo_company")
@pytest.mark.parametrize("tid_profile", ["public"], indirect=True)
def test_without_company_endpoints_the_number_must_be_given(
    run: Run, profile_sandbox: Any, home: Home
) -> None:
    code, out, err = run(*setup_args(profile_sandbox.url), stdin=io.StringIO(SECRET))
    assert code == 2 and out == ""
    assert "--tid-orgnr" in err and "Inställningar - Generellt - Företagsinställningar" in err
    assert not home.settings_file.exists() and not home.secret_file.exists()


@pytest.mark.usefixtures("script_login", "demo_company")
@pytest.mark.parametrize("tid_profile", ["public"], indirect=True)
def test_without_company_endpoints_the_given_number_is_checked_and_saved(
    run: Run, profile_sandbox: Any, home: Home
) -> None:
    args = setup_args(profile_sandbox.url, "--tid-orgnr", "559123-4561")
    code, _, err = run(*args, stdin=io.StringIO(SECRET))
    assert code == 2 and "559123-4561" in err and "556677-8899" in err
    assert not home.settings_file.exists()
    args = setup_args(profile_sandbox.url, "--tid-orgnr", "5566778899")
    code, out, err = run(*args, stdin=io.StringIO(SECRET))
    assert code == 0, err
    assert "API-applikationens eget företag" in out and "556677-8899" in out
    saved = load_settings(home)
    assert saved.configured and saved.tid_company_id is None
    assert (saved.tid_org_number, saved.tid_org_number_source) == ("556677-8899", "typed")


@pytest.mark.usefixtures("script_login", "demo_company")
def test_a_given_number_must_be_the_one_tid_gives(run: Run, sandbox: Any, home: Home) -> None:
    args = setup_args(sandbox.url, "--tid-orgnr", "559123-4561")
    code, _, err = run(*args, stdin=io.StringIO(SECRET))
    assert code == 2 and "--tid-orgnr 559123-4561" in err and "Demo Konsult AB" in err
    assert not home.settings_file.exists()
    code, _, err = run(
        *setup_args(sandbox.url, "--tid-orgnr", "556677-8899"), stdin=io.StringIO(SECRET)
    )
    assert code == 0, err
    assert load_settings(home).tid_org_number_source == "tid"


def test_help_names_the_api_application_and_the_typed_number(
    run: Run, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["setup", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for expected in (
        "API-applikationer",
        "--tid-orgnr",
        "Företagsinställningar",
        "fakturaunderlag",
    ):
        assert expected in text
    with pytest.raises(SystemExit):
        main(["setup", "--help", "--lang", "en"])
    text = " ".join(capsys.readouterr().out.split())
    for expected in ("API-applikationer", "--tid-orgnr", "Företagsinställningar", "invoice bases"):
        assert expected in text
