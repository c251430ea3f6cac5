"""Columns line up by terminal cells, not characters (issue 13, item 15): a CJK name takes two
cells a character, an emoji two, a letter with a combining accent one. Before, widths came from
``len()`` and every column after such a name was shifted."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidwizard.cli import main as cli_main
from tidwizard.cli.cells import cell_width, clip, pad

NAMES = {
    "5567000004": "Nordvik AB",
    "5567079198": "東京商事株式会社",
    "5567158380": "Cafe\u0301 Ñandu\u0301 AB",  # é and ú written with combining accents
    "5567237572": "Glass 🍦 och 👨‍👩‍👧 AB",
    "5567316764": "長い名前の会社" * 6,  # wider than its column: cut, by cells
}


@pytest.fixture(autouse=True)
def only_the_company_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_main, "COMMAND_MODULES", ("tidwizard.cli.company",))


def test_company_list_lines_up_names_of_every_width(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for number, (orgnr, name) in enumerate(NAMES.items()):
        path = tmp_path / "companies" / f"company-{number}.sqlite"
        create = ["company", "create", "--name", name, "--orgnr", orgnr, "--path", str(path)]
        code = cli_main.main(
            ["--home", str(tmp_path), *create, "--edition", "2000", "--version", "2024.1"]
        )
        assert code == 0, capsys.readouterr()
    capsys.readouterr()
    assert cli_main.main(["--home", str(tmp_path), "company", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    shown = "\n".join(lines)
    starts = set()
    for orgnr in NAMES:
        (row,) = [line for line in lines if f"{orgnr[:6]}-{orgnr[6:]}" in line]
        starts.add(cell_width(row[: row.index(f"{orgnr[:6]}-{orgnr[6:]}")]))
    # The organisationsnummer column starts at the same cell on every row, and under its header.
    assert len(starts) == 1, shown
    header = next(line for line in lines if "Organisationsnr" in line)
    assert cell_width(header[: header.index("Organisationsnr")]) in starts, shown
    assert all(cell_width(line) < 80 for line in lines if "/" not in line), shown
    assert "…" in shown  # the long name was cut to fit


@pytest.mark.parametrize(
    ("text", "width"),
    [("東京商事株式会社", 7), ("Cafe\u0301 Ñandu\u0301", 5), ("👨‍👩‍👧👨‍👩‍👧x", 3)],
)
def test_clip_and_pad_count_cells(text: str, width: int) -> None:
    cut = clip(text, width)
    assert cut.endswith("…") and cell_width(cut) <= width
    assert cell_width(pad(cut, width)) == width
    assert text.startswith(cut[:-1])
    kept = cut[:-1]
    # never a combining accent or half an emoji sequence left without its base
    assert cell_width(text[: len(kept) + 1]) > cell_width(kept) or kept == text
