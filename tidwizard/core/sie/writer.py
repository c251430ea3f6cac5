"""The SIE 4 file itself: records, quoting, the PC8 code page and line ends.

The SIE standard's file is text in PC8, IBM PC 8-bit extended ASCII (code page 437), one record
a line, lines ending CR LF. A text field is in quotes and a quote inside it is written ``\\"``;
fields are separated by a space. Amounts have a dot and two decimals, dates are ``YYYYMMDD``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from tidwizard.core.money import json_amount
from tidwizard.core.sie.booking import Voucher, one_line

ENCODING = "cp437"  # #FORMAT PC8
LINE_END = "\r\n"


@dataclass(frozen=True)
class FiscalYear:
    """#RAR: 0 is the year of the file, -1 the one before, and so on."""

    index: int
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class SieContent:
    company_name: str
    org_number: str  # NNNNNN-NNNN
    program_version: str
    generated: dt.date
    years: Sequence[FiscalYear]
    accounts: Sequence[tuple[str, str]]  # (number, name), every account the vouchers use
    vouchers: Sequence[Voucher]


def quoted(text: str) -> str:
    """A text field, on one line (:func:`one_line`); a backslash, which would read as escaping
    what follows it, becomes ``?`` as any character the code page lacks does when encoded; a
    quote is written ``\\"``."""
    return '"' + one_line(text).replace("\\", "?").replace('"', '\\"') + '"'


def _date(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


def _amount(amount: Decimal) -> str:
    return json_amount(amount) if amount else "0.00"  # never "-0.00"


def sie_lines(content: SieContent) -> list[str]:
    lines = [
        "#FLAGGA 0",
        f"#PROGRAM {quoted('tidwizard')} {quoted(content.program_version)}",
        "#FORMAT PC8",
        f"#GEN {_date(content.generated)}",
        "#SIETYP 4",
        f"#ORGNR {content.org_number}",
        f"#FNAMN {quoted(content.company_name)}",
    ]
    lines += [f"#RAR {y.index} {_date(y.start)} {_date(y.end)}" for y in content.years]
    lines += [f"#KONTO {number} {quoted(name)}" for number, name in content.accounts]
    for voucher in content.vouchers:
        lines.append(
            f"#VER {quoted(voucher.series)} {voucher.number} {_date(voucher.date)} "
            f"{quoted(voucher.text)} {_date(voucher.registered)}"
        )
        lines.append("{")
        lines += [
            f"#TRANS {line.account} {{}} {_amount(line.amount)}" for line in voucher.transactions
        ]
        lines.append("}")
    return lines


def sie_bytes(content: SieContent) -> bytes:
    """The file as the standard has it: PC8, CR LF; a character PC8 lacks is written ``?``."""
    text = "".join(line + LINE_END for line in sie_lines(content))
    return text.encode(ENCODING, errors="replace")
