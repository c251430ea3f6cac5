"""`tidwizard company sie|accounts`: the invoices as an SIE 4 file for bookkeeping, and the
accounts they are booked to (BAS by default, changeable per company)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from tidwizard.cli.common import EXIT_OK, apply_language, fail, fail_with, home_of, print_json
from tidwizard.cli.company_table import print_table
from tidwizard.core.admin import AdministrationError, AdministrationStore, resolve_company
from tidwizard.core.admin.snapshot import company_json
from tidwizard.core.files import replace_file
from tidwizard.core.i18n import t, tn
from tidwizard.core.sie.accounts import (
    ROLES,
    AccountError,
    AccountPlan,
    accounts_json,
    parse_changes,
)
from tidwizard.core.sie.booking import BookingError
from tidwizard.core.sie.export import SieExport, sie_export


def add_actions(actions: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    company = t("help.metavar.company")
    sie = actions.add_parser(
        "sie",
        parents=[common],
        help=t("help.company.sie"),
        description=t("help.company.sie.description"),
    )
    sie.add_argument("company", nargs="?", metavar=company, help=t("help.opt.company"))
    sie.add_argument(
        "--from", dest="start", metavar=t("help.metavar.date"), help=t("help.sie.from")
    )
    sie.add_argument("--to", dest="end", metavar=t("help.metavar.date"), help=t("help.sie.to"))
    sie.add_argument("--output", metavar=t("help.metavar.file"), help=t("help.sie.output"))
    sie.set_defaults(func=run_sie)

    accounts = actions.add_parser(
        "accounts",
        parents=[common],
        help=t("help.company.accounts"),
        description=t("help.company.accounts.description"),
    )
    accounts.add_argument("company", nargs="?", metavar=company, help=t("help.opt.company"))
    accounts.add_argument(
        "--set",
        action="append",
        default=[],
        metavar=t("help.metavar.role_account"),
        help=t("help.accounts.set", roles=", ".join(role.key for role in ROLES)),
    )
    accounts.add_argument(
        "--reset",
        action="append",
        default=[],
        metavar=t("help.metavar.role"),
        help=t("help.accounts.reset"),
    )
    accounts.add_argument("--json", action="store_true", help=t("help.opt.json"))
    accounts.set_defaults(func=run_accounts)


def _date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(t("sie.error.bad_date", date=text)) from None


def run_sie(args: argparse.Namespace) -> int:
    apply_language(args)
    try:
        start, end = _date(args.start), _date(args.end)
    except ValueError as error:
        return fail(str(error))
    if start and end and start > end:
        return fail(t("sie.error.range", start=start, end=end))
    if args.output is None and sys.stdout.isatty():
        return fail(t("sie.error.terminal"))
    try:
        with AdministrationStore.open(resolve_company(home_of(args), args.company)) as store:
            export = sie_export(store, start=start, end=end)
    except AdministrationError as error:  # also locked (exit 75), read-only, no access
        return fail_with(error)
    except BookingError as error:
        return fail(str(error))
    if args.output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(export.data)
        sys.stdout.buffer.flush()
        return EXIT_OK
    path = Path(args.output).expanduser()
    try:
        replace_file(path, export.data)  # bookkeeping is private: 0600, all or nothing
    except OSError as error:
        return fail(t("sie.error.unwritable", path=path, reason=error.strerror or error))
    _print_written(export, path)
    return EXIT_OK


def _print_written(export: SieExport, path: Path) -> None:
    years = ", ".join(str(year.start.year) for year in reversed(export.content.years))
    print(tn("sie.cli.written", len(export.content.vouchers), path=path, years=years))


def print_accounts(plan: AccountPlan) -> None:
    print_table(
        ["sie.cli.col.role", "sie.cli.col.account", "sie.cli.col.bas", "sie.cli.col.name"],
        [[role.key, plan.account(role.key), role.bas, role.name] for role in ROLES],
        flexible=3,
    )


def show_accounts(store: AdministrationStore) -> None:
    """The accounts section of `company show`."""
    print()
    print(t("sie.cli.accounts_heading"))
    print_accounts(AccountPlan.of(store.changed_accounts()))


def run_accounts(args: argparse.Namespace) -> int:
    apply_language(args)
    try:
        changes = parse_changes(args.set, args.reset)
        with AdministrationStore.open(resolve_company(home_of(args), args.company)) as store:
            if changes:
                store.change_accounts(changes)
            info = store.company()
            plan = AccountPlan.of(store.changed_accounts())
    except AccountError as error:
        return fail(str(error), as_json=args.json)
    except AdministrationError as error:
        return fail_with(error, as_json=args.json)
    if args.json:
        print_json({"company": company_json(info), "accounts": accounts_json(plan)})
        return EXIT_OK
    print(t("sie.cli.accounts_heading"))
    print_accounts(plan)
    print(t("sie.cli.change_hint"))
    return EXIT_OK
