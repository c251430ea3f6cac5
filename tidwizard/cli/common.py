"""What every command shares: the home, the language, JSON output and error exits."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from tidwizard.core.i18n import set_language
from tidwizard.core.paths import Home

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_WAITING = 10  # `tidwizard check`: bases wait


def home_of(args: argparse.Namespace) -> Home:
    return Home.resolve(getattr(args, "home", None))


def apply_language(args: argparse.Namespace) -> str:
    return set_language(getattr(args, "lang", None))


def print_json(document: Any) -> None:
    """The one JSON document a --json command prints on stdout."""
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def fail(message: str, *, as_json: bool = False, code: int = EXIT_USAGE) -> int:
    """Say what went wrong (stderr, or as JSON) and return the exit code."""
    if as_json:
        print_json({"error": message})
    else:
        print(f"tidwizard: {message}", file=sys.stderr)
    return code
