"""The export plan's rules, without a network: what is new, changed, only reported, or refused."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tidwizard.core import wire
from tidwizard.core.export.plan import TidRecords, plan_export
from tidwizard.core.export.records import (
    AdministrationRecords,
    ArticleDraft,
    CustomerDraft,
    ProjectDraft,
    Register,
    ResultUnitDraft,
    parse_registers,
)

TID = TidRecords(
    contacts=(wire.Contact(id=7, name="Nordvik AB", customer_number="1001", email="a@b.example"),),
    articles=(
        wire.Article(
            id=3, article_number="101", name="Konsulttimme", unit="tim", price=Decimal("950.00")
        ),
    ),
    projects=(
        wire.Project(
            id=5,
            order_number="P-1",
            title="Webb",
            customer=wire.IdRef(id=7),
            cost_center=wire.CodeRef(code="20"),
        ),
    ),
    cost_centers=(wire.CostCenter(id=2, code="20", name="Konsult"),),
)


def admin(**registers: object) -> AdministrationRecords:
    base: dict[str, object] = {
        "customers": (CustomerDraft("1001", "Nordvik AB", email="a@b.example"),),
        "articles": (ArticleDraft("101", "Konsulttimme", "tim", Decimal("950")),),
        "result_units": (ResultUnitDraft("20", "Konsult"),),
        "projects": (ProjectDraft("P-1", "Webb", "1001", "20"),),
        "all_customer_numbers": frozenset({"1001", "1009"}),
        "all_result_unit_codes": frozenset({"20", "70"}),
    }
    base.update(registers)
    return AdministrationRecords(**base)  # type: ignore[arg-type]


def test_records_equal_to_tid_are_unchanged_and_nothing_is_written() -> None:
    plan = plan_export(admin(), TID)
    assert plan.in_sync
    assert [c.unchanged for c in plan.counts().values()] == [1, 1, 1, 1]
    assert list(plan.registers) == [
        Register.COST_CENTERS,
        Register.CUSTOMERS,
        Register.ARTICLES,
        Register.PROJECTS,
    ]


def test_new_records_and_changed_articles_and_projects_are_written() -> None:
    plan = plan_export(
        admin(
            articles=(
                ArticleDraft("101", "Konsulttimme", "tim", Decimal("990")),
                ArticleDraft("105", "Utbildning", "st", Decimal("6500")),
            ),
            projects=(ProjectDraft("P-1", "Webb", "1001", "20", dt.date(2027, 6, 30)),),
        ),
        TID,
    )
    articles = plan.registers[Register.ARTICLES]
    assert [r.key for r in articles.new] == ["105"]
    assert [(r.key, r.tid_id) for r in articles.changed] == [("101", 3)]
    assert [(d.field, d.administration, d.tid) for d in articles.changed[0].differences] == [
        ("price", "990.00", "950.00"),
    ]
    project = plan.registers[Register.PROJECTS].changed[0]
    assert (project.tid_id, [d.field for d in project.differences]) == (5, ["end_date"])
    assert plan.write_count == 3


def test_changed_customers_and_result_units_are_reported_not_written() -> None:
    plan = plan_export(
        admin(
            customers=(CustomerDraft("1001", "Nordvik Fastigheter AB", email="a@b.example"),),
            result_units=(ResultUnitDraft("20", "Konsulter"),),
        ),
        TID,
    )
    assert plan.in_sync
    differs = plan.registers[Register.CUSTOMERS].differs[0]
    assert [(d.field, d.administration, d.tid) for d in differs.differences] == [
        ("name", "Nordvik Fastigheter AB", "Nordvik AB"),
    ]
    assert plan.registers[Register.COST_CENTERS].counts().differs == 1


def test_a_project_of_a_new_flagged_customer_is_planned_after_it() -> None:
    plan = plan_export(
        admin(
            customers=(CustomerDraft("1008", "Gotlands Ull AB"),),
            projects=(ProjectDraft("P-7", "Webbshop", "1008", "60"),),
            result_units=(ResultUnitDraft("60", "Försäljning"),),
        ),
        TID,
    )
    assert [r.key for r in plan.registers[Register.CUSTOMERS].new] == ["1008"]
    assert [r.key for r in plan.registers[Register.COST_CENTERS].new] == ["60"]
    assert [r.key for r in plan.registers[Register.PROJECTS].new] == ["P-7"]


def test_each_bad_record_is_refused_with_its_reason_and_the_others_still_go() -> None:
    plan = plan_export(
        admin(
            customers=(
                CustomerDraft("K-12", "Udda Kund AB"),
                CustomerDraft("1008", "Ny Kund AB"),
                CustomerDraft("1010", "Aktiebolaget " + "Långnamn" * 8),
            ),
            projects=(
                ProjectDraft("P-8", "Okänd kund", "1009"),
                ProjectDraft("P-9", "Ny kunds projekt", "1008"),
                ProjectDraft("P-10", "Långa kundens projekt", "1010"),
                ProjectDraft("P-11", "Okänd resultatenhet", "1001", "70"),
            ),
        ),
        TID,
    )
    refused = {r.key: r.reason("en") for r in plan.refusals}
    assert "customer number K-12 is not numeric" in refused["K-12"]
    assert "the name has 77 characters, but Tid accepts at most 50" in refused["1010"]
    assert "customer 1009 is not marked to be sent to Tid" in refused["P-8"]
    assert "customer 1010 cannot be sent" in refused["P-10"]
    assert "result unit 70 is not marked" in refused["P-11"]
    assert set(refused) == {"K-12", "1010", "P-8", "P-10", "P-11"}
    assert [r.key for r in plan.registers[Register.CUSTOMERS].new] == ["1008"]
    assert [r.key for r in plan.registers[Register.PROJECTS].new] == ["P-9"]
    assert "Kundnumret K-12 är inte numeriskt" in plan.refusals[0].reason("sv")


def test_only_projects_refuses_a_project_whose_new_customer_is_not_sent_with_it() -> None:
    plan = plan_export(
        admin(
            customers=(CustomerDraft("1008", "Ny Kund AB"),),
            projects=(
                ProjectDraft("P-9", "Ny kunds projekt", "1008"),
                ProjectDraft("P-1", "Webb 2", "1001", "20"),
            ),
        ),
        TID,
        only=[Register.PROJECTS],
    )
    assert list(plan.registers) == [Register.PROJECTS]
    (refusal,) = plan.refusals
    assert refusal.key == "P-9" and "Send the customers too" in refusal.reason("en")
    assert [r.key for r in plan.registers[Register.PROJECTS].changed] == ["P-1"]


def test_a_price_with_more_than_two_decimals_is_refused() -> None:
    plan = plan_export(
        admin(articles=(ArticleDraft("101", "Konsulttimme", "tim", Decimal("950.125")),)), TID
    )
    (refusal,) = plan.refusals
    assert refusal.reason("en") == (
        "Tid does not accept the price 950.125. Correct it in Administration."
    )


def test_register_names_parse_in_sending_order() -> None:
    assert parse_registers("projects, customers") == (Register.CUSTOMERS, Register.PROJECTS)
    try:
        parse_registers("customers,kunder")
    except ValueError as exc:
        assert str(exc) == "kunder"
    else:
        raise AssertionError("an unknown register must be refused")
