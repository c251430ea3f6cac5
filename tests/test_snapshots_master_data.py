"""How the Grunduppgifter step looks at 80x24 beyond the screenshots (before, during and after
sending are screenshots in `support.wizard_screenshots`, pictured by test_snapshots_wizard)."""

from __future__ import annotations

from support import master_data_screenshots
from support.wizard_screenshots import SIZE, Screenshot


def test_in_english_after_sending(snap_compare) -> None:
    screenshot = Screenshot(
        "en-master-data", "master_data", lang="en", setup=master_data_screenshots.sent
    )
    assert snap_compare(screenshot.app(), terminal_size=SIZE, run_before=screenshot.run_before)


def test_only_articles_chosen(snap_compare) -> None:
    # Space on result units, customers and projects: those rows are greyed and unmarked.
    screenshot = Screenshot(
        "master-data-articles", "master_data", setup=master_data_screenshots.counted
    )
    keys = ["space", "down", "space", "down", "down", "space", "up"]
    assert snap_compare(
        screenshot.app(), terminal_size=SIZE, press=keys, run_before=screenshot.run_before
    )


def test_summary_names_what_was_sent(snap_compare) -> None:
    screenshot = Screenshot("summary-sent", "summary", setup=master_data_screenshots.sent)
    assert snap_compare(screenshot.app(), terminal_size=SIZE, run_before=screenshot.run_before)
