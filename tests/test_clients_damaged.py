"""A client whose pairing file (``clients/<name>.json``) is damaged is that client's problem: the
other clients' commands, the client list and ``--all-clients`` go on, and the damaged one says
which file and what to do. Through the real command line, on a real sandbox."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from support.all_clients import client_name, home_with_clients, tid_companies
from support.cli import Run, cli_runner
from tidwizard.core.clients import Clients
from tidwizard.core.i18n import t
from tidwizard.core.paths import Home
from tidwizard.core.settings import SettingsError


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "0")
    return cli_runner(capsys, monkeypatch)


def damage(home: Home, name: str) -> Path:
    path = Clients(home).folder / f"{name}.json"
    path.write_text("{ not json", encoding="utf-8")
    return path


def damaged_message(path: Path) -> str:
    try:
        from tidwizard.core.settings import load_settings_file

        load_settings_file(path)
    except SettingsError as error:
        return str(error)
    raise AssertionError(f"{path} reads")


def test_the_other_clients_work_and_the_damaged_one_says_which_file(
    tid_profile: str, home_dir: Path, run: Run
) -> None:
    with tid_companies(3, seed=4, profile=tid_profile) as companies:
        home, _ = home_with_clients(home_dir, companies)
        path = damage(home, client_name(2))
        message = damaged_message(path)

        clients = Clients(home)
        assert clients.names() == [client_name(1), client_name(2), client_name(3)]
        assert clients.choose(client_name(3)).settings.configured
        with pytest.raises(SettingsError, match="skadad"):
            clients.choose(client_name(2))

        code, out, err = run("--client", client_name(3), "check")
        assert code == 10 and not err  # 10: bases wait (README's exit codes)
        code, out, err = run("--client", client_name(2), "check")
        assert code == 2 and message in err

        code, out, _ = run("clients", "--json")
        rows = {row["name"]: row for row in json.loads(out)["clients"]}
        assert code == 0  # not every client has a problem
        assert rows[client_name(2)]["problems"] == [message]
        assert rows[client_name(1)]["problems"] == []

        code, out, _ = run("import", "--all-clients", "--yes", "--json")
        report = {entry["client"]: entry for entry in json.loads(out)["clients"]}
        assert code == 1
        assert report[client_name(2)]["error"] == message
        assert len(report[client_name(1)]["imported"]) == 4
        assert len(report[client_name(3)]["imported"]) == 4

        code, out, _ = run("reconcile", "--all-clients", "--json")
        assert message in out

        # The way out the message names: remove it (or move it), then set the client up again.
        code, out, err = run("clients", "remove", client_name(2))
        assert code == 0, err
        assert not path.exists()
        assert Clients(home).names() == [client_name(1), client_name(3)]


def test_setup_does_not_write_over_a_damaged_pairing(home_dir: Path, run: Run) -> None:
    with tid_companies(2, seed=1) as companies:
        home, _ = home_with_clients(home_dir, companies)
        path = damage(home, client_name(2))
        with pytest.raises(SettingsError):
            Clients(home).choose_or_new(client_name(2))
        assert path.read_text(encoding="utf-8") == "{ not json"
        assert t("clients.none_saved", name="x")  # the catalogue is loaded
