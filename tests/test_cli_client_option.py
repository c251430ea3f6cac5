"""`--client NAME` on every command: one resolution (cli/common.chosen_client), the same
messages everywhere; a home with one client needs no name and never shows the word; and
`setup --yes --client NAME` adds or updates one client."""

from __future__ import annotations

import json
from typing import Any

import pytest

from support.cli import Run, set_up_demo
from support.clients import add_client
from tidwizard.core.admin import create_demo_company
from tidwizard.core.clients import Clients
from tidwizard.core.paths import Home
from tidwizard.core.secrets import SecretStore
from tidwizard.core.settings import load_settings
from tidwizard.sandbox import auth

SEVERAL = "Det här hemmet har flera klienter: acme, bygg. Ange vilken med --client NAMN."
UNKNOWN = "Det finns ingen klient som heter nobody. Klienterna är: acme, bygg."


@pytest.fixture
def two_clients(home: Home, sandbox: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    for name in ("acme", "bygg"):
        add_client(
            home, sandbox.url, monkeypatch, name=name, client_id=f"{name}-app", secret=f"s-{name}"
        )
    return sandbox


COMMANDS = [
    ("check",),
    ("status",),
    ("status", "--json"),
    ("import", "--yes"),
    ("import", "--yes", "--json"),
    ("export", "--dry-run"),
    ("doctor",),
    (),  # the TUI
    ("setup",),  # the wizard
    ("setup", "--yes", "--client-id", "x"),
]


@pytest.mark.usefixtures("two_clients")
# Not the TUI: it opens on the client list instead (tests/test_clients_screen.py).
@pytest.mark.parametrize("command", [c for c in COMMANDS if c], ids=" ".join)
def test_several_clients_and_none_named_lists_them(run: Run, command: tuple[str, ...]) -> None:
    code, out, err = run(*command)
    assert code == 2
    assert SEVERAL in out + err


@pytest.mark.usefixtures("two_clients")
@pytest.mark.parametrize("command", COMMANDS[:-2], ids=lambda words: " ".join(words) or "tui")
def test_an_unknown_client_lists_them_before_or_after_the_command(
    run: Run, command: tuple[str, ...]
) -> None:
    for words in (("--client", "nobody", *command), (*command, "--client", "nobody")):
        code, out, err = run(*words)
        assert code == 2, words
        assert UNKNOWN in out + err


def test_the_named_client_is_the_one_worked_on(
    run: Run, home: Home, profile_sandbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = profile_sandbox.url
    acme = add_client(home, url, monkeypatch, name="acme", client_id="acme-app", secret="s-a")
    bygg = add_client(home, url, monkeypatch, name="bygg", client_id="bygg-app", secret="s-b")
    profile_sandbox.reset(3)
    assert run("check", "--client", "acme")[:2] == (
        10,
        "3 fakturaunderlag väntar på att läsas in\n",
    )

    code, out, err = run("--client", "bygg", "import", "--yes", "--create-missing", "--json")
    assert code == 0, err
    assert len(json.loads(out)["imported"]) == 3
    code, out, _ = run("company", "show", str(bygg), "--json")
    assert len(json.loads(out)["invoices"]) == 3
    code, out, _ = run("company", "show", str(acme), "--json")
    assert json.loads(out)["invoices"] == []

    code, out, _ = run("status", "--client", "acme")
    assert code == 0
    assert out.splitlines()[2].split() == ["Klient:", "acme"]
    assert f"Företagsfil:          {acme}" in out and str(bygg) not in out


def test_one_client_needs_no_name_and_never_shows_the_word(
    run: Run, home: Home, profile_sandbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_up_demo(
        home, profile_sandbox.url, monkeypatch, client_id="ett", secret="s-1", import_as="invoice"
    )
    profile_sandbox.reset(2)
    outputs = []
    for command in (
        ("status",),
        ("status", "--json"),
        ("check",),
        ("import", "--dry-run"),
        ("import", "--yes", "--create-missing", "--json"),
        ("import", "--yes"),
    ):
        code, out, err = run(*command)
        assert code in (0, 10), (command, out, err)
        outputs.append(out + err)
    assert "klient" not in " ".join(outputs).casefold()


@pytest.mark.usefixtures("two_clients")
def test_the_environment_secret_stands_for_the_named_client(
    run: Run, home: Home, monkeypatch: pytest.MonkeyPatch
) -> None:
    SecretStore(home).set(Clients(home).choose("acme").settings.secret_key, "stale")
    assert run("check", "--client", "acme")[0] == 2  # Tid refuses the stored one
    monkeypatch.setenv("TIDWIZARD_SECRET", "s-acme")
    assert run("check", "--client", "acme")[0] == 10  # the demo bases wait


def setup_words(url: str, client_id: str, *extra: str) -> list[str]:
    return ["setup", "--yes", "--url", url, "--client-id", client_id, "--company", "1", *extra]


def test_setup_adds_a_named_client_beside_one_set_up_before_clients(
    run: Run, home: Home, sandbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = set_up_demo(
        home, sandbox.url, monkeypatch, client_id="ett", secret="s-1", import_as="invoice"
    )
    monkeypatch.setitem(auth.CREDENTIALS, "tva-app", ("s-2", (1, 2)))
    bygg = home.companies_dir / "bygg.sqlite"
    create_demo_company(bygg).close()

    # One client, set up before clients existed: setup --yes updates it, and names nothing.
    monkeypatch.setenv("TIDWIZARD_SECRET", "s-1")
    words = setup_words(sandbox.url, "ett", "--reminder", "off", "--administration", str(first))
    code, out, err = run(*words, "--lang", "en")
    assert code == 0, err
    assert "client" not in (out + err).casefold()
    assert load_settings(home).reminder is False and Clients(home).names() == ["demo-konsult-ab"]

    monkeypatch.setenv("TIDWIZARD_SECRET", "s-2")
    words = setup_words(sandbox.url, "tva-app", "--client", "bygg", "--administration", "bygg")
    code, out, err = run(*words)
    assert code == 0, err
    assert out.splitlines()[0] == "Sparat som klienten bygg."

    clients = Clients(home)
    assert clients.names() == ["demo-konsult-ab", "bygg"]
    old, new = clients.choose("demo-konsult-ab").settings, clients.choose("bygg").settings
    assert (old.client_id, old.administration_path) == ("ett", first.resolve())
    assert (new.client_id, new.administration_path) == ("tva-app", bygg.resolve())
    monkeypatch.delenv("TIDWIZARD_SECRET")
    store = SecretStore(home)
    assert (store.stored(old.secret_key), store.stored(new.secret_key)) == ("s-1", "s-2")

    # Several now: setup without a name says which exist; with one it updates that one, and
    # its company file is the default although the home has two.
    monkeypatch.setenv("TIDWIZARD_SECRET", "s-2")
    code, _, err = run(*setup_words(sandbox.url, "tva-app"))
    assert code == 2
    assert "flera klienter: demo-konsult-ab, bygg" in err
    code, _, err = run(*setup_words(sandbox.url, "tva-app", "--client", "bygg", "--as", "order"))
    assert code == 0, err
    updated = Clients(home).choose("bygg").settings
    assert (updated.import_as, updated.administration_path) == ("order", bygg.resolve())
    assert Clients(home).choose("demo-konsult-ab").settings.import_as == "invoice"


def test_a_client_name_that_cannot_be_used_stops_before_tid(run: Run, home: Home) -> None:
    code, out, err = run(
        "setup", "--yes", "--url", "http://127.0.0.1:9", "--client-id", "x", "--client", "../x"
    )
    assert (code, out) == (2, "")
    assert "Klientnamnet ../x går inte att använda" in err
    assert not home.settings_file.exists()
