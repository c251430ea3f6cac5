"""The saved settings: one pydantic model in one JSON file, written atomically and privately.

The Tid secret is never part of the settings; it lives in the secret store (``secrets.py``).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from tidwizard.core.files import replace_file
from tidwizard.core.i18n import t, tn
from tidwizard.core.paths import Home
from tidwizard.core.tid.address import DEFAULT_TID_URL

SCHEMA_VERSION = 1
DEFAULT_REMINDER_MINUTES = 15

ImportAs = Literal["invoice", "order"]
# How Tid's organisationsnummer was learnt at setup: from Tid's company endpoint, or typed by the
# user from Tid's own screen (a service without that endpoint, such as the public API).
OrgNumberSource = Literal["tid", "typed"]


class SettingsError(Exception):
    """The settings file cannot be read or used; the message says which file and what to do."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class Settings(BaseModel):
    """What the setup wizard (or ``setup --yes``) decided. Defaults describe "not set up yet"."""

    # Unknown keys from a newer minor version are ignored rather than fatal.
    model_config = ConfigDict(frozen=True, extra="ignore")

    schema_version: int = SCHEMA_VERSION
    # The client's name where it was given one (``core/clients.py``); "" for a home's first
    # client set up without a name, whose name is then its company file's.
    client_name: str = ""
    tid_url: str = DEFAULT_TID_URL
    client_id: str = ""
    tid_company_id: int | None = None
    tid_company_name: str = ""
    tid_org_number: str = ""
    # Settings saved before this field existed were always checked against Tid's answer.
    tid_org_number_source: OrgNumberSource = "tid"
    administration_path: Path | None = None
    # The company file's identity (``AdministrationStore.identity``), recorded at setup; a pairing
    # saved before identities existed records it on its first import (``importer/guard.py``).
    company_identity: str = ""
    import_as: ImportAs = "invoice"
    reminder: bool = True
    reminder_minutes: int = Field(default=DEFAULT_REMINDER_MINUTES, ge=1, le=24 * 60)
    language: Literal["sv", "en"] | None = None
    saved_at: dt.datetime | None = None

    @property
    def configured(self) -> bool:
        """True once a Tid login, a Tid company and an Administration company are all chosen.

        A service that names no company leaves ``tid_company_id`` None (the credentials' own
        company); then the organisationsnummer the user typed stands for the company."""
        typed = self.tid_org_number_source == "typed" and bool(self.tid_org_number)
        tid_company_known = self.tid_company_id is not None or typed
        return bool(self.client_id) and tid_company_known and self.administration_path is not None

    @property
    def secret_key(self) -> str:
        """The key of this client's secret in the secret store: the API application id, prefixed
        by the client's name where it has one, so two clients never share a secret."""
        return f"{self.client_name}:{self.client_id}" if self.client_name else self.client_id


def reminder_text(minutes: int, lang: str | None = None) -> str:
    """How often the reminder asks, the same words in the wizard, `status` and `setup --yes`."""
    return tn("settings.reminder_every", minutes, lang)


def load_settings(home: Home) -> Settings:
    """The settings of the home's first client, or the defaults when nothing was saved yet
    (commands choose their client through ``core/clients.py``)."""
    return load_settings_file(home.settings_file)


def load_settings_file(path: Path) -> Settings:
    """The settings saved in ``path``, or the defaults when nothing was saved there yet."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Settings()
    except OSError as exc:
        raise SettingsError(
            t("settings.unreadable", path=path, reason=exc.strerror or exc), path
        ) from exc
    try:
        document = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SettingsError(t("settings.corrupt", path=path), path) from exc
    if not isinstance(document, dict):
        raise SettingsError(t("settings.corrupt", path=path), path)
    version = document.get("schema_version", SCHEMA_VERSION)
    if isinstance(version, int) and version > SCHEMA_VERSION:
        raise SettingsError(t("settings.too_new", path=path), path)
    try:
        return Settings.model_validate(document)
    except ValidationError as exc:
        raise SettingsError(t("settings.corrupt", path=path), path) from exc


def save_settings(home: Home, settings: Settings) -> Settings:
    """Write the first client's settings (see :func:`save_settings_file`)."""
    return save_settings_file(home.settings_file, settings)


def save_settings_file(path: Path, settings: Settings) -> Settings:
    """Write the settings atomically (0600 file, 0700 folder); returns them with ``saved_at``."""
    stamped = settings.model_copy(
        update={"schema_version": SCHEMA_VERSION, "saved_at": dt.datetime.now(dt.UTC)}
    )
    text = stamped.model_dump_json(indent=2) + "\n"
    try:
        write_private_file(path, text.encode("utf-8"))
    except OSError as exc:
        raise SettingsError(
            t("settings.unwritable", path=path, reason=exc.strerror or exc), path
        ) from exc
    return stamped


def write_private_file(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` all at once (:func:`replace_file`), readable only by the
    user, in a folder only the user may enter (0700)."""
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    replace_file(path, data)
