"""`tidwizard company create|show|list`: manage Administration company databases.

`registers` and `flag` (the "send to Tid" flags) live in ``company_registers``.
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from pathlib import Path

from tidwizard.cli import company_registers, company_sie
from tidwizard.cli.cells import pad
from tidwizard.cli.common import (
    EXIT_OK,
    apply_language,
    fail,
    fail_with,
    home_of,
    print_json,
    shown,
)
from tidwizard.cli.company_table import INDENT, WIDTH
from tidwizard.cli.company_table import print_table as _table
from tidwizard.core import demo_data
from tidwizard.core.admin import (
    EDITIONS,
    MIN_PROGRAM_VERSION,
    AdministrationError,
    AdministrationStore,
    CompanyInfo,
    Document,
    company_file_name,
    company_files,
    create_demo_company,
    read_company_file,
    resolve_company,
    version_supported,
)
from tidwizard.core.admin.snapshot import company_json, company_snapshot
from tidwizard.core.i18n import current_language, t
from tidwizard.core.money import format_amount
from tidwizard.core.orgnr import OrgNrError


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "company",
        parents=[common],
        help=t("help.company"),
        description=t("help.company.description"),
    )
    parser.set_defaults(func=lambda args: _usage(parser))
    actions = parser.add_subparsers(dest="company_action", metavar=t("help.metavar.action"))

    create = actions.add_parser("create", parents=[common], help=t("help.company.create"))
    create.add_argument("--name", help=t("help.company.name"))
    create.add_argument("--orgnr", help=t("help.company.orgnr"))
    create.add_argument("--edition", choices=EDITIONS, help=t("help.company.edition"))
    create.add_argument(
        "--version",
        dest="program_version",
        metavar="VERSION",
        help=t("help.company.version"),
    )
    create.add_argument("--demo", action="store_true", help=t("help.company.demo"))
    create.add_argument(
        "--sandbox-company", type=int, metavar="K", help=t("help.company.sandbox_company")
    )
    create.add_argument("--path", metavar=t("help.metavar.file"), help=t("help.company.path"))
    create.add_argument("--json", action="store_true", help=t("help.opt.json"))
    create.set_defaults(func=run_create)

    show = actions.add_parser("show", parents=[common], help=t("help.company.show"))
    show.add_argument(
        "company", nargs="?", metavar=t("help.metavar.company"), help=t("help.opt.company")
    )
    show.add_argument("--json", action="store_true", help=t("help.opt.json"))
    show.set_defaults(func=run_show)

    listing = actions.add_parser("list", parents=[common], help=t("help.company.list"))
    listing.add_argument("--json", action="store_true", help=t("help.opt.json"))
    listing.set_defaults(func=run_list)

    company_registers.add_actions(actions, common)
    company_sie.add_actions(actions, common)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_usage()
    return fail(t("admin.cli.choose_action"))


def run_create(args: argparse.Namespace) -> int:
    apply_language(args)
    options = {
        "--name": args.name,
        "--orgnr": args.orgnr,
        "--edition": args.edition,
        "--version": args.program_version,
    }
    sandbox_company = 1 if args.sandbox_company is None else args.sandbox_company
    if args.sandbox_company is not None and not args.demo:
        return fail(t("admin.cli.sandbox_company_needs_demo"), as_json=args.json)
    if args.demo:
        given = [option for option, value in options.items() if value is not None]
        if given:
            return fail(t("admin.cli.demo_fixed", options=", ".join(given)), as_json=args.json)
        if not 1 <= sandbox_company <= demo_data.MAX_SANDBOX_COMPANIES:
            maximum = demo_data.MAX_SANDBOX_COMPANIES
            return fail(t("admin.cli.sandbox_company_range", maximum=maximum), as_json=args.json)
        name = demo_data.sandbox_company(sandbox_company)[1]
    else:
        missing = [option for option, value in options.items() if value is None]
        if missing:
            return fail(t("admin.cli.create_needs", options=", ".join(missing)), as_json=args.json)
        name = args.name
    home = home_of(args)
    if args.path:
        path = Path(args.path).expanduser()
    else:
        home.ensure()
        path = home.companies_dir / company_file_name(name)
    try:
        if args.demo:
            store = create_demo_company(path, sandbox_company)
        else:
            store = AdministrationStore.create(
                path,
                name=name,
                orgnr=args.orgnr,
                edition=args.edition,
                program_version=args.program_version,
            )
    except (OrgNrError, AdministrationError) as error:
        return fail_with(error, as_json=args.json)
    with store:
        info = store.company()
        counts = (
            len(store.customers()),
            len(store.articles()),
            len(store.projects()),
            len(store.result_units()),
        )
    if args.json:
        print_json({"company": company_json(info)})
        return EXIT_OK
    print(t("admin.cli.created", name=info.name))
    _print_company(info)
    if args.demo:
        print(
            t(
                "admin.cli.demo_registers",
                customers=counts[0],
                articles=counts[1],
                projects=counts[2],
                result_units=counts[3],
            )
        )
    return EXIT_OK


def run_show(args: argparse.Namespace) -> int:
    apply_language(args)
    try:
        path = resolve_company(home_of(args), args.company)
        with AdministrationStore.open(path) as store:
            if args.json:
                snapshot = company_snapshot(store)  # read whole before printing: one document
                print_json(snapshot)
                return EXIT_OK
            _show(store)
    except AdministrationError as error:  # also locked (exit 75), read-only, no access
        return fail_with(error, as_json=args.json)
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    apply_language(args)
    home = home_of(args)
    try:
        found = [read_company_file(path) for path in company_files(home)]
    except AdministrationError as error:  # a companies folder this user may not look into
        return fail_with(error, as_json=args.json)
    if args.json:
        print_json(
            {
                "companies": [
                    {
                        "name": f.name,
                        "organizationNumber": f.org_number,
                        "edition": f.edition,
                        "programVersion": f.program_version,
                        "path": str(f.path),
                        "problem": f.problem,
                    }
                    for f in found
                ]
            }
        )
        return EXIT_OK
    if not found:
        print(t("admin.cli.none_yet", folder=home.companies_dir))
        return EXIT_OK
    print(t("admin.cli.list_heading", folder=home.companies_dir))
    rows = [
        [
            f.path.stem,
            f.name or "",
            f.org_number or "",
            f.edition or t("admin.cli.unreadable", problem=f.problem),
            f.program_version or "",
        ]
        for f in found
    ]
    _table(
        [
            "admin.cli.col.file",
            "admin.cli.col.name",
            "admin.cli.col.orgnr",
            "admin.cli.col.edition",
            "admin.cli.col.version",
        ],
        rows,
        flexible=1,
    )
    return EXIT_OK


# Human output ------------------------------------------------------------------------------


def _edition(edition: str) -> str:
    return t(f"admin.edition.{edition}")


def _print_company(info: CompanyInfo) -> None:
    what = t("admin.cli.with_orders" if info.has_orders else "admin.cli.invoices_only")
    for label, value in (
        ("admin.cli.orgnr", info.org_number),
        (
            "admin.cli.col.program",
            t("admin.cli.program", edition=_edition(info.edition), version=info.program_version),
        ),
        ("admin.cli.bases_become", what),
        ("admin.cli.col.file", str(info.path)),
    ):
        print(f"{INDENT}{pad(t(label) + ':', 21)}{shown(value)}")
    if not version_supported(info.program_version):
        print(t("admin.cli.version_too_old", minimum=MIN_PROGRAM_VERSION))


def _money(amount: Decimal) -> str:
    return format_amount(amount, current_language())


def _number(value: Decimal) -> str:
    text = format(value.normalize(), "f") if value else "0"
    return text.replace(".", ",") if current_language() == "sv" else text


def _yes(flag: bool) -> str:
    return t("common.yes" if flag else "common.no")


def _show(store: AdministrationStore) -> None:
    info = store.company()
    print(shown(info.name))
    _print_company(info)
    customers = store.customers()
    _section("admin.cli.customers", len(customers))
    _table(
        [
            "admin.cli.col.number",
            "admin.cli.col.name",
            "admin.cli.col.orgnr",
            "admin.cli.col.to_tid",
        ],
        [[str(c.number), c.name, c.org_number or "", _yes(c.send_to_tid)] for c in customers],
        flexible=1,
    )
    articles = store.articles()
    _section("admin.cli.articles", len(articles))
    _table(
        [
            "admin.cli.col.number",
            "admin.cli.col.name",
            "admin.cli.col.unit",
            "admin.cli.col.price",
            "admin.cli.col.vat",
            "admin.cli.col.stock",
            "admin.cli.col.available",
            "admin.cli.col.package",
            "admin.cli.col.to_tid",
        ],
        [
            [
                a.number,
                a.name,
                a.unit,
                _money(a.price),
                _number(a.vat_rate) + " %",
                _number(a.stock) if a.stock_item else "-",
                _number(a.available) if a.stock_item else "-",
                _yes(a.is_package),
                _yes(a.send_to_tid),
            ]
            for a in articles
        ],
        flexible=1,
        right={3, 4, 5, 6},
    )
    projects = store.projects()
    _section("admin.cli.projects", len(projects))
    _table(
        [
            "admin.cli.col.code",
            "admin.cli.col.title",
            "admin.cli.col.customer",
            "admin.cli.col.result_unit",
            "admin.cli.col.to_tid",
        ],
        [
            [p.code, p.title, str(p.customer_number), p.result_unit or "", _yes(p.send_to_tid)]
            for p in projects
        ],
        flexible=1,
    )
    units = store.result_units()
    _section("admin.cli.result_units", len(units))
    _table(
        ["admin.cli.col.code", "admin.cli.col.name", "admin.cli.col.to_tid"],
        [[u.code, u.name, _yes(u.send_to_tid)] for u in units],
        flexible=1,
    )
    company_sie.show_accounts(store)
    for key, docs in (
        ("admin.cli.invoices", store.invoices()),
        ("admin.cli.orders", store.orders()),
    ):
        _section(key, len(docs))
        for document in docs:
            _print_document(document)


def _section(key: str, count: int) -> None:
    print()
    print(f"{t(key)} ({count})")


def _print_document(d: Document) -> None:
    kind = t("common.invoice" if d.type == "invoice" else "common.order")
    credit = f" {t('admin.cli.credit')}" if d.is_credit else ""
    print(
        f"{INDENT}{kind} {d.number}{credit}  {d.date.isoformat()}  "
        f"{d.customer_number} {shown(d.customer_name)}"[: WIDTH - 1]
    )
    details = [t("admin.cli.from_basis", id=d.tid_invoice_id) if d.tid_invoice_id else ""]
    if d.project_code:
        details.append(f"{t('admin.cli.col.project')} {shown(d.project_code)}")
    if d.result_unit:
        details.append(f"{t('admin.cli.col.result_unit')} {shown(d.result_unit)}")
    if any(details):
        print(INDENT * 2 + "  ".join(part for part in details if part))
    _table(
        [
            "admin.cli.col.article",
            "admin.cli.col.text",
            "admin.cli.col.quantity",
            "admin.cli.col.price",
            "admin.cli.col.discount",
            "admin.cli.col.vat",
            "admin.cli.col.amount",
        ],
        [
            [r.article_number or "", r.text]
            + (
                ["", "", "", "", ""]
                if r.kind == "text"
                else [
                    f"{_number(r.quantity)} {r.unit}".strip(),
                    _money(r.price),
                    _number(r.discount) + " %" if r.discount else "",
                    _number(r.vat_rate) + " %",
                    _money(r.net),
                ]
            )
            for r in d.rows
        ],
        flexible=1,
        right={2, 3, 4, 5, 6},
        indent=INDENT * 2,
    )
    totals = [("admin.cli.net", d.net), ("admin.cli.vat_total", d.vat)]
    if d.type == "invoice":
        totals.append(("admin.cli.rounding", d.rounding))
    totals.append(("admin.cli.total", d.total))
    print(INDENT * 2 + "  ".join(f"{t(key)} {_money(amount)}" for key, amount in totals))
    print()
