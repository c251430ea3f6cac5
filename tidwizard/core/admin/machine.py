"""What the company file needs from the machine: a new enough SQLite, and a local disk.

The tables are STRICT, which SQLite reads from 3.37 on: an older SQLite linked into Python
cannot open a company file at all, so every open says so first (:func:`require_sqlite`).
WAL mode needs shared memory between the programs using a file, which a network file system
does not give: a company file on a share is warned about (:func:`network_share`), not refused.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from functools import cache
from pathlib import Path

from tidwizard.core.admin.errors import AdministrationError
from tidwizard.core.i18n import t

log = logging.getLogger("tidwizard.admin")

NEEDED_SQLITE = (3, 37, 0)
MOUNTINFO = Path("/proc/self/mountinfo")
# File system types (as /proc/self/mountinfo names them) that reach another machine.
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "fuse.sshfs",
        "sshfs",
        "9p",
        "afs",
        "ncpfs",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.gcsfuse",
        "davfs",
        "fuse.davfs2",
        "glusterfs",
        "fuse.glusterfs",
        "ceph",
        "fuse.ceph",
        "lustre",
        "gpfs",
        "ocfs2",
    }
)


class SqliteTooOld(AdministrationError):
    """The SQLite linked into this Python cannot read the company files' STRICT tables."""

    def __init__(self, found: str) -> None:
        super().__init__("sqlite_too_old", found=found, needed=_dotted(NEEDED_SQLITE))


def require_sqlite() -> None:
    """Raise :class:`SqliteTooOld` where ``sqlite3.sqlite_version`` is older than 3.37."""
    found = sqlite3.sqlite_version
    if _version(found) < NEEDED_SQLITE:
        raise SqliteTooOld(found)


def _version(text: str) -> tuple[int, ...]:
    parts = []
    for part in text.split(".")[:3]:
        digits = "".join(c for c in part if c.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


def _dotted(version: tuple[int, ...]) -> str:
    return ".".join(str(part) for part in version)


def filesystem_type(folder: Path, mountinfo: str) -> str | None:
    """The type of the file system ``folder`` (an absolute, resolved path) is on, as the
    ``mountinfo`` text (the format of ``/proc/self/mountinfo``) has it; None when none fits.

    The mount point nearest the folder wins; of two at the same point, the later (it covers
    the earlier)."""
    target = str(folder)
    best: tuple[int, str] | None = None
    for line in mountinfo.splitlines():
        fields = line.split()
        if "-" not in fields or len(fields) < 5:
            continue
        after = fields.index("-")
        if after + 1 >= len(fields):
            continue
        point = _unescaped(fields[4])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= best[0]):
            best = (len(point), fields[after + 1])
    return None if best is None else best[1]


def _unescaped(field: str) -> str:
    """A mount point as the kernel writes it: space, tab, newline and backslash as \\ooo."""
    for code in ("\\040", "\\011", "\\012", "\\134"):
        field = field.replace(code, chr(int(code[1:], 8)))
    return field


def network_share(path: Path) -> str | None:
    """The kind of network share the file ``path`` is on ("nfs4", "cifs", "smb"...), or None
    for a local disk or where it cannot be told cheaply (macOS, a mapped Windows drive)."""
    folder = Path(os.path.abspath(path)).parent
    if sys.platform == "win32":
        return "smb" if str(folder).startswith("\\\\") else None  # \\server\share
    return _share_of_folder(folder.resolve())


@cache
def _share_of_folder(folder: Path) -> str | None:
    try:
        mountinfo = MOUNTINFO.read_text("utf-8", errors="replace")
    except OSError:
        return None  # not Linux, or no /proc
    kind = filesystem_type(folder, mountinfo)
    return kind if kind in NETWORK_FILESYSTEMS else None


def share_warning(path: Path) -> str | None:
    """What to tell the user about a company file on a network share; None on a local disk."""
    kind = network_share(path)
    return None if kind is None else t("admin.network_share", path=path, kind=kind)


_warned: set[Path] = set()


def warn_if_on_a_share(path: Path) -> None:
    """Log :func:`share_warning` once per file and process: the command line shows warnings
    on stderr, the TUI only in the log file (its company step shows the notice itself)."""
    message = share_warning(path)
    if message is not None and path not in _warned:
        _warned.add(path)
        log.warning("%s", message)
