"""The export engine against the real sandbox Tid service and a real SQLite demo company, on both
sandbox profiles. On the public one (the real service's shape) result units cannot be written
(405): the flagged ones Tid lacks fail with "add them in Tid", the projects needing them wait, and
everything else goes exactly as on the contract."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tidwizard.core import wire
from tidwizard.core.admin import (
    AdministrationStore,
    Article,
    Customer,
    Project,
    create_demo_company,
)
from tidwizard.core.export.engine import ExportEngine
from tidwizard.core.export.plan import ExportPlan
from tidwizard.core.export.records import Register
from tidwizard.core.export.report import ExportProgress, ExportReport, Outcome
from tidwizard.core.tid import TidClient

FLAGGED_NEW = {
    "costcenters": {"60"},
    "customers": {"1008"},
    "articles": {"105"},
    "projects": {"P-207"},
}
Key = tuple[str, str]  # (register, natural key)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AdministrationStore]:
    with create_demo_company(tmp_path / "demo.sqlite") as company:
        yield company


@pytest.fixture
def sandbox(profile_sandbox: Any) -> Any:
    """Every test here runs against both profiles."""
    return profile_sandbox


@pytest.fixture
async def client(sandbox: Any) -> AsyncIterator[TidClient]:
    async with TidClient(
        sandbox.url, "demo", "demo", company_id=1, rate=0, backoff=0.01, backoff_cap=0.05
    ) as tid:
        yield tid


def tid_keys(sandbox: Any) -> dict[str, list[str]]:
    """Every natural key in Tid company 1, duplicates kept, so "once" can be checked."""
    with sandbox.state.lock:
        data = sandbox.state.company(1)
        return {
            "costcenters": [c.code for c in data.cost_centers],
            "customers": [c.customer_number for c in data.contacts],
            "articles": [a.article_number for a in data.articles],
            "projects": [p.order_number for p in data.projects],
        }


def register_writes(sandbox: Any, *, taken: bool = True) -> dict[str, int]:
    """POST and PUT calls per master-data register ("PUT Articles") that Tid took (2xx), or with
    ``taken=False`` those it did not, as the sandbox counted them."""
    counted: dict[str, int] = {}
    for name, count in sandbox.stats()["requests"].items():
        method, path, status = name.split()[0], name.split()[1], name.split()[-1]
        register = path.lower().startswith(("/v1/core/", "/v1/admin/"))
        if method in ("POST", "PUT") and register and status.startswith("2") == taken:
            key = f"{method} {path.split('/')[3]}"
            counted[key] = counted.get(key, 0) + count
    return counted


def cannot_go(sandbox: Any, store: AdministrationStore) -> set[Key]:
    """What Tid cannot take from this company: nothing on the contract; on the public profile
    the flagged result units Tid lacks (it takes none through its API) and the flagged projects
    that need one of them."""
    if sandbox.profile == "contract":
        return set()
    keys = tid_keys(sandbox)
    units = {
        u.code for u in store.result_units() if u.send_to_tid and u.code not in keys["costcenters"]
    }
    projects = {
        p.code
        for p in store.projects()
        if p.send_to_tid and p.result_unit in units and p.code not in keys["projects"]
    }
    return {("costcenters", code) for code in units} | {("projects", code) for code in projects}


def left_to_write(plan: ExportPlan) -> set[Key]:
    return {(r.value, p.key) for r, part in plan.registers.items() for p in part.writes}


def failed_keys(report: ExportReport) -> set[Key]:
    return {(r.register.value, r.key) for r in report.failed}


def flagged_keys(store: AdministrationStore) -> dict[str, set[str]]:
    return {
        "costcenters": {u.code for u in store.result_units() if u.send_to_tid},
        "customers": {str(c.number) for c in store.customers() if c.send_to_tid},
        "articles": {a.number for a in store.articles() if a.send_to_tid},
        "projects": {p.code for p in store.projects() if p.send_to_tid},
    }


def assert_every_flagged_record_once(sandbox: Any, store: AdministrationStore) -> None:
    """Every flagged record Tid can take is there once; what it cannot take is not there."""
    cannot = cannot_go(sandbox, store)
    keys = tid_keys(sandbox)
    for register, flagged in flagged_keys(store).items():
        sendable = {key for key in flagged if (register, key) not in cannot}
        assert sendable <= set(keys[register]), register
        assert not (flagged - sendable) & set(keys[register]), register
        assert len(keys[register]) == len(set(keys[register])), f"duplicates in {register}"


async def assert_settled(engine: ExportEngine, sandbox: Any, store: AdministrationStore) -> None:
    """Nothing left to write but what Tid cannot take (on the contract: in sync)."""
    plan = await engine.plan()
    assert left_to_write(plan) == cannot_go(sandbox, store)
    assert plan.in_sync == (sandbox.profile == "contract")


def add_new_records(store: AdministrationStore, articles: int = 6) -> None:
    """More flagged records only in Administration, so a run has enough writes to interrupt."""
    for number in range(2001, 2004):
        store.add_customer(Customer(number, f"Exportkund {number} AB", send_to_tid=True))
        store.add_project(
            Project(f"X-{number}", f"Projekt {number}", number, "60", send_to_tid=True)
        )
    for number in range(5001, 5001 + articles):
        store.add_article(
            Article(
                str(number),
                f"Artikel {number}",
                "st",
                Decimal("99.50"),
                Decimal(25),
                send_to_tid=True,
            )
        )


def edit(store: AdministrationStore, sql: str, *params: object) -> None:
    with store.transaction() as conn:
        conn.execute(sql, params)


async def test_first_export_creates_exactly_the_flagged_records(
    sandbox: Any, store: AdministrationStore, client: TidClient
) -> None:
    before = tid_keys(sandbox)
    cannot = cannot_go(sandbox, store)
    engine = ExportEngine(client, store)
    plan = await engine.plan()
    assert {r.value: {p.key for p in part.new} for r, part in plan.registers.items()} == FLAGGED_NEW
    assert plan.write_count == 4 and not plan.refusals

    events: list[ExportProgress] = []
    report = await engine.run(plan, on_event=events.append)

    assert report.complete == (not cannot) and report.written == 4 - len(cannot)
    assert failed_keys(report) == cannot
    after = tid_keys(sandbox)
    for register, keys in FLAGGED_NEW.items():
        taken = [key for key in keys if (register, key) not in cannot]
        assert sorted(after[register]) == sorted(before[register] + taken)
    assert "1009" not in after["customers"]  # in Administration, not flagged
    with sandbox.state.lock:
        data = sandbox.state.company(1)
        project = data.projects.by_key("P-207")
        customer = data.contacts.by_key("1008")
        article = data.articles.by_key("105")
    assert customer is not None and article is not None
    assert (article.name, article.price) == ("Utbildning halvdag", Decimal("6500.00"))
    if sandbox.profile == "public":  # Tid takes no result unit; the project waits for its own
        assert cannot == {("costcenters", "60"), ("projects", "P-207")}
        assert {(r.key, r.message) for r in report.failed} == {
            (
                "60",
                "Skickades inte: Tid tar inte emot resultatenheter via sitt API. Lägg in dem "
                "direkt i Tid; de andra registren skickas som vanligt.",
            ),
            (
                "P-207",
                "Skickades inte: projektets resultatenhet 60 finns inte i Tid, och Tid tar "
                "inte emot resultatenheter via sitt API. Lägg in den i Tid och skicka igen.",
            ),
        }
    else:
        assert project is not None
        assert project.customer == wire.IdRef(id=customer.id)
        assert project.cost_center == wire.CodeRef(code="60")
    # One opening event per register, then one per write, in sending order.
    assert [(e.register, e.done, e.total) for e in events] == [
        (Register.COST_CENTERS, 0, 1),
        (Register.CUSTOMERS, 0, 1),
        (Register.ARTICLES, 0, 1),
        (Register.PROJECTS, 0, 1),
        (Register.COST_CENTERS, 1, 1),
        (Register.CUSTOMERS, 1, 1),
        (Register.ARTICLES, 1, 1),
        (Register.PROJECTS, 1, 1),
    ]


async def test_a_second_identical_run_makes_no_write_call_and_says_so(
    sandbox: Any, store: AdministrationStore, client: TidClient
) -> None:
    cannot = cannot_go(sandbox, store)
    engine = ExportEngine(client, store)
    await engine.run(await engine.plan())
    writes_before = sandbox.stats()["writes"]  # counted as each request arrives

    again = await engine.plan()
    report = await engine.run(again)

    assert left_to_write(again) == cannot and again.in_sync == (not cannot)
    assert report.complete == (not cannot) and report.written == 0
    assert {(r.register.value, r.key, r.outcome) for r in report.results} == {
        (register, key, Outcome.FAILED) for register, key in cannot
    }
    # Both runs together: one create per new record, nothing more. On the public profile each
    # run asks Tid once to take the result unit (405), never the project that needs it.
    if sandbox.profile == "public":
        assert sandbox.stats()["writes"] == writes_before + 1
        assert register_writes(sandbox) == {"POST Contacts": 1, "POST Articles": 1}
        assert register_writes(sandbox, taken=False) == {"POST CostCenters": 2}
    else:
        assert sandbox.stats()["writes"] == writes_before
        assert register_writes(sandbox) == {
            "POST CostCenters": 1,
            "POST Contacts": 1,
            "POST Articles": 1,
            "POST Projects": 1,
        }
        assert register_writes(sandbox, taken=False) == {}


async def test_changed_articles_and_projects_are_sent_changed_customers_only_reported(
    sandbox: Any, store: AdministrationStore, client: TidClient
) -> None:
    cannot = cannot_go(sandbox, store)
    engine = ExportEngine(client, store)
    await engine.run(await engine.plan())
    edit(store, "UPDATE articles SET price = '990.00' WHERE number = '101'")
    edit(store, "UPDATE projects SET title = 'Ny webbplats Nordvik 2.0' WHERE code = 'P-201'")
    edit(store, "UPDATE customers SET name = 'Nordvik Fastigheter Holding AB' WHERE number = 1001")

    plan = await engine.plan()
    assert [p.key for p in plan.registers[Register.ARTICLES].changed] == ["101"]
    assert [p.key for p in plan.registers[Register.PROJECTS].changed] == ["P-201"]
    (differs,) = plan.registers[Register.CUSTOMERS].differs
    assert [(d.field, d.administration, d.tid) for d in differs.differences] == [
        ("name", "Nordvik Fastigheter Holding AB", "Nordvik Fastigheter AB"),
    ]
    report = await engine.run(plan)

    assert {(r.key, r.outcome) for r in report.results} == {
        ("101", Outcome.UPDATED),
        ("P-201", Outcome.UPDATED),
    } | {(key, Outcome.FAILED) for _, key in cannot}
    with sandbox.state.lock:
        data = sandbox.state.company(1)
        assert data.articles.by_key("101").price == Decimal("990.00")  # type: ignore[union-attr]
        assert data.projects.by_key("P-201").title == "Ny webbplats Nordvik 2.0"  # type: ignore[union-attr]
        assert data.contacts.by_key("1001").name == "Nordvik Fastigheter AB"  # type: ignore[union-attr]
    await assert_settled(engine, sandbox, store)
    # Both runs together: the first run's creates, then one PUT each, nothing for the customer.
    assert (
        register_writes(sandbox)
        == {
            "POST CostCenters": 1,
            "POST Contacts": 1,
            "POST Articles": 1,
            "POST Projects": 1,
            "PUT Articles": 1,
            "PUT Projects": 1,
        }
        if sandbox.profile == "contract"
        else {
            "POST Contacts": 1,
            "POST Articles": 1,
            "PUT Articles": 1,
            "PUT Projects": 1,
        }
    )


async def test_a_run_stopped_half_way_and_run_again_ends_with_every_record_once(
    sandbox: Any, store: AdministrationStore, client: TidClient
) -> None:
    add_new_records(store)
    cannot = cannot_go(sandbox, store)
    engine = ExportEngine(client, store)
    plan = await engine.plan()
    stop = asyncio.Event()

    def stop_after_two_customers(event: ExportProgress) -> None:
        if event.register is Register.CUSTOMERS and event.done == 2:
            stop.set()

    first = await engine.run(plan, on_event=stop_after_two_customers, stop=stop)
    assert first.stopped and not first.complete
    assert 0 < first.written < plan.write_count
    assert failed_keys(first) <= cannot
    assert len(first.not_sent) == plan.write_count - len(first.results)

    second = await engine.run(await engine.plan())
    sendable = [p for p in first.not_sent if (p.register.value, p.key) not in cannot]
    assert second.complete == (not cannot) and second.written == len(sendable)
    assert failed_keys(second) == cannot
    assert_every_flagged_record_once(sandbox, store)
    await assert_settled(engine, sandbox, store)


async def test_a_run_killed_in_the_middle_of_a_write_and_run_again_ends_with_every_record_once(
    sandbox: Any, store: AdministrationStore, client: TidClient
) -> None:
    add_new_records(store)
    cannot = cannot_go(sandbox, store)
    engine = ExportEngine(client, store)
    plan = await engine.plan()
    results = 0

    def cancel_after_four(event: ExportProgress) -> None:
        nonlocal results
        results += event.result is not None
        if results == 4:
            task.cancel()  # lands inside the next write's request, as a kill would

    task = asyncio.ensure_future(engine.run(plan, on_event=cancel_after_four))
    with pytest.raises(asyncio.CancelledError):
        await task

    rerun = await engine.run(await engine.plan())
    assert rerun.complete == (not cannot) and 0 < rerun.written <= plan.write_count - 4
    assert failed_keys(rerun) == cannot
    assert_every_flagged_record_once(sandbox, store)
    await assert_settled(engine, sandbox, store)


async def test_with_faults_every_flagged_record_still_ends_in_tid_once(
    sandbox: Any, store: AdministrationStore, client: TidClient
) -> None:
    add_new_records(store, articles=60)
    cannot = cannot_go(sandbox, store)
    sandbox.set_faults("error=0.1,reset=0.05")
    engine = ExportEngine(client, store)
    report = await engine.run(await engine.plan())
    faults = sandbox.stats()["faults"]
    sandbox.set_faults("")

    assert faults["error"] + faults["reset"] > 0  # the faults really happened
    assert failed_keys(report) == cannot, [r.message for r in report.failed] + [report.error]
    assert report.complete == (not cannot)
    assert_every_flagged_record_once(sandbox, store)
    await assert_settled(engine, sandbox, store)
