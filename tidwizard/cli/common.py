"""What every command shares: the home, the language, JSON output and error exits."""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tidwizard.core.i18n import UNSAFE_BEYOND_C0, printable, set_language
from tidwizard.core.logfile import SHOWN, Stderr, start_logging
from tidwizard.core.paths import Home

if TYPE_CHECKING:
    from tidwizard.core.clients import Client
    from tidwizard.core.settings import Settings
    from tidwizard.core.tid import TidError

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_WAITING = 10  # `tidwizard check`: bases wait
EXIT_TEMPORARY = 75  # EX_TEMPFAIL: try again later (Tid unreachable, the company file locked)
EXIT_CLOSED_PIPE = 141  # 128 + SIGPIPE: the reader of the output went away (`| head -1`)

log = logging.getLogger("tidwizard.cli")


def home_of(args: argparse.Namespace) -> Home:
    return Home.resolve(getattr(args, "home", None))


def start_command_log(args: argparse.Namespace) -> Path | None:
    """The log file of the command's home (``demo`` starts its own, in the demo home)."""
    if getattr(args, "command", None) == "demo":
        return None
    return start_log_in(home_of(args), args)


def start_log_in(home: Home, args: argparse.Namespace) -> Path:
    """Log to ``home``'s log file, and to stderr: the warnings, with -v every record (the TUI
    turns stderr off while it owns the terminal, see ``cli.tui``)."""
    verbose = getattr(args, "verbose", None)
    path = start_logging(home.log_dir, stderr=Stderr.ALL if verbose else Stderr.WARNINGS)
    log.info("tidwizard %s", getattr(args, "command", None) or "(TUI)", extra=SHOWN)
    return path


def apply_language(args: argparse.Namespace) -> str:
    """The language of --lang, else the environment's (before the settings are read)."""
    return set_language(getattr(args, "lang", None))


def apply_saved_language(args: argparse.Namespace, settings: Settings) -> None:
    """Once the settings are at hand: --lang still wins, else the language saved at setup."""
    if getattr(args, "lang", None) is None and settings.language is not None:
        set_language(settings.language)


def chosen_client(home: Home, args: argparse.Namespace, *, new: bool = False) -> Client:
    """The one resolution of ``--client`` for every command: the client named, else the home's
    only one (a home with none: "not set up", as before clients). ``new`` (setup): a name not
    saved yet is a client to add. Raises ClientError (an unknown name, or several clients and
    none named: the message lists them; exit 2) or SettingsError."""
    from tidwizard.core.clients import Clients

    clients = Clients(home)
    name = getattr(args, "client", None)
    return clients.choose_or_new(name) if new else clients.choose(name)


def command_client(args: argparse.Namespace, *, new: bool = False) -> tuple[Home, Client]:
    """The home and the chosen client (:func:`chosen_client`), with the language from --lang,
    else the client's settings, else the environment."""
    apply_language(args)
    home = home_of(args)
    client = chosen_client(home, args, new=new)
    apply_saved_language(args, client.settings)
    return home, client


def command_settings(args: argparse.Namespace) -> tuple[Home, Settings]:
    """The home and the chosen client's settings (:func:`command_client`). Raises ClientError
    or SettingsError with a message that says what to do."""
    home, client = command_client(args)
    return home, client.settings


def answered_yes(question: str) -> bool:
    """Ask on the terminal; yes in either language (or y/j) is yes, anything else no."""
    from tidwizard.core.i18n import t

    answer = input(question)
    return answer.strip().casefold() in {t("import.cli.answer_yes"), "y", "j", "yes", "ja"}


# json escapes the C0 controls itself, but with ensure_ascii=False the other unsafe characters
# (DEL, C1 such as the CSI U+009B, bidi overrides) would go out raw. They occur only inside JSON
# strings, where \uXXXX means the same.
_RAW_IN_JSON = re.compile("[" + "".join(re.escape(chr(code)) for code in UNSAFE_BEYOND_C0) + "]")


def _escaped(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def print_json(document: Any) -> None:
    """The one JSON document a --json command prints on stdout: å/ä/ö as themselves, every
    control character escaped, so it reads back exactly and acts on no terminal.

    Written piece by piece as it is encoded: the report of a 20,000-basis import is megabytes
    of text, and building it whole (then its escaped copy) was most of that run's peak memory.
    A piece never splits a character, so escaping piece by piece is escaping the whole.
    """
    encoder = json.JSONEncoder(ensure_ascii=False, indent=2, default=str)
    write = sys.stdout.write
    for piece in encoder.iterencode(document):
        write(_RAW_IN_JSON.sub(_escaped, piece))
    write("\n")


def shown(text: object) -> str:
    """A value (a name, number, path) for human output: control characters written out as
    ``\\xNN``, so data from Tid or a company file cannot act on the terminal."""
    return printable(str(text))


def shown_lines(text: str) -> str:
    """Human output that keeps its line breaks; every other control character written out."""
    return "\n".join(printable(line) for line in text.split("\n"))


def exit_code_for(error: Exception) -> int:
    """75 for an error that may pass by itself (``temporary``: a company file another program
    holds locked, Tid unreachable or busy), else 2 (the user has to act: a full disk, a
    read-only file, wrong credentials)."""
    return EXIT_TEMPORARY if getattr(error, "temporary", False) else EXIT_USAGE


def fail_tid(error: TidError, *, as_json: bool = False) -> int:
    """:func:`fail` with what a Tid error tells the user; 75 when it may pass by itself
    (unreachable, a timeout, 5xx or 429 after every retry: ``TidError.temporary``)."""
    return fail(error.user_message(), as_json=as_json, code=exit_code_for(error))


def fail_with(error: Exception, *, as_json: bool = False) -> int:
    """:func:`fail` with an error's message and :func:`exit_code_for` it."""
    return fail(str(error), as_json=as_json, code=exit_code_for(error))


def fail(message: str, *, as_json: bool = False, code: int = EXIT_USAGE) -> int:
    """Say what went wrong (stderr, or as JSON) and return the exit code."""
    log.error("the command ends with exit %d: %s", code, message, extra=SHOWN)
    if as_json:
        print_json({"error": message})
    else:
        print(f"tidwizard: {shown_lines(message)}", file=sys.stderr)
    return code
