"""The saved settings: one frozen dataclass in one JSON file, written atomically and privately.

A dataclass with its own small check rather than a pydantic model: the settings are read before
the first frame, and pydantic would load only for them there (about 85 ms of CPU at start-up).
The Tid secret is never part of the settings; it lives in the secret store (``secrets.py``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any, Literal

from tidwizard.core.files import replace_file
from tidwizard.core.i18n import t, tn
from tidwizard.core.paths import Home
from tidwizard.core.tid.address import DEFAULT_TID_URL

SCHEMA_VERSION = 1
DEFAULT_REMINDER_MINUTES = 15
REMINDER_MINUTES_RANGE = range(1, 24 * 60 + 1)

ImportAs = Literal["invoice", "order"]
# How Tid's organisationsnummer was learnt at setup: from Tid's company endpoint, or typed by the
# user from Tid's own screen (a service without that endpoint, such as the public API).
OrgNumberSource = Literal["tid", "typed"]
Language = Literal["sv", "en"]


class SettingsError(Exception):
    """The settings file cannot be read or used; the message says which file and what to do."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


@dataclasses.dataclass(frozen=True)
class Settings:
    """What the setup wizard (or ``setup --yes``) decided. Defaults describe "not set up yet".

    Changed copies come from ``dataclasses.replace``; a value of the wrong type or out of range
    raises ``ValueError`` (:func:`check_settings`)."""

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
    reminder_minutes: int = DEFAULT_REMINDER_MINUTES
    language: Language | None = None
    saved_at: dt.datetime | None = None

    def __post_init__(self) -> None:
        check_settings(self)

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


FIELD_NAMES = tuple(field.name for field in dataclasses.fields(Settings))
_TEXTS = (
    "client_name",
    "tid_url",
    "client_id",
    "tid_company_name",
    "tid_org_number",
    "company_identity",
)
_CHOICES: dict[str, tuple[object, ...]] = {
    "tid_org_number_source": ("tid", "typed"),
    "import_as": ("invoice", "order"),
    "language": ("sv", "en", None),
}


def check_settings(settings: Settings) -> None:
    """Raise ``ValueError`` naming the first field of the wrong type or out of its range."""
    values = settings.__dict__
    wrong = [name for name in _TEXTS if type(values[name]) is not str]
    wrong += [name for name, allowed in _CHOICES.items() if values[name] not in allowed]
    if not _is_int(settings.schema_version):
        wrong.append("schema_version")
    if settings.tid_company_id is not None and not _is_int(settings.tid_company_id):
        wrong.append("tid_company_id")
    if settings.administration_path is not None and not isinstance(
        settings.administration_path, Path
    ):
        wrong.append("administration_path")
    if type(settings.reminder) is not bool:
        wrong.append("reminder")
    minutes = settings.reminder_minutes
    if not _is_int(minutes) or minutes not in REMINDER_MINUTES_RANGE:
        wrong.append("reminder_minutes")
    if settings.saved_at is not None and not isinstance(settings.saved_at, dt.datetime):
        wrong.append("saved_at")
    if wrong:
        raise ValueError(f"settings field {wrong[0]!r} has a wrong value")


def _is_int(value: object) -> bool:
    return type(value) is int  # not bool, which is an int to Python but not to the file


def settings_from_document(document: dict[str, Any]) -> Settings:
    """The settings a JSON object stands for: unknown keys ignored, missing ones the defaults.
    Raises ``ValueError`` for a value of the wrong type or out of range."""
    values = {name: document[name] for name in FIELD_NAMES if name in document}
    path = values.get("administration_path")
    if path is not None:
        if not isinstance(path, str):
            raise ValueError("administration_path is not text")
        values["administration_path"] = Path(path)
    saved_at = values.get("saved_at")
    if saved_at is not None:
        if not isinstance(saved_at, str):
            raise ValueError("saved_at is not text")
        values["saved_at"] = dt.datetime.fromisoformat(saved_at)
    return Settings(**values)


def settings_text(settings: Settings) -> str:
    """The settings file's text, as pydantic's ``model_dump_json(indent=2)`` wrote it before."""
    return json.dumps(settings_document(settings), indent=2, ensure_ascii=False) + "\n"


def settings_document(settings: Settings) -> dict[str, Any]:
    """The JSON object of the settings file, its keys in the fields' order (as always written)."""
    document: dict[str, Any] = dict(settings.__dict__)
    if settings.administration_path is not None:
        document["administration_path"] = str(settings.administration_path)
    if settings.saved_at is not None:
        document["saved_at"] = settings.saved_at.isoformat().replace("+00:00", "Z")
    return {name: document[name] for name in FIELD_NAMES}


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
        return settings_from_document(document)
    except ValueError as exc:
        raise SettingsError(t("settings.corrupt", path=path), path) from exc


def save_settings(home: Home, settings: Settings) -> Settings:
    """Write the first client's settings (see :func:`save_settings_file`)."""
    return save_settings_file(home.settings_file, settings)


def save_settings_file(path: Path, settings: Settings) -> Settings:
    """Write the settings atomically (0600 file, 0700 folder); returns them with ``saved_at``."""
    stamped = dataclasses.replace(
        settings, schema_version=SCHEMA_VERSION, saved_at=dt.datetime.now(dt.UTC)
    )
    text = settings_text(stamped)
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
