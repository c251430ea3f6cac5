"""The company database file: create, open, migrate, and refuse what it cannot safely open."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from tidwizard.core.admin import (
    AdministrationError,
    AdministrationStore,
    CompanyExists,
    CompanyNotFound,
    Customer,
    NotACompanyDatabase,
    SchemaTooNew,
    edition_has_orders,
    version_supported,
)
from tidwizard.core.admin.schema import SCHEMA_VERSION, connect, migrate
from tidwizard.core.orgnr import OrgNrError


def make(path: Path, **overrides: str) -> AdministrationStore:
    settings = {
        "name": "Testbolaget AB",
        "orgnr": "5566778899",
        "edition": "1000",
        "program_version": "2024.1",
    } | overrides
    return AdministrationStore.create(path, **settings)


def test_create_then_open_gives_back_the_settings(tmp_path: Path) -> None:
    path = tmp_path / "bolaget.sqlite"
    make(path).close()
    with AdministrationStore.open(path) as store:
        info = store.company()
    assert (info.name, info.org_number, info.edition, info.program_version) == (
        "Testbolaget AB",
        "556677-8899",
        "1000",
        "2024.1",
    )
    assert info.has_orders
    assert info.path == path


def test_connection_settings(tmp_path: Path) -> None:
    with make(tmp_path / "b.sqlite") as store, store.transaction() as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_create_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "b.sqlite"
    make(path).close()
    with pytest.raises(CompanyExists, match=r"b\.sqlite"):
        make(path, name="Annat AB")
    with AdministrationStore.open(path) as store:
        assert store.company().name == "Testbolaget AB"


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"orgnr": "556677-8898"}, OrgNrError),
        ({"edition": "3000"}, AdministrationError),
        ({"program_version": "senaste"}, AdministrationError),
        ({"name": "  "}, AdministrationError),
    ],
)
def test_create_validates_before_touching_the_disk(
    tmp_path: Path, overrides: dict[str, str], error: type[Exception]
) -> None:
    path = tmp_path / "b.sqlite"
    with pytest.raises(error):
        make(path, **overrides)
    assert not path.exists()


def test_open_a_missing_file_says_so(tmp_path: Path) -> None:
    missing = tmp_path / "saknas.sqlite"
    with pytest.raises(CompanyNotFound) as caught:
        AdministrationStore.open(missing)
    assert isinstance(caught.value, FileNotFoundError)
    assert "saknas.sqlite" in str(caught.value)
    assert "tidwizard company create" in str(caught.value)
    assert not missing.exists()


@pytest.mark.parametrize("content", [b"", b"not a database at all, just some text\n" * 50])
def test_open_refuses_a_file_that_is_not_a_company(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "other.sqlite"
    path.write_bytes(content)
    with pytest.raises(NotACompanyDatabase, match=r"other\.sqlite"):
        AdministrationStore.open(path)


def test_open_refuses_some_other_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
    conn.close()
    with pytest.raises(NotACompanyDatabase):
        AdministrationStore.open(path)


def test_an_old_version_file_is_migrated_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "gammal.sqlite"
    conn = connect(path, create=True)
    migrate(conn, path, target=1)  # company and registers only: no documents, no journal
    conn.execute("INSERT INTO company VALUES (1, 'Gammal AB', '556677-8899', '2000', '2019.1')")
    conn.execute("INSERT INTO customers (number, name) VALUES (1001, 'Kvar AB')")
    conn.close()

    with AdministrationStore.open(path) as store, store.transaction() as c:
        assert c.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.get_customer(1001) == Customer(1001, "Kvar AB")
        assert store.next_number(c, "invoice") == 1001  # a table from a later migration
        assert c.execute("SELECT count(*) FROM import_journal").fetchone()[0] == 0


def test_a_file_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "ny.sqlite"
    make(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(SchemaTooNew) as caught:
        AdministrationStore.open(path)
    assert str(SCHEMA_VERSION + 1) in str(caught.value)
    assert "Uppdatera tidwizard" in str(caught.value)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    conn.close()


def test_a_failed_transaction_leaves_nothing_behind(tmp_path: Path) -> None:
    with make(tmp_path / "b.sqlite") as store:
        with pytest.raises(RuntimeError), store.transaction() as conn:
            conn.execute("INSERT INTO customers (number, name) VALUES (1, 'Halv AB')")
            raise RuntimeError("crash mid-way")
        assert store.customers() == []


def test_money_is_stored_as_text_and_read_back_exact(tmp_path: Path) -> None:
    from tidwizard.core.admin import Article

    with make(tmp_path / "b.sqlite") as store:
        store.add_article(Article("1", "Skruv", "st", Decimal("0.10"), Decimal(25)))
        with store.transaction() as conn:
            stored = conn.execute("SELECT price, typeof(price) FROM articles").fetchone()
        assert tuple(stored) == ("0.10", "text")
        assert store.get_article("1").price == Decimal("0.10")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("version", "supported"),
    [
        ("2018.7", True),
        ("2018.10", True),
        ("2024.1", True),
        ("2018.6", False),
        ("2017.12", False),
        ("", False),
        ("2018", False),
        ("x.y", False),
    ],
)
def test_version_supported_compares_numerically(version: str, supported: bool) -> None:
    assert version_supported(version) is supported


def test_only_1000_and_2000_have_orders() -> None:
    assert [e for e in ("500", "1000", "2000", "fakturering") if edition_has_orders(e)] == [
        "1000",
        "2000",
    ]


def test_set_org_number_saves_the_formatted_number(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    AdministrationStore.create(
        path, name="Demo", orgnr="556677-8899", edition="2000", program_version="2024.1"
    ).close()
    with AdministrationStore.open(path) as store:
        store.set_org_number("5591234561")
    with AdministrationStore.open(path) as store:
        assert store.company().org_number == "559123-4561"


def test_set_org_number_refuses_an_invalid_number_and_keeps_the_old(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    AdministrationStore.create(
        path, name="Demo", orgnr="556677-8899", edition="2000", program_version="2024.1"
    ).close()
    with AdministrationStore.open(path) as store:
        with pytest.raises(OrgNrError):
            store.set_org_number("556677-8898")
        assert store.company().org_number == "556677-8899"
