"""`tidwizard company registers|flag`: see and choose which records are sent to Tid.

The export sends a customer, article, project or result unit only when its "send to Tid" flag is
set in Administration; these commands show the flags and set or clear them, so a user can prepare
an export without editing the database. Registers are named as `tidwizard export --only` names
them (result units are ``costcenters``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from tidwizard.cli.common import EXIT_OK, apply_language, fail, home_of, print_json
from tidwizard.cli.company_table import print_table
from tidwizard.core.admin import AdministrationError, AdministrationStore, resolve_company
from tidwizard.core.admin import registers as admin_registers
from tidwizard.core.admin.errors import UnknownRecord
from tidwizard.core.admin.registers import Register
from tidwizard.core.admin.snapshot import (
    article_json,
    company_json,
    customer_json,
    project_json,
    result_unit_json,
)
from tidwizard.core.i18n import t


@dataclass(frozen=True)
class RegisterView:
    """One register as these commands show it: its records' key, name and flag."""

    name: str  # as `--only` names it
    store_name: Register  # as AdministrationStore names it
    label_key: str
    title_key: str  # the column heading of the records' names
    key: Callable[[Any], str]
    title: Callable[[Any], str]
    to_json: Callable[[Any], dict[str, Any]]


VIEWS: tuple[RegisterView, ...] = (
    RegisterView(
        "customers",
        "customers",
        "admin.cli.customers",
        "admin.cli.col.name",
        lambda c: str(c.number),
        lambda c: c.name,
        customer_json,
    ),
    RegisterView(
        "articles",
        "articles",
        "admin.cli.articles",
        "admin.cli.col.name",
        lambda a: a.number,
        lambda a: a.name,
        article_json,
    ),
    RegisterView(
        "projects",
        "projects",
        "admin.cli.projects",
        "admin.cli.col.title",
        lambda p: p.code,
        lambda p: p.title,
        project_json,
    ),
    RegisterView(
        "costcenters",
        "result_units",
        "admin.cli.result_units",
        "admin.cli.col.name",
        lambda u: u.code,
        lambda u: u.name,
        result_unit_json,
    ),
)
NAMES = ", ".join(view.name for view in VIEWS)
# The store's own name for result units is accepted too.
_BY_NAME = {view.name: view for view in VIEWS} | {"result_units": VIEWS[3]}


class UnknownRegister(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(t("company.cli.unknown_register", register=name, known=NAMES))


def view_of(name: str) -> RegisterView:
    try:
        return _BY_NAME[name.strip().lower()]
    except KeyError:
        raise UnknownRegister(name) from None


def parse_only(text: str) -> tuple[RegisterView, ...]:
    """``"projects,customers"`` -> those registers, in the usual order."""
    chosen = {view_of(part) for part in text.split(",") if part.strip()}
    if not chosen:
        raise UnknownRegister(text)
    return tuple(view for view in VIEWS if view in chosen)


def add_actions(actions: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    listing = actions.add_parser(
        "registers",
        parents=[common],
        help=t("help.company.registers"),
        description=t("help.company.registers.description"),
    )
    company = t("help.metavar.company")
    listing.add_argument("company", nargs="?", metavar=company, help=t("help.opt.company"))
    listing.add_argument(
        "--only", metavar=t("help.metavar.registers"), help=t("help.opt.only", names=NAMES)
    )
    listing.add_argument("--json", action="store_true", help=t("help.opt.json"))
    listing.set_defaults(func=run_registers)

    flag = actions.add_parser(
        "flag",
        parents=[common],
        help=t("help.company.flag"),
        description=t("help.company.flag.description"),
    )
    flag.add_argument(
        "register",
        metavar=t("help.metavar.register"),
        help=t("help.company.flag.register", names=NAMES),
    )
    flag.add_argument(
        "keys", nargs="*", metavar=t("help.metavar.key"), help=t("help.company.flag.keys")
    )
    flag.add_argument("--all", action="store_true", help=t("help.company.flag.all"))
    flag.add_argument("--off", action="store_true", help=t("help.company.flag.off"))
    flag.add_argument("--company", metavar=company, help=t("help.opt.company"))
    flag.add_argument("--json", action="store_true", help=t("help.opt.json"))
    flag.set_defaults(func=run_flag)


def _open(args: argparse.Namespace, company: str | None) -> AdministrationStore:
    return AdministrationStore.open(resolve_company(home_of(args), company))


def run_registers(args: argparse.Namespace) -> int:
    apply_language(args)
    try:
        views = parse_only(args.only) if args.only is not None else VIEWS
        store = _open(args, args.company)
    except (UnknownRegister, AdministrationError) as error:
        return fail(str(error), as_json=args.json)
    with store:
        info = store.company()
        # The store and the register module name their getters as the registers.
        records = {view: getattr(store, view.store_name)() for view in views}
    if args.json:
        document: dict[str, Any] = {"company": company_json(info)}
        document |= {view.name: [view.to_json(r) for r in rows] for view, rows in records.items()}
        print_json(document)
        return EXIT_OK
    print(t("company.cli.registers_heading", name=info.name))
    for view, rows in records.items():
        flagged = sum(1 for record in rows if record.send_to_tid)
        print()
        print(
            t(
                "company.cli.register_count",
                register=t(view.label_key),
                count=len(rows),
                flagged=flagged,
            )
        )
        print_table(
            ["company.cli.col.key", view.title_key, "admin.cli.col.to_tid"],
            [[view.key(r), view.title(r), _yes(r.send_to_tid)] for r in rows],
            flexible=1,
        )
    print()
    print(t("company.cli.change_hint"))
    return EXIT_OK


def run_flag(args: argparse.Namespace) -> int:
    apply_language(args)
    if bool(args.keys) == args.all:
        return fail(t("company.cli.keys_or_all"), as_json=args.json)
    flag = not args.off
    try:
        view = view_of(args.register)
        store = _open(args, args.company)
    except (UnknownRegister, AdministrationError) as error:
        return fail(str(error), as_json=args.json)
    with store:
        try:
            changed, unchanged = _set_flags(store, view, args.keys, flag, every=args.all)
        except UnknownKeys as error:
            return fail(str(error), as_json=args.json)
    if args.json:
        print_json(
            {
                "register": view.name,
                "sendToTid": flag,
                "changed": [view.key(r) for r in changed],
                "unchanged": [view.key(r) for r in unchanged],
            }
        )
        return EXIT_OK
    register = t(view.label_key)
    for heading, records in (
        ("company.cli.flag_set" if flag else "company.cli.flag_cleared", changed),
        ("company.cli.already_set" if flag else "company.cli.already_clear", unchanged),
    ):
        if records:
            print(t(heading, register=register))
            print_table(
                ["company.cli.col.key", view.title_key],
                [[view.key(r), view.title(r)] for r in records],
                flexible=1,
            )
    print(t("company.cli.export_hint"))
    return EXIT_OK


class UnknownKeys(ValueError):
    """Keys that name no record; the message lists each, and that nothing was changed."""

    def __init__(self, view: RegisterView, keys: Sequence[str]) -> None:
        singular = view.store_name.removesuffix("s")
        reasons = " ".join(str(UnknownRecord(singular, key)) for key in keys)
        super().__init__(f"{reasons} {t('company.cli.nothing_changed')}")


def _set_flags(
    store: AdministrationStore, view: RegisterView, keys: Sequence[str], flag: bool, *, every: bool
) -> tuple[list[Any], list[Any]]:
    """Set or clear the flag of ``keys`` (or every record), all in one transaction. Returns the
    records that changed and those that already were so, in register order."""
    with store.transaction() as conn:
        records = getattr(admin_registers, view.store_name)(conn)
        by_key = {view.key(record): record for record in records}
        wanted = set(by_key) if every else {_normal(view, key) for key in keys}
        unknown = [key for key in dict.fromkeys(keys) if _normal(view, key) not in by_key]
        if unknown:
            raise UnknownKeys(view, unknown)
        chosen = [record for key, record in by_key.items() if key in wanted]
        changed = [record for record in chosen if record.send_to_tid != flag]
        for record in changed:
            admin_registers.set_send_to_tid(conn, view.store_name, view.key(record), flag)
    return changed, [record for record in chosen if record.send_to_tid == flag]


def _normal(view: RegisterView, key: str) -> str:
    """Customer numbers are numbers: ``01001`` is customer 1001."""
    key = key.strip()
    if view.name == "customers" and key.isdigit():
        return str(int(key))
    return key


def _yes(flag: bool) -> str:
    return t("common.yes" if flag else "common.no")
