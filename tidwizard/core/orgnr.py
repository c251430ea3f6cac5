"""Organisationsnummer rules: parse any common way of writing one, and compare two.

A Swedish organisationsnummer has 10 digits with a Luhn check digit. Legal entities (AB, HB, KB,
föreningar...) have a third digit of 2 or more; a sole trader (enskild firma) uses the owner's
personnummer, which may also be written with its century (12 digits). Tax forms sometimes write a
legal entity's number with a leading "16" to make 12 digits. python-stdnum does the digit checks.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from stdnum import luhn
from stdnum.se import personnummer

from tidwizard.core.i18n import t, tn

# What people type between the digits: spaces, a dash, or "+" (personnummer of someone over 100).
_SEPARATORS = re.compile(r"[\s\-+\u2010-\u2015]")
_LEGAL_ENTITY_PREFIX = "16"
_CENTURIES = ("19", "20")


class OrgNrKind(StrEnum):
    LEGAL_ENTITY = "legal_entity"
    SOLE_TRADER = "sole_trader"


@dataclass(frozen=True)
class OrgNr:
    """A valid organisationsnummer: always the 10 digits, whatever way it was written."""

    digits: str
    kind: OrgNrKind

    @property
    def formatted(self) -> str:
        """The usual form ``NNNNNN-NNNN``."""
        return f"{self.digits[:6]}-{self.digits[6:]}"

    def __str__(self) -> str:
        return self.formatted


def orgnr_error_text(code: str, **params: object) -> str:
    """The message for the rule ``code``; a ``count`` chooses its singular or plural form."""
    key = f"orgnr.error.{code}"
    count = params.pop("count", None)
    return t(key, **params) if count is None else tn(key, int(str(count)), **params)


class OrgNrError(ValueError):
    """Why a text is no organisationsnummer: ``code`` names the rule, the message the fix."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(orgnr_error_text(code, **params))


def parse_orgnr(text: str) -> OrgNr:
    """Read an organisationsnummer written in any usual way, or raise :class:`OrgNrError`.

    Accepts ``556677-8899``, ``5566778899``, ``556677 8899``, ``16556677-8899`` and, for sole
    traders, a personnummer with 10 or 12 digits (``19830512-2387``).
    """
    stripped = text.strip()
    if not stripped:
        raise OrgNrError("empty")
    older_than_100 = "+" in stripped
    digits = _SEPARATORS.sub("", stripped)
    stray = next((char for char in digits if not char.isdigit() or not char.isascii()), None)
    if stray is not None:
        raise OrgNrError("not_digits", char=stray)
    if len(digits) == 12:
        return _parse_twelve(digits)
    if len(digits) != 10:
        raise OrgNrError("wrong_length", count=len(digits))
    return _parse_ten(digits, older_than_100=older_than_100)


def _parse_twelve(digits: str) -> OrgNr:
    prefix, ten = digits[:2], digits[2:]
    if prefix == _LEGAL_ENTITY_PREFIX:
        return _parse_ten(ten, older_than_100=False)
    if prefix not in _CENTURIES:
        raise OrgNrError("bad_prefix", prefix=prefix)
    # With the century written out the date is unambiguous, so a wrong date is its own mistake.
    try:
        born = dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise OrgNrError("bad_date", date=f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}") from None
    if born > dt.date.today():
        raise OrgNrError("bad_date", date=born.isoformat())
    if not luhn.is_valid(ten):
        raise OrgNrError("checksum")
    return OrgNr(ten, OrgNrKind.SOLE_TRADER)


def _parse_ten(digits: str, *, older_than_100: bool) -> OrgNr:
    # A wrong check digit is by far the most common mistake (a typo), so it is reported first.
    if not luhn.is_valid(digits):
        raise OrgNrError("checksum")
    if int(digits[2]) >= 2:
        return OrgNr(digits, OrgNrKind.LEGAL_ENTITY)
    separator = "+" if older_than_100 else "-"
    if personnummer.is_valid(f"{digits[:6]}{separator}{digits[6:]}"):
        return OrgNr(digits, OrgNrKind.SOLE_TRADER)
    raise OrgNrError("not_an_organisation")


def with_check_digit(nine_digits: str) -> str:
    """The organisationsnummer ``NNNNNN-NNNN`` that ``nine_digits`` begin, Luhn digit added."""
    ten = nine_digits + luhn.calc_check_digit(nine_digits)
    return f"{ten[:6]}-{ten[6:]}"


def same_orgnr(a: str, b: str) -> bool:
    """Whether two texts are one organisationsnummer, however written; False if one is invalid."""
    try:
        return parse_orgnr(a).digits == parse_orgnr(b).digits
    except OrgNrError:
        return False
