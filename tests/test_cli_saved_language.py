"""The language saved with `setup --lang` is the language of every command that reads the
settings, unless --lang says otherwise (issue 12, item 19)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from support.cli import set_up_home
from tidwizard.cli.main import main
from tidwizard.core.paths import Home
from tidwizard.core.settings import load_settings, save_settings


@pytest.fixture
def english_home(sandbox: object, home_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "0")
    path = set_up_home(home_dir, sandbox.url)  # type: ignore[attr-defined]
    home = Home.resolve(home_dir)
    save_settings(home, replace(load_settings(home), language="en"))
    return path


def test_import_speaks_the_saved_language(
    english_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", "--dry-run", "--id", "1006"]) == 0
    assert "1 would be read in, 0 would be refused" in capsys.readouterr().out  # a dry run


def test_lang_on_the_command_line_wins_over_the_saved_one(
    english_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", "--lang", "sv", "--dry-run", "--id", "1006"]) == 0
    out = capsys.readouterr().out
    assert "would be" not in out and "0 skulle nekas" in out


def test_an_import_that_needs_yes_says_so_in_the_saved_language(
    english_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import"]) == 2
    err = capsys.readouterr().err
    assert "does not ask without a screen" in err
