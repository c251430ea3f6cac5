"""The import screen's pictures, the same every run: the table, the preview, the consent dialog
and the summary, at 80x24 against the demo sandbox.

`save_import_screenshots(DIR)` draws them (``scripts/screenshots.py`` calls it); the snapshot
tests use the same states. Nothing that varies shows: not the sandbox's port, the home's path
or the clock (the reminder is off; the transfer date is not on these screens).
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from textual.pilot import Pilot

from support.waiting import wait_until
from tidwizard.core.connection import RATE_ENV
from tidwizard.core.demo_home import set_up_demo_home
from tidwizard.core.i18n import set_language, t
from tidwizard.core.paths import Home
from tidwizard.core.settings import ImportAs, load_settings
from tidwizard.ui.app import TidwizardApp
from tidwizard.ui.importing.dialogs import QuestionDialog
from tidwizard.ui.importing.key_bar import KeyBar
from tidwizard.ui.importing.screen import ImportScreen
from tidwizard.ui.wizard.state import state_from_settings

SIZE = (80, 24)
# Seconds a picture may take to get there (a loaded machine draws slowly).
PATIENCE = 60.0


def set_up_home(
    root: Path, url: str, *, reminder: bool = False, import_as: ImportAs = "invoice"
) -> Home:
    """A home as the wizard leaves it: the demo company, Tid company 1, the secret saved."""
    home = Home.resolve(root)
    set_up_demo_home(home, url, reminder=reminder, import_as=import_as)
    return home


def import_app(home: Home, *, lang: str = "sv") -> TidwizardApp:
    """The App as `tidwizard` opens it once set up, steady for pictures and tests."""
    set_language(lang)
    settings = load_settings(home)
    return TidwizardApp(state_from_settings(home, settings, language=lang), settings, steady=True)


def _import_screen(pilot: Pilot) -> ImportScreen | None:
    found = [s for s in pilot.app.screen_stack if isinstance(s, ImportScreen)]
    return found[-1] if found else None


async def listed(pilot: Pilot) -> None:
    def idle() -> bool:
        screen = _import_screen(pilot)
        return screen is not None and screen.phase == "idle" and bool(screen.table.bases)

    def keys_shown() -> bool:
        # The key bar follows the bindings one refresh after the listing (KeyBar).
        screen = _import_screen(pilot)
        return screen is not None and t("importui.key.import") in str(
            screen.query_one(KeyBar).render()
        )

    await wait_until(pilot, idle, timeout=PATIENCE)
    await wait_until(pilot, keys_shown, timeout=PATIENCE)


async def view(pilot: Pilot, view_id: str) -> None:
    await wait_until(
        pilot,
        lambda: pilot.app.screen.id == view_id and bool(pilot.app.screen.query(".view-text")),
        timeout=PATIENCE,
    )
    await pilot.pause()


async def previewed(pilot: Pilot) -> None:
    await listed(pilot)
    await pilot.press("p")
    await view(pilot, "preview-view")


async def consent_asked(pilot: Pilot) -> None:
    await listed(pilot)
    await pilot.press("i")
    await wait_until(
        pilot,
        lambda: (
            isinstance(pilot.app.screen, QuestionDialog) and bool(pilot.app.screen.query("#yes"))
        ),
        timeout=PATIENCE,
    )
    await pilot.pause()


async def summarised(pilot: Pilot) -> None:
    await consent_asked(pilot)
    await pilot.press("y")
    await view(pilot, "summary-view")


@dataclass(frozen=True)
class ImportScreenshot:
    name: str
    run_before: Callable[[Pilot], Awaitable[None]]


SCREENSHOTS = (
    ImportScreenshot("10-inlasning-underlag", listed),
    ImportScreenshot("11-inlasning-forhandsvisning", previewed),
    ImportScreenshot("12-inlasning-nya-poster", consent_asked),
    ImportScreenshot("13-inlasning-sammanfattning", summarised),
)


async def _draw(screenshot: ImportScreenshot, url: str, directory: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="tidwizard-screenshot-") as root:
        app = import_app(set_up_home(Path(root), url))
        async with app.run_test(size=SIZE) as pilot:
            await screenshot.run_before(pilot)
            app.save_screenshot(f"{screenshot.name}.svg", str(directory))


def save_import_screenshots(directory: Path) -> list[Path]:
    """Draw every screenshot against a fresh demo sandbox (each screenshot its own company)."""
    from tidwizard.sandbox.server import SandboxConfig, start_sandbox

    os.environ[RATE_ENV] = "0"  # the sandbox has no limit either: pictures in seconds
    directory.mkdir(parents=True, exist_ok=True)
    for screenshot in SCREENSHOTS:
        with start_sandbox(SandboxConfig(seed="demo", rate=0)) as sandbox:
            asyncio.run(_draw(screenshot, sandbox.url, directory))
    return [directory / f"{screenshot.name}.svg" for screenshot in SCREENSHOTS]
