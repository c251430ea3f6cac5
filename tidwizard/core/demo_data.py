"""The demo's master data, shared by the sandbox Tid seed and the `--demo` Administration company.

One place for the fact "which customers, articles, projects and result units exist where":
each record says whether it is in Administration, in Tid, or both. Records only in Tid make some
demo invoice bases need new customers/projects/result units (or be refused, for a missing
article); records only in Administration give the master-data export something to send.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from tidwizard.core.orgnr import with_check_digit

DEMO_CLIENT_ID = "demo"
DEMO_SECRET = "demo"
PARTNER_CLIENT_ID = "byra"
PARTNER_SECRET = "byra"

DEMO_COMPANY_NAME = "Demo Konsult AB"
DEMO_COMPANY_ORGNR = "556677-8899"
DEMO_COMPANY_EDITION = "2000"
DEMO_COMPANY_VERSION = "2024.1"

# The Tid companies the demo login reaches: the first matches the demo Administration company.
TID_COMPANIES: tuple[tuple[int, str, str], ...] = (
    (1, DEMO_COMPANY_NAME, DEMO_COMPANY_ORGNR),
    (2, "Demo Bygg AB", "559123-4561"),
)

# `sandbox serve --companies K`: companies 1..K, the two above first, each with its own login.
MAX_SANDBOX_COMPANIES = 1000
SANDBOX_COMPANY_NAME = "Demo Klient {number} AB"


def sandbox_company(number: int) -> tuple[int, str, str]:
    """Sandbox company ``number`` (from 1) as (id, name, organisationsnummer): 1 and 2 are the
    demo's two companies, the others "Demo Klient K AB" with a number of their own."""
    if not 1 <= number <= MAX_SANDBOX_COMPANIES:
        raise ValueError(f"a sandbox company is numbered 1 to {MAX_SANDBOX_COMPANIES}")
    if number <= len(TID_COMPANIES):
        return TID_COMPANIES[number - 1]
    # 559 + the number: a legal entity's form, never one of the demo's own numbers.
    return number, SANDBOX_COMPANY_NAME.format(number=number), with_check_digit(f"559{number:06d}")


def sandbox_credentials(number: int) -> tuple[str, str]:
    """(client id, secret) of the login that reaches sandbox company ``number`` alone."""
    return f"{DEMO_CLIENT_ID}{number}", DEMO_SECRET


def sandbox_company_of(client_id: str) -> int | None:
    """The company number a ``sandbox_credentials`` client id names, else None."""
    number = client_id.removeprefix(DEMO_CLIENT_ID)
    if number == client_id or not number.isascii() or not number.isdigit():
        return None
    if number.startswith("0") or len(number) > len(str(MAX_SANDBOX_COMPANIES)):
        return None
    if not 1 <= int(number) <= MAX_SANDBOX_COMPANIES:
        return None
    return int(number)


@dataclass(frozen=True)
class DemoCustomer:
    number: str
    name: str
    orgnr: str | None
    email: str
    address: str
    in_administration: bool = True
    in_tid: bool = True
    send_to_tid: bool = True


@dataclass(frozen=True)
class DemoArticle:
    number: str
    name: str
    unit: str
    price: Decimal
    vat: Decimal
    stock: Decimal = Decimal(0)
    is_package: bool = False
    in_administration: bool = True
    in_tid: bool = True
    send_to_tid: bool = True


@dataclass(frozen=True)
class DemoResultUnit:
    code: str
    name: str
    in_administration: bool = True
    in_tid: bool = True
    send_to_tid: bool = True


@dataclass(frozen=True)
class DemoProject:
    code: str
    title: str
    customer_number: str
    result_unit: str | None
    in_administration: bool = True
    in_tid: bool = True
    send_to_tid: bool = True


CUSTOMERS: tuple[DemoCustomer, ...] = (
    DemoCustomer(
        "1001",
        "Nordvik Fastigheter AB",
        "556016-0680",
        "ekonomi@nordvik.example",
        "Storgatan 12, 111 22 Stockholm",
    ),
    DemoCustomer(
        "1002",
        "Bergström & Lund Advokatbyrå KB",
        "916452-9712",
        "faktura@berglund.example",
        "Kungsgatan 5, 411 19 Göteborg",
    ),
    DemoCustomer(
        "1003",
        "Skärgårdens Båtvarv AB",
        "556703-7485",
        "info@batvarv.example",
        "Hamnvägen 3, 184 60 Åkersberga",
    ),
    DemoCustomer(
        "1004",
        "Malmö Kaffekompani AB",
        "556889-2730",
        "ekonomi@kaffekompani.example",
        "Södra Förstadsgatan 40, 211 43 Malmö",
    ),
    DemoCustomer(
        "1005",
        "Uppsala Tandvård AB",
        "556412-3304",
        "admin@uppsalatand.example",
        "Dragarbrunnsgatan 18, 753 20 Uppsala",
    ),
    DemoCustomer(
        "1006",
        "Hanna Ekström Design",
        "198305122387",
        "hanna@ekstromdesign.example",
        "Ågatan 7, 582 22 Linköping",
    ),
    DemoCustomer(
        "1007",
        "Norrlands Trä & Bygg AB",
        "556345-1185",
        "faktura@norrlandstra.example",
        "Industrivägen 21, 903 38 Umeå",
    ),
    # Only in Tid: a basis for this customer needs the customer created in Administration.
    DemoCustomer(
        "1050",
        "Fjällbacka Turism AB",
        "556921-4413",
        "info@fjallbackaturism.example",
        "Ingrid Bergmans torg 1, 450 71 Fjällbacka",
        in_administration=False,
    ),
    # Only in Administration (flagged): the master-data export creates it in Tid.
    DemoCustomer(
        "1008",
        "Gotlands Ull & Garn AB",
        "556778-1231",
        "order@gotlandsull.example",
        "Strandgatan 9, 621 56 Visby",
        in_tid=False,
    ),
    DemoCustomer(
        "1009",
        "Västerås Elteknik AB",
        "556590-8810",
        "ekonomi@vasterasel.example",
        "Kopparbergsvägen 30, 722 13 Västerås",
        in_tid=False,
        send_to_tid=False,
    ),
)

ARTICLES: tuple[DemoArticle, ...] = (
    DemoArticle("101", "Konsulttimme", "tim", Decimal("950.00"), Decimal(25)),
    DemoArticle("102", "Konsulttimme senior", "tim", Decimal("1250.00"), Decimal(25)),
    DemoArticle("103", "Projektledning", "tim", Decimal("1100.00"), Decimal(25)),
    DemoArticle("104", "Support per timme", "tim", Decimal("795.00"), Decimal(25)),
    DemoArticle("201", "Resekostnad", "st", Decimal("1.00"), Decimal(6)),
    DemoArticle("202", "Milersättning", "mil", Decimal("25.00"), Decimal(25)),
    DemoArticle("203", "Traktamente och förtäring", "st", Decimal("1.00"), Decimal(12)),
    DemoArticle("204", "Facklitteratur", "st", Decimal("349.00"), Decimal(6)),
    DemoArticle(
        "301", "Nätverkskabel Cat6 5 m", "st", Decimal("149.00"), Decimal(25), Decimal(240)
    ),
    DemoArticle("302", "Router Pro AX", "st", Decimal("1490.00"), Decimal(25), Decimal(18)),
    DemoArticle("303", "Serverskåp 12U", "st", Decimal("4990.00"), Decimal(25), Decimal(4)),
    DemoArticle(
        "401",
        "Installationspaket kontor",
        "st",
        Decimal("8900.00"),
        Decimal(25),
        is_package=True,
        send_to_tid=False,
    ),
    # Only in Tid: a basis with this article is refused (the article is missing in Administration).
    DemoArticle(
        "901", "Hyra specialverktyg", "dag", Decimal("650.00"), Decimal(25), in_administration=False
    ),
    # Only in Administration, flagged: sent by the master-data export.
    DemoArticle("105", "Utbildning halvdag", "st", Decimal("6500.00"), Decimal(25), in_tid=False),
)

RESULT_UNITS: tuple[DemoResultUnit, ...] = (
    DemoResultUnit("10", "Ledning"),
    DemoResultUnit("20", "Konsult"),
    DemoResultUnit("30", "Installation"),
    DemoResultUnit("40", "Support"),
    DemoResultUnit("50", "Utbildning", in_administration=False),
    DemoResultUnit("60", "Försäljning", in_tid=False),
)

PROJECTS: tuple[DemoProject, ...] = (
    DemoProject("P-201", "Ny webbplats Nordvik", "1001", "20"),
    DemoProject("P-202", "Ärendesystem Bergström & Lund", "1002", "20"),
    DemoProject("P-203", "Nätverk varvet", "1003", "30"),
    DemoProject("P-204", "Kassasystem butikerna", "1004", "20"),
    DemoProject("P-205", "Supportavtal 2026", "1005", "40"),
    DemoProject("P-206", "Lagerstyrning sågverket", "1007", "30"),
    # Only in Tid: a basis on this project needs the project created in Administration.
    DemoProject("P-310", "Bokningssajt sommar 2027", "1050", "50", in_administration=False),
    # Only in Administration, flagged: sent by the export.
    DemoProject("P-207", "Webbshop ullgarn", "1008", "60", in_tid=False),
)


def administration_customers() -> list[DemoCustomer]:
    return [c for c in CUSTOMERS if c.in_administration]


def tid_customers() -> list[DemoCustomer]:
    return [c for c in CUSTOMERS if c.in_tid]


def administration_articles() -> list[DemoArticle]:
    return [a for a in ARTICLES if a.in_administration]


def tid_articles() -> list[DemoArticle]:
    return [a for a in ARTICLES if a.in_tid]


def administration_result_units() -> list[DemoResultUnit]:
    return [r for r in RESULT_UNITS if r.in_administration]


def tid_result_units() -> list[DemoResultUnit]:
    return [r for r in RESULT_UNITS if r.in_tid]


def administration_projects() -> list[DemoProject]:
    return [p for p in PROJECTS if p.in_administration]


def tid_projects() -> list[DemoProject]:
    return [p for p in PROJECTS if p.in_tid]


def importable_without_questions() -> tuple[
    list[DemoCustomer], list[DemoArticle], list[DemoProject]
]:
    """What the ``--seed N`` bases may use: in both systems, and no package articles."""
    customers = [c for c in CUSTOMERS if c.in_administration and c.in_tid]
    articles = [a for a in ARTICLES if a.in_administration and a.in_tid and not a.is_package]
    projects = [
        p
        for p in PROJECTS
        if p.in_administration
        and p.in_tid
        and any(c.number == p.customer_number for c in customers)
    ]
    return customers, articles, projects
