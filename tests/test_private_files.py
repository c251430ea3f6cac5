"""A secret file readable by others is made private when read (or refused when it cannot be),
and `status` says what it found; a company file is 0600 wherever it is created, its -wal and
-shm files too (issue 12, item 12)."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from support.cli import Run, set_up_demo
from tidwizard.cli.main import main
from tidwizard.core.admin import AdministrationStore, Customer
from tidwizard.core.paths import Home
from tidwizard.core.secrets import SecretStore, SecretStoreError

CLIENT_ID = "private-login"
SECRET = "Pv8-hemlis-0600"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_secret_file_readable_by_others_is_made_private_when_read(home: Home) -> None:
    store = SecretStore(home)
    store.set(CLIENT_ID, SECRET)
    home.secret_file.chmod(0o644)
    assert SecretStore(home).get(CLIENT_ID) == SECRET
    assert mode(home.secret_file) == 0o600


def test_a_secret_file_that_cannot_be_made_private_is_refused_with_what_to_do(
    home: Home, monkeypatch: pytest.MonkeyPatch
) -> None:
    SecretStore(home).set(CLIENT_ID, SECRET)
    home.secret_file.chmod(0o640)

    def not_yours(fd: int, wanted: int) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "fchmod", not_yours)
    with pytest.raises(SecretStoreError) as caught:
        SecretStore(home).get(CLIENT_ID)
    message = str(caught.value)
    assert str(home.secret_file) in message and "0640" in message and "chmod 600" in message


def test_status_says_it_found_the_secret_file_readable_by_others_and_made_it_private(
    run: Run, home: Home, sandbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_up_demo(
        home, sandbox.url, monkeypatch, client_id=CLIENT_ID, secret=SECRET, import_as="invoice"
    )
    home.secret_file.chmod(0o644)
    code, out, _ = run("status")
    assert code == 0
    assert "läsbar för andra" in out and "0644" in out and "0600" in out
    assert mode(home.secret_file) == 0o600
    home.secret_file.chmod(0o604)
    code, out, _ = run("status", "--json")
    assert code == 0
    secret = json.loads(out)["secret"]
    assert secret["backend"] == "file" and secret["stored"] is True
    assert secret["madePrivateFrom"] == "0604"
    # Private already: nothing to say.
    code, out, _ = run("status", "--json")
    assert json.loads(out)["secret"]["madePrivateFrom"] is None
    assert "läsbar för andra" not in run("status")[1]


def test_status_reports_a_secret_file_it_cannot_make_private_as_a_problem(
    run: Run, home: Home, sandbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_up_demo(
        home, sandbox.url, monkeypatch, client_id=CLIENT_ID, secret=SECRET, import_as="invoice"
    )
    home.secret_file.chmod(0o644)

    def not_yours(fd: int, wanted: int) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "fchmod", not_yours)
    code, out, _ = run("status", "--json")
    assert code == 2
    report = json.loads(out)
    assert report["secret"]["stored"] is False
    assert any("chmod 600" in problem for problem in report["problems"])


def test_company_create_with_a_path_outside_the_home_is_private(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "elsewhere" / "bolaget.sqlite"
    old = os.umask(0o022)
    try:
        assert main(["company", "create", "--demo", "--path", str(path), "--json"]) == 0
        capsys.readouterr()
        assert mode(path) == 0o600
        with AdministrationStore.open(path) as store:
            store.add_customer(Customer(9003, "Privat AB"))
            made = sorted(path.parent.iterdir())
            assert [p.name for p in made] == [
                "bolaget.sqlite",
                "bolaget.sqlite-shm",
                "bolaget.sqlite-wal",
            ]
            assert {p.name: mode(p) for p in made} == {p.name: 0o600 for p in made}
    finally:
        os.umask(old)


def test_company_create_under_the_home_is_private_too(
    home: Home, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["company", "create", "--demo", "--json"]) == 0
    created = Path(json.loads(capsys.readouterr().out)["company"]["path"])
    assert created.parent == home.companies_dir and mode(created) == 0o600
