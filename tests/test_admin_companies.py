"""Finding company files under the home, and the demo company."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from tidwizard.core import demo_data
from tidwizard.core.admin import (
    AdministrationError,
    AdministrationStore,
    company_file_name,
    company_files,
    create_demo_company,
    resolve_company,
)
from tidwizard.core.orgnr import same_orgnr
from tidwizard.core.paths import Home


def new_company(home: Home, name: str, orgnr: str = "556677-8899") -> Path:
    home.ensure()
    path = home.companies_dir / company_file_name(name)
    AdministrationStore.create(
        path, name=name, orgnr=orgnr, edition="500", program_version="2024.1"
    ).close()
    return path


def test_file_names_come_from_the_company_name() -> None:
    assert company_file_name("Demo Konsult AB") == "demo-konsult-ab.sqlite"
    assert company_file_name("Skärgårdens Båtvarv AB") == "skargardens-batvarv-ab.sqlite"
    assert company_file_name("Bergström & Lund KB") == "bergstrom-lund-kb.sqlite"
    assert company_file_name("!!!") == "foretag.sqlite"


def test_the_only_company_is_chosen_without_asking(tmp_path: Path) -> None:
    home = Home.resolve(tmp_path)
    only = new_company(home, "Ensam AB")
    assert company_files(home) == [only]
    assert resolve_company(home, None) == only


def test_no_company_says_how_to_create_one(tmp_path: Path) -> None:
    with pytest.raises(AdministrationError, match="tidwizard company create") as caught:
        resolve_company(Home.resolve(tmp_path), None)
    assert caught.value.code == "no_companies"


def test_several_companies_name_the_choices(tmp_path: Path) -> None:
    home = Home.resolve(tmp_path)
    new_company(home, "Alfa AB")
    beta = new_company(home, "Beta Bygg AB", "559123-4561")
    with pytest.raises(AdministrationError, match="alfa-ab, beta-bygg-ab") as caught:
        resolve_company(home, None)
    assert caught.value.code == "several_companies"
    assert resolve_company(home, "beta bygg ab") == beta  # by company name
    assert resolve_company(home, "beta-bygg-ab") == beta  # by file name
    assert resolve_company(home, str(beta)) == beta  # by path
    with pytest.raises(AdministrationError, match="Gamma") as unknown:
        resolve_company(home, "Gamma")
    assert unknown.value.code == "unknown_company"


def test_other_files_in_the_folder_are_not_companies(tmp_path: Path) -> None:
    home = Home.resolve(tmp_path)
    path = new_company(home, "Alfa AB")
    (home.companies_dir / "notes.txt").write_text("x")
    assert company_files(home) == [path]


def test_demo_company_matches_demo_data(tmp_path: Path) -> None:
    with create_demo_company(tmp_path / "demo.sqlite") as store:
        info = store.company()
        assert same_orgnr(info.org_number, demo_data.TID_COMPANIES[0][2])
        assert (info.name, info.edition, info.program_version) == (
            "Demo Konsult AB",
            "2000",
            "2024.1",
        )
        assert [str(c.number) for c in store.customers()] == [
            c.number
            for c in sorted(demo_data.administration_customers(), key=lambda c: int(c.number))
        ]
        assert {a.number for a in store.articles()} == {
            a.number for a in demo_data.administration_articles()
        }
        assert store.get_article("901") is None  # only in Tid
        assert store.get_customer(1050) is None
        assert store.get_result_unit("50") is None
        cable = store.get_article("301")
        assert cable is not None and cable.stock == Decimal(240) and cable.stock_item
        package = store.get_article("401")
        assert package is not None and package.is_package and not package.send_to_tid
        assert not store.get_customer(1009).send_to_tid  # type: ignore[union-attr]
        assert store.get_project("P-207").result_unit == "60"  # type: ignore[union-attr]
        assert store.invoices() == [] and store.orders() == []
