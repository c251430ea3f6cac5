"""Fixed pictures of the Grunduppgifter step for screenshots and snapshots: no network.

The plan is the export's own pure planner run on the demo data (what `tidwizard demo` would
count), plus one flagged project whose customer is not flagged, so the pictures show how a
refusal is named. "During" and "after" post the messages the sending worker posts.
"""

from __future__ import annotations

from textual.pilot import Pilot

from tidwizard.core import demo_data, wire
from tidwizard.core.export import (
    ExportPlan,
    ExportProgress,
    ExportReport,
    Outcome,
    RecordResult,
    Register,
)
from tidwizard.core.export.plan import TidRecords, plan_export
from tidwizard.core.export.records import (
    AdministrationRecords,
    ArticleDraft,
    CustomerDraft,
    ProjectDraft,
    ResultUnitDraft,
)
from tidwizard.core.orgnr import parse_orgnr
from tidwizard.ui.master_data.connection import login_from_state
from tidwizard.ui.master_data.messages import SendProgressed, SendStarted
from tidwizard.ui.wizard.state import WizardState

REFUSED_PROJECT = ProjectDraft("P-208", "Laddstolpar Västerås", "1009")


def _administration() -> AdministrationRecords:
    customers = demo_data.administration_customers()
    units = demo_data.administration_result_units()
    return AdministrationRecords(
        customers=tuple(
            CustomerDraft(
                c.number, c.name, parse_orgnr(c.orgnr).formatted if c.orgnr else None, c.email
            )
            for c in customers
            if c.send_to_tid
        ),
        articles=tuple(
            ArticleDraft(a.number, a.name, a.unit, a.price, a.is_package)
            for a in demo_data.administration_articles()
            if a.send_to_tid
        ),
        result_units=tuple(ResultUnitDraft(u.code, u.name) for u in units if u.send_to_tid),
        projects=(
            *(
                ProjectDraft(p.code, p.title, p.customer_number, p.result_unit)
                for p in demo_data.administration_projects()
                if p.send_to_tid
            ),
            REFUSED_PROJECT,
        ),
        all_customer_numbers=frozenset(c.number for c in customers),
        all_result_unit_codes=frozenset(u.code for u in units),
    )


def _tid() -> TidRecords:
    contacts = tuple(
        wire.Contact(
            id=i,
            customer_number=c.number,
            name=c.name,
            organizational_or_social_security_number=c.orgnr,
            email=c.email,
        )
        for i, c in enumerate(demo_data.tid_customers(), start=1)
    )
    ids = {c.customer_number: c.id for c in contacts}
    return TidRecords(
        contacts=contacts,
        articles=tuple(
            wire.Article(
                id=i,
                article_number=a.number,
                name=a.name,
                unit=a.unit,
                price=a.price,
                is_package=a.is_package,
            )
            for i, a in enumerate(demo_data.tid_articles(), start=1)
        ),
        projects=tuple(
            wire.Project(
                id=i,
                order_number=p.code,
                title=p.title,
                customer=wire.IdRef(id=ids[p.customer_number]),
                cost_center=wire.CodeRef(code=p.result_unit) if p.result_unit else None,
            )
            for i, p in enumerate(demo_data.tid_projects(), start=1)
        ),
        cost_centers=tuple(
            wire.CostCenter(id=i, code=u.code, name=u.name)
            for i, u in enumerate(demo_data.tid_result_units(), start=1)
        ),
    )


def demo_plan() -> ExportPlan:
    return plan_export(_administration(), _tid())


def counted(state: WizardState) -> None:
    """The step as it opens once the counts are in."""
    state.master_data.remember_plan(demo_plan(), login_from_state(state))


def sent(state: WizardState) -> None:
    """The step after Skicka: every planned write created in Tid."""
    counted(state)
    plan = demo_plan()
    results = [
        RecordResult(p.register, p.key, p.name, Outcome.CREATED, 100 + n)
        for n, p in enumerate(p for part in plan.registers.values() for p in part.writes)
    ]
    state.master_data.report = ExportReport(plan, results)


def sending(pilot: Pilot) -> None:
    """Half-way: result units and customers sent, articles and projects still to go."""
    from tidwizard.ui.master_data.panel import MasterDataPanel

    panel = pilot.app.screen.query_one(MasterDataPanel)
    plan = demo_plan()
    panel.begin_sending()
    panel.post_message(SendStarted(plan))
    for register, part in plan.registers.items():
        total = len(part.writes)
        done = total if register in (Register.COST_CENTERS, Register.CUSTOMERS) else 0
        panel.post_message(SendProgressed(ExportProgress(register, done, total)))
