"""How the import screen looks at 80x24 (pytest-textual-snapshot; update with --snapshot-update):
the waiting bases, the preview, the consent dialog and the summary, against the demo sandbox.

The states are those `scripts/screenshots.py` draws; the demo seed, a fresh
demo company and the reminder off keep every picture the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support.import_screenshots import SCREENSHOTS, SIZE, ImportScreenshot, import_app, set_up_home


@pytest.mark.parametrize(
    "screenshot", SCREENSHOTS, ids=[screenshot.name for screenshot in SCREENSHOTS]
)
def test_import_screen_looks_right(
    screenshot: ImportScreenshot,
    sandbox,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    snap_compare,
) -> None:
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "0")
    app = import_app(set_up_home(tmp_path / "home", sandbox.url))
    assert snap_compare(app, terminal_size=SIZE, run_before=screenshot.run_before)
