"""Entry point: parse the command line and hand over to one command module."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from tidwizard import __version__

# Each module registers its own sub-command (``register(subparsers, common)``) and sets ``func``.
COMMAND_MODULES = (
    "tidwizard.cli.demo",
    "tidwizard.cli.setup",
    "tidwizard.cli.importing",
    "tidwizard.cli.export",
    "tidwizard.cli.check",
    "tidwizard.cli.status",
    "tidwizard.cli.company",
    "tidwizard.cli.sandbox",
)


def common_options(*, suppress: bool) -> argparse.ArgumentParser:
    """--home and --lang work before and after the sub-command."""
    default = argparse.SUPPRESS if suppress else None
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--home",
        metavar="DIR",
        default=default,
        help="keep all settings, secrets and data under DIR (also TIDWIZARD_HOME)",
    )
    parent.add_argument(
        "--lang",
        choices=("sv", "en"),
        default=default,
        help="language of messages (default: from the environment, else Swedish)",
    )
    return parent


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tidwizard",
        description="Connect Visma Tid Smart/Pro to Visma Administration/Fakturering (unofficial).",
        parents=[common_options(suppress=False)],
    )
    parser.add_argument("--version", action="version", version=f"tidwizard {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = common_options(suppress=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        from tidwizard.cli.tui import run_tui

        return run_tui(args)
    result: int = func(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
