"""The settings file keeps its format now that Settings is a dataclass: a file written by the
pydantic model it was before reads back as the same settings, and the same settings are written
to the same bytes (so an older tidwizard reads a new file), and wrong values are still refused."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tidwizard.core.settings import (
    Settings,
    SettingsError,
    load_settings_file,
    save_settings_file,
    settings_text,
)

# Written by ``Settings.model_dump_json(indent=2)`` of the pydantic model (main at ad0db93).
PYDANTIC_FILE = (
    '{\n  "schema_version": 1,\n  "client_name": "bygg",\n  "tid_url": "http://127.0.0.1:8123",\n'
    '  "client_id": "démo\\u0001\u2028\x7f",\n  "tid_company_id": 2,\n'
    '  "tid_company_name": "Bygg & Co ÅÄÖ",\n  "tid_org_number": "559123-4561",\n'
    '  "tid_org_number_source": "tid",\n  "administration_path": "/srv/tid/bygg ab.sqlite",\n'
    '  "company_identity": "abc123",\n  "import_as": "order",\n  "reminder": false,\n'
    '  "reminder_minutes": 30,\n  "language": "en",\n'
    '  "saved_at": "2026-12-07T20:43:32.001793Z"\n}\n'
)
PYDANTIC_DEFAULTS = (
    '{\n  "schema_version": 1,\n  "client_name": "",\n'
    '  "tid_url": "https://publicapi.tid.vismaspcs.se",\n  "client_id": "",\n'
    '  "tid_company_id": null,\n  "tid_company_name": "",\n  "tid_org_number": "",\n'
    '  "tid_org_number_source": "tid",\n  "administration_path": null,\n'
    '  "company_identity": "",\n  "import_as": "invoice",\n  "reminder": true,\n'
    '  "reminder_minutes": 15,\n  "language": null,\n  "saved_at": "2026-01-02T03:04:05Z"\n}\n'
)
SETTINGS = Settings(
    client_name="bygg",
    tid_url="http://127.0.0.1:8123",
    client_id="démo\x01\u2028\x7f",
    tid_company_id=2,
    tid_company_name="Bygg & Co ÅÄÖ",
    tid_org_number="559123-4561",
    administration_path=Path("/srv/tid/bygg ab.sqlite"),
    company_identity="abc123",
    import_as="order",
    reminder=False,
    reminder_minutes=30,
    language="en",
    saved_at=dt.datetime(2026, 12, 7, 20, 43, 32, 1793, tzinfo=dt.UTC),
)
DEFAULTS = Settings(saved_at=dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC))


@pytest.mark.parametrize(
    ("text", "settings"), [(PYDANTIC_FILE, SETTINGS), (PYDANTIC_DEFAULTS, DEFAULTS)]
)
def test_a_file_of_the_pydantic_model_reads_and_is_written_the_same(
    tmp_path: Path, text: str, settings: Settings
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(text, encoding="utf-8")
    assert load_settings_file(path) == settings
    assert settings_text(settings) == text


def test_a_saved_file_reads_back_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    saved = save_settings_file(path, SETTINGS)
    assert load_settings_file(path) == saved
    assert json.loads(path.read_text(encoding="utf-8"))["saved_at"].endswith("Z")


def test_keys_a_newer_version_adds_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"client_id": "demo", "colour": "blue"}), encoding="utf-8")
    assert load_settings_file(path) == Settings(client_id="demo")


@pytest.mark.parametrize(
    "document",
    [
        {"reminder_minutes": 24 * 60 + 1},
        {"reminder_minutes": True},
        {"reminder_minutes": 1.5},
        {"reminder": "yes"},
        {"client_id": 5},
        {"tid_company_id": "two"},
        {"administration_path": 3},
        {"saved_at": "yesterday"},
        {"language": "de"},
        {"tid_org_number_source": "guessed"},
        {"schema_version": "1"},
    ],
    ids=lambda document: next(iter(document)),
)
def test_a_value_of_the_wrong_type_or_range_is_corrupt(tmp_path: Path, document: dict) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(SettingsError, match="tidwizard setup"):
        load_settings_file(path)


def test_settings_of_the_wrong_type_are_refused_when_made() -> None:
    with pytest.raises(ValueError, match="reminder_minutes"):
        Settings(reminder_minutes=0)
