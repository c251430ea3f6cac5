"""Exact money arithmetic. Money is Decimal, never float."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal

ORE = Decimal("0.01")
KRONA = Decimal("1")
HUNDRED = Decimal("100")


def to_ore(amount: Decimal) -> Decimal:
    """Round to the öre (two decimals), half away from zero, as Swedish invoices do."""
    return amount.quantize(ORE, rounding=ROUND_HALF_UP)


def row_sum(value: Decimal, rate: Decimal, discount: Decimal = Decimal(0)) -> Decimal:
    """The sum of one invoice row: value x rate x (1 - discount/100), rounded to the öre."""
    return to_ore(value * rate * (1 - discount / HUNDRED))


def vat_amount(net: Decimal, vat_percent: Decimal) -> Decimal:
    """VAT on a net amount at a rate in percent, rounded to the öre."""
    return to_ore(net * vat_percent / HUNDRED)


def vat_per_rate(net_by_rate: Mapping[Decimal, Decimal]) -> dict[Decimal, Decimal]:
    """VAT of each rate on the net of that rate, each rounded to the öre, as an invoice shows
    it (so the import's VAT and the bookkeeping's agree to the öre)."""
    return {rate: vat_amount(net, rate) for rate, net in net_by_rate.items()}


def round_to_krona(total: Decimal) -> tuple[Decimal, Decimal]:
    """Öresavrundning: the total rounded to whole kronor, and the rounding line to get there."""
    rounded = total.quantize(KRONA, rounding=ROUND_HALF_UP)
    return to_ore(rounded), to_ore(rounded - total)


def json_amount(amount: Decimal) -> str:
    """Amounts in tidwizard's own JSON output: a string with exactly two decimals."""
    return f"{to_ore(amount):.2f}"


def format_amount(amount: Decimal, lang: str = "sv") -> str:
    """Human form: '12 500,00' in Swedish, '12,500.00' in English."""
    text = f"{to_ore(amount):,.2f}"
    if lang == "sv":
        text = text.replace(",", "\u00a0").replace(".", ",")
    return text
