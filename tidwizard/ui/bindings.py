"""Binding descriptions in the user's language.

Class-level ``BINDINGS`` are built at import time, before the language is known, so they carry
catalogue keys as descriptions; each screen translates its own copy when it is created.
"""

from __future__ import annotations

from dataclasses import replace

from textual.dom import DOMNode

from tidwizard.core.i18n import catalogue, t


def translate_bindings(node: DOMNode) -> None:
    """Replace catalogue keys in ``node``'s binding descriptions by their text."""
    known = catalogue()
    bindings = node._bindings
    bindings.key_to_bindings = {
        key: [
            replace(b, description=t(b.description)) if b.description in known else b for b in group
        ]
        for key, group in bindings.key_to_bindings.items()
    }
