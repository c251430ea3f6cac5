"""How the Grunduppgifter step looks at 80x24 beyond the screenshot scenes (before, during and
after sending are scenes in `tidwizard.ui.screenshots`, pictured by test_snapshots_wizard)."""

from __future__ import annotations

from tidwizard.ui.master_data import scenes
from tidwizard.ui.screenshots import SIZE, Scene


def test_in_english_after_sending(snap_compare) -> None:
    scene = Scene("en-master-data", "master_data", lang="en", setup=scenes.sent)
    assert snap_compare(scene.app(), terminal_size=SIZE, run_before=scene.run_before)


def test_only_articles_chosen(snap_compare) -> None:
    # Space on result units, customers and projects: those rows are greyed and unmarked.
    scene = Scene("master-data-articles", "master_data", setup=scenes.counted)
    keys = ["space", "down", "space", "down", "down", "space", "up"]
    assert snap_compare(scene.app(), terminal_size=SIZE, press=keys, run_before=scene.run_before)


def test_summary_names_what_was_sent(snap_compare) -> None:
    scene = Scene("summary-sent", "summary", setup=scenes.sent)
    assert snap_compare(scene.app(), terminal_size=SIZE, run_before=scene.run_before)
