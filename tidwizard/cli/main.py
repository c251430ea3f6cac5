"""Entry point: parse the command line and hand over to one command module."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from tidwizard import __version__
from tidwizard.cli import argparse_words
from tidwizard.cli.common import EXIT_CLOSED_PIPE, start_command_log
from tidwizard.core.i18n import LANGUAGES, set_language, t
from tidwizard.core.logfile import stop_logging

# Each module registers its own sub-command (``register(subparsers, common)``) and sets ``func``.
# Only the module of the command asked for is imported (see ``modules_to_register``): importing
# them all cost every start, the TUI's included, a few hundred milliseconds.
COMMANDS = {
    "demo": "tidwizard.cli.demo",
    "setup": "tidwizard.cli.setup",
    "clients": "tidwizard.cli.clients",
    "import": "tidwizard.cli.importing",
    "reconcile": "tidwizard.cli.reconcile",
    "export": "tidwizard.cli.export",
    "check": "tidwizard.cli.check",
    "status": "tidwizard.cli.status",
    "doctor": "tidwizard.cli.doctor",
    "company": "tidwizard.cli.company",
    "sandbox": "tidwizard.cli.sandbox",
    "completion": "tidwizard.cli.completion",
    "serve": "tidwizard.cli.serve",
}
COMMAND_MODULES = tuple(COMMANDS.values())
log = logging.getLogger("tidwizard.cli")
# The options before the command that take a value as the next word (see ``common_options``).
VALUE_OPTIONS = ("--home", "--lang", "--client")
FLAG_OPTIONS = ("--version", "-v", "--verbose")


def common_options(*, suppress: bool) -> argparse.ArgumentParser:
    """--home, --lang and --client work before and after the sub-command."""
    default = argparse.SUPPRESS if suppress else None
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--home", metavar=t("help.metavar.dir"), default=default, help=t("help.opt.home")
    )
    parent.add_argument("--lang", choices=LANGUAGES, default=default, help=t("help.opt.lang"))
    parent.add_argument(
        "--client", metavar=t("help.metavar.name"), default=default, help=t("help.opt.client")
    )
    parent.add_argument(
        "-v", "--verbose", action="store_true", default=default, help=t("cli.opt.verbose")
    )
    return parent


def chosen_language(argv: Sequence[str]) -> str:
    """The language of the help and of argparse's words, chosen before the parser is built:
    ``--lang`` given anywhere on the line (the last, as argparse reads it), else the
    environment's."""
    chosen: str | None = None
    words = list(argv)
    for index, word in enumerate(words):
        if word == "--":
            break
        if word == "--lang" and index + 1 < len(words):
            chosen = words[index + 1]
        elif word.startswith("--lang="):
            chosen = word.partition("=")[2]
    return set_language(chosen if chosen in LANGUAGES else None)


def modules_to_register(argv: Sequence[str]) -> tuple[str, ...]:
    """The command modules the parser needs for ``argv``.

    None for the TUI and ``--version`` (no command word), the command's own module when the
    first word is a known command; all of them whenever the words before it are anything else
    (help, an unknown command, an abbreviated option), so argparse lists and checks them all.
    """
    words = iter(argv)
    for word in words:
        if word in VALUE_OPTIONS:
            next(words, None)
        elif word in FLAG_OPTIONS or word.partition("=")[0] in VALUE_OPTIONS:
            continue  # --version, --home=DIR, --lang=en
        elif word.startswith("-"):
            return COMMAND_MODULES  # -h, --help, or an option only argparse can read
        else:
            module = COMMANDS.get(word)
            return (module,) if module in COMMAND_MODULES else COMMAND_MODULES
    return ()


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for ``argv`` (default: every command, as for ``--help``), every text in the
    current language."""
    argparse_words.install()
    parser = argparse.ArgumentParser(
        prog="tidwizard",
        description=t("help.main.description"),
        parents=[common_options(suppress=False)],
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"tidwizard {__version__}",
        help=t("help.argparse.version"),
    )
    subparsers = parser.add_subparsers(dest="command", metavar=t("help.metavar.command"))
    common = common_options(suppress=True)
    modules = COMMAND_MODULES if argv is None else modules_to_register(argv)
    for name in modules:
        importlib.import_module(name).register(subparsers, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; its exit code. Output to a reader that went away (``| head -1``)
    ends the command quietly with :data:`EXIT_CLOSED_PIPE`, as the Python documentation's
    "Note on SIGPIPE" advises: no traceback, no "Exception ignored" at exit."""
    try:
        code = run_command(sys.argv[1:] if argv is None else list(argv))
    except BrokenPipeError:
        return closed_pipe()
    except SystemExit:  # argparse after --help, --version or a usage error
        if not flushed():
            return closed_pipe()
        raise
    return code if flushed() else closed_pipe()


def run_command(words: list[str]) -> int:
    chosen_language(words)
    parser = build_parser(words)
    args = parser.parse_args(words)
    start_command_log(args)
    try:
        result = run(args)
        log.info("exit %d", result)
    except BrokenPipeError:
        log.info("the reader of the output went away")
        raise
    except Exception:
        log.exception("the command ends with an unexpected error")
        raise
    finally:
        stop_logging()
    return result


def run(args: argparse.Namespace) -> int:
    """The command asked for, else the TUI."""
    func = getattr(args, "func", None)
    if func is None:
        from tidwizard.cli.tui import run_tui

        return run_tui(args)
    result: int = func(args)
    return result


def flushed() -> bool:
    """Whether what is still buffered for stdout reached it (False: the pipe is closed)."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        return False
    return True


def closed_pipe() -> int:
    """Point stdout at the null device, so that the flush at exit cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no file descriptor under stdout (a test's capture)
        pass
    return EXIT_CLOSED_PIPE


if __name__ == "__main__":
    sys.exit(main())
