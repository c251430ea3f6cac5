"""Registers: adding, finding, flagging for Tid, and exact stock movements."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from tidwizard.core.admin import (
    AdministrationError,
    AdministrationStore,
    Article,
    Customer,
    DuplicateRecord,
    Project,
    ResultUnit,
    UnknownRecord,
)
from tidwizard.core.admin.registers import move_stock


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AdministrationStore]:
    with AdministrationStore.create(
        tmp_path / "b.sqlite",
        name="Test AB",
        orgnr="556677-8899",
        edition="2000",
        program_version="2024.1",
    ) as opened:
        yield opened


def test_registers_round_trip(store: AdministrationStore) -> None:
    customer = Customer(1001, "Kund AB", "556016-0680", "a@b.example", "Gatan 1", send_to_tid=True)
    unit = ResultUnit("20", "Konsult")
    article = Article("101", "Konsulttimme", "tim", Decimal("950.00"), Decimal(25))
    project = Project("P-1", "Webb", 1001, "20", dt.date(2026, 12, 31), send_to_tid=True)
    store.add_customer(customer)
    store.add_result_unit(unit)
    store.add_article(article)
    store.add_project(project)
    assert store.customers() == [customer]
    assert store.result_units() == [unit]
    assert store.articles() == [article]
    assert store.projects() == [project]
    assert store.get_project("P-1") == project
    assert store.get_customer(9999) is None
    assert store.get_article("nope") is None
    assert store.get_result_unit("99") is None


def test_articles_sort_numerically(store: AdministrationStore) -> None:
    for number in ("20", "100", "3", "ABC"):
        store.add_article(Article(number, number, "st", Decimal(1), Decimal(25)))
    assert [a.number for a in store.articles()] == ["3", "20", "100", "ABC"]


@pytest.mark.parametrize("register", ["customer", "article", "project", "result_unit"])
def test_a_taken_key_is_refused_by_name(store: AdministrationStore, register: str) -> None:
    store.add_customer(Customer(1, "A"))
    store.add_result_unit(ResultUnit("10", "Ledning"))
    store.add_article(Article("101", "Timme", "tim", Decimal(1), Decimal(25)))
    store.add_project(Project("P-1", "Projekt", 1))
    again = {
        "customer": lambda: store.add_customer(Customer(1, "B")),
        "article": lambda: store.add_article(Article("101", "X", "st", Decimal(1), Decimal(6))),
        "project": lambda: store.add_project(Project("P-1", "X", 1)),
        "result_unit": lambda: store.add_result_unit(ResultUnit("10", "X")),
    }[register]
    with pytest.raises(DuplicateRecord) as caught:
        again()
    assert caught.value.code == f"duplicate_{register}"


def test_a_project_needs_its_customer_and_result_unit(store: AdministrationStore) -> None:
    with pytest.raises(UnknownRecord, match="1050"):
        store.add_project(Project("P-9", "X", 1050))
    store.add_customer(Customer(1050, "Ny AB"))
    with pytest.raises(UnknownRecord, match="50"):
        store.add_project(Project("P-9", "X", 1050, "50"))
    assert store.projects() == []


def test_only_swedish_vat_rates(store: AdministrationStore) -> None:
    with pytest.raises(AdministrationError, match="0, 6, 12"):
        store.add_article(Article("1", "X", "st", Decimal(1), Decimal(24)))


def test_set_send_to_tid(store: AdministrationStore) -> None:
    store.add_customer(Customer(7, "Sju AB"))
    store.add_article(Article("A-1", "X", "st", Decimal(1), Decimal(25), send_to_tid=True))
    store.set_send_to_tid("customers", "7", True)
    store.set_send_to_tid("articles", "A-1", False)
    assert store.get_customer(7).send_to_tid  # type: ignore[union-attr]
    assert not store.get_article("A-1").send_to_tid  # type: ignore[union-attr]
    with pytest.raises(UnknownRecord):
        store.set_send_to_tid("customers", "8", True)
    with pytest.raises(AdministrationError, match="result_units"):
        store.set_send_to_tid("kunder", "7", True)


def test_a_document_moves_all_its_articles_at_once_or_none(store: AdministrationStore) -> None:
    store.add_article(
        Article("303", "Kabel", "st", Decimal(1), Decimal(25), Decimal(10), stock_item=True)
    )
    store.add_article(Article("102", "Timme", "tim", Decimal(950), Decimal(25)))
    with store.transaction() as conn:
        kept = move_stock(conn, "stock", {"303": Decimal("-1.25"), "102": Decimal(-3)})
        assert kept == {"303"}
        with pytest.raises(UnknownRecord):
            move_stock(conn, "stock", {"303": Decimal(-1), "998": Decimal(1)})
        assert move_stock(conn, "reserved", {}) == set()
    assert store.get_article("303").stock == Decimal("8.75")  # type: ignore[union-attr]
