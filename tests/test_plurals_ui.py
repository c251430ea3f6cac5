"""Singular and plural in the wizard and the master-data texts: never "every 1 minutes", "1 nya"
or "1 differ"."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from support.wizard_screenshots import SIZE, Screenshot
from tidwizard.core.i18n import t


def _every(minutes: int):
    def setup(state) -> None:
        state.reminder = True
        state.reminder_minutes = minutes

    return setup


@pytest.mark.parametrize(
    ("lang", "minutes", "expected"),
    [
        ("sv", 1, "på, med 1 minuts mellanrum"),
        ("en", 1, "on, every 1 minute"),
        ("sv", 15, "på, med 15 minuters mellanrum"),
        ("en", 15, "on, every 15 minutes"),
        ("sv", 2, "på, med 2 minuters mellanrum"),  # never "var 2:e minut" (2:a)
    ],
)
async def test_the_summary_says_how_often_in_the_right_number(lang, minutes, expected) -> None:
    app = Screenshot("summary", "summary", lang=lang, setup=_every(minutes)).app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        lines = app.screen.query_one(OptionList)
        prompts = [str(lines.get_option_at_index(i).prompt) for i in range(lines.option_count)]
        (reminder,) = [p for p in prompts if p.startswith(t("wizard.summary.reminder"))]
        assert reminder.endswith(expected)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_export_lines_read_with_a_count_of_one(lang) -> None:
    plan = t(
        "export.plan.line", lang, register="R", new=1, changed=1, unchanged=1, differs=1, refused=1
    )
    report = t(
        "export.report.line",
        lang,
        register="R",
        created=1,
        updated=1,
        unchanged=1,
        differs=1,
        refused=1,
        failed=1,
    )
    for wrong in ("1 nya", "1 ändrade", "1 oförändrade", "1 skapade", "1 uppdaterade", "1 differ"):
        assert wrong not in plan and wrong not in report


@pytest.mark.parametrize("minutes", [1, 2, 21, 15])
def test_status_and_setup_say_the_reminder_as_the_summary_does(minutes: int) -> None:
    """One text for one thing: the summary, `status` and `setup --yes` (item 12)."""
    import inspect

    from tidwizard.cli import setup, status
    from tidwizard.core.i18n import tn
    from tidwizard.core.settings import reminder_text

    for lang in ("sv", "en"):
        assert reminder_text(minutes, lang) == tn("settings.reminder_every", minutes, lang)
    for module in (setup, status):
        assert "reminder_text(" in inspect.getsource(module), module.__name__
