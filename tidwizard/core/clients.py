"""Clients: the pairings one home holds, each a Tid connection and an Administration company file.

An accounting agency keeps one client per customer company; most users have exactly one and never
see the word. The first client lives where the single setup always lived (``settings.json``), so
a home set up before clients existed is a home with one client; every further client is
``clients/<name>.json`` beside it, in the same format (:class:`Settings`). A client's secret is
in the secret store under the client's own key (:attr:`Settings.secret_key`), so removing one
client never touches another's.

The first client's name is the one it was saved with (``setup --yes --client NAME`` on a new
home), else the name of its company file without the suffix (``demo-konsult-ab``), else
``default``: a home set up before clients existed still has a name to give ``--client``.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass, replace
from pathlib import Path

from tidwizard.core.i18n import t
from tidwizard.core.paths import Home
from tidwizard.core.secrets import SecretStore, SecretStoreError
from tidwizard.core.settings import (
    Settings,
    SettingsError,
    load_settings_file,
    save_settings_file,
)

DEFAULT_CLIENT_NAME = "default"
# A name is typed on command lines and is part of a file name: letters (å, ä, ö too), digits and
# . _ -, starting with a letter or digit.
_NAME = re.compile(r"^\w[\w.-]{0,63}$")
_SUFFIX = ".json"


class ClientError(Exception):
    """A client cannot be chosen, named or removed; the message says what to do."""


@dataclass(frozen=True)
class Client:
    """One pairing: its name, what its setup decided, and the file that holds it.

    ``damage``: why its file under ``clients/`` cannot be read (its settings are then the
    defaults). Such a client is listed, with that as its problem, so the other clients go on;
    choosing it raises the error, which names the file and what to do.
    """

    name: str
    settings: Settings
    path: Path
    damage: SettingsError | None = None

    @property
    def configured(self) -> bool:
        return self.settings.configured


def valid_client_name(name: str) -> bool:
    return bool(_NAME.match(name)) and name not in {".", ".."}


class Clients:
    """The clients of one home: list, choose, save and remove them."""

    def __init__(self, home: Home) -> None:
        self.home = home

    @property
    def folder(self) -> Path:
        return self.home.config_dir / "clients"

    def all(self) -> list[Client]:
        """Every client, the first (``settings.json``) first, then the others by name; one
        whose file under ``clients/`` cannot be read carries its ``damage``. Raises
        :class:`SettingsError` when ``settings.json`` or the folder cannot be read."""
        found: list[Client] = []
        first = self._first()
        if first is not None:
            found.append(first)
        for path in self._other_files():
            try:
                found.append(Client(path.stem, load_settings_file(path), path))
            except SettingsError as damage:
                found.append(Client(path.stem, Settings(), path, damage))
        return found

    def names(self) -> list[str]:
        return [client.name for client in self.all()]

    def choose(self, name: str | None) -> Client:
        """The client a command works on: the one named, else the only one. A home with none
        gives the first client's place with default settings ("not set up", as before clients).
        Raises :class:`ClientError` for an unknown name, or when several exist and none is
        named (the message lists them)."""
        clients = self.all()
        if name is not None:
            return _readable(self._named(name, clients))
        if len(clients) == 1:
            return _readable(clients[0])
        if not clients:
            # Not set up yet; a language chosen before any setup still counts.
            path = self.home.settings_file
            return Client(DEFAULT_CLIENT_NAME, load_settings_file(path), path)
        raise ClientError(
            t("clients.choose_one", names=", ".join(client.name for client in clients))
        )

    def choose_or_new(self, name: str | None) -> Client:
        """What ``setup`` works on: the client named, else a new one of that name (nothing
        saved yet, its place from :meth:`place_for`); without a name, :meth:`choose`'s. Raises
        :class:`ClientError` for a name that cannot be used, or several clients and no name."""
        if name is None:
            return self.choose(None)
        for client in self.all():
            if client.name == name:
                return _readable(client)  # never written over: its message says what to do
        chosen_name, path = self.place_for(name)
        return Client(chosen_name, Settings(), path)

    def place_for(self, name: str | None) -> tuple[str, Path]:
        """Where a client of this name is saved: its own file when it exists; the first place
        while the home has no client yet; else a new file under ``clients/``. Raises
        :class:`ClientError` for a name that cannot be used."""
        clients = self.all()
        if name is None:
            chosen = self.choose(None)
            return chosen.name, chosen.path
        for client in clients:
            if client.name == name:
                return client.name, client.path
        if not valid_client_name(name):
            raise ClientError(t("clients.bad_name", name=name))
        if not clients:
            return name, self.home.settings_file
        return name, self.folder / f"{name}{_SUFFIX}"

    def pairing(self, name: str | None, settings: Settings) -> Client:
        """The client ``name`` (None: the one :meth:`choose` gives) as it would be saved with
        ``settings``, without saving it: its name, its file, and the settings carrying the name
        it was first saved with, so its secret's key never changes. Raises
        :class:`ClientError`."""
        chosen_name, path = self.place_for(name)
        keep = self._stored_name(path)
        stored_name = keep if keep is not None else self._name_to_store(chosen_name, path)
        return Client(chosen_name, replace(settings, client_name=stored_name), path)

    def save(self, name: str | None, settings: Settings) -> Client:
        """Add or update a client (see :meth:`pairing`). Raises :class:`ClientError` or
        :class:`SettingsError`."""
        return self.write(self.pairing(name, settings))

    def write(self, client: Client) -> Client:
        """Save a pairing made by :meth:`pairing`; returns it as saved (with ``saved_at``)."""
        return Client(client.name, save_settings_file(client.path, client.settings), client.path)

    def remove(self, name: str) -> Client:
        """Forget the pairing ``name`` and its secret; its company file and journal stay. A
        damaged pairing is removed too (its secret's key cannot be read: the secret stays).
        Raises :class:`ClientError` for an unknown name."""
        client = self._named(name, self.all())
        try:
            client.path.unlink(missing_ok=True)
        except OSError as exc:
            raise SettingsError(
                t("settings.unwritable", path=client.path, reason=exc.strerror or exc),
                client.path,
            ) from exc
        if client.settings.client_id:
            with suppress(SecretStoreError):
                SecretStore(self.home).delete(client.settings.secret_key)
        return client

    def _first(self) -> Client | None:
        path = self.home.settings_file
        if not path.exists():
            return None
        settings = load_settings_file(path)
        if not (settings.client_id or settings.client_name or settings.administration_path):
            return None  # a language chosen before any setup is not a client
        return Client(first_client_name(settings), settings, path)

    def _other_files(self) -> list[Path]:
        try:
            return sorted(
                path
                for path in self.folder.iterdir()
                if path.suffix == _SUFFIX and valid_client_name(path.stem)
            )
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise SettingsError(
                t("settings.unreadable", path=self.folder, reason=exc.strerror or exc),
                self.folder,
            ) from exc

    def _stored_name(self, path: Path) -> str | None:
        """The name a saved pairing already carries (None when nothing is saved there)."""
        if not path.exists():
            return None
        try:
            settings = load_settings_file(path)
        except SettingsError:
            return None  # a damaged file is being replaced
        if not settings.client_id:
            return None
        return settings.client_name

    def _name_to_store(self, name: str, path: Path) -> str:
        """A pairing under ``clients/`` always carries its name; the first one only when it
        was given one (a derived name may change with its company file)."""
        if path != self.home.settings_file:
            return name
        return "" if name == DEFAULT_CLIENT_NAME else name

    def _named(self, name: str, clients: list[Client]) -> Client:
        for client in clients:
            if client.name == name:
                return client
        raise ClientError(self._unknown(name, clients))

    def _unknown(self, name: str, clients: list[Client]) -> str:
        if not clients:
            return t("clients.none_saved", name=name)
        return t("clients.unknown", name=name, names=", ".join(c.name for c in clients))


def _readable(client: Client) -> Client:
    """The client, unless its file is damaged: then the error that says which and what to do."""
    if client.damage is not None:
        raise client.damage
    return client


def first_client_name(settings: Settings) -> str:
    """The first client's name: saved, else its company file's, else ``default``."""
    if settings.client_name:
        return settings.client_name
    path = settings.administration_path
    if path is not None:
        stem = path.name.split(".")[0]
        if valid_client_name(stem):
            return stem
    return DEFAULT_CLIENT_NAME
