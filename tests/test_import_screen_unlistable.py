"""A basis whose list item does not read is shown as such on the import screen, counted with
the others, and fails alone when read in (issue 12, item 8: it was left out without a word)."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path
from typing import Any

from support.bad_input import keep_only
from support.import_screen import import_app, line, set_up_home, status, table_of, wait_listed
from support.waiting import wait_until
from tidwizard.cli.main import main

BROKEN = 1003


def break_listing(sandbox: Any) -> None:
    """1001 and 1002 as they are; 1003 with a sum of three decimals, which Tid may not send."""
    keep_only(sandbox.state, {1001, 1002, BROKEN})
    with sandbox.state.lock:
        entry = sandbox.state.company(1).bases[BROKEN]
        entry.basis = entry.basis.model_copy(update={"sum": Decimal("1.005")})


async def test_an_unlistable_basis_is_shown_counted_and_fails_alone(
    tmp_path: Path, sandbox: Any, capsys: Any, monkeypatch: Any
) -> None:
    home = set_up_home(tmp_path / "h", sandbox.url)
    break_listing(sandbox)
    monkeypatch.setenv("TIDWIZARD_HOME", str(tmp_path / "h"))
    assert await asyncio.to_thread(main, ["check"]) == 10
    assert "3 fakturaunderlag väntar" in capsys.readouterr().out
    app = import_app(home)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_listed(pilot)
        assert list(table_of(pilot).bases) == [1001, 1002, BROKEN]
        assert status(pilot, BROKEN) == "✗ kan ej listas"
        assert line(pilot).startswith("3 fakturaunderlag väntar")
        await pilot.press("i")
        await wait_until(
            pilot, lambda: app.screen.id == "summary-view" and bool(app.screen.query(".view-text"))
        )
        summary = str(app.screen.query_one(".view-text").render())
    assert "2 inlästa, 0 nekade, 1 misslyckat" in summary
    assert str(BROKEN) in summary
