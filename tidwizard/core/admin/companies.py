"""Finding company databases under the home: list them, and pick one by name or path."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from tidwizard.core.admin.errors import AdministrationError
from tidwizard.core.admin.machine import require_sqlite
from tidwizard.core.admin.trouble import storage_problem
from tidwizard.core.paths import Home

COMPANY_SUFFIX = ".sqlite"


@dataclass(frozen=True)
class CompanyFile:
    """A company file as found on disk: its name and settings, or why it could not be read."""

    path: Path
    name: str | None = None
    org_number: str | None = None
    edition: str | None = None
    program_version: str | None = None
    problem: str | None = None


def company_file_name(name: str) -> str:
    """The file for a company name: ``"Demo Konsult AB"`` -> ``"demo-konsult-ab.sqlite"``."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return f"{slug or 'foretag'}{COMPANY_SUFFIX}"


def company_files(home: Home) -> list[Path]:
    """The company databases in the home's companies folder, sorted by file name. Raises a
    ``StorageError`` (no access) when this user may not look into the folder."""
    folder = home.companies_dir
    try:
        if not folder.is_dir():
            return []
        return sorted(p for p in folder.iterdir() if p.suffix == COMPANY_SUFFIX and p.is_file())
    except OSError as error:
        raise (storage_problem(error, folder) or error) from None


def _read_only(path: Path) -> sqlite3.Connection:
    """A connection that only reads: no migration, no write lock (an import may be writing)."""
    require_sqlite()
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def read_company_file(path: Path) -> CompanyFile:
    """The settings of a company file, read-only and without migrating it."""
    try:
        conn = _read_only(path)
    except sqlite3.Error as error:
        return CompanyFile(path, problem=str(error))
    try:
        row = conn.execute(
            "SELECT name, org_number, edition, program_version FROM company WHERE id = 1"
        ).fetchone()
    except sqlite3.Error as error:
        return CompanyFile(path, problem=str(error))
    finally:
        conn.close()
    if row is None:
        return CompanyFile(path, problem="no company settings")
    return CompanyFile(path, *row)


def read_last_import(path: Path) -> dt.datetime | None:
    """When the company file's newest import journal entry was written, read-only and without
    migrating it; None when it has none or cannot tell (:func:`read_company_file` says why)."""
    try:
        conn = _read_only(path)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT MAX(created_at) FROM import_journal").fetchone()
    except sqlite3.Error:
        return None  # also a file from before the journal existed
    finally:
        conn.close()
    if row is None or row[0] is None:
        return None
    try:
        return dt.datetime.fromisoformat(row[0])
    except (TypeError, ValueError):
        return None


def company_identity(path: Path) -> str:
    """The file's identity, read-only and without migrating it; "" when it has none yet (a file
    from before identities, which gets one when an import opens it) or cannot be read."""
    try:
        conn = _read_only(path)
    except (sqlite3.Error, OSError):
        return ""
    try:
        row = conn.execute("SELECT identity FROM company WHERE id = 1").fetchone()
    except sqlite3.Error:
        return ""
    finally:
        conn.close()
    return str(row[0]) if row is not None and row[0] else ""


def resolve_company(home: Home, name_or_path: str | None) -> Path:
    """The company file meant by the user.

    None: the only company under the home. Otherwise an existing file path, else a company name
    or file name (case does not matter). Raises :class:`AdministrationError` when there is
    none, several to choose from, or no match, with a message naming the choices.
    """
    files = company_files(home)
    if name_or_path is None:
        if not files:
            raise AdministrationError("no_companies", folder=home.companies_dir)
        if len(files) > 1:
            raise AdministrationError("several_companies", choices=_choices(files))
        return files[0]
    candidate = Path(name_or_path).expanduser()
    try:
        if candidate.is_file():
            return candidate
    except OSError as error:
        raise (storage_problem(error, candidate) or error) from None
    wanted = name_or_path.strip().casefold()
    for path in files:
        found = read_company_file(path)
        names = {path.name.casefold(), path.stem.casefold(), (found.name or "").casefold()}
        if wanted in names:
            return path
    raise AdministrationError("unknown_company", name=name_or_path, choices=_choices(files) or "-")


def _choices(files: list[Path]) -> str:
    return ", ".join(path.stem for path in files)
