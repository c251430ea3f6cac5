"""Where the Tid secret is kept: TIDWIZARD_SECRET, else the OS keyring, else a private 0600 file.

``TIDWIZARD_SECRET`` overrides everything for reading (scripts, CI, containers). Writing goes to the
OS keyring when a real backend works there, else to ``home.secret_file``. ``TIDWIZARD_KEYRING=off``
turns the keyring off (the tests do; so do machines whose keyring would block on a password prompt).
"""

from __future__ import annotations

import json
import logging
import os
import stat
from collections.abc import Mapping
from typing import Any, Literal

from tidwizard.core.i18n import t
from tidwizard.core.paths import Home
from tidwizard.core.settings import write_private_file

SECRET_ENV = "TIDWIZARD_SECRET"
KEYRING_ENV = "TIDWIZARD_KEYRING"
_KEYRING_OFF = {"off", "0", "no", "false"}

SecretBackend = Literal["env", "keyring", "file"]

log = logging.getLogger(__name__)


class SecretStoreError(Exception):
    """The secret file exists but cannot be read or written; the message says what to do."""


class SecretStore:
    """The Tid secret of one home, keyed by client id."""

    def __init__(self, home: Home, *, environ: Mapping[str, str] | None = None) -> None:
        self._home = home
        self._environ = os.environ if environ is None else environ
        # One keyring entry per home, so the demo home never touches a user's real secret.
        self._service = f"tidwizard:{home.config_dir}"
        self._keyring: Any | None = None
        self._keyring_checked = False
        # The permissions the secret file had when this store found it readable by others and
        # made it private (0600); None when it was private already. `status` says so.
        self.made_private_from: int | None = None

    @property
    def backend(self) -> SecretBackend:
        """Where :meth:`get` reads from right now."""
        if self._environ.get(SECRET_ENV):
            return "env"
        return self.storage_backend

    @property
    def storage_backend(self) -> Literal["keyring", "file"]:
        """Where :meth:`set` writes."""
        return "keyring" if self._usable_keyring() is not None else "file"

    def get(self, client_id: str) -> str | None:
        """The secret to use: ``TIDWIZARD_SECRET`` when set, else the stored one."""
        override = self._environ.get(SECRET_ENV)
        if override:
            return override
        return self.stored(client_id)

    def stored(self, client_id: str) -> str | None:
        """The secret kept in the keyring or the file, ignoring ``TIDWIZARD_SECRET``."""
        backend = self._usable_keyring()
        if backend is not None:
            try:
                found = backend.get_password(self._service, client_id)
            except Exception as exc:  # any keyring failure means: use the file
                log.warning("keyring read failed, using the secret file: %s", exc)
            else:
                if found:
                    return str(found)
        return self._read_file().get(client_id)

    def set(self, client_id: str, secret: str) -> None:
        if not client_id or not secret:
            raise ValueError("client id and secret must not be empty")
        backend = self._usable_keyring()
        if backend is not None:
            try:
                backend.set_password(self._service, client_id, secret)
            except Exception as exc:
                log.warning("keyring write failed, using the secret file: %s", exc)
            else:
                # No stale plaintext copy may outlive a move to the keyring.
                self._remove_from_file(client_id)
                return
        secrets = self._read_file()
        secrets[client_id] = secret
        self._write_file(secrets)

    def delete(self, client_id: str) -> None:
        backend = self._usable_keyring()
        if backend is not None:
            try:
                if backend.get_password(self._service, client_id) is not None:
                    backend.delete_password(self._service, client_id)
            except Exception as exc:
                log.warning("keyring delete failed: %s", exc)
        self._remove_from_file(client_id)

    def _usable_keyring(self) -> Any | None:
        if not self._keyring_checked:
            self._keyring_checked = True
            self._keyring = _detect_keyring(self._environ)
        return self._keyring

    def make_file_private(self) -> int | None:
        """Make the secret file 0600 if others may read or write it; the permissions it had
        then, else None (private already, or no file). Raises :class:`SecretStoreError` when
        it cannot be made private: a secret others can read is not used."""
        path = self._home.secret_file
        try:
            fd = os.open(path, os.O_RDONLY)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise SecretStoreError(
                t("secrets.unreadable", path=path, reason=exc.strerror or exc)
            ) from exc
        try:
            self._make_private(fd)
        finally:
            os.close(fd)
        return self.made_private_from

    def _make_private(self, fd: int) -> None:
        found = stat.S_IMODE(os.fstat(fd).st_mode)
        if not found & 0o077:
            return
        path = self._home.secret_file
        try:
            os.fchmod(fd, 0o600)
        except OSError as exc:
            raise SecretStoreError(
                t("secrets.too_open", path=path, mode=f"{found:04o}", reason=exc.strerror or exc)
            ) from exc
        log.warning("the secret file %s was readable by others (%04o): made it 0600", path, found)
        self.made_private_from = found

    def _read_file(self) -> dict[str, str]:
        path = self._home.secret_file
        try:
            fd = os.open(path, os.O_RDONLY)
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise SecretStoreError(
                t("secrets.unreadable", path=path, reason=exc.strerror or exc)
            ) from exc
        try:
            self._make_private(fd)  # before a byte of it is read
            with os.fdopen(os.dup(fd), "rb") as handle:
                document = json.loads(handle.read().decode("utf-8"))
        except OSError as exc:
            raise SecretStoreError(
                t("secrets.unreadable", path=path, reason=exc.strerror or exc)
            ) from exc
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise SecretStoreError(t("secrets.corrupt", path=path)) from exc
        finally:
            os.close(fd)
        secrets = document.get("secrets") if isinstance(document, dict) else None
        if not isinstance(secrets, dict):
            raise SecretStoreError(t("secrets.corrupt", path=path))
        return {str(key): str(value) for key, value in secrets.items()}

    def _write_file(self, secrets: dict[str, str]) -> None:
        path = self._home.secret_file
        if not secrets:
            try:
                path.unlink(missing_ok=True)
            except OSError as exc:
                raise SecretStoreError(
                    t("secrets.unwritable", path=path, reason=exc.strerror or exc)
                ) from exc
            return
        data = json.dumps({"version": 1, "secrets": secrets}, indent=2) + "\n"
        try:
            write_private_file(path, data.encode("utf-8"))
        except OSError as exc:
            raise SecretStoreError(
                t("secrets.unwritable", path=path, reason=exc.strerror or exc)
            ) from exc

    def _remove_from_file(self, client_id: str) -> None:
        if not self._home.secret_file.exists():
            return
        secrets = self._read_file()
        if secrets.pop(client_id, None) is not None:
            self._write_file(secrets)


def _detect_keyring(environ: Mapping[str, str]) -> Any | None:
    """The OS keyring backend when a real one works here, else None.

    keyring answers with a "fail" backend (nothing usable), a "null" backend (silently stores
    nothing) or a chainer with no members on headless machines; none of them can keep a secret.
    """
    if environ.get(KEYRING_ENV, "").strip().lower() in _KEYRING_OFF:
        return None
    try:
        import keyring
        from keyring.backends import chainer, fail, null

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring | null.Keyring):
            return None
        if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
            return None
        return backend
    except Exception as exc:  # a broken keyring installation must never stop tidwizard
        log.warning("keyring unavailable: %s", exc)
        return None
