"""A small SIE 4 reader for tests: written apart from the writer, from the standard's rules
(PC8 = code page 437, CR LF line ends, quoted texts with \\" for a quote, {} object lists)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class SieVoucher:
    series: str
    number: str
    date: dt.date
    text: str
    transactions: list[tuple[str, Decimal]] = field(default_factory=list)

    @property
    def balance(self) -> Decimal:
        return sum((amount for _, amount in self.transactions), Decimal(0))

    def amount(self, account: str) -> Decimal:
        return sum((a for acc, a in self.transactions if acc == account), Decimal(0))


@dataclass
class SieFile:
    records: list[tuple[str, list[str]]]  # every record outside a verifikation, in order
    vouchers: list[SieVoucher]

    def fields(self, tag: str) -> list[list[str]]:
        return [fields for name, fields in self.records if name == tag]

    def one(self, tag: str) -> list[str]:
        (found,) = self.fields(tag)
        return found


def fields_of(line: str) -> list[str]:
    """The fields after the label: quotes removed and \\" read as a quote; {} kept as is."""
    fields: list[str] = []
    i = 0
    while i < len(line):
        if line[i] == " ":
            i += 1
        elif line[i] == '"':
            text, i = [], i + 1
            while line[i] != '"':
                if line[i] == "\\" and line[i + 1] == '"':
                    i += 1
                text.append(line[i])
                i += 1
            fields.append("".join(text))
            i += 1
        elif line[i] == "{":
            end = line.index("}", i)
            fields.append(line[i : end + 1])
            i = end + 1
        else:
            end = line.find(" ", i)
            end = len(line) if end < 0 else end
            fields.append(line[i:end])
            i = end
    return fields


def read_sie(data: bytes) -> SieFile:
    assert data.endswith(b"\r\n"), "the last record ends its line"
    assert b"\n" not in data.replace(b"\r\n", b""), "every line ends CR LF"
    text = data.decode("cp437")
    records: list[tuple[str, list[str]]] = []
    vouchers: list[SieVoucher] = []
    inside: SieVoucher | None = None
    for line in text.split("\r\n")[:-1]:
        line = line.strip()
        if line == "{":
            assert inside is not None
            continue
        if line == "}":
            inside = None
            continue
        tag, _, rest = line.partition(" ")
        fields = fields_of(rest)
        if tag == "#VER":
            series, number, day, vertext = fields[:4]
            inside = SieVoucher(series, number, dt.datetime.strptime(day, "%Y%m%d").date(), vertext)
            vouchers.append(inside)
        elif tag == "#TRANS":
            assert inside is not None, "#TRANS only inside a verifikation"
            assert fields[1] == "{}"
            inside.transactions.append((fields[0], Decimal(fields[2])))
        else:
            records.append((tag, fields))
    return SieFile(records, vouchers)
