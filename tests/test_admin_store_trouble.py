"""A company file another program holds locked, on a full disk, or that may not be written: a
typed error that says what it is and what to do, and nothing half-written (issue 12, items 7,
12 and 13)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from support.company_file import locked_by_another_program, short_busy_timeout
from tidwizard.core.admin import AdministrationStore, Customer, create_demo_company
from tidwizard.core.admin.errors import (
    CompanyLocked,
    DiskFull,
    NotACompanyDatabase,
    StorageError,
)

__all__ = ["short_busy_timeout"]

pytestmark = pytest.mark.usefixtures("short_busy_timeout")


@pytest.fixture
def company(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    create_demo_company(path).close()
    return path


def test_a_file_locked_against_readers_is_locked_not_not_a_company(company: Path) -> None:
    started = time.monotonic()
    with locked_by_another_program(company, what="everything"), pytest.raises(CompanyLocked) as e:
        AdministrationStore.open(company)
    assert time.monotonic() - started < 5
    error = e.value
    assert not isinstance(error, NotACompanyDatabase) and error.temporary
    assert str(company) in str(error) and "försök igen" in str(error)


def test_a_writer_holding_the_file_lets_it_be_read_and_refuses_a_write_cleanly(
    company: Path,
) -> None:
    with AdministrationStore.open(company) as store:
        customers = len(store.customers())
        with locked_by_another_program(company):
            assert store.company().name == "Demo Konsult AB"  # reading goes on
            with pytest.raises(CompanyLocked):
                store.add_customer(Customer(9001, "Låst AB"))
        assert len(store.customers()) == customers
        store.add_customer(Customer(9001, "Låst AB"))  # once the lock is gone


def test_opening_while_another_program_writes_waits_for_nothing(company: Path) -> None:
    """Opening an up-to-date file takes no write lock: `company show` and `status` read a file
    Administration is writing to."""
    with locked_by_another_program(company), AdministrationStore.open(company) as store:
        assert store.company().org_number == "556677-8899"


def _fill_the_disk(store: AdministrationStore) -> None:
    with store.transaction() as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_mid_transaction_leaves_nothing_half_written(company: Path) -> None:
    with AdministrationStore.open(company) as store:
        before = len(store.customers())
        _fill_the_disk(store)
        with pytest.raises(DiskFull) as caught, store.transaction() as conn:
            for number in range(9000, 9400):
                conn.execute(
                    "INSERT INTO customers (number, name, address) VALUES (?, ?, ?)",
                    (number, f"Kund {number}", "x" * 500),
                )
        assert not caught.value.temporary and str(company) in str(caught.value)
        assert len(store.customers()) == before


def test_a_full_disk_inside_a_savepoint_is_still_a_full_disk(company: Path) -> None:
    """SQLite rolls the whole transaction back on a full disk, so the savepoint is gone and
    rolling back to it fails too: the error the caller gets is the disk, not the savepoint."""
    with AdministrationStore.open(company) as store:
        _fill_the_disk(store)
        with pytest.raises(DiskFull), store.transaction() as conn:
            conn.execute("SAVEPOINT basis")
            try:
                for number in range(9000, 9400):
                    conn.execute(
                        "INSERT INTO customers (number, name, address) VALUES (?, ?, ?)",
                        (number, f"Kund {number}", "x" * 500),
                    )
            except Exception:
                conn.execute("ROLLBACK TO basis")
                raise
            finally:
                conn.execute("RELEASE basis")


def test_the_typed_errors_are_administration_errors_with_their_own_code(company: Path) -> None:
    error = DiskFull(company)
    assert isinstance(error, StorageError) and error.code == "disk_full"
    assert "Free" not in str(error)  # Swedish here
    assert not isinstance(error, sqlite3.Error)
