"""Every command on a company file that another program holds locked, on a full disk, or that
this user may not write or read: a message that says what it is and what to do (exit 75 for a
lock: try later), one JSON document with --json, no traceback, nothing half-written in
Administration and nothing marked in Tid that Administration does not have (issue 12, items 7
and 13)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from support.cli import set_up_home
from support.company_file import (
    hand_over,
    locked_by_another_program,
    run_tidwizard,
    shared_folder,
    short_busy_timeout,
    without_root,
)
from tidwizard.cli.main import main
from tidwizard.core.admin import AdministrationStore
from tidwizard.core.admin import store as store_module

__all__ = ["short_busy_timeout"]

EXIT_TEMPORARY = 75
LOCKED_SV = "är låst"


@pytest.fixture
def company(sandbox: Any, home_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "0")
    return set_up_home(home_dir, sandbox.url)


def waiting_in_tid(sandbox: Any) -> dict[int, str | None]:
    return {b.id: b.economy_system_invoice_number for b in sandbox.state.bases(1)}


def newly_marked(before: dict[int, str | None], sandbox: Any) -> dict[int, str | None]:
    return {i: n for i, n in waiting_in_tid(sandbox).items() if n != before[i]}


def documents(path: Path) -> dict[int, int]:
    with AdministrationStore.open(path) as store:
        assert not store.pending_journal_entries()
        found = {d.tid_invoice_id: d.number for d in store.invoices()}
        for tid_id, number in found.items():
            entry = store.journal_entry(tid_id)
            assert entry is not None and entry.document_number == number
    return found


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def one_json_error(out: str) -> str:
    document = json.loads(out)  # one document, nothing else on stdout
    assert set(document) == {"error"}
    message: str = document["error"]
    return message


COMMANDS: list[tuple[str, ...]] = [
    ("import", "--yes", "--json"),
    ("import", "--yes"),
    ("export", "--json"),
    ("export",),
    ("company", "show", "--json"),
    ("company", "show"),
    ("status", "--json"),
    ("status",),
]


@pytest.mark.usefixtures("short_busy_timeout")
@pytest.mark.parametrize("argv", COMMANDS, ids=" ".join)
def test_a_file_locked_against_readers_says_try_later_with_75(
    argv: tuple[str, ...], company: Path, sandbox: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    before = waiting_in_tid(sandbox)
    with locked_by_another_program(company, what="everything"):
        code, out, err = run(capsys, *argv)
    assert code == EXIT_TEMPORARY
    if argv[0] == "status":
        text = out if "--json" not in argv else " ".join(json.loads(out)["problems"])
    else:
        text = one_json_error(out) if "--json" in argv else err
        assert "--json" in argv or out == ""
    assert LOCKED_SV in text and str(company) in text and "försök igen" in text
    assert waiting_in_tid(sandbox) == before
    assert documents(company) == {}


@pytest.mark.usefixtures("short_busy_timeout")
@pytest.mark.parametrize("as_json", [True, False], ids=["json", "text"])
def test_an_import_while_another_program_writes_stops_cleanly_with_75(
    as_json: bool, company: Path, sandbox: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """The file opens and reads (WAL), the first write waits out the busy timeout: the run ends
    with the message, no basis marked in Tid, no document half made."""
    before = waiting_in_tid(sandbox)
    with locked_by_another_program(company):
        code, out, err = run(capsys, "import", "--yes", *(["--json"] if as_json else []))
    assert code == EXIT_TEMPORARY
    message = one_json_error(out) if as_json else err
    assert LOCKED_SV in message
    assert waiting_in_tid(sandbox) == before and documents(company) == {}
    # Once the other program lets go, the import reads everything in, each basis once.
    assert main(["import", "--yes", "--json"]) == 1
    imported = json.loads(capsys.readouterr().out)["imported"]
    assert documents(company) == {i["tidInvoiceId"]: int(i["number"]) for i in imported}


def test_check_does_not_need_the_company_file(
    company: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with locked_by_another_program(company, what="everything"):
        code, out, _ = run(capsys, "check")
    assert code == 10 and "väntar" in out


def _disk_full_after_opening(monkeypatch: pytest.MonkeyPatch) -> Callable[..., sqlite3.Connection]:
    """Every company file opened from now on is on a disk with no page left to grow."""
    real: Callable[..., sqlite3.Connection] = store_module.connect

    def on_a_full_disk(path: Path, **options: Any) -> sqlite3.Connection:
        conn = real(path, **options)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr(store_module, "connect", on_a_full_disk)
    return real


@pytest.mark.parametrize("as_json", [True, False], ids=["json", "text"])
def test_a_full_disk_mid_import_says_so_and_leaves_everything_consistent(
    as_json: bool,
    company: Path,
    sandbox: Any,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = waiting_in_tid(sandbox)
    real_connect = _disk_full_after_opening(monkeypatch)
    code, out, err = run(capsys, "import", "--yes", *(["--json"] if as_json else []))
    assert code == 2
    message = one_json_error(out) if as_json else err
    assert "Disken" in message and "full" in message and str(company) in message
    # What is in Administration is marked in Tid with its number, and nothing else is marked.
    written = documents(company)
    assert newly_marked(before, sandbox) == {i: str(n) for i, n in written.items()}
    # With room on the disk again, the rest comes in, each basis once.
    monkeypatch.setattr(store_module, "connect", real_connect)
    assert main(["import", "--yes", "--json"]) == 1
    capsys.readouterr()
    final = documents(company)
    assert final.items() > written.items()
    assert newly_marked(before, sandbox) == {i: str(n) for i, n in final.items()}


# A read-only home, folder or file, or one this user may not open (item 13) -----------------


def _home_as_nobody(folder: Path, url: str) -> tuple[Path, Path]:
    home = folder / "home"
    company = set_up_home(home, url)
    hand_over(folder)
    return home, company


@pytest.mark.parametrize(
    ("what", "words"),
    [
        ("folder", ["skrivskyddad", "companies", "skrivrätt"]),
        ("home", ["skrivskyddad", "skrivrätt"]),
        ("unreadable", ["behörighet", "läs- och skrivrätt"]),
    ],
)
def test_a_company_file_this_user_may_not_use_is_not_called_not_a_company(
    what: str, words: list[str], sandbox: Any
) -> None:
    prefix = without_root()
    with shared_folder() as folder:
        home, company = _home_as_nobody(folder, sandbox.url)
        if what == "folder":
            company.parent.chmod(0o555)
        elif what == "home":
            for place in (company, company.parent, home):
                place.chmod(0o555 if place.is_dir() else 0o444)
        else:
            company.chmod(0o000)
        for json_flag in (["--json"], []):
            done = run_tidwizard(prefix, "--home", str(home), "company", "show", *json_flag)
            assert done.returncode == 2, done
            assert "Traceback" not in done.stderr
            message = one_json_error(done.stdout) if json_flag else done.stderr
            assert "ingen företagsdatabas" not in message
            assert str(company) in message and "inte skadad" in message
            for word in words:
                assert word in message, message


def test_a_read_only_company_file_is_shown_but_not_imported_into(sandbox: Any) -> None:
    prefix = without_root()
    before = waiting_in_tid(sandbox)
    with shared_folder() as folder:
        home, company = _home_as_nobody(folder, sandbox.url)
        company.chmod(0o444)
        shown = run_tidwizard(prefix, "--home", str(home), "company", "show", "--json")
        assert shown.returncode == 0 and json.loads(shown.stdout)["company"]
        for json_flag in (["--json"], []):
            done = run_tidwizard(prefix, "--home", str(home), "import", "--yes", *json_flag)
            assert done.returncode == 2 and "Traceback" not in done.stderr, done
            message = one_json_error(done.stdout) if json_flag else done.stderr
            assert "filen är skrivskyddad" in message and "ingen företagsdatabas" not in message
        company.chmod(0o644)
        assert documents(company) == {}
    assert waiting_in_tid(sandbox) == before


def test_a_companies_folder_this_user_may_not_list_is_said_plainly(sandbox: Any) -> None:
    prefix = without_root()
    with shared_folder() as folder:
        home, company = _home_as_nobody(folder, sandbox.url)
        company.parent.chmod(0o000)
        for argv in (("company", "show", "--json"), ("company", "list", "--json")):
            done = run_tidwizard(prefix, "--home", str(home), *argv)
            assert done.returncode == 2 and "Traceback" not in done.stderr, done
            message = one_json_error(done.stdout)
            assert str(company.parent) in message and "behörighet" in message
