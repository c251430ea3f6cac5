"""`tidwizard company sie`: the invoices of a company file, in a date range, as an SIE 4 file.

Orders are not booked (they are not yet sales). The fiscal year (#RAR) is the calendar year: the
company file records no other. Year 0 is the newest invoice's year, and each earlier year an
invoice falls in is there too (-1, -2...), so every verifikation lies within a #RAR year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from tidwizard import __version__
from tidwizard.core.admin.models import Document
from tidwizard.core.admin.store import AdministrationStore
from tidwizard.core.sie.accounts import AccountPlan
from tidwizard.core.sie.booking import Voucher, book_invoice
from tidwizard.core.sie.writer import FiscalYear, SieContent, sie_bytes


@dataclass(frozen=True)
class SieExport:
    content: SieContent
    invoices: Sequence[Document]

    @property
    def data(self) -> bytes:
        return sie_bytes(self.content)


def in_range(day: dt.date, start: dt.date | None, end: dt.date | None) -> bool:
    return (start is None or day >= start) and (end is None or day <= end)


def calendar_years(days: Sequence[dt.date], otherwise: dt.date) -> list[FiscalYear]:
    """#RAR 0 for the newest year of ``days`` (``otherwise``'s year when there are none), then
    one per earlier year down to the oldest."""
    newest = max(days, default=otherwise).year
    oldest = min(days, default=otherwise).year
    return [
        FiscalYear(year - newest, dt.date(year, 1, 1), dt.date(year, 12, 31))
        for year in range(newest, oldest - 1, -1)
    ]


def used_accounts(vouchers: Sequence[Voucher], plan: AccountPlan) -> list[tuple[str, str]]:
    numbers = sorted({line.account for v in vouchers for line in v.transactions})
    return [(number, plan.name_of(number)) for number in numbers]


def sie_export(
    store: AdministrationStore,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    today: dt.date | None = None,
) -> SieExport:
    """Book the invoices dated ``start``..``end`` (both included, either open). Raises
    ``BookingError`` for an invoice that cannot be booked, before anything is written."""
    today = today or dt.date.today()
    info = store.company()
    plan = AccountPlan.of(store.changed_accounts())
    invoices = [d for d in store.invoices() if in_range(d.date, start, end)]
    invoices.sort(key=lambda d: (d.date, d.number))
    vouchers = [book_invoice(invoice, plan) for invoice in invoices]
    content = SieContent(
        company_name=info.name,
        org_number=info.org_number,
        program_version=__version__,
        generated=today,
        years=calendar_years([v.date for v in vouchers], end or start or today),
        accounts=used_accounts(vouchers, plan),
        vouchers=vouchers,
    )
    return SieExport(content, invoices)
