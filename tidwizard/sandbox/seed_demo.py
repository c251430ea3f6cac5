"""The demo's invoice bases: realistic Swedish fakturaunderlag, among them the cases to refuse.

Company 1 (Demo Konsult AB) gets pending bases 1001-1024 and transferred ones 1025-1029; company 2
(Demo Bygg AB) a handful of its own from 2001; any further company (``--companies``) Demo Konsult
AB's, numbered in its own block of ids.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from tidwizard.sandbox.basis_builder import (
    Header,
    Note,
    RowDescription,
    Subtotal,
    Work,
    first_basis_id,
    make_entry,
)
from tidwizard.sandbox.state import CompanyData

# A Tid customer whose number is not numeric (in every seed's companies, ``seed.empty_company``).
# Administration's customer numbers are digits, so the import rules must refuse its basis (1016);
# it exists in no Administration company.
KIOSK_NUMBER = "K-17"
KIOSK_NAME = "Kiosken på hörnet"

D = dt.date.fromisoformat
OCT = (D("2026-10-01"), D("2026-10-31"))
NOV = (D("2026-11-01"), D("2026-11-30"))
YOUR = {
    "1001": "Anna Nordvik",
    "1002": "Per Bergström",
    "1003": "Lars Holm",
    "1004": "Sara Malm",
    "1005": "Karin Öberg",
    "1006": "Hanna Ekström",
    "1007": "Nils Åström",
    "1050": "Ingrid Fjäll",
    KIOSK_NUMBER: "Ali Hassan",
}


def _support_month() -> list[RowDescription]:
    """30 rows: a header, 28 support days in October, a sum row."""
    days = [d for d in range(1, 32) if D(f"2026-10-{d:02d}").weekday() < 5][:22]
    rows: list[RowDescription] = [Header("Support oktober 2026")]
    rows += [
        Work("104", ("1.5", "2", "0.75", "3")[i % 4], f"Support {D(f'2026-10-{d:02d}')}")
        for i, d in enumerate(days)
    ]
    rows += [Work("202", "4", f"Resa till kund {D(f'2026-10-{d:02d}')}") for d in days[:6]]
    rows.append(Subtotal("Summa support oktober"))
    return rows


# (id, customer, project, result unit, invoice date, period, our reference, rows[, sum adjustment])
PENDING: list[tuple[Any, ...]] = [
    (
        1001,
        "1001",
        "P-201",
        "20",
        "2026-11-30",
        NOV,
        "Erik Sandberg",
        [
            Header("Vecka 45"),
            Work("101", "7.5", "Konsultarbete vecka 45", "10"),
            Work("102", "4", "Arkitekturgenomgång"),
            Work("103", "2", "Projektmöte"),
            Subtotal("Summa vecka 45"),
            Header("Vecka 46"),
            Work("101", "8", "Konsultarbete vecka 46", "10"),
            Work("202", "47", "Resa Stockholm-Göteborg"),
            Subtotal("Summa vecka 46"),
        ],
    ),
    (
        1002,
        "1002",
        "P-202",
        "20",
        "2026-10-31",
        OCT,
        "Maria Lindqvist",
        [
            Work("101", "12.25", "Konsultarbete ärendesystem"),
            Work("102", "6", "Integration dokumentarkiv"),
            Note("Enligt offert 2026-09-14"),
        ],
    ),
    (
        1003,
        "1003",
        "P-203",
        "30",
        "2026-11-30",
        NOV,
        "Johan Berg",
        [
            Work("301", "12", "Kablar till verkstadshallen"),
            Work("302", "2", "Routrar kontor och verkstad"),
            Work("101", "6", "Installation nätverk"),
            Work("202", "18", "Resa Stockholm-Åkersberga t/r"),
        ],
    ),
    (
        1004,
        "1004",
        "P-204",
        "20",
        "2026-11-30",
        NOV,
        "Erik Sandberg",
        [
            Work("103", "10", "Projektledning kassasystem", "5"),
            Work("101", "22.5", "Konsultarbete vecka 45-46"),
        ],
    ),
    (1005, "1005", "P-205", "40", "2026-10-31", OCT, "Maria Lindqvist", _support_month()),
    (
        1006,
        "1006",
        None,
        None,
        "2026-11-30",
        NOV,
        "Johan Berg",
        [
            Work("102", "3", "Designgranskning ny logotyp"),
        ],
    ),
    (
        1007,
        "1007",
        "P-206",
        "30",
        "2026-11-30",
        NOV,
        "Erik Sandberg",
        [
            Work("103", "8", "Projektledning lagerstyrning"),
            Work("101", "16", "Konsultarbete vecka 46"),
            Work("303", "1", "Serverskåp till lagret"),
        ],
    ),
    (
        1008,
        "1001",
        None,
        "20",
        "2026-10-31",
        OCT,
        "Maria Lindqvist",
        [
            Work("204", "2", "Facklitteratur projektledning"),
            Work("203", "450", "Traktamente Göteborg 2 dagar", rate="1.00"),
        ],
    ),
    # Need new records in Administration: customer 1050, project P-310, result unit 50.
    (
        1009,
        "1050",
        "P-310",
        "50",
        "2026-11-30",
        NOV,
        "Johan Berg",
        [
            Work("102", "16", "Konsultarbete bokningssajt vecka 46"),
            Work("103", "4", "Projektmöte Fjällbacka"),
            Work("202", "52", "Resa Stockholm-Fjällbacka"),
        ],
    ),
    (
        1010,
        "1050",
        "P-310",
        "50",
        "2026-10-31",
        OCT,
        "Johan Berg",
        [
            Work("101", "20", "Förstudie bokningssajt"),
        ],
    ),
    (
        1011,
        "1050",
        None,
        None,
        "2026-11-30",
        NOV,
        "Maria Lindqvist",
        [
            Work("104", "3", "Support e-post"),
        ],
    ),
    (
        1012,
        "1003",
        None,
        "50",
        "2026-11-30",
        NOV,
        "Erik Sandberg",
        [
            Work("101", "6", "Utbildning nätverk för personalen"),
        ],
    ),
    # Must be refused: article 901 exists only in Tid.
    (
        1013,
        "1007",
        "P-206",
        "30",
        "2026-11-30",
        NOV,
        "Erik Sandberg",
        [
            Work("901", "3", "Hyra specialverktyg vecka 44"),
            Work("101", "8", "Montering hyllsystem"),
        ],
    ),
    # Must be refused: a package article.
    (
        1014,
        "1003",
        "P-203",
        "30",
        "2026-11-30",
        NOV,
        "Johan Berg",
        [
            Work("401", "1", "Installationspaket kontor"),
        ],
    ),
    # Must be refused: the stated sum is 3 öre more than its rows.
    (
        1015,
        "1004",
        "P-204",
        "20",
        "2026-11-30",
        NOV,
        "Erik Sandberg",
        [
            Work("101", "3.5", "Felsökning kassaterminaler"),
            Work("104", "1.25", "Support kvällstid", "15"),
        ],
        Decimal("0.03"),
    ),
    # Must be refused: the customer number is not numeric.
    (
        1016,
        KIOSK_NUMBER,
        None,
        None,
        "2026-11-30",
        NOV,
        "Maria Lindqvist",
        [
            Work("104", "2", "Kassasupport"),
        ],
    ),
    # A credit basis: negative values, negative sum.
    (
        1017,
        "1002",
        "P-202",
        "20",
        "2026-11-30",
        NOV,
        "Maria Lindqvist",
        [
            Work("101", "-4", "Kreditering: felaktigt debiterade timmar vecka 44"),
            Note("Avser faktura 1031"),
        ],
    ),
    (
        1018,
        "1005",
        "P-205",
        "40",
        "2026-11-30",
        NOV,
        "Maria Lindqvist",
        [
            Work("104", "14.5", "Support november", "15"),
            Note("Rabatt enligt supportavtal 2026"),
        ],
    ),
    (
        1019,
        "1001",
        "P-201",
        "20",
        "2026-11-30",
        NOV,
        "Erik Sandberg",
        [
            Work("102", "9.75", "Granskning av webbplatsens säkerhet"),
            Work("202", "47", "Resa Stockholm-Göteborg"),
        ],
    ),
    (
        1020,
        "1006",
        None,
        None,
        "2026-10-31",
        OCT,
        "Johan Berg",
        [
            Work("101", "5.5", "Konsultarbete webbutik"),
        ],
    ),
    (
        1021,
        "1004",
        None,
        "10",
        "2026-11-30",
        NOV,
        "Erik Sandberg",
        [
            Work("103", "6", "Styrgruppsmöten"),
        ],
    ),
    (
        1022,
        "1007",
        "P-206",
        "30",
        "2026-10-31",
        OCT,
        "Erik Sandberg",
        [
            Work("101", "15", "Konsultarbete vecka 42-43"),
            Work("301", "24", "Kablar till sågverket", "10"),
        ],
    ),
    (
        1023,
        "1002",
        "P-202",
        "20",
        "2026-11-30",
        NOV,
        "Maria Lindqvist",
        [
            Header("Utveckling"),
            Work("101", "18", "Konsultarbete vecka 47"),
            Work("102", "6.5", "Kodgranskning"),
            Subtotal("Summa utveckling"),
            Header("Möten"),
            Work("103", "3", "Avstämning med Per Bergström"),
            Subtotal("Summa möten"),
        ],
    ),
    (
        1024,
        "1005",
        "P-205",
        "40",
        "2026-11-30",
        NOV,
        "Johan Berg",
        [
            Work("104", "7", "Support november"),
            Work("204", "1", "Handbok nätverkssäkerhet"),
        ],
    ),
]

# Already transferred in October: (id, customer, project, result unit, date sent, number, rows).
TRANSFERRED: list[tuple[Any, ...]] = [
    (1025, "1001", "P-201", "20", "2026-10-31", "1031", [Work("101", "20", "Arbete oktober")]),
    (1026, "1002", "P-202", "20", "2026-10-31", "1032", [Work("102", "12", "Arbete oktober")]),
    (1027, "1003", "P-203", "30", "2026-11-02", "1033", [Work("302", "1", "Router till kontoret")]),
    (1028, "1005", "P-205", "40", "2026-11-02", "1034", [Work("104", "9", "Support oktober")]),
    (1029, "1007", "P-206", "30", "2026-11-03", "1035", [Work("103", "5", "Projektledning")]),
]

# Demo Bygg AB's own bases.
BYGG: list[tuple[Any, ...]] = [
    (
        2001,
        "1007",
        "P-206",
        "30",
        "2026-11-30",
        NOV,
        "Sofia Karlsson",
        [
            Work("103", "12", "Byggledning lagerhall"),
            Work("303", "2", "Serverskåp till byggbodarna"),
        ],
    ),
    (
        2002,
        "1003",
        None,
        "30",
        "2026-10-31",
        OCT,
        "Sofia Karlsson",
        [
            Work("101", "9", "Ritningsgranskning bryggor"),
        ],
    ),
    (
        2003,
        "1001",
        "P-201",
        "20",
        "2026-11-30",
        NOV,
        "Ola Persson",
        [
            Work("301", "40", "Kabeldragning kontor"),
            Work("202", "30", "Resa Stockholm-Uppsala t/r"),
        ],
    ),
    (
        2004,
        "1004",
        None,
        None,
        "2026-11-30",
        NOV,
        "Ola Persson",
        [
            Work("101", "4", "Besiktning butikslokal"),
        ],
    ),
]


def add_demo_bases(company: CompanyData, company_number: int) -> None:
    """The demo's bases for sandbox company ``company_number``: Demo Bygg AB's for company 2,
    Demo Konsult AB's for every other (beyond company 2 with ids of their own)."""
    shift = 0 if company_number <= 2 else first_basis_id(company_number) - first_basis_id(1)
    for basis_id, customer, project, unit, date, period, ours, rows, *adjust in (
        BYGG if company_number == 2 else PENDING
    ):
        company.bases[basis_id + shift] = make_entry(
            company,
            basis_id + shift,
            customer_number=customer,
            project=project,
            cost_center=unit,
            invoice_date=D(date),
            period=period,
            your_reference=YOUR[customer],
            our_reference=ours,
            rows=rows,
            sum_adjustment=adjust[0] if adjust else Decimal(0),
        )
    if company_number == 2:
        return
    for basis_id, customer, project, unit, sent, number, rows in TRANSFERRED:
        company.bases[basis_id + shift] = make_entry(
            company,
            basis_id + shift,
            customer_number=customer,
            project=project,
            cost_center=unit,
            invoice_date=D("2026-10-31"),
            period=OCT,
            your_reference=YOUR[customer],
            our_reference="Erik Sandberg",
            rows=rows,
            transferred=(D(sent), number),
        )
