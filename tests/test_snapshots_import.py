"""How the import screen looks at 80x24 (pytest-textual-snapshot; update with --snapshot-update):
the waiting bases, the preview, the consent dialog and the summary, against the demo sandbox.

The scenes are those `python -m tidwizard.ui.importing.scenes` draws; the demo seed, a fresh
demo company and the reminder off keep every picture the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tidwizard.ui.importing.scenes import SCENES, SIZE, ImportScene, import_app, set_up_home


@pytest.mark.parametrize("scene", SCENES, ids=[scene.name for scene in SCENES])
def test_import_screen_looks_right(
    scene: ImportScene, sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, snap_compare
) -> None:
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "0")
    app = import_app(set_up_home(tmp_path / "home", sandbox.url))
    assert snap_compare(app, terminal_size=SIZE, run_before=scene.run_before)
