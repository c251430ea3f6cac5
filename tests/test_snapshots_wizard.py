"""How every wizard step looks at 80x24 (pytest-textual-snapshot; update with --snapshot-update).

The states are the ones `scripts/screenshots.py` draws: a fixed address, a fixed
company path and an activation built from the demo data, so nothing varies between runs.
"""

from __future__ import annotations

import pytest

from support.wizard_screenshots import SCREENSHOTS, SIZE, Screenshot


@pytest.mark.parametrize(
    "screenshot", SCREENSHOTS, ids=[screenshot.name for screenshot in SCREENSHOTS]
)
def test_wizard_step_looks_right(screenshot: Screenshot, snap_compare) -> None:
    assert snap_compare(screenshot.app(), terminal_size=SIZE, run_before=screenshot.run_before)


def test_enter_on_an_empty_login_says_what_is_missing(snap_compare) -> None:
    screenshot = Screenshot("activate-empty", "activate", activated=False)
    app = screenshot.app()
    app.state.client_id = ""
    app.state.secret = ""
    assert snap_compare(app, terminal_size=SIZE, press=["enter"])


def test_help_dialog(snap_compare) -> None:
    screenshot = Screenshot("help", "orgnr", activated=False)
    assert snap_compare(screenshot.app(), terminal_size=SIZE, press=["f1"])


def _no_company_yet(state) -> None:
    state.administration = None
    state.administration_path = None  # the home has no company file: the "Nytt företag" form


def test_new_company_form(snap_compare) -> None:
    screenshot = Screenshot("new-company", "welcome", activated=False, setup=_no_company_yet)
    assert snap_compare(screenshot.app(), terminal_size=SIZE, run_before=screenshot.run_before)


def test_ctrl_c_asks_before_quitting(snap_compare) -> None:
    screenshot = Screenshot("quit", "activate", activated=False)
    assert snap_compare(screenshot.app(), terminal_size=SIZE, press=["ctrl+c"])


def test_summary_with_no_color(snap_compare, monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    screenshot = Screenshot("summary-no-color", "summary")
    assert snap_compare(screenshot.app(), terminal_size=SIZE, press=["up"])
