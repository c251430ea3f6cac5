"""What an SQLite or OS error on a company file means for the user: a lock, a full disk, no
permission, a failing disk, each a typed :class:`StorageError`; or None (then it is the file
itself, e.g. not a database at all)."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from tidwizard.core.admin.errors import (
    CompanyLocked,
    CompanyNoAccess,
    CompanyReadOnly,
    DiskFull,
    StorageError,
    StorageFailed,
)
from tidwizard.core.i18n import t

_BUSY, _LOCKED, _PERM, _READONLY, _IOERR, _FULL, _CANTOPEN = 5, 6, 3, 8, 10, 13, 14


def storage_problem(error: BaseException, path: Path) -> StorageError | None:
    """The storage problem behind ``error`` (looking through what it was raised from or while
    handling: rolling back to a savepoint SQLite had already rolled back fails with "no such
    savepoint", whose cause is the full disk), or None."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, StorageError):
            return current
        found = _one(current, path)
        if found is not None:
            return found
        current = current.__cause__ or current.__context__
    return None


def _one(error: BaseException, path: Path) -> StorageError | None:
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        primary = None if code is None else code & 0xFF
        reason = str(error)
        if primary in (_BUSY, _LOCKED):
            return CompanyLocked(path, reason)
        if primary == _FULL:
            return DiskFull(path, reason)
        if primary == _READONLY:
            return CompanyReadOnly(path, why_not_writable(path) or reason)
        if primary in (_PERM, _CANTOPEN):
            return no_access(path, reason)
        if primary == _IOERR:
            return StorageFailed(path, reason)
        return None
    if isinstance(error, PermissionError):
        return no_access(path, error.strerror or str(error))
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(path, error.strerror or str(error))
    if isinstance(error, OSError) and error.errno == errno.EROFS:
        return CompanyReadOnly(path, error.strerror or str(error))
    return None


def no_access(path: Path, reason: str) -> StorageError:
    """A file that cannot be opened: read-only where writing is what failed, else no access."""
    writable = why_not_writable(path)
    if writable is not None and _readable(path):
        return CompanyReadOnly(path, writable)
    return CompanyNoAccess(path, _why_not_readable(path) or reason)


def why_not_writable(path: Path) -> str | None:
    """Why this user cannot write the file or its folder, in the user's language; None when
    both look writable."""
    folder = path.parent
    try:
        if path.exists() and not os.access(path, os.W_OK):
            return t("admin.reason.file_read_only")
        if folder.exists() and not os.access(folder, os.W_OK | os.X_OK):
            return t("admin.reason.folder_read_only", folder=folder)
    except OSError:
        return None
    return None


def _readable(path: Path) -> bool:
    try:
        return os.access(path, os.R_OK) and os.access(path.parent, os.X_OK)
    except OSError:
        return False


def _why_not_readable(path: Path) -> str | None:
    for place in (*reversed(path.parents), path):
        try:
            if place.exists() and not os.access(place, os.R_OK if place == path else os.X_OK):
                return t("admin.reason.no_permission", place=place)
        except OSError:
            return None
    return None
