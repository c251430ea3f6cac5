"""The accounts an invoice is booked to: BAS by default, changeable per company.

Each account has a *role* (receivables, sales at a VAT rate, output VAT at a rate, öresavrundning).
BAS 2011 onwards: 1510 Kundfordringar; 3001, 3002, 3003 sales within Sweden at 25, 12 and 6 %
and 3004 VAT-free sales; 2611, 2621, 2631 output VAT on sales within Sweden at 25, 12 and 6 %;
3740 Öres- och kronutjämning. A company's changes are kept in its company file
(``AdministrationStore.changed_accounts``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from tidwizard.core.i18n import t


@dataclass(frozen=True)
class Role:
    key: str  # as `tidwizard company accounts --set` names it
    bas: str  # BAS's account for it
    vat_rate: Decimal | None = None  # percent, for sales and output VAT

    @property
    def name(self) -> str:
        """The role's account name, as the SIE file's #KONTO gives it."""
        return t(f"sie.account.{self.key}")


ROLES: tuple[Role, ...] = (
    Role("receivables", "1510"),
    Role("sales-25", "3001", Decimal(25)),
    Role("sales-12", "3002", Decimal(12)),
    Role("sales-6", "3003", Decimal(6)),
    Role("sales-0", "3004", Decimal(0)),
    Role("vat-25", "2611", Decimal(25)),
    Role("vat-12", "2621", Decimal(12)),
    Role("vat-6", "2631", Decimal(6)),
    Role("rounding", "3740"),
)
ROLE_NAMES = ", ".join(role.key for role in ROLES)
_BY_KEY = {role.key: role for role in ROLES}
# A BAS account: four digits, account classes 1 to 8 (class 9 is internal accounting).
_ACCOUNT = re.compile(r"^[1-8][0-9]{3}$")


class AccountError(ValueError):
    """A role or an account number the user gave that cannot be used; nothing was changed."""


def role_of(key: str) -> Role:
    try:
        return _BY_KEY[key.strip().lower()]
    except KeyError:
        raise AccountError(t("sie.error.unknown_role", role=key, known=ROLE_NAMES)) from None


def checked_account(role: Role, account: str) -> str:
    account = account.strip()
    if not _ACCOUNT.match(account):
        raise AccountError(t("sie.error.bad_account", role=role.key, account=account))
    return account


@dataclass(frozen=True)
class AccountPlan:
    """Role key -> account number, every role present."""

    accounts: Mapping[str, str]

    @classmethod
    def of(cls, changed: Mapping[str, str]) -> AccountPlan:
        """BAS, with a company's changes (roles this version does not know are left out)."""
        return cls({role.key: changed.get(role.key, role.bas) for role in ROLES})

    def account(self, role_key: str) -> str:
        return self.accounts[role_key]

    def is_changed(self, role: Role) -> bool:
        return self.accounts[role.key] != role.bas

    @property
    def receivables(self) -> str:
        return self.accounts["receivables"]

    @property
    def rounding(self) -> str:
        return self.accounts["rounding"]

    def sales(self, vat_rate: Decimal) -> str | None:
        return self._by_rate("sales", vat_rate)

    def output_vat(self, vat_rate: Decimal) -> str | None:
        return self._by_rate("vat", vat_rate)

    def _by_rate(self, kind: str, vat_rate: Decimal) -> str | None:
        for role in ROLES:
            if role.key.startswith(f"{kind}-") and role.vat_rate == vat_rate:
                return self.accounts[role.key]
        return None

    def name_of(self, account: str) -> str:
        """The name of the first role booked to ``account`` (a company may use one account
        for two roles)."""
        return next(role.name for role in ROLES if self.accounts[role.key] == account)


def parse_changes(settings: Iterable[str], resets: Iterable[str]) -> dict[str, str | None]:
    """``["receivables=1511"]`` and ``["rounding"]`` -> ``{"receivables": "1511", "rounding":
    None}`` (None: back to BAS). Raises :class:`AccountError` naming the first wrong one."""
    changes: dict[str, str | None] = {}
    for setting in settings:
        key, sign, account = setting.partition("=")
        role = role_of(key)
        if not sign:
            raise AccountError(t("sie.error.bad_setting", setting=setting))
        changes[role.key] = checked_account(role, account)
    for key in resets:
        changes[role_of(key).key] = None
    return changes


def accounts_json(plan: AccountPlan) -> list[dict[str, Any]]:
    """Each role with its account, for `company accounts --json` and `company show --json`."""
    return [
        {
            "role": role.key,
            "account": plan.account(role.key),
            "bas": role.bas,
            "name": role.name,
            "changed": plan.is_changed(role),
        }
        for role in ROLES
    ]
