"""The secret store: private file, env override, a real keyring backend when one works."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from tidwizard.core.paths import Home
from tidwizard.core.secrets import SecretStore, SecretStoreError
from tidwizard.core.settings import Settings, save_settings

SECRET = "Zq7-very-secret-value"


class MemoryKeyring(KeyringBackend):
    """A working keyring backend that keeps passwords in memory (keyring's own plug-in API)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.passwords[(service, username)]


class LockedKeyring(MemoryKeyring):
    """A keyring that is there but refuses every call (a locked or broken desktop keyring)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("locked")


@pytest.fixture
def os_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    monkeypatch.delenv("TIDWIZARD_KEYRING")
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def files_containing(root: Path, text: str) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and text.encode() in p.read_bytes()]


def test_file_backend_round_trip(home: Home) -> None:
    store = SecretStore(home)
    assert store.backend == "file"
    assert store.get("demo") is None
    store.set("demo", SECRET)
    assert SecretStore(home).get("demo") == SECRET
    assert SecretStore(home).get("someone-else") is None
    assert stat.S_IMODE(home.secret_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(home.config_dir.stat().st_mode) == 0o700


def test_delete_removes_the_secret_and_the_empty_file(home: Home) -> None:
    store = SecretStore(home)
    store.set("a", "first")
    store.set("b", "second")
    store.delete("a")
    assert store.get("a") is None
    assert store.get("b") == "second"
    store.delete("b")
    assert not home.secret_file.exists()
    store.delete("never-stored")  # harmless


def test_secret_file_is_never_readable_by_others_even_before_the_rename(
    home: Home, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[int] = []
    real_replace = os.replace

    def spy(src: str, dst: str) -> None:
        seen.append(stat.S_IMODE(os.stat(src).st_mode))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    old_umask = os.umask(0)  # even the most permissive umask must not matter
    try:
        SecretStore(home).set("demo", SECRET)
    finally:
        os.umask(old_umask)
    assert seen == [0o600]


def test_crash_mid_write_keeps_the_old_secret(home: Home, monkeypatch: pytest.MonkeyPatch) -> None:
    SecretStore(home).set("demo", "old-secret")

    def crash(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(SecretStoreError, match=str(home.secret_file)):
        SecretStore(home).set("demo", "new-secret")
    monkeypatch.undo()
    assert SecretStore(home).get("demo") == "old-secret"
    assert [p.name for p in home.config_dir.iterdir()] == ["secret"]


def test_secret_is_in_no_other_file_under_the_home(home: Home, tmp_path: Path) -> None:
    SecretStore(home).set("demo", SECRET)
    save_settings(home, Settings(client_id="demo", tid_company_id=1, administration_path=tmp_path))
    assert files_containing(home.config_dir, SECRET) == [home.secret_file]


def test_environment_overrides_for_reading(home: Home, monkeypatch: pytest.MonkeyPatch) -> None:
    SecretStore(home).set("demo", "stored")
    monkeypatch.setenv("TIDWIZARD_SECRET", "from-env")
    store = SecretStore(home)
    assert store.backend == "env"
    assert store.get("demo") == "from-env"
    assert store.get("any-client") == "from-env"
    monkeypatch.delenv("TIDWIZARD_SECRET")
    assert SecretStore(home).get("demo") == "stored"


def test_corrupt_secret_file_says_what_to_do(home: Home) -> None:
    home.config_dir.mkdir(parents=True)
    home.secret_file.write_text("garbage")
    with pytest.raises(SecretStoreError) as caught:
        SecretStore(home).get("demo")
    assert str(home.secret_file) in str(caught.value)
    assert "tidwizard setup" in str(caught.value)


def test_empty_values_are_refused(home: Home) -> None:
    with pytest.raises(ValueError):
        SecretStore(home).set("demo", "")
    with pytest.raises(ValueError):
        SecretStore(home).set("", SECRET)


def test_working_keyring_is_used_and_no_file_is_written(
    home: Home, os_keyring: MemoryKeyring
) -> None:
    store = SecretStore(home)
    assert store.backend == "keyring"
    store.set("demo", SECRET)
    assert SecretStore(home).get("demo") == SECRET
    assert not home.secret_file.exists()
    assert list(os_keyring.passwords.values()) == [SECRET]
    store.delete("demo")
    assert os_keyring.passwords == {}


def test_moving_to_the_keyring_removes_the_plaintext_copy(
    home: Home, monkeypatch: pytest.MonkeyPatch
) -> None:
    SecretStore(home).set("demo", "old")  # saved to the file while the keyring was off
    assert home.secret_file.exists()
    monkeypatch.delenv("TIDWIZARD_KEYRING")
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        store = SecretStore(home)
        assert store.get("demo") == "old"  # still found in the file
        store.set("demo", SECRET)
        assert store.get("demo") == SECRET
        assert not home.secret_file.exists()
    finally:
        keyring.set_keyring(previous)


def test_each_home_has_its_own_keyring_entry(tmp_path: Path, os_keyring: MemoryKeyring) -> None:
    real, demo = Home.resolve(tmp_path / "real"), Home.resolve(tmp_path / "demo")
    SecretStore(real).set("demo", "real-secret")
    SecretStore(demo).set("demo", "demo")
    assert SecretStore(real).get("demo") == "real-secret"
    assert SecretStore(demo).get("demo") == "demo"


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring(), chainer.ChainerBackend()],
    ids=["fail", "null", "empty-chainer"],
)
def test_keyrings_that_cannot_keep_a_secret_fall_back_to_the_file(
    home: Home, monkeypatch: pytest.MonkeyPatch, backend: KeyringBackend
) -> None:
    monkeypatch.delenv("TIDWIZARD_KEYRING")
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        store = SecretStore(home)
        assert store.backend == "file"
        store.set("demo", SECRET)
        assert SecretStore(home).get("demo") == SECRET
        assert home.secret_file.exists()
    finally:
        keyring.set_keyring(previous)


def test_keyring_that_fails_on_use_falls_back_to_the_file(
    home: Home, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TIDWIZARD_KEYRING")
    previous = keyring.get_keyring()
    keyring.set_keyring(LockedKeyring())
    try:
        SecretStore(home).set("demo", SECRET)
        assert home.secret_file.exists()
        assert SecretStore(home).get("demo") == SECRET
    finally:
        keyring.set_keyring(previous)


def test_keyring_off_switch(home: Home, os_keyring: MemoryKeyring) -> None:
    store = SecretStore(home, environ={"TIDWIZARD_KEYRING": "off"})
    assert store.backend == "file"
    store.set("demo", SECRET)
    assert os_keyring.passwords == {}
