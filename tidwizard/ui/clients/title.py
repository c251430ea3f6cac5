"""Which client a screen is on: its name before the screen's title, where the home has several.

The App says (``shown_client``); with one client it is None and every title stays as it was.
"""

from __future__ import annotations

from typing import Any

from textual.app import App

from tidwizard.core.i18n import t


def on_client(app: App[Any], title: str) -> str:
    name = getattr(app, "shown_client", None)
    return t("clientsui.on_client", name=name, title=title) if name else title
