"""How the client list looks at 80x24 (pytest-textual-snapshot; update with --snapshot-update):
three clients on the demo sandbox, one whose secret Tid refuses, in Swedish and in English.

The states are those `scripts/screenshots.py` draws (``support/clients_screenshots.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support.clients_screenshots import (
    SCREENSHOTS,
    SIZE,
    clients_app,
    clients_home,
    clients_sandbox,
    counted_steady,
)


@pytest.mark.parametrize(("name", "lang"), SCREENSHOTS, ids=[name for name, _ in SCREENSHOTS])
def test_client_list_looks_right(
    name: str, lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, snap_compare
) -> None:
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "0")
    with clients_sandbox() as sandbox:
        app = clients_app(clients_home(tmp_path, sandbox.url, count=3), lang=lang)
        assert snap_compare(app, terminal_size=SIZE, run_before=counted_steady)
