"""argparse's own words ("usage:", "options", "invalid choice", ...) from the catalogue.

argparse takes them from gettext (its module-level ``_`` and ``ngettext``); :func:`install`
puts the catalogue's in their place, in the language chosen when the parser is built. A
message argparse has that the catalogue lacks stays in argparse's English.
"""

from __future__ import annotations

import argparse

from tidwizard.core.i18n import t

# argparse's text -> the catalogue's key (catalog_help.py); the %-placeholders are argparse's.
WORDS = {
    "usage: ": "help.argparse.usage",
    "positional arguments": "help.argparse.positionals",
    "options": "help.argparse.options",
    "show this help message and exit": "help.argparse.help",
    "%(prog)s: error: %(message)s\n": "help.argparse.error",
    "argument %(argument_name)s: %(message)s": "help.argparse.argument",
    "invalid choice: %(value)r (choose from %(choices)s)": "help.argparse.invalid_choice",
    "invalid %(type)s value: %(value)r": "help.argparse.invalid_value",
    "the following arguments are required: %s": "help.argparse.required",
    "one of the arguments %s is required": "help.argparse.one_required",
    "unrecognized arguments: %s": "help.argparse.unrecognized",
    "not allowed with argument %s": "help.argparse.not_allowed_with",
    "ignored explicit argument %r": "help.argparse.ignored_explicit",
    "ambiguous option: %(option)s could match %(matches)s": "help.argparse.ambiguous",
    "expected one argument": "help.argparse.expected_one",
    "expected at most one argument": "help.argparse.expected_at_most_one",
    "expected at least one argument": "help.argparse.expected_at_least_one",
}
# argparse's singular -> the catalogue's key without its _singular/_plural.
COUNTED = {"expected %s argument": "help.argparse.expected_n"}


def gettext(message: str) -> str:
    key = WORDS.get(message)
    return message if key is None else t(key)


def ngettext(singular: str, plural: str, count: int) -> str:
    key = COUNTED.get(singular)
    if key is None:
        return singular if count == 1 else plural
    # argparse fills in the count itself (its %s), so not tn(), which would format it.
    return t(f"{key}_singular" if count == 1 else f"{key}_plural")


def install() -> None:
    """Let argparse speak the current language of the catalogue."""
    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
