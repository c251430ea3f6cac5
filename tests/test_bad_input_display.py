"""Names with Rich/Textual markup and terminal escape sequences: shown literally, running nothing.

The database keeps every character exactly; only what reaches a terminal is made harmless.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from support.bad_input import plant, work_row
from support.wizard import (
    activate,
    demo_home,
    to_activate_step,
    wait_for_step,
    wizard_app,
)
from tidwizard.cli.main import main
from tidwizard.core.admin import AdministrationStore, create_demo_company
from tidwizard.core.admin.companies import company_file_name
from tidwizard.core.i18n import printable, t
from tidwizard.core.paths import Home
from tidwizard.core.secrets import SecretStore
from tidwizard.core.settings import Settings, save_settings

MARKUP = "[bold]Fet[/bold] [@click=app.quit]Klick[/] [link=https://evil.example]länk[/link]"
# Clear screen, OSC 52 (write the clipboard) ended by BEL, a bare BEL and an 8-bit CSI.
ESCAPES = "\x1b[2J\x1b]52;c;ZWNobyBwd25lZA==\x07\x07\x9b31m"
HOSTILE = f"Ond AB {MARKUP}{ESCAPES}"
RAW = ("\x1b", "\x07", "\x9b")
CONSULTING = (work_row("101", "2", "950.00", "1900.00", f"Kommentar {ESCAPES}"),)


@pytest.fixture
def company(sandbox: Any, home_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "0")
    home = Home.resolve(home_dir)
    home.ensure()
    path = home.companies_dir / company_file_name("Demo Konsult AB")
    create_demo_company(path).close()
    settings = Settings(
        tid_url=sandbox.url, client_id="demo", tid_company_id=1, administration_path=path
    )
    save_settings(home, settings)
    SecretStore(home).set("demo", "demo")
    # 1900 creates a customer named HOSTILE; 1901 is refused for its customer number.
    plant(sandbox.state, 1900, CONSULTING, customer_number="4711", customer_name=HOSTILE)
    plant(sandbox.state, 1901, CONSULTING, customer_number=f"12{ESCAPES}", customer_name="X")
    return path


def assert_data_exact(path: Path) -> None:
    with AdministrationStore.open(path) as store:
        customer = store.get_customer(4711)
        assert customer is not None and customer.name == HOSTILE
        (document,) = [d for d in store.invoices() if d.tid_invoice_id == 1900]
        assert document.customer_name == HOSTILE
        assert document.rows[0].text == f"Kommentar {ESCAPES}"


def test_human_import_output_shows_names_literally_and_emits_no_escapes(
    company: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["import", "--yes", "--create-missing", "--id", "1900", "1901"])
    captured = capsys.readouterr()

    assert code == 1  # 1901 refused
    for raw in RAW:
        assert raw not in captured.out and raw not in captured.err
    assert MARKUP in captured.out  # markup printed as the text it is
    assert "\\x1b[2J" in captured.out  # the escape shown, not obeyed
    assert_data_exact(company)


def test_json_import_output_keeps_names_exact_without_raw_escapes(
    company: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["import", "--json", "--yes", "--create-missing", "--id", "1900", "1901"])
    out = capsys.readouterr().out

    assert code == 1
    for raw in ("\x1b", "\x07"):
        assert raw not in out
    report = json.loads(out)
    assert report["created"]["customers"][0]["name"] == HOSTILE  # data exact, JSON-escaped
    assert [r["tidInvoiceId"] for r in report["refused"]] == [1901]
    assert "\x1b" not in report["refused"][0]["reason"]
    assert_data_exact(company)


def test_messages_show_control_characters_literally() -> None:
    message = t("import.refused.customer_number", "en", customer_number=f"12{ESCAPES}\n")
    assert not any(raw in message for raw in (*RAW, "\n"))
    assert "12\\x1b[2J\\x1b]52;c;ZWNobyBwd25lZA==\\x07\\x07\\x9b31m\\x0a" in message


def _screen_text(app: Any) -> str:
    """Every character the compositor would send to the terminal for the whole screen."""
    update = app.screen._compositor.render_update(full=True)
    return "\n".join("".join(seg.text for seg in strip) for strip in update.strips)


async def _company_step_text(tmp_path: Path, sandbox: Any, name: str) -> str:
    """The whole screen at the wizard's company picker, with Tid company 2 named ``name``."""
    with sandbox.state.lock:
        sandbox.state.company(2).company.name = name
    app = wizard_app(demo_home(tmp_path / "demo"), sandbox.url)
    async with app.run_test(size=(120, 30)) as pilot:
        await to_activate_step(pilot)
        await activate(pilot)
        await pilot.press("enter")
        await wait_for_step(pilot, "company")
        await pilot.pause()
        assert app.is_running
        return _screen_text(app)


async def test_the_company_picker_shows_markup_literally(tmp_path: Path, sandbox: Any) -> None:
    shown = await _company_step_text(tmp_path, sandbox, f"Bygg {MARKUP}")
    assert "[bold]Fet[/bold]" in shown and "[@click=app.quit]Klick[/]" in shown


async def test_the_company_picker_sends_no_escape_to_the_terminal(
    tmp_path: Path, sandbox: Any
) -> None:
    shown = await _company_step_text(tmp_path, sandbox, f"Bygg {ESCAPES}")
    assert "Bygg" in shown
    for raw in RAW:
        assert raw not in shown


def test_bidi_overrides_are_written_out_so_text_cannot_be_reordered_on_screen() -> None:
    # "Trojan source": U+202E turns the rest of the line around, so a name from Tid could make
    # an amount or number beside it read differently. Written out, they show and do nothing.
    name = "Kund \u202e00,005 1\u202c AB \u2066x\u2069"
    message = t("import.refused.customer_number", "en", customer_number=name)
    for raw in (
        "\u202a",
        "\u202b",
        "\u202c",
        "\u202d",
        "\u202e",
        "\u2066",
        "\u2067",
        "\u2068",
        "\u2069",
    ):
        assert raw not in printable(raw * 2)
    assert "\u202e" not in message and "\u2066" not in message
    assert "Kund \\u202e00,005 1\\u202c AB \\u2066x\\u2069" in message
    assert printable("Åsa Öberg, 1 250,00 kr") == "Åsa Öberg, 1 250,00 kr"  # letters untouched
