"""Settings: defaults, round trip, private atomic file, and clear errors for a broken file."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from dataclasses import fields, replace
from pathlib import Path

import pytest

from tidwizard.core.paths import Home
from tidwizard.core.settings import (
    SCHEMA_VERSION,
    Settings,
    SettingsError,
    load_settings,
    save_settings,
    settings_document,
)
from tidwizard.core.tid.address import DEFAULT_TID_URL


def configured_settings(tmp_path: Path) -> Settings:
    return Settings(
        tid_url="http://127.0.0.1:8123",
        client_id="demo",
        tid_company_id=2,
        tid_company_name="Demo Bygg AB",
        tid_org_number="559123-4561",
        administration_path=tmp_path / "bygg.sqlite",
        import_as="order",
        reminder=False,
        reminder_minutes=30,
        language="en",
    )


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_defaults_when_nothing_was_saved(home: Home) -> None:
    settings = load_settings(home)
    assert settings == Settings()
    assert settings.tid_url == DEFAULT_TID_URL
    assert settings.import_as == "invoice"
    assert not settings.configured
    assert not home.settings_file.exists()


def test_round_trip_keeps_every_choice(home: Home, tmp_path: Path) -> None:
    chosen = configured_settings(tmp_path)
    saved = save_settings(home, chosen)
    loaded = load_settings(home)
    assert loaded == saved
    assert loaded.configured
    assert loaded.saved_at is not None
    assert replace(loaded, saved_at=None) == replace(chosen, saved_at=None)


def test_configured_needs_login_tid_company_and_administration(tmp_path: Path) -> None:
    full = configured_settings(tmp_path)
    assert full.configured
    assert not replace(full, client_id="").configured
    assert not replace(full, tid_company_id=None).configured
    assert not replace(full, administration_path=None).configured


def test_the_credentials_own_company_with_a_typed_number_is_configured(tmp_path: Path) -> None:
    own = replace(
        configured_settings(tmp_path),
        tid_company_id=None,
        tid_company_name="",
        tid_org_number_source="typed",
    )
    assert own.configured
    assert not replace(own, tid_org_number="").configured


def test_an_old_file_without_the_number_source_loads_as_checked_by_tid(home: Home) -> None:
    old = settings_document(configured_settings(Path("/tmp")))
    del old["tid_org_number_source"]
    home.settings_file.parent.mkdir(parents=True, exist_ok=True)
    home.settings_file.write_text(json.dumps(old))
    loaded = load_settings(home)
    assert loaded.configured and loaded.tid_org_number_source == "tid"


def test_file_is_private_and_folder_too(home: Home, tmp_path: Path) -> None:
    save_settings(home, configured_settings(tmp_path))
    assert mode_of(home.settings_file) == 0o600
    assert mode_of(home.config_dir) == 0o700


def test_the_secret_is_never_a_setting(home: Home, tmp_path: Path) -> None:
    assert not any("secret" in name for name in (f.name for f in fields(Settings)))
    home.config_dir.mkdir(parents=True)
    document = settings_document(configured_settings(tmp_path))
    document["secret"] = "s3cr3t-from-an-old-file"
    home.settings_file.write_text(json.dumps(document))
    save_settings(home, load_settings(home))
    assert "s3cr3t" not in home.settings_file.read_text()


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"\xff\xfe\x00", b"[1, 2]", b'{"import_as": "fax"}', b'{"reminder_minutes": 0}'],
    ids=["syntax", "not-utf8", "not-an-object", "bad-choice", "out-of-range"],
)
def test_corrupt_file_gives_a_clear_error(home: Home, content: bytes) -> None:
    home.config_dir.mkdir(parents=True)
    home.settings_file.write_bytes(content)
    with pytest.raises(SettingsError) as caught:
        load_settings(home)
    message = str(caught.value)
    assert str(home.settings_file) in message
    assert "tidwizard setup" in message
    assert caught.value.path == home.settings_file


def test_file_from_a_newer_version_is_refused_not_misread(home: Home) -> None:
    home.config_dir.mkdir(parents=True)
    home.settings_file.write_text(json.dumps({"schema_version": SCHEMA_VERSION + 1}))
    with pytest.raises(SettingsError, match="nyare version"):
        load_settings(home)


def test_unreadable_file_names_the_path(home: Home) -> None:
    home.settings_file.mkdir(parents=True)  # a folder where the file should be: reading fails
    with pytest.raises(SettingsError) as caught:
        load_settings(home)
    assert str(home.settings_file) in str(caught.value)


def test_failed_write_keeps_the_old_file_and_leaves_no_temp(
    home: Home, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = save_settings(home, configured_settings(tmp_path))
    before = home.settings_file.read_bytes()

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(SettingsError, match="No space left"):
        save_settings(home, replace(old, client_id="other"))
    monkeypatch.undo()
    assert home.settings_file.read_bytes() == before
    assert sorted(p.name for p in home.config_dir.iterdir()) == ["settings.json"]


CRASH_SCRIPT = """
import os, sys
from dataclasses import replace
from tidwizard.core.paths import Home
from tidwizard.core.settings import load_settings, save_settings
home = Home.resolve(sys.argv[1])
settings = load_settings(home)
os.fsync = lambda fd: os._exit(9)  # the process dies after writing, before the rename
save_settings(home, replace(settings, client_id="half-written"))
"""


def test_process_killed_mid_write_leaves_the_old_settings(home: Home, tmp_path: Path) -> None:
    saved = save_settings(home, configured_settings(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", CRASH_SCRIPT, str(home.config_dir)], capture_output=True
    )
    assert result.returncode == 9, result.stderr
    assert load_settings(home) == saved
    # The orphaned temporary file does not disturb the next save.
    again = save_settings(home, replace(saved, client_id="next"))
    assert load_settings(home) == again


def test_messages_exist_in_english(home: Home) -> None:
    from tidwizard.core.i18n import set_language

    home.config_dir.mkdir(parents=True)
    home.settings_file.write_text("{")
    set_language("en")
    try:
        with pytest.raises(SettingsError, match="damaged"):
            load_settings(home)
    finally:
        set_language("sv")
