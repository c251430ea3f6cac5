"""One invoice as one verifikation: what is owed, what was sold, the VAT, the öresavrundning.

Debit (positive) kundfordringar with the total; credit (negative) the sales of each VAT rate with
that rate's net, the output VAT of each rate, and the öresavrundning. A credit invoice has
negative amounts, so the same booking comes out reversed. Everything is computed from the
stored rows and checked against the stored totals, so the booking and `company show --json`
agree to the öre.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from tidwizard.core.admin.models import Document
from tidwizard.core.i18n import t
from tidwizard.core.money import vat_per_rate
from tidwizard.core.sie.accounts import AccountPlan

ZERO = Decimal(0)
# Verifikationsserie F (fakturor); the verifikation's number is the invoice's number.
SERIES = "F"


class BookingError(ValueError):
    """An invoice that cannot be booked as it is; the message names it and says why."""


@dataclass(frozen=True)
class Transaction:
    account: str
    amount: Decimal  # debit positive, credit negative


@dataclass(frozen=True)
class Voucher:
    """A verifikation: series and number, date, text, the day it was registered, its lines."""

    series: str
    number: int
    date: dt.date
    text: str
    registered: dt.date
    transactions: tuple[Transaction, ...]

    @property
    def balance(self) -> Decimal:
        return sum((line.amount for line in self.transactions), ZERO)


def one_line(text: str) -> str:
    """A text for the file: control characters (a line break would end the record) become
    spaces, and å is one character (NFC), which the code page has."""
    text = unicodedata.normalize("NFC", text)
    return "".join(" " if unicodedata.category(c) == "Cc" else c for c in text)


def net_per_rate(invoice: Document) -> dict[Decimal, Decimal]:
    """The net of the article rows of each VAT rate; text rows carry no amount."""
    nets: dict[Decimal, Decimal] = defaultdict(lambda: ZERO)
    for row in invoice.rows:
        if row.kind == "article":
            nets[row.vat_rate] += row.net
    return dict(nets)


def book_invoice(invoice: Document, plan: AccountPlan) -> Voucher:
    """The verifikation of one invoice; raises :class:`BookingError` for a VAT rate without an
    account or rows that do not add up to the invoice's stored totals."""
    nets = net_per_rate(invoice)
    vats = vat_per_rate(nets)
    if (
        sum(nets.values(), ZERO) != invoice.net
        or sum(vats.values(), ZERO) != invoice.vat
        or invoice.net + invoice.vat + invoice.rounding != invoice.total
    ):
        raise BookingError(t("sie.error.does_not_add_up", number=invoice.number))
    lines = [Transaction(plan.receivables, invoice.total)]
    for rate in sorted(nets, reverse=True):
        sales, output_vat = plan.sales(rate), plan.output_vat(rate)
        if sales is None or (output_vat is None and vats[rate]):
            raise BookingError(t("sie.error.no_account", number=invoice.number, rate=rate))
        lines.append(Transaction(sales, -nets[rate]))
        if output_vat is not None:
            lines.append(Transaction(output_vat, -vats[rate]))
    lines.append(Transaction(plan.rounding, -invoice.rounding))
    # A line of nothing says nothing; kundfordringar stays, so a verifikation is never empty.
    kept = tuple(lines[:1] + [line for line in lines[1:] if line.amount])
    voucher = Voucher(
        series=SERIES,
        number=invoice.number,
        date=invoice.date,
        text=t(
            "sie.voucher.credit" if invoice.is_credit else "sie.voucher.invoice",
            number=invoice.number,
            customer=one_line(invoice.customer_name),  # t() would write a line break as \\x0a
        ),
        registered=invoice.created_at.date(),
        transactions=kept,
    )
    if voucher.balance != ZERO:  # cannot be after the checks above; never write one that is not
        raise BookingError(t("sie.error.does_not_add_up", number=invoice.number))
    return voucher
