"""The pure import rules: one test per refusal, per row kind, credit, VAT and öresavrundning."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tidwizard.core.importer.draft import DocumentDraft, DocumentKind, RowKind
from tidwizard.core.importer.refusal import Refusal, RefusalReason
from tidwizard.core.importer.registers import ArticleFacts, Registers
from tidwizard.core.importer.rules import _row_text, build_document
from tidwizard.core.money import row_sum
from tidwizard.core.wire import CostCenterRef, CustomerRef, InvoiceBasis, InvoiceRow, ProjectRef

D = Decimal


def registers() -> Registers:
    return Registers(
        articles={
            "101": ArticleFacts("101", "Konsulttimme", "tim", D(25)),
            "201": ArticleFacts("201", "Resekostnad", "st", D(6)),
            "203": ArticleFacts("203", "Traktamente", "st", D(12)),
            "401": ArticleFacts("401", "Installationspaket", "st", D(25), is_package=True),
        },
        customers={"1001"},
        projects={"P-201"},
        result_units={"20"},
    )


def work(
    row_id: int, article: str | None, value: str, rate: str, discount: str = "0"
) -> InvoiceRow:
    amount = row_sum(D(value), D(rate), D(discount))
    return InvoiceRow(
        id=row_id,
        article_number=article,
        article="Arbete",
        value=D(value),
        rate=D(rate),
        discount=D(discount),
        sum=amount,
        sort_order=row_id,
    )


def basis(
    rows: list[InvoiceRow],
    *,
    customer: str = "1001",
    adjust: str = "0",
    project: str | None = "P-201",
    unit: str | None = "20",
) -> InvoiceBasis:
    total = sum((r.sum for r in rows if not r.is_header and not r.is_sum_row), D(0)) + D(adjust)
    return InvoiceBasis(
        id=5001,
        invoice_date=dt.date(2026, 11, 30),
        sum=total,
        customer=CustomerRef(id=1, name="Nordvik Fastigheter AB", customer_number=customer),
        project=ProjectRef(id=3, order_number=project, title="Webbplats") if project else None,
        cost_center=CostCenterRef(code=unit, name="Konsult") if unit else None,
        rows=rows,
    )


def draft_of(b: InvoiceBasis, kind: DocumentKind = DocumentKind.INVOICE) -> DocumentDraft:
    outcome = build_document(b, registers(), kind)
    assert isinstance(outcome, DocumentDraft), outcome
    return outcome


def refusal_of(b: InvoiceBasis) -> Refusal:
    outcome = build_document(b, registers(), DocumentKind.INVOICE)
    assert isinstance(outcome, Refusal), outcome
    return outcome


def test_missing_article_is_refused_and_named() -> None:
    refusal = refusal_of(basis([work(1, "101", "2", "950"), work(2, "901", "3", "650")]))
    assert refusal.kind is RefusalReason.MISSING_ARTICLE
    assert "901" in refusal.message("sv") and "901" in refusal.message("en")


def test_package_article_is_refused_with_the_seed_wording() -> None:
    refusal = refusal_of(basis([work(1, "401", "1", "8900")]))
    assert refusal.kind is RefusalReason.PACKAGE_ARTICLE
    assert "Underlag med paketartiklar kan inte hämtas" in refusal.message("sv")
    assert "401" in refusal.message("sv")


def test_rows_not_adding_up_to_the_sum_by_one_ore_are_refused() -> None:
    refusal = refusal_of(basis([work(1, "101", "3.5", "950")], adjust="0.01"))
    assert refusal.kind is RefusalReason.SUM_MISMATCH
    assert "3\u00a0325,00" in refusal.message("sv") and "3\u00a0325,01" in refusal.message("sv")


def test_a_row_whose_own_sum_is_wrong_is_refused() -> None:
    row = work(1, "101", "2", "950").model_copy(update={"sum": D("1900.10")})
    refusal = refusal_of(basis([row]))
    assert refusal.kind is RefusalReason.ROW_SUM
    assert "1 900,00".replace(" ", "\u00a0") in refusal.message("sv")


@pytest.mark.parametrize("number", ["K-17", "１００１", "10 01", ""])
def test_non_numeric_customer_number_is_refused(number: str) -> None:
    refusal = refusal_of(basis([work(1, "101", "1", "950")], customer=number))
    assert refusal.kind is RefusalReason.CUSTOMER_NUMBER
    assert number in refusal.message("en")


def test_an_amount_on_a_row_without_article_is_refused_not_lost() -> None:
    refusal = refusal_of(basis([work(1, None, "1", "100")]))
    assert refusal.kind is RefusalReason.AMOUNT_WITHOUT_ARTICLE


def test_header_rows_become_text_sum_rows_are_skipped_notes_become_text() -> None:
    header = InvoiceRow(id=1, comment="Vecka 45", is_header=True, sort_order=1)
    first = work(2, "101", "7.5", "950", "10")
    subtotal = InvoiceRow(
        id=3, comment="Summa vecka 45", sum=first.sum, is_sum_row=True, sort_order=3
    )
    note = InvoiceRow(id=4, comment="Enligt offert", sort_order=4)
    draft = draft_of(basis([note, subtotal, first, header]))  # out of order on purpose
    assert [(r.kind, r.text) for r in draft.rows] == [
        (RowKind.TEXT, "Vecka 45"),
        (RowKind.ARTICLE, "Arbete"),
        (RowKind.TEXT, "Enligt offert"),
    ]
    assert draft.net == D("6412.50")


def test_vat_comes_from_the_article_per_rate_and_the_total_is_rounded_to_krona() -> None:
    draft = draft_of(
        basis(
            [
                work(1, "101", "1.25", "950.55"),
                work(2, "203", "333.33", "1"),
                work(3, "201", "1", "10.07"),
            ]
        )
    )
    # 1188.19 at 25 % = 297.05; 333.33 at 12 % = 40.00; 10.07 at 6 % = 0.60
    assert draft.net == D("1531.59")
    assert draft.vat == D("337.65")
    assert draft.rounding == D("-0.24")
    assert draft.total == D("1869.00")
    assert [r.vat_percent for r in draft.rows] == [D(25), D(12), D(6)]


def test_orders_keep_the_exact_total_without_rounding() -> None:
    draft = draft_of(basis([work(1, "101", "1.25", "950.55")]), DocumentKind.ORDER)
    assert draft.kind is DocumentKind.ORDER
    assert (draft.rounding, draft.total) == (D(0), D("1485.24"))


def test_a_negative_basis_becomes_a_credit_invoice_even_when_orders_are_chosen() -> None:
    draft = draft_of(basis([work(1, "101", "-4", "950")]), DocumentKind.ORDER)
    assert draft.kind is DocumentKind.INVOICE and draft.credit
    assert (draft.net, draft.vat, draft.total) == (D("-3800.00"), D("-950.00"), D("-4750.00"))


def test_missing_customer_project_and_result_unit_are_listed_for_consent() -> None:
    draft = draft_of(
        basis([work(1, "101", "1", "950")], customer="1050", project="P-310", unit="50")
    )
    missing = draft.missing
    assert missing.customer is not None and missing.customer.number == "1050"
    assert missing.project is not None and missing.project.code == "P-310"
    assert missing.project.customer_number == "1050" and missing.project.result_unit == "50"
    assert missing.result_unit is not None and missing.result_unit.code == "50"
    assert not draft_of(basis([work(1, "101", "1", "950")])).missing


@given(st.text(alphabet=" \tab:", max_size=6), st.text(alphabet=" \tcd:", max_size=6))
def test_a_rows_text_is_its_article_and_comment_trimmed_joined_when_both_say_something(
    article: str, comment: str
) -> None:
    row = InvoiceRow(id=1, article=article, comment=comment)
    parts = [part.strip() for part in (article, comment) if part.strip()]
    assert _row_text(row) == ": ".join(parts)
