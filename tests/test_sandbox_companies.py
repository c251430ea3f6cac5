"""`sandbox serve --companies K` (issue 15, item 6): companies 1..K, each with its own
organisationsnummer, basis ids and login demoK/demo, each token seeing its own company only, the
rate limit per token, and the default (no --companies) exactly the demo's two companies."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tidwizard.cli import sandbox as sandbox_cli
from tidwizard.cli.main import common_options
from tidwizard.core import demo_data
from tidwizard.core.admin import create_demo_company
from tidwizard.core.orgnr import OrgNrKind, parse_orgnr, same_orgnr
from tidwizard.sandbox.control import CONTROL_HEADERS, MAX_SEED
from tidwizard.sandbox.server import RunningSandbox, SandboxConfig, start_sandbox

COMPANIES = 3


def token(url: str, client_id: str, secret: str = "demo", company: int | None = None) -> str:
    params = {} if company is None else {"companyId": company}
    answer = httpx.post(f"{url}/v1/Auth/Token", auth=(client_id, secret), params=params)
    assert answer.status_code == 200, answer.text
    value: str = answer.json()["accessToken"]
    return value


def listed_ids(url: str, value: str) -> set[int]:
    answer = httpx.get(
        f"{url}/v1/core/invoices",
        params={"pageSize": 100},
        headers={"Authorization": f"Bearer {value}"},
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["totalPages"] == 1
    return {item["id"] for item in answer.json()["items"]}


@pytest.fixture
def many(tid_profile: str) -> Iterator[RunningSandbox]:
    config = SandboxConfig(companies=COMPANIES, seed=7, rate=0, profile=tid_profile)
    with start_sandbox(config) as running:
        yield running


def test_each_login_sees_only_its_own_company(many: RunningSandbox) -> None:
    seen: list[set[int]] = []
    for number in range(1, COMPANIES + 1):
        client_id, secret = demo_data.sandbox_credentials(number)
        value = token(many.url, client_id, secret)
        ids = listed_ids(many.url, value)
        assert ids == {b.id for b in many.state.bases(number)} and len(ids) == 7
        seen.append(ids)
        other = next(iter(many.state.bases(number % COMPANIES + 1)))
        headers = {"Authorization": f"Bearer {value}"}
        assert httpx.get(f"{many.url}/v1/core/invoices/{other.id}", headers=headers).is_error
    assert not set.intersection(*seen) and len(set.union(*seen)) == 7 * COMPANIES
    # demo/demo keeps company 1 as its first (public: its only) company.
    assert listed_ids(many.url, token(many.url, "demo")) == seen[0]


def test_a_login_cannot_ask_for_another_company(many: RunningSandbox) -> None:
    value = token(many.url, "demo3", company=None)
    if many.profile == "public":  # companyId is ignored: one company per credentials
        assert listed_ids(many.url, token(many.url, "demo3", company=1)) == listed_ids(
            many.url, value
        )
        return
    refused = httpx.post(
        f"{many.url}/v1/Auth/Token", auth=("demo3", "demo"), params={"companyId": 1}
    )
    assert refused.status_code == 403
    listing = httpx.get(f"{many.url}/v1/Auth/Companies", auth=("demo3", "demo")).json()
    assert [c["id"] for c in listing["items"]] == [3]
    everyone = httpx.get(f"{many.url}/v1/Auth/Companies", auth=("demo", "demo")).json()
    assert [c["id"] for c in everyone["items"]] == [1, 2, 3]
    company = httpx.get(
        f"{many.url}/v1/Admin/Company", headers={"Authorization": f"Bearer {value}"}
    ).json()
    assert (company["name"], company["organizationNumber"]) == demo_data.sandbox_company(3)[1:]


@pytest.mark.parametrize(
    ("client_id", "secret"), [("demo2", "fel"), ("demo4", "demo"), ("demo02", "demo")]
)
def test_wrong_secret_or_a_company_it_does_not_have_is_401(
    many: RunningSandbox, client_id: str, secret: str
) -> None:
    answer = httpx.post(f"{many.url}/v1/Auth/Token", auth=(client_id, secret))
    assert answer.status_code == 401


def test_without_companies_the_demo_two_stay_as_they_were() -> None:
    with start_sandbox(SandboxConfig(seed=5, rate=0)) as running:
        assert httpx.post(f"{running.url}/v1/Auth/Token", auth=("demo1", "demo")).status_code == 401
        with running.state.lock:
            companies = {
                cid: (d.company.name, d.company.organization_number, len(d.bases))
                for cid, d in running.state.companies.items()
            }
        assert companies == {
            1: ("Demo Konsult AB", "556677-8899", 5),
            2: ("Demo Bygg AB", "559123-4561", 0),
        }
        first = running.state.bases(1, with_rows=True)
    # Company 1 of a many-company sandbox is the same company with the same bases.
    with start_sandbox(SandboxConfig(companies=2, seed=5, rate=0)) as running:
        assert running.state.bases(1, with_rows=True) == first
        assert len(running.state.bases(2)) == 5


def test_the_demo_seed_gives_every_company_bases_of_its_own() -> None:
    with start_sandbox(SandboxConfig(rate=0)) as running:
        konsult, bygg = running.state.bases(1), running.state.bases(2)
    with start_sandbox(SandboxConfig(companies=4, rate=0)) as running:
        assert running.state.bases(1) == konsult and running.state.bases(2) == bygg
        for number in (3, 4):
            copy = running.state.bases(number)
            assert [b.id % 100_000 for b in copy] == [b.id for b in konsult]
            assert [b.sum for b in copy] == [b.sum for b in konsult]
            assert not {b.id for b in copy} & {b.id for b in konsult}


def test_organisation_numbers_are_valid_distinct_and_match_the_demo_company(
    tmp_path: Path,
) -> None:
    numbers = [
        demo_data.sandbox_company(k)[2] for k in range(1, demo_data.MAX_SANDBOX_COMPANIES + 1)
    ]
    assert all(parse_orgnr(n).kind is OrgNrKind.LEGAL_ENTITY for n in numbers)
    assert len({parse_orgnr(n).digits for n in numbers}) == len(numbers)
    for number in (1, 2, 3, demo_data.MAX_SANDBOX_COMPANIES):
        _, name, orgnr = demo_data.sandbox_company(number)
        with create_demo_company(tmp_path / f"{number}.sqlite", number) as store:
            info = store.company()
        assert info.name == name and same_orgnr(info.org_number, orgnr)
    with pytest.raises(ValueError):
        demo_data.sandbox_company(demo_data.MAX_SANDBOX_COMPANIES + 1)


def test_the_rate_limit_is_per_token_not_per_login_or_sandbox() -> None:
    rate = 4
    with start_sandbox(SandboxConfig(companies=COMPANIES, seed=1, rate=rate)) as running:
        tokens = [token(running.url, f"demo{k}") for k in range(1, COMPANIES + 1)]
        tokens.append(token(running.url, "demo1"))  # a second token of the same login
        burst = [
            httpx.get(f"{running.url}/v1/core/invoices", headers={"Authorization": f"Bearer {v}"})
            for v in tokens
            for _ in range(rate)
        ]
        # A limit shared by the sandbox or by a login would refuse most of these 16.
        assert {a.status_code for a in burst} == {200}
        with httpx.Client(headers={"Authorization": f"Bearer {tokens[0]}"}) as client:
            more = [client.get(f"{running.url}/v1/core/invoices") for _ in range(3 * rate)]
        assert 429 in {a.status_code for a in more}
        assert running.stats()["rateLimited"] == sum(a.status_code == 429 for a in more)


def test_state_file_keeps_the_companies_and_their_transfers(tmp_path: Path) -> None:
    state_file = tmp_path / "sandbox.json"
    config = SandboxConfig(companies=COMPANIES, seed=2, rate=0, state_file=state_file)
    with start_sandbox(config) as running:
        basis = running.state.bases(3)[0]
        headers = {"Authorization": f"Bearer {token(running.url, 'demo3')}"}
        marked = httpx.patch(
            f"{running.url}/v1/core/invoices/{basis.id}/setsenttoeconomysystem",
            params={"date": "2026-12-01", "economySystemInvoiceNumber": "77"},
            headers=headers,
        )
        assert marked.is_success
        assert running.stats()["requests"]  # the counters count on a many-company sandbox too
    # Started again from the file alone: the same companies, logins and transfer.
    with start_sandbox(SandboxConfig(rate=0, state_file=state_file)) as running:
        assert sorted(running.state.companies) == [1, 2, 3]
        assert running.state.basis(3, basis.id).economy_system_invoice_number == "77"
        assert listed_ids(running.url, token(running.url, "demo3")) == {
            b.id for b in running.state.bases(3)
        }


def test_reset_keeps_the_companies_and_refuses_too_many_bases() -> None:
    with start_sandbox(SandboxConfig(companies=COMPANIES, seed=2, rate=0)) as running:
        fresh = httpx.post(
            f"{running.url}/sandbox/reset", params={"seed": 4}, headers=CONTROL_HEADERS
        )
        assert fresh.status_code == 200
        assert [len(running.state.bases(k)) for k in (1, 2, 3)] == [4, 4, 4]
        too_many = httpx.post(
            f"{running.url}/sandbox/reset", params={"seed": MAX_SEED}, headers=CONTROL_HEADERS
        )
        assert too_many.status_code == 400
        assert [len(running.state.bases(k)) for k in (1, 2, 3)] == [4, 4, 4]


def parsed(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    sandbox_cli.register(parser.add_subparsers(), common_options(suppress=True))
    return parser.parse_args(["sandbox", "serve", *argv])


def test_the_command_line_option_reaches_the_config_and_is_checked() -> None:
    config = sandbox_cli._config(parsed("--companies", "20", "--seed", "20"))
    assert not isinstance(config, str)
    assert (config.companies, config.seed) == (20, 20)
    default = sandbox_cli._config(parsed())
    assert not isinstance(default, str) and default.companies is None
    for wrong in ("0", str(demo_data.MAX_SANDBOX_COMPANIES + 1)):
        assert isinstance(sandbox_cli._config(parsed("--companies", wrong)), str)
    too_many = sandbox_cli._config(parsed("--companies", "3", "--seed", str(MAX_SEED)))
    assert isinstance(too_many, str) and str(MAX_SEED) in too_many


def test_client_ids_name_a_company_only_in_the_one_form() -> None:
    assert [demo_data.sandbox_credentials(k) for k in (1, 12)] == [
        ("demo1", "demo"),
        ("demo12", "demo"),
    ]
    named = {c: demo_data.sandbox_company_of(c) for c in ("demo7", "demo", "demo07", "demo-1")}
    assert named == {"demo7": 7, "demo": None, "demo07": None, "demo-1": None}
    assert demo_data.sandbox_company_of("demo" + "9" * 5000) is None
