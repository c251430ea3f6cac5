"""What the import screen's views say, and how their long lines wrap at 80 columns."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Static

from support.import_screen import (
    import_app,
    line,
    set_up_home,
    table_of,
    view_text,
    wait_for_question,
    wait_listed,
)
from support.import_screenshots import listed
from support.waiting import wait_until
from tidwizard.core.i18n import t
from tidwizard.ui.help import HelpScreen
from tidwizard.ui.importing.key_bar import KeyBar
from tidwizard.ui.widgets.wrapped_text import wrap_lines

CREDIT = 1017  # Bergström & Lund, -3 800,00: becomes a credit invoice


def screen_lines(pilot: Pilot) -> list[str]:
    update = pilot.app.screen._compositor.render_update(full=True)
    return ["".join(segment.text for segment in strip) for strip in update.strips]


def line_with(pilot: Pilot, text: str) -> str:
    (found,) = [row for row in screen_lines(pilot) if text in row]
    return found


def indent_in_box(row: str) -> int:
    """Columns between a dialog's left border (and its one column of padding) and the text."""
    inside = row.split("│", 1)[1][1:]
    return len(inside) - len(inside.lstrip(" "))


def test_a_long_line_wraps_under_its_indent_and_never_at_a_no_break_space() -> None:
    text = "Nekade:\n  Underlag 1014: paketartiklar kan inte hämtas (artikel 401, 1\u00a0250,00 kr)"
    assert wrap_lines(text, 40) == [
        "Nekade:",
        "  Underlag 1014: paketartiklar kan inte",
        "    hämtas (artikel 401, 1\u00a0250,00 kr)",
    ]
    assert wrap_lines("kort\n\n  rad", 40) == ["kort", "", "  rad"]
    assert wrap_lines("      " + "x" * 30, 10)[0].startswith("      x")  # no room: folds


async def test_summary_names_refusals_as_bases_and_wraps_them_indented(
    tmp_path: Path, sandbox: Any
) -> None:
    app = import_app(set_up_home(tmp_path / "h", sandbox.url))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_listed(pilot)
        await pilot.press("i")
        await wait_for_question(pilot)
        await pilot.press("y")
        await wait_until(pilot, lambda: app.screen.id == "summary-view")
        await pilot.pause()
        summary = view_text(pilot)
        assert "  Underlag 1013: Artikel 901 (Hyra specialverktyg) finns inte" in summary
        assert "  Underlag 1016: Kundnumret" in summary
        assert indent_in_box(line_with(pilot, "Underlag 1014:")) == 2
        # The rest of 1014's reason goes on under it, indented, not at the left edge.
        assert indent_in_box(line_with(pilot, "Installationspaket kontor).")) == 4
        assert indent_in_box(line_with(pilot, "Nya fakturor: 1001–1020")) == 0  # one range


async def test_history_and_documents_call_a_credit_invoice_kredit(
    tmp_path: Path, sandbox: Any
) -> None:
    app = import_app(set_up_home(tmp_path / "h", sandbox.url))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_listed(pilot)
        table_of(pilot).toggle(CREDIT)
        await pilot.press("i")
        await wait_until(pilot, lambda: app.screen.id == "summary-view")
        await pilot.press("escape", "h")
        await wait_until(pilot, lambda: app.screen.id == "history" and bool(app.screen.entries))
        await pilot.pause()
        assert "kredit 1001" in line_with(pilot, str(CREDIT))
        assert "faktura" not in line_with(pilot, str(CREDIT))
        await pilot.press("r")
        await wait_for_question(pilot)
        question = str(app.screen.query_one(".dialog-text", Static).render())
        assert "redan inläst som kredit 1001" in question
        await pilot.press("n", "escape", "c")
        await wait_until(pilot, lambda: app.screen.id == "documents" and bool(app.screen.documents))
        assert "kredit 1001" in line_with(pilot, "Bergström")


async def test_documents_show_a_discount_as_the_basis_does(tmp_path: Path, sandbox: Any) -> None:
    app = import_app(set_up_home(tmp_path / "h", sandbox.url))
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_listed(pilot)
        await pilot.press("enter")  # 1001: 7,5 hours at 950,00 less 10 %
        await wait_until(pilot, lambda: app.screen.id == "basis-view")
        basis = view_text(pilot)
        await pilot.press("escape")
        table_of(pilot).toggle(1001)
        await pilot.press("i")
        await wait_until(pilot, lambda: app.screen.id == "summary-view")
        await pilot.press("escape", "c")
        detail = lambda: str(app.screen.query_one("#document-detail", Static).render())  # noqa: E731
        await wait_until(pilot, lambda: app.screen.id == "documents" and "totalt" in detail())
        row = "Konsultarbete vecka 45  7,5 tim à 950,00 −10 % = 6\u00a0412,50"
        assert f"  101 {row}\n" in basis
        assert f"{row} (moms 25 %)" in detail()


async def test_help_names_m_and_the_consent_question_does_not_offer_x(
    tmp_path: Path, sandbox: Any
) -> None:
    assert "m " in t("importui.help") and "Grunduppgifter" in t("importui.help")
    assert "m " in t("importui.help", "en") and "master data" in t("importui.help", "en")
    app = import_app(set_up_home(tmp_path / "h", sandbox.url))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_listed(pilot)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape", "i")
        await wait_for_question(pilot)
        assert "x stoppar" not in line(pilot)
        assert line(pilot) == "Väntar på ditt svar: ska nya poster skapas i Administration?"
        await pilot.press("n")
        await wait_until(pilot, lambda: app.screen.id == "summary-view")


async def test_the_listed_scene_waits_for_the_key_bar(tmp_path: Path, sandbox: Any) -> None:
    # The screenshot of the table (10-inlasning-underlag) is drawn right after this screenshot; the
    # key bar follows the bindings one refresh after the bases are listed.
    app = import_app(set_up_home(tmp_path / "h", sandbox.url))
    async with app.run_test(size=(80, 24)) as pilot:
        await listed(pilot)
        keys = str(app.screen.query_one(KeyBar).render())
        assert "Läs in" in keys and "Förhandsvisa" in keys


def test_document_numbers_in_a_row_are_shown_as_a_range() -> None:
    from tidwizard.core.importer.tally import numbers_list

    numbers = [str(n) for n in range(1001, 3001)] + ["3005", "999", "3007", "3006"]
    assert numbers_list(numbers) == "999, 1001–3000, 3005–3007"
    assert numbers_list(["1001", "1003"]) == "1001, 1003"
    assert numbers_list(["1001", "1002"]) == "1001–1002"
    assert numbers_list(["A-1", "1001"]) == "1001, A-1"  # not a number: listed as it is
