"""`tidwizard completion bash|zsh|fish`: a shell completion script, generated from the parser.

shtab writes the script from the same parser that reads the command line, so a new command or
option completes as soon as it exists; the descriptions zsh and fish show are the help texts,
in the language of the help.
"""

from __future__ import annotations

import argparse
from typing import Any

from tidwizard.cli.common import EXIT_OK
from tidwizard.core.i18n import t

SHELLS = ("bash", "zsh", "fish")


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "completion",
        parents=[common],
        help=t("help.completion"),
        description=t("help.completion.description"),
    )
    parser.add_argument(
        "shell",
        choices=SHELLS,
        metavar=t("help.metavar.shell"),
        help=t("help.completion.shell", shells=", ".join(SHELLS)),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    print(completion_script(args.shell), end="")
    return EXIT_OK


def completion_script(shell: str) -> str:
    """The script for ``shell``, from the parser of every command."""
    import shtab

    from tidwizard.cli.main import build_parser

    parser = build_parser()
    paths = (t("help.metavar.dir"), t("help.metavar.file"))
    for action in _actions(parser):
        if action.metavar == paths[0]:
            action.complete = shtab.DIRECTORY  # type: ignore[attr-defined]
        elif action.metavar == paths[1]:
            action.complete = shtab.FILE  # type: ignore[attr-defined]
    script: str = shtab.complete(parser, shell=shell)
    return script if script.endswith("\n") else script + "\n"


def _actions(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    """Every action of ``parser`` and of its sub-commands, at any depth."""
    found = []
    for action in parser._actions:
        found.append(action)
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found += _actions(sub)
    return found
