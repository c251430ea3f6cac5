"""Clients: the pairings one home holds (core/clients.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidwizard.core.clients import DEFAULT_CLIENT_NAME, ClientError, Clients
from tidwizard.core.paths import Home
from tidwizard.core.secrets import SecretStore
from tidwizard.core.settings import Settings, save_settings


def _home(tmp_path: Path) -> Home:
    home = Home.resolve(tmp_path / "home")
    home.ensure()
    return home


def _settings(client_id: str, company_file: str) -> Settings:
    return Settings(
        client_id=client_id,
        tid_company_id=1,
        administration_path=Path("/data") / company_file,
    )


def test_a_home_set_up_before_clients_is_one_client_named_after_its_company_file(
    tmp_path: Path,
) -> None:
    home = _home(tmp_path)
    save_settings(home, _settings("ap_1", "bolaget-ab.sqlite"))
    clients = Clients(home)
    assert clients.names() == ["bolaget-ab"]
    chosen = clients.choose(None)
    assert chosen.name == "bolaget-ab" and chosen.path == home.settings_file
    assert chosen.settings.secret_key == "ap_1"  # where its secret always was


def test_an_empty_home_gives_the_unconfigured_first_place(tmp_path: Path) -> None:
    home = _home(tmp_path)
    chosen = Clients(home).choose(None)
    assert chosen.name == DEFAULT_CLIENT_NAME and not chosen.configured
    assert Clients(home).all() == []


def test_several_clients_need_a_name_and_an_unknown_name_lists_them(tmp_path: Path) -> None:
    home = _home(tmp_path)
    clients = Clients(home)
    clients.save("acme", _settings("ap_1", "acme.sqlite"))
    clients.save("bygg", _settings("ap_2", "bygg.sqlite"))
    assert clients.names() == ["acme", "bygg"]
    assert clients.choose("bygg").settings.client_id == "ap_2"
    with pytest.raises(ClientError, match="acme, bygg"):
        clients.choose(None)
    with pytest.raises(ClientError, match="acme, bygg"):
        clients.choose("nobody")


def test_each_client_keeps_its_secret_under_its_own_key_and_removal_forgets_only_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIDWIZARD_KEYRING", "off")
    monkeypatch.delenv("TIDWIZARD_SECRET", raising=False)
    home = _home(tmp_path)
    clients = Clients(home)
    first = clients.save("acme", _settings("ap_same", "acme.sqlite"))
    second = clients.save("bygg", _settings("ap_same", "bygg.sqlite"))
    assert first.settings.secret_key != second.settings.secret_key
    store = SecretStore(home)
    store.set(first.settings.secret_key, "one")
    store.set(second.settings.secret_key, "two")
    clients.remove("bygg")
    assert clients.names() == ["acme"]
    assert store.stored(first.settings.secret_key) == "one"
    assert store.stored(second.settings.secret_key) is None


def test_a_client_keeps_the_name_it_was_saved_with(tmp_path: Path) -> None:
    home = _home(tmp_path)
    clients = Clients(home)
    clients.save(None, _settings("ap_1", "bolaget-ab.sqlite"))
    again = clients.save(None, _settings("ap_1", "bolaget-ab.sqlite"))
    assert again.settings.client_name == ""  # unnamed first client: key stays the app id
    with pytest.raises(ClientError):
        clients.save("../evil", _settings("ap_2", "x.sqlite"))


def test_setup_chooses_the_named_client_or_a_new_one_of_that_name(tmp_path: Path) -> None:
    home = _home(tmp_path)
    clients = Clients(home)
    first = clients.choose_or_new("acme")  # an empty home: the first place, not saved yet
    assert (first.name, first.path, first.configured) == ("acme", home.settings_file, False)
    clients.save("acme", _settings("ap_1", "acme.sqlite"))
    assert clients.choose_or_new("acme").settings.client_id == "ap_1"
    added = clients.choose_or_new("bygg")
    assert (added.path, added.configured) == (clients.folder / "bygg.json", False)
    assert clients.names() == ["acme"]  # choosing saves nothing
    with pytest.raises(ClientError):
        clients.choose_or_new("../evil")


def test_an_empty_home_keeps_a_language_chosen_before_any_setup(tmp_path: Path) -> None:
    home = _home(tmp_path)
    save_settings(home, Settings(language="en"))
    assert Clients(home).all() == []
    assert Clients(home).choose(None).settings.language == "en"
