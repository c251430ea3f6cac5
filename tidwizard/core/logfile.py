"""The log file: what the program did, for support, without a secret in it.

One rotating file under the home's logs folder (``tidwizard.log``, 1 MiB, five older files),
private to the user like the settings and the secret file. Every line: time, level, logger name,
message. :func:`start_logging` sets it up for the ``tidwizard`` loggers, once per command;
stderr gets the warnings as before (the message alone), with ``-v`` every record, and nothing in
the TUI (Textual owns the terminal); never what the user sees anyway (:data:`SHOWN`).

The loggers themselves never write a header, the secret, a token or a query string; every line
passes :class:`Redacting` as well, which blanks anything that looks like a Basic or Bearer
credential and every secret and token this process was handed (:func:`hide`).
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import re
import sys
from collections.abc import Iterable
from enum import Enum
from pathlib import Path
from typing import IO

LOGGER = "tidwizard"
LOG_FILE_NAME = "tidwizard.log"
MAX_BYTES = 1024 * 1024
BACKUPS = 5
LINE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
HIDDEN = "<hidden>"
# A secret shorter than this is not searched for: blanking "demo" (the demo secret, also a
# word in paths and commands) would garble the log.
SHORTEST_HIDDEN = 8

# ``extra=SHOWN``: what the user sees anyway (the command typed, a refusal in the summary, the
# error a command ends with): the file has it, stderr never repeats it.
SHOWN = {"shown": True}

_CREDENTIAL = re.compile(r"\b(Basic|Bearer)\s+[A-Za-z0-9._~+/=-]+", re.IGNORECASE)
# The latest hidden texts, oldest first: a token lives an hour, so a long run keeps only a few.
KEEP_HIDDEN = 64
_hidden: dict[str, None] = {}
_installed: list[logging.Handler] = []
_level_before: int | None = None  # the level the loggers had before start_logging raised it


class Stderr(Enum):
    """What of the log goes to stderr as well."""

    WARNINGS = "warnings"  # as without a log: warnings and errors, the message alone
    ALL = "all"  # -v: every record, as in the file
    NOTHING = "nothing"  # the TUI


def hide(*secrets: str | None) -> None:
    """Never let these texts (a client secret, a token) into a log line."""
    for secret in secrets:
        if secret and len(secret) >= SHORTEST_HIDDEN:
            _hidden.pop(secret, None)
            _hidden[secret] = None
    while len(_hidden) > KEEP_HIDDEN:
        del _hidden[next(iter(_hidden))]


def redact(text: str) -> str:
    """``text`` with every Basic/Bearer credential and every hidden text blanked."""
    text = _CREDENTIAL.sub(lambda m: f"{m.group(1)} {HIDDEN}", text)
    for secret in sorted(_hidden, key=len, reverse=True):  # a longer one may hold a shorter
        text = text.replace(secret, HIDDEN)
    return text


class Redacting(logging.Filter):
    """The second guard: a record's message (and traceback) with every credential blanked."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class PrivateRotatingFile(logging.handlers.RotatingFileHandler):
    """A rotating file opened only when the first line is written, 0600 in a 0700 folder.

    A file that cannot be written (a read-only home) costs the line, never the command: no
    "--- Logging error ---" on stderr."""

    def _open(self) -> io.TextIOWrapper:
        folder = Path(self.baseFilename).parent
        for missing in reversed([f for f in (folder, *folder.parents) if not f.exists()]):
            missing.mkdir(mode=0o700, exist_ok=True)  # as the home's folders: the user's only
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if hasattr(os, "fchmod"):  # an older file readable by others is made private
            os.fchmod(fd, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)

    def handleError(self, record: logging.LogRecord) -> None:
        return


class _CurrentStderr(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is when a record comes (as logging's last resort)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self) -> IO[str]:
        return sys.stderr

    @stream.setter
    def stream(self, value: IO[str]) -> None:
        pass


def _not_shown_yet(record: logging.LogRecord) -> bool:
    return not getattr(record, "shown", False)


def log_file(log_dir: Path) -> Path:
    return log_dir / LOG_FILE_NAME


def start_logging(
    log_dir: Path,
    *,
    stderr: Stderr = Stderr.WARNINGS,
    max_bytes: int = MAX_BYTES,
    backups: int = BACKUPS,
) -> Path:
    """Send the ``tidwizard`` loggers to the log file in ``log_dir`` (and stderr as asked);
    the handlers of an earlier call are replaced. Nothing is created before a line is written.
    Returns the log file."""
    path = log_file(log_dir)
    to_file = PrivateRotatingFile(
        path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8", delay=True
    )
    to_file.setFormatter(logging.Formatter(LINE_FORMAT))
    handlers: list[logging.Handler] = [to_file]
    if stderr is not Stderr.NOTHING:
        err = _CurrentStderr()
        err.addFilter(_not_shown_yet)
        if stderr is Stderr.ALL:
            err.setFormatter(logging.Formatter(LINE_FORMAT))
        else:
            err.setLevel(logging.WARNING)
        handlers.append(err)
    _install(handlers)
    return path


def stop_logging() -> None:
    """Close the log file (before its folder is removed, say)."""
    _install(())


def _install(handlers: Iterable[logging.Handler]) -> None:
    """Replace the handlers installed before; the loggers' level is INFO while any is (a
    caller that asked for more, DEBUG, keeps it), and as it was once none is."""
    global _level_before
    logger = logging.getLogger(LOGGER)
    for old in _installed:
        logger.removeHandler(old)
        old.close()
    _installed.clear()
    if _level_before is not None:
        logger.setLevel(_level_before)
        _level_before = None
    for handler in handlers:
        handler.addFilter(Redacting())
        logger.addHandler(handler)
        _installed.append(handler)
    if _installed and not logger.isEnabledFor(logging.INFO):
        _level_before = logger.level
        logger.setLevel(logging.INFO)
