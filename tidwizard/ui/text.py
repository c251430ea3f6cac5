"""User-provided text (company names, paths, answers) is shown literally, never read as markup."""

from __future__ import annotations

from textual.content import Content


def plain(text: object) -> Content:
    return Content(str(text))
