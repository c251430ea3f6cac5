"""How every wizard step looks at 80x24 (pytest-textual-snapshot; update with --snapshot-update).

The scenes are the ones `python -m tidwizard.ui.screenshots` draws: a fixed address, a fixed
company path and an activation built from the demo data, so nothing varies between runs.
"""

from __future__ import annotations

import pytest

from tidwizard.ui.screenshots import SCENES, SIZE, Scene


@pytest.mark.parametrize("scene", SCENES, ids=[scene.name for scene in SCENES])
def test_wizard_step_looks_right(scene: Scene, snap_compare) -> None:
    assert snap_compare(scene.app(), terminal_size=SIZE, run_before=scene.run_before)


def test_enter_on_an_empty_login_says_what_is_missing(snap_compare) -> None:
    scene = Scene("activate-empty", "activate", activated=False)
    app = scene.app()
    app.state.client_id = ""
    app.state.secret = ""
    assert snap_compare(app, terminal_size=SIZE, press=["enter"])


def test_help_dialog(snap_compare) -> None:
    scene = Scene("help", "orgnr", activated=False)
    assert snap_compare(scene.app(), terminal_size=SIZE, press=["f1"])
