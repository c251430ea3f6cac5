"""The bookkeeping accounts a company has changed from BAS, stored in its company file.

Only the changes are stored, by role (``receivables``, ``sales-25``...); ``core.sie.accounts``
knows the roles and BAS's defaults and checks an account before it comes here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping


def changed_accounts(conn: sqlite3.Connection) -> dict[str, str]:
    """Role -> account number, for the roles the company has changed."""
    rows = conn.execute("SELECT role, account FROM bookkeeping_accounts ORDER BY role")
    return {row["role"]: row["account"] for row in rows}


def change_accounts(conn: sqlite3.Connection, accounts: Mapping[str, str | None]) -> None:
    """Set each role's account; ``None`` takes the role back to BAS's default. Call it inside
    a transaction, so a list of changes is all or nothing."""
    if not conn.in_transaction:
        raise RuntimeError("change_accounts must run inside a transaction")
    for role, account in accounts.items():
        if account is None:
            conn.execute("DELETE FROM bookkeeping_accounts WHERE role = ?", (role,))
        else:
            conn.execute(
                "INSERT INTO bookkeeping_accounts (role, account) VALUES (?, ?)"
                " ON CONFLICT (role) DO UPDATE SET account = excluded.account",
                (role, account),
            )
