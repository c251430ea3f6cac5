"""Records the export cannot send, records made in Tid meanwhile, and a choice of registers."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tidwizard.core import wire
from tidwizard.core.admin import AdministrationStore, Customer, Project, create_demo_company
from tidwizard.core.export.engine import ExportEngine
from tidwizard.core.export.records import Register
from tidwizard.core.export.report import Outcome
from tidwizard.core.i18n import set_language
from tidwizard.core.tid import TidClient, TidError

LONG_NAME = "Aktiebolaget Svenska Skogs- och Lantbruksmaskiner i Norr"  # 56 characters


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AdministrationStore]:
    with create_demo_company(tmp_path / "demo.sqlite") as company:
        yield company


@pytest.fixture
async def client(sandbox: Any) -> AsyncIterator[TidClient]:
    async with TidClient(
        sandbox.url, "demo", "demo", company_id=1, rate=0, backoff=0.01, backoff_cap=0.05
    ) as tid:
        yield tid


def in_tid(sandbox: Any, register: str, key: str) -> Any:
    with sandbox.state.lock:
        return sandbox.state.company(1).register(register).by_key(key)


async def test_bad_records_each_get_a_clear_message_and_the_others_are_still_sent(
    sandbox: Any, store: AdministrationStore, client: TidClient
) -> None:
    set_language("en")
    store.add_customer(Customer(2001, LONG_NAME, send_to_tid=True))
    store.add_project(
        Project("P-300", "Lager 2027", 1009, "20", send_to_tid=True)
    )  # 1009 unflagged
    store.add_project(Project("P-301", "Långa kundens projekt", 2001, send_to_tid=True))
    engine = ExportEngine(client, store)

    plan = await engine.plan()
    reasons = {r.key: r.reason() for r in plan.refusals}
    assert reasons == {
        "2001": "Too long: the name has 56 characters, but Tid accepts at most 50. "
        "Shorten it in Administration.",
        "P-300": "The project's customer 1009 is not marked to be sent to Tid and is not there. "
        "Mark the customer in Administration and send again.",
        "P-301": "The project's customer 2001 cannot be sent (see the customers), so neither can "
        "the project.",
    }
    report = await engine.run(plan)

    assert {r.key for r in report.results} == {"60", "1008", "105", "P-207"}
    assert not report.failed and not report.complete  # refusals remain to be fixed
    for register, key in (("contacts", "2001"), ("projects", "P-300"), ("projects", "P-301")):
        assert in_tid(sandbox, register, key) is None
    assert in_tid(sandbox, "projects", "P-207") is not None


async def test_the_sandbox_refuses_a_name_longer_than_the_limit_the_export_checks(
    client: TidClient,
) -> None:
    """The limit lives in one place (the wire models); Tid's side enforces the same one."""
    too_long = wire.Contact.model_construct(name=LONG_NAME, customer_number="2001")
    with pytest.raises(TidError):
        await client.create_contact(too_long)
    fits = await client.create_contact(wire.Contact(name=LONG_NAME[:50], customer_number="2001"))
    assert fits.name == LONG_NAME[:50]


async def test_records_created_in_tid_after_planning_are_met_not_duplicated(
    sandbox: Any, store: AdministrationStore, client: TidClient
) -> None:
    engine = ExportEngine(client, store)
    plan = await engine.plan()
    # Someone adds two of the planned records in Tid before the run, a little differently.
    await client.create_article(
        wire.Article(article_number="105", name="Utbildning", unit="st", price=Decimal("6000"))
    )
    theirs = await client.create_contact(
        wire.Contact(name="Gotlands Ull AB", customer_number="1008")
    )

    report = await engine.run(plan)

    outcome = {r.key: r for r in report.results}
    assert outcome["105"].outcome is Outcome.UPDATED
    assert outcome["1008"].outcome is Outcome.ALREADY_THERE
    assert [d.field for d in outcome["1008"].differences] == [
        "name",
        "organizational_or_social_security_number",
        "email",
    ]
    assert outcome["P-207"].outcome is Outcome.CREATED
    article, customer = in_tid(sandbox, "articles", "105"), in_tid(sandbox, "contacts", "1008")
    assert article.price == Decimal("6500.00")  # Administration's article wins
    assert customer.name == "Gotlands Ull AB"  # a customer is edited in Tid
    assert in_tid(sandbox, "projects", "P-207").customer == wire.IdRef(id=theirs.id)


async def test_only_the_chosen_registers_are_sent(
    sandbox: Any, store: AdministrationStore, client: TidClient
) -> None:
    engine = ExportEngine(client, store)
    plan = await engine.plan(only=[Register.ARTICLES, Register.COST_CENTERS])
    assert list(plan.registers) == [Register.COST_CENTERS, Register.ARTICLES]
    report = await engine.run(plan)
    assert {r.key for r in report.results} == {"60", "105"}
    assert in_tid(sandbox, "contacts", "1008") is None

    projects = await engine.plan(only=[Register.PROJECTS])
    (refusal,) = projects.refusals
    assert refusal.key == "P-207" and refusal.message_key == "export.refused.customer_not_selected"


async def test_a_lost_tid_ends_the_run_with_one_message_and_leaves_the_rest_for_later(
    sandbox: Any, store: AdministrationStore, client: TidClient
) -> None:
    engine = ExportEngine(client, store)
    plan = await engine.plan()

    def lose_tid(event: Any) -> None:
        if event.result is not None:
            sandbox.stop()

    report = await engine.run(plan, on_event=lose_tid)
    assert report.stopped and report.error
    assert [r.key for r in report.results] == ["60"]
    assert [p.key for p in report.not_sent] == ["1008", "105", "P-207"]


async def test_a_project_whose_customer_failed_waits_and_a_rerun_sends_both(
    sandbox: Any, store: AdministrationStore, client: TidClient
) -> None:
    set_language("en")
    engine = ExportEngine(client, store)

    def tid_fails_for_customers(event: Any) -> None:
        if event.register is Register.COST_CENTERS and event.done == 1:
            sandbox.set_faults("error=1")  # every call answers 500 while customers are sent
        elif event.register is Register.CUSTOMERS and event.done == 1:
            sandbox.set_faults("")

    report = await engine.run(await engine.plan(), on_event=tid_fails_for_customers)

    outcome = {r.key: r for r in report.results}
    assert outcome["1008"].outcome is Outcome.FAILED and "500" in outcome["1008"].message
    assert outcome["105"].outcome is Outcome.CREATED
    assert outcome["P-207"].outcome is Outcome.FAILED
    assert outcome["P-207"].message == (
        "Not sent: the project's customer 1008 could not be created in Tid."
    )
    assert not report.complete and in_tid(sandbox, "projects", "P-207") is None

    rerun = await engine.run(await engine.plan())
    assert rerun.complete and {r.key for r in rerun.results} == {"1008", "P-207"}
