"""The setup service against the real sandbox Tid service: activate, choose, check, save."""

from __future__ import annotations

import functools
import socket
from pathlib import Path
from typing import Any

import httpx
import pytest

from support.setup import COMPANY_LIST, client_hiding
from tidwizard.core.admin.models import CompanyInfo
from tidwizard.core.paths import Home
from tidwizard.core.secrets import SecretStore
from tidwizard.core.settings import load_settings
from tidwizard.core.setup import (
    ADMINISTRATION_ORGNR_MENU,
    TID_ORGNR_MENU,
    ActivationResult,
    CompanyChoice,
    SetupChoices,
    SetupError,
    activate,
    check_administration,
    choose_company,
    effective_import_as,
    mismatch_message,
    save_setup,
)
from tidwizard.core.tid import TidClient
from tidwizard.core.wire import Company

KONSULT = Company(id=1, name="Demo Konsult AB", organization_number="556677-8899")
BYGG = Company(id=2, name="Demo Bygg AB", organization_number="559123-4561")
KONSULT_TWIN = Company(id=3, name="Demo Konsult AB (kopia)", organization_number="5566778899")

# Fail fast where a test expects an error: no retries, tiny backoff.
quick_client = functools.partial(TidClient, retries=0, backoff=0.01, timeout=5.0)


def never_called(*args: Any, **kwargs: Any) -> Any:
    raise AssertionError("the network must not be used")


def info(version: str = "2024.1", orgnr: str = "556677-8899", edition: str = "2000") -> CompanyInfo:
    return CompanyInfo(
        name="Demo Konsult AB",
        org_number=orgnr,
        edition=edition,  # type: ignore[arg-type]
        program_version=version,
        path=Path("/tmp/demo.sqlite"),
    )


async def test_activate_lists_both_demo_companies_and_marks_the_match(sandbox: Any) -> None:
    result = await activate(sandbox.url, "demo", "demo", "556677-8899")
    assert [choice.company.name for choice in result.companies] == [
        "Demo Konsult AB",
        "Demo Bygg AB",
    ]
    assert [choice.matches for choice in result.companies] == [True, False]
    assert result.needs_picker
    assert not result.single_mismatch
    assert [choice.company.id for choice in result.choosable] == [1]


async def test_orgnr_written_another_way_still_matches(sandbox: Any) -> None:
    result = await activate(sandbox.url, " demo ", "demo", "16 559123 4561")
    assert [choice.company.id for choice in result.choosable] == [2]


async def test_wrong_secret_says_so(profile_sandbox: Any) -> None:
    with pytest.raises(SetupError) as caught:
        await activate(
            profile_sandbox.url, "demo", "wrong", "556677-8899", client_factory=quick_client
        )
    assert caught.value.code == "tid.invalid_credentials"
    assert caught.value.message
    assert "wrong" not in caught.value.message


async def test_partner_login_asks_for_the_clients_own_api_application(
    profile_sandbox: Any,
) -> None:
    with pytest.raises(SetupError) as caught:
        await activate(
            profile_sandbox.url, "byra", "byra", "556677-8899", client_factory=quick_client
        )
    assert caught.value.code == "tid.access_refused"
    assert "API-applikation" in caught.value.message


async def test_activation_finds_out_which_companies_the_service_names(
    profile_sandbox: Any, tid_profile: str
) -> None:
    result = await activate(profile_sandbox.url, "demo", "demo", "556677-8899")
    assert not result.single_mismatch
    if tid_profile == "contract":  # the list: the picker, each with its number
        assert result.listed and result.needs_picker and not result.needs_typed_orgnr
    else:  # no list, no company endpoint: the credentials' own company, the number typed
        assert result.companies == [] and not result.listed
        assert result.needs_typed_orgnr and not result.needs_picker


async def test_without_a_company_list_the_company_endpoint_decides(sandbox: Any) -> None:
    factory = client_hiding(COMPANY_LIST)
    result = await activate(sandbox.url, "demo", "demo", "559123-4561", client_factory=factory)
    assert not result.listed and not result.needs_typed_orgnr and not result.needs_picker
    [only] = result.companies
    assert (only.company.name, only.matches) == ("Demo Konsult AB", False)
    assert result.single_mismatch  # the credentials' first company has another number


async def test_unreachable_service() -> None:
    with socket.socket() as probe:  # a loopback port that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(SetupError) as caught:
        await activate(
            f"http://127.0.0.1:{port}", "demo", "demo", "556677-8899", client_factory=quick_client
        )
    assert caught.value.code == "tid.refused"


async def test_plain_http_to_another_host_is_refused_before_any_request() -> None:
    with pytest.raises(SetupError) as caught:
        await activate("http://tid.example.com", "demo", "demo", "556677-8899")
    assert caught.value.code == "tid.insecure_url"


@pytest.mark.parametrize(
    ("client_id", "secret", "orgnr", "code"),
    [
        ("", "demo", "556677-8899", "missing_client_id"),
        ("demo", "", "556677-8899", "missing_secret"),
        ("demo", "demo", "556677-8898", "orgnr_invalid"),
    ],
)
async def test_input_is_checked_before_the_network(
    client_id: str, secret: str, orgnr: str, code: str
) -> None:
    with pytest.raises(SetupError) as caught:
        await activate("http://127.0.0.1:9", client_id, secret, orgnr, client_factory=never_called)
    assert caught.value.code == code


async def test_login_that_reaches_no_company() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/Auth/Token":
            return httpx.Response(200, json={"accessToken": "pk_a.pa_b", "expires": None})
        empty = {"objectName": "list", "page": 1, "pageSize": 100, "itemCount": 0}
        return httpx.Response(
            200, json={**empty, "totalItemCount": 0, "totalPages": 0, "items": []}
        )

    factory = functools.partial(TidClient, transport=httpx.MockTransport(answer), retries=0)
    with pytest.raises(SetupError) as caught:
        await activate(
            "https://tid.example.com", "demo", "demo", "556677-8899", client_factory=factory
        )
    assert caught.value.code == "no_companies"


def result_of(*pairs: tuple[Company, bool]) -> ActivationResult:
    return ActivationResult([CompanyChoice(company, matches) for company, matches in pairs])


def test_choose_the_single_matching_company() -> None:
    result = result_of((KONSULT, True), (BYGG, False))
    assert choose_company(result, "556677-8899") == KONSULT
    assert choose_company(result, "556677-8899", 1) == KONSULT


def test_requested_company_must_match() -> None:
    with pytest.raises(SetupError) as caught:
        choose_company(result_of((KONSULT, True), (BYGG, False)), "556677-8899", 2)
    assert caught.value.code == "orgnr_mismatch"
    assert "559123-4561" in caught.value.message


def test_requested_company_must_exist_and_the_message_lists_the_others() -> None:
    with pytest.raises(SetupError) as caught:
        choose_company(result_of((KONSULT, True), (BYGG, False)), "556677-8899", 7)
    assert caught.value.code == "unknown_company"
    assert "1: Demo Konsult AB (556677-8899)" in caught.value.message
    assert "2: Demo Bygg AB (559123-4561)" in caught.value.message


def test_several_matching_companies_need_an_explicit_choice() -> None:
    result = result_of((KONSULT, True), (KONSULT_TWIN, True), (BYGG, False))
    with pytest.raises(SetupError) as caught:
        choose_company(result, "556677-8899")
    assert caught.value.code == "choose_company"
    assert "--company" in caught.value.message
    assert "Demo Bygg AB" not in caught.value.message  # only the ones that can be chosen
    assert choose_company(result, "556677-8899", 3) == KONSULT_TWIN


def test_single_company_with_another_orgnr() -> None:
    result = result_of((BYGG, False))
    assert result.single_mismatch and not result.needs_picker
    with pytest.raises(SetupError) as caught:
        choose_company(result, "5566778899")
    assert caught.value.code == "orgnr_mismatch"


def test_several_companies_none_matching() -> None:
    with pytest.raises(SetupError) as caught:
        choose_company(result_of((KONSULT, False), (BYGG, False)), "212000-0142")
    assert caught.value.code == "no_matching_company"
    assert "212000-0142" in caught.value.message


def test_mismatch_message_says_what_to_change_where() -> None:
    message = mismatch_message("5566778899", BYGG)
    for expected in ("556677-8899", "559123-4561", "Demo Bygg AB", TID_ORGNR_MENU):
        assert expected in message
    assert ADMINISTRATION_ORGNR_MENU in message


@pytest.mark.parametrize(
    ("edition", "requested", "expected"),
    [
        ("500", "order", "invoice"),
        ("fakturering", "order", "invoice"),
        ("500", "invoice", "invoice"),
        ("1000", "order", "order"),
        ("2000", "order", "order"),
        ("2000", "invoice", "invoice"),
    ],
)
def test_effective_import_as(edition: str, requested: Any, expected: str) -> None:
    assert effective_import_as(edition, requested) == expected


def test_administration_checks() -> None:
    assert check_administration(info()) == []
    assert check_administration(info(version="2018.7")) == []
    assert check_administration(info(version="2018.10")) == []  # numerically newer than 2018.7
    [old] = check_administration(info(version="2018.6"))
    assert old.code == "version_too_old"
    assert "2018.6" in old.message and "2018.7" in old.message
    [bad] = check_administration(info(orgnr="556677-8898"))
    assert bad.code == "orgnr_invalid"
    assert ADMINISTRATION_ORGNR_MENU in bad.message
    assert [p.code for p in check_administration(info(version="2017.1", orgnr=""))] == [
        "version_too_old",
        "orgnr_invalid",
    ]


def choices(tmp_path: Path, client_id: str = "demo", **changes: Any) -> SetupChoices:
    base = SetupChoices(
        tid_url="http://127.0.0.1:8080/",
        client_id=client_id,
        tid_company=KONSULT,
        administration_path=tmp_path / "konsult.sqlite",
        import_as="order",
        reminder=True,
        reminder_minutes=20,
        language="en",
    )
    for name, value in changes.items():
        setattr(base, name, value)
    return base


def test_save_setup_saves_settings_and_secret(home_dir: Path, tmp_path: Path) -> None:
    home = Home.resolve(home_dir)
    saved = save_setup(home, choices(tmp_path), "Hemlig-123")
    assert saved == load_settings(home)
    assert saved.configured
    assert saved.tid_url == "http://127.0.0.1:8080"
    assert (saved.tid_company_id, saved.tid_company_name) == (1, "Demo Konsult AB")
    assert saved.tid_org_number == "556677-8899"
    assert saved.administration_path == tmp_path / "konsult.sqlite"
    assert (saved.import_as, saved.reminder, saved.reminder_minutes) == ("order", True, 20)
    assert SecretStore(home).get("demo") == "Hemlig-123"
    holders = [p for p in home_dir.rglob("*") if p.is_file() and b"Hemlig-123" in p.read_bytes()]
    assert holders == [home.secret_file]


def test_a_new_login_replaces_the_old_secret(home_dir: Path, tmp_path: Path) -> None:
    home = Home.resolve(home_dir)
    save_setup(home, choices(tmp_path, client_id="first"), "one")
    save_setup(home, choices(tmp_path, client_id="second"), "two")
    store = SecretStore(home)
    assert store.get("first") is None
    assert store.get("second") == "two"


def test_nothing_is_half_saved(home_dir: Path, tmp_path: Path) -> None:
    home = Home.resolve(home_dir)
    first = save_setup(home, choices(tmp_path), "old-secret")
    home.settings_file.unlink()
    home.settings_file.mkdir()  # the settings cannot be written now
    with pytest.raises(SetupError) as caught:
        save_setup(home, choices(tmp_path, client_id="demo"), "new-secret")
    assert caught.value.code == "save_failed"
    assert str(home.settings_file) in caught.value.message
    assert SecretStore(home).get("demo") == "old-secret"
    with pytest.raises(SetupError):
        save_setup(home, choices(tmp_path, client_id="fresh"), "fresh-secret")
    assert SecretStore(home).get("fresh") is None
    assert first.client_id == "demo"


def test_save_setup_checks_its_input(home_dir: Path, tmp_path: Path) -> None:
    home = Home.resolve(home_dir)
    with pytest.raises(SetupError) as caught:
        save_setup(home, choices(tmp_path, tid_url="http://tid.example.com"), "secret")
    assert caught.value.code == "tid.insecure_url"
    with pytest.raises(SetupError):
        save_setup(home, choices(tmp_path), "")
    assert not home.settings_file.exists()
    assert not home.secret_file.exists()


def test_save_setup_with_a_typed_number_keeps_the_credentials_own_company(
    home_dir: Path, tmp_path: Path
) -> None:
    home = Home.resolve(home_dir)
    saved = save_setup(home, choices(tmp_path, tid_company=None, typed_orgnr="5566778899"), "s")
    assert saved == load_settings(home)
    assert saved.configured
    assert (saved.tid_company_id, saved.tid_company_name) == (None, "")
    assert (saved.tid_org_number, saved.tid_org_number_source) == ("556677-8899", "typed")


def test_save_setup_refuses_a_missing_typed_number(home_dir: Path, tmp_path: Path) -> None:
    home = Home.resolve(home_dir)
    with pytest.raises(SetupError) as caught:
        save_setup(home, choices(tmp_path, tid_company=None, typed_orgnr=""), "secret")
    assert caught.value.code == "tid_orgnr_invalid"
    assert not home.settings_file.exists() and not home.secret_file.exists()


def test_a_number_from_tid_is_saved_as_checked_against_tid(home_dir: Path, tmp_path: Path) -> None:
    saved = save_setup(Home.resolve(home_dir), choices(tmp_path), "secret")
    assert saved.tid_org_number_source == "tid"
