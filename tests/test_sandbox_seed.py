"""Sandbox Tid seeds: the demo's bases obey the contract's sums and hold the cases to refuse."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from tidwizard.core import demo_data
from tidwizard.core.money import row_sum
from tidwizard.core.wire import InvoiceBasis
from tidwizard.sandbox.seed import build_companies
from tidwizard.sandbox.server import SandboxConfig, start_sandbox
from tidwizard.sandbox.state import SandboxState


def all_bases(seed: str | int) -> dict[int, list[InvoiceBasis]]:
    state = SandboxState()
    state.load(seed, build_companies(seed))
    return {cid: state.bases(cid, with_rows=True) for cid in state.companies}


def rows_total(basis: InvoiceBasis) -> Decimal:
    assert basis.rows is not None
    return sum((r.sum for r in basis.rows if not r.is_header and not r.is_sum_row), Decimal(0))


@pytest.fixture(scope="module")
def demo() -> dict[int, list[InvoiceBasis]]:
    return all_bases("demo")


def test_row_sums_follow_the_contract(demo: dict[int, list[InvoiceBasis]]) -> None:
    for basis in demo[1] + demo[2]:
        assert basis.rows and 1 <= len(basis.rows) <= 30
        for row in basis.rows:
            if not row.is_header and not row.is_sum_row:
                assert row.sum == row_sum(row.value, row.rate, row.discount), (basis.id, row.id)
            if row.is_header:
                assert row.article_number is None


def test_basis_sums_match_rows_except_the_one_off_by_ore(
    demo: dict[int, list[InvoiceBasis]],
) -> None:
    differing = {b.id: b.sum - rows_total(b) for b in demo[1] + demo[2] if b.sum != rows_total(b)}
    assert list(differing) == [1015]
    assert Decimal("0") < abs(differing[1015]) < Decimal("1")


def test_demo_has_pending_and_transferred_bases(demo: dict[int, list[InvoiceBasis]]) -> None:
    pending = [b for b in demo[1] if b.sent_to_economy_system is None]
    sent = [b for b in demo[1] if b.sent_to_economy_system is not None]
    assert len(pending) == 24 and [b.id for b in pending] == list(range(1001, 1025))
    assert len(sent) == 5 and all(b.economy_system_invoice_number for b in sent)
    assert demo[2] and all(b.id > 2000 for b in demo[2])
    for basis in demo[1] + demo[2]:
        assert dt.date(2026, 10, 1) <= basis.invoice_date <= dt.date(2026, 11, 30)
        assert basis.from_date and basis.to_date and basis.from_date <= basis.to_date
        assert basis.our_reference


def test_demo_holds_the_cases_the_import_must_refuse(demo: dict[int, list[InvoiceBasis]]) -> None:
    bases = demo[1]
    articles = {b.id: {r.article_number for r in b.rows or []} for b in bases}
    assert any("901" in numbers for numbers in articles.values())
    assert any("401" in numbers for numbers in articles.values())
    assert any(not b.customer.customer_number.isdigit() for b in bases)
    credit = [b for b in bases if b.sum < 0]
    assert len(credit) == 1 and all(r.value <= 0 for r in credit[0].rows or [] if r.article_number)


def test_demo_has_headers_sum_rows_text_rows_and_discounts(
    demo: dict[int, list[InvoiceBasis]],
) -> None:
    rows = [r for b in demo[1] for r in b.rows or []]
    assert any(r.is_header for r in rows) and any(r.is_sum_row for r in rows)
    assert any(r.article_number is None and not r.is_header and not r.is_sum_row for r in rows)
    assert any(r.discount > 0 for r in rows)
    assert {1, 30} <= {len(b.rows or []) for b in demo[1]}


def test_demo_has_bases_needing_new_records(demo: dict[int, list[InvoiceBasis]]) -> None:
    bases = demo[1]
    assert any(b.customer.customer_number == "1050" for b in bases)
    assert any(b.project and b.project.order_number == "P-310" for b in bases)
    assert any(b.cost_center and b.cost_center.code == "50" for b in bases)


def test_seed_n_has_exactly_n_importable_bases() -> None:
    bases = all_bases(60)
    assert len(bases[1]) == 60 and not bases[2]
    customers, articles, projects = demo_data.importable_without_questions()
    allowed_articles = {a.number for a in articles}
    units = {r.code for r in demo_data.administration_result_units()}
    for basis in bases[1]:
        assert basis.sent_to_economy_system is None
        assert basis.customer.customer_number in {c.number for c in customers}
        assert basis.project is None or basis.project.order_number in {p.code for p in projects}
        assert basis.cost_center is None or basis.cost_center.code in units
        assert basis.rows and 1 <= len(basis.rows) <= 20
        assert {r.article_number for r in basis.rows} <= allowed_articles
        assert basis.sum == rows_total(basis)
    assert all_bases(60)[1] == bases[1]  # deterministic


def test_seed_20000_is_complete() -> None:
    companies = build_companies(20000)
    assert len(companies[1].bases) == 20000
    assert max(companies[1].bases) == 1001 + 19999


def test_seed_n_over_http_counts(tmp_path: Path) -> None:
    with start_sandbox(SandboxConfig(seed=250, rate=0)) as running:
        token = httpx.post(f"{running.url}/v1/Auth/Token", auth=("demo", "demo")).json()
        listing = httpx.get(
            f"{running.url}/v1/core/invoices",
            params={"filter.sentToEconomySystem": "false", "pageSize": 100},
            headers={"Authorization": f"Bearer {token['accessToken']}"},
        ).json()
    assert (listing["totalItemCount"], listing["totalPages"]) == (250, 3)


def test_state_file_keeps_transfers_and_new_master_data(tmp_path: Path) -> None:
    state_file = tmp_path / "sandbox.json"
    config = SandboxConfig(rate=0, state_file=state_file)
    with start_sandbox(config) as running:
        token = httpx.post(f"{running.url}/v1/Auth/Token", auth=("demo", "demo")).json()
        headers = {"Authorization": f"Bearer {token['accessToken']}"}
        httpx.patch(
            f"{running.url}/v1/core/invoices/1001/setsenttoeconomysystem",
            headers=headers,
            params={"date": "2026-12-01", "economySystemInvoiceNumber": "1043"},
        )
        httpx.post(
            f"{running.url}/v1/Core/CostCenters",
            headers=headers,
            json={"code": "70", "name": "Service"},
        )
    assert state_file.exists()
    with start_sandbox(config) as again:
        basis = again.state.basis(1, 1001)
        assert basis.economy_system_invoice_number == "1043"
        with again.state.lock:
            restored = again.state.company(1).cost_centers
            assert restored.by_key("70") is not None
            created = restored.add(restored.by_key("70").model_copy(update={"code": "71"}))
        assert created.id == len(restored)  # ids continue after the restored ones
