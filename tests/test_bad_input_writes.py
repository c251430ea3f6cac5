"""A value Administration's database refuses at the write (a text it cannot encode, a CHECK the
rules did not foresee): that basis fails alone with the reason, nothing of it is written, and the
bases before and after it in the same round are written, marked and reported."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from support.bad_input import GOOD, assert_nothing_half_written, client, pending_ids
from tidwizard.core.admin import AdministrationStore, create_demo_company, documents
from tidwizard.core.importer import BasisImported, ImportEngine

BAD = 1003


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AdministrationStore]:
    with create_demo_company(tmp_path / "demo.sqlite") as company:
        yield company


@pytest.mark.parametrize(
    "error",
    [
        UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed"),
        sqlite3.IntegrityError("CHECK constraint failed: trim(code) <> ''"),
        OverflowError("Python int too large to convert to SQLite INTEGER"),
    ],
    ids=["encoding", "check", "overflow"],
)
async def test_a_write_the_database_refuses_fails_that_basis_alone(
    sandbox: Any, store: AdministrationStore, monkeypatch: pytest.MonkeyPatch, error: Exception
) -> None:
    insert = documents.insert_document

    def refusing(conn: sqlite3.Connection, document: Any) -> int:
        if document.tid_invoice_id == BAD:
            raise error
        return insert(conn, document)

    monkeypatch.setattr(documents, "insert_document", refusing)
    events: list[Any] = []
    async with client(sandbox.url) as tid:
        report = await ImportEngine(tid, store).run([GOOD[0], BAD, GOOD[1]], on_event=events.append)

    assert sorted(e.tid_invoice_id for e in report.imported) == sorted(GOOD)
    assert [f.tid_invoice_id for f in report.failed] == [BAD]
    assert "Administration" in report.failed[0].error, report.failed[0].error
    assert sorted(e.tid_invoice_id for e in events if isinstance(e, BasisImported)) == sorted(GOOD)
    assert BAD in pending_ids(sandbox.state)
    assert_nothing_half_written(store, set(GOOD))
