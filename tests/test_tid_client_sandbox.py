"""The Tid client against the real sandbox Tid service on loopback."""

from __future__ import annotations

import asyncio
import datetime as dt
import socket
from collections.abc import Iterator
from typing import Any

import pytest

from tidwizard.core import wire
from tidwizard.core.tid import (
    AccessRefused,
    AlreadyTransferred,
    InvalidCredentials,
    TidClient,
    TidUnreachable,
)
from tidwizard.sandbox.server import RunningSandbox, SandboxConfig, start_sandbox


def demo_client(url: str, **options: Any) -> TidClient:
    options.setdefault("rate", 0)
    options.setdefault("backoff", 0.01)
    return TidClient(url, "demo", "demo", **options)


def requests_to(running: RunningSandbox, key: str) -> int:
    counts: dict[str, int] = running.stats()["requests"]
    return sum(n for name, n in counts.items() if name.startswith(key))


@pytest.fixture
def bulk_sandbox() -> Iterator[RunningSandbox]:
    with start_sandbox(SandboxConfig(seed=345, rate=0)) as running:
        yield running


async def test_345_bases_arrive_in_four_pages_each_once(bulk_sandbox: RunningSandbox) -> None:
    async with demo_client(bulk_sandbox.url) as tid:
        ids = [basis.id async for basis in tid.iter_invoice_bases()]
        pending = await tid.count_pending_bases()
    assert len(ids) == len(set(ids)) == pending == 345
    # Listing and counting each page through the list: the count is not the list's
    # totalItemCount, which a service that ignores the filter would give for every basis.
    assert requests_to(bulk_sandbox, "GET /v1/core/invoices 200") == 4 + 4


async def test_a_token_that_expires_mid_run_is_renewed_unnoticed() -> None:
    with start_sandbox(SandboxConfig(seed=20, rate=0, token_ttl=1.0)) as running:
        async with demo_client(running.url) as tid:
            ids = [basis.id async for basis in tid.iter_invoice_bases()]
            fetched = []
            for basis_id in ids[:6]:
                fetched.append(await tid.get_invoice_basis(basis_id))
                await asyncio.sleep(0.5)  # six calls span more than two token lifetimes
        assert [basis.id for basis in fetched] == ids[:6]
        assert tid.stats.renewals >= 2
        assert requests_to(running, "POST /v1/Auth/Token 200") == tid.stats.renewals + 1


async def test_a_token_refused_before_its_time_is_renewed_and_the_call_repeated() -> None:
    with start_sandbox(
        SandboxConfig(seed=20, rate=0, faults="expire=0.3", fault_seed=1)
    ) as running:
        async with demo_client(running.url) as tid:
            ids = [basis.id async for basis in tid.iter_invoice_bases()]
            fetched = await asyncio.gather(*(tid.get_invoice_basis(i) for i in ids))
        assert sorted(basis.id for basis in fetched) == sorted(ids)
        assert running.stats()["faults"]["expire"] > 0
        assert tid.stats.renewals > 0


async def test_a_burst_at_rate_4_meets_no_429() -> None:
    with start_sandbox(SandboxConfig(seed=20, rate=4.0)) as running:
        async with demo_client(running.url, rate=4.0) as tid:
            ids = [basis.id async for basis in tid.iter_invoice_bases()]
            fetched = await asyncio.gather(*(tid.get_invoice_basis(i) for i in ids))
        assert len(fetched) == 20
        assert running.stats()["rateLimited"] == 0
        assert tid.stats.rate_limited == 0


async def test_every_idempotent_call_survives_errors_and_dropped_connections() -> None:
    config = SandboxConfig(seed=40, rate=0, faults="error=0.2,reset=0.1", fault_seed=1)
    with start_sandbox(config) as running:
        # 30 % of requests fail; 8 retries leave a call about 2e-5 chance to fail for good.
        async with demo_client(running.url, retries=8, timeout=5.0) as tid:
            ids = [basis.id async for basis in tid.iter_invoice_bases(page_size=10)]
            fetched = await asyncio.gather(*(tid.get_invoice_basis(i) for i in ids[:30]))
            today = dt.date(2026, 12, 1)
            await asyncio.gather(
                *(tid.set_sent_to_economy_system(i, today, f"F{i}") for i in ids[:10])
            )
            left = await tid.count_pending_bases()
        faults = running.stats()["faults"]
    assert len(ids) == len(set(ids)) == 40
    assert [basis.id for basis in fetched] == ids[:30]
    assert all(basis.rows for basis in fetched)
    assert left == 30
    assert faults["error"] > 0 and faults["reset"] > 0
    assert tid.stats.retries >= faults["error"] + faults["reset"]


async def test_the_demo_companies_and_the_chosen_one(sandbox: RunningSandbox) -> None:
    async with demo_client(sandbox.url) as tid:
        companies = await tid.list_companies()
    async with demo_client(sandbox.url, company_id=2) as tid:
        chosen = await tid.own_company()
    assert companies is not None and chosen is not None
    assert [(c.id, c.organization_number) for c in companies] == [
        (1, "556677-8899"),
        (2, "559123-4561"),
    ]
    assert (chosen.id, chosen.name) == (2, "Demo Bygg AB")


async def test_partner_credentials_are_refused(sandbox: RunningSandbox) -> None:
    async with TidClient(sandbox.url, "byra", "byra", rate=0) as tid:
        with pytest.raises(AccessRefused):
            await tid.check_credentials()
        with pytest.raises(AccessRefused):
            await tid.own_company()


async def test_a_wrong_password_is_invalid_credentials(sandbox: RunningSandbox) -> None:
    async with TidClient(sandbox.url, "demo", "not-the-password", rate=0) as tid:
        with pytest.raises(InvalidCredentials):
            await tid.count_pending_bases()
        with pytest.raises(InvalidCredentials):
            await tid.list_companies()


async def test_a_closed_port_is_unreachable_quickly() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    async with demo_client(f"http://127.0.0.1:{port}", retries=2, timeout=1.0) as tid:
        with pytest.raises(TidUnreachable) as caught:
            await tid.list_companies()
    assert caught.value.url == f"http://127.0.0.1:{port}"
    assert str(port) in caught.value.user_message("sv")
    assert tid.stats.requests == 1  # refused before any answer: a repeat would meet the same


async def test_creating_twice_gives_the_one_record(sandbox: RunningSandbox) -> None:
    async with demo_client(sandbox.url) as tid:
        taken = await tid.create_article(wire.Article(article_number="101", name="Annat namn"))
        new = wire.CostCenter(code="77", name="Nytt kontor")
        first = await tid.create_cost_center(new)
        second = await tid.create_cost_center(new)
        articles = await tid.list_articles()
        cost_centers = await tid.list_cost_centers()
    assert taken.id is not None and taken.name == "Konsulttimme"  # Tid's record, not ours
    assert first.id is not None and second.id == first.id
    assert [c.code for c in cost_centers].count("77") == 1
    assert [a.article_number for a in articles].count("101") == 1


async def test_an_update_changes_the_record_in_tid(sandbox: RunningSandbox) -> None:
    async with demo_client(sandbox.url) as tid:
        article = next(a for a in await tid.list_articles() if a.article_number == "102")
        article.name = "Seniorkonsult"
        updated = await tid.update_article(article)
        again = next(a for a in await tid.list_articles() if a.article_number == "102")
    assert updated.name == again.name == "Seniorkonsult"


async def test_another_number_for_a_transferred_basis(sandbox: RunningSandbox) -> None:
    async with demo_client(sandbox.url) as tid:
        basis = await anext(tid.iter_invoice_bases())
        day = dt.date(2026, 12, 1)
        await tid.set_sent_to_economy_system(basis.id, day, "5001")
        await tid.set_sent_to_economy_system(basis.id, day, "5001")  # a repeat is harmless
        with pytest.raises(AlreadyTransferred) as caught:
            await tid.set_sent_to_economy_system(basis.id, day, "5002")
        pending = [b.id async for b in tid.iter_invoice_bases()]
    assert (caught.value.basis_id, caught.value.other_number) == (basis.id, "5001")
    assert basis.id not in pending


async def test_creates_through_faults_make_each_record_once() -> None:
    config = SandboxConfig(seed="demo", rate=0, faults="error=0.2,reset=0.1", fault_seed=1)
    with start_sandbox(config) as running:
        async with demo_client(running.url, retries=8, timeout=5.0) as tid:
            wanted = [wire.CostCenter(code=f"9{i}", name=f"Enhet {i}") for i in range(10)]
            made = await asyncio.gather(*(tid.create_cost_center(c) for c in wanted))
            running.set_faults("")
            codes = [c.code for c in await tid.list_cost_centers()]
        faults = running.stats()["faults"]
    assert [c.code for c in made] == [c.code for c in wanted]
    assert all(codes.count(c.code) == 1 for c in wanted)
    assert faults["error"] + faults["reset"] > 0
