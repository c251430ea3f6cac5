"""Control characters in names reach no terminal through the command line.

Human output writes them out (``\\x1b``); JSON escapes DEL and the C1 controls as ``\\u00XX``
like the C0 ones, keeps å/ä/ö readable, and still gives back the exact data.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from tidwizard.cli.common import print_json
from tidwizard.cli.main import main
from tidwizard.core.admin import AdministrationStore
from tidwizard.core.admin.models import Customer
from tidwizard.core.paths import Home
from tidwizard.core.settings import Settings, save_settings

# Clear screen, OSC 52 ended by BEL, an 8-bit CSI, DEL and NEL (U+0085, a C1 line break).
ESCAPES = "\x1b[2J\x1b]52;c;ZWNobyBwd25lZA==\x07\x85\x9b31m\x7f"
RAW = ("\x1b", "\x07", "\x9b", "\x7f", "\x85")
NAME = f"Ond AB {ESCAPES}"


def assert_harmless(text: str, expected: str = "\\x1b[2J") -> None:
    for raw in RAW:
        assert raw not in text, f"{raw!r} reaches the terminal"
    assert expected in text


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_json_escapes_del_and_c1_and_keeps_the_data_exact(
    capsys: pytest.CaptureFixture[str],
) -> None:
    document = {"name": f"Åsa Öberg {ESCAPES}", "tab": "a\tb", "nbsp": "1\u00a0250,00"}
    print_json(document)
    out = capsys.readouterr().out
    for raw in RAW:
        assert raw not in out
    assert "Åsa Öberg" in out and "1\u00a0250,00" in out  # readable, not \u00c5
    assert "\\u007f" in out and "\\u0085" in out and "\\u009b" in out and "\\u001b" in out
    assert json.loads(out) == document


@pytest.fixture
def company(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    home = tmp_path / "home"
    create = (
        "company",
        "create",
        "--name",
        NAME,
        "--orgnr",
        "556677-8899",
        "--edition",
        "2000",
        "--version",
        "2024.1",
        "--json",
    )
    code, _ = run(capsys, "--home", str(home), *create)
    assert code == 0
    (path,) = Home.resolve(home).companies_dir.glob("*.sqlite")
    with AdministrationStore.open(path) as store:
        store.add_customer(Customer(number=4711, name=NAME, org_number=None))
    return home


def test_company_show_list_and_registers_write_names_out(
    company: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv, expected in (
        (("company", "show"), "\\x1b[2J"),
        (("company", "list"), "Ond AB …"),  # the name column gives way at 80 columns
        (("company", "registers"), "\\x1b[2J"),
    ):
        code, out = run(capsys, "--home", str(company), *argv)
        assert code == 0, out
        assert_harmless(out, expected)
    code, out = run(capsys, "--home", str(company), "company", "show", "--json")
    assert code == 0
    for raw in RAW:
        assert raw not in out
    assert json.loads(out)["company"]["name"] == NAME


def test_status_writes_names_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    home = Home.resolve(tmp_path / "home")
    home.ensure()
    settings = Settings(
        client_id=f"id{ESCAPES}",
        tid_company_id=1,
        tid_company_name=NAME,
        tid_org_number="556677-8899",
    )
    save_settings(home, settings)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    _, out = run(capsys, "--home", str(home.config_dir), "status")
    assert_harmless(out)
    assert "id\\x1b[2J" in out


def test_json_escapes_bidi_overrides_too(capsys: pytest.CaptureFixture[str]) -> None:
    document = {"name": "Kund \u202e00,005 1\u202c AB \u2066x\u2069"}
    print_json(document)
    out = capsys.readouterr().out
    assert not any(chr(c) in out for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
    assert "\\u202e" in out and json.loads(out) == document


def test_a_long_json_report_is_written_as_it_is_encoded(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # `import --json` of 20,000 bases: the document's text and its escaped copy were two more
    # full copies in memory at the end of the run (18 MiB, the largest part of its peak).
    writes: list[int] = []
    real_write = sys.stdout.write

    def counted(text: str) -> int:
        writes.append(len(text))
        return real_write(text)

    document = {"imported": [{"tidInvoiceId": i, "name": f"Kund {i}\x85"} for i in range(5000)]}
    monkeypatch.setattr(sys.stdout, "write", counted)
    print_json(document)
    monkeypatch.undo()
    out = capsys.readouterr().out
    assert json.loads(out) == document and "\\u0085" in out
    assert max(writes) < 1000  # piece by piece, never the whole text at once
