"""`tidwizard clients [--json] [--check]` and `tidwizard clients remove NAME`.

A row per client: its name, organisationsnummer, company file, last import, the bases waiting in
Tid (only with ``--check``, which asks every client's Tid at once, each with its own client) and
any problem. A problem of one client is its row, not the command's failure: the exit code is 0
unless every client has a problem, then 75 when each of those may pass by itself (Tid
unreachable or busy), else 2. A home with no client lists none and exits 0.

``remove`` forgets the pairing and its secret; the company file and its journal stay, and the
command says where.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
from typing import Any

from tidwizard.cli.common import (
    EXIT_OK,
    EXIT_TEMPORARY,
    EXIT_USAGE,
    apply_language,
    chosen_client,
    fail,
    home_of,
    print_json,
    shown,
)
from tidwizard.cli.company_table import print_table
from tidwizard.cli.status import probe_client
from tidwizard.core.clients import ClientError, Clients
from tidwizard.core.clients_overview import ClientOverview, ask_tid, read_overview
from tidwizard.core.i18n import t
from tidwizard.core.paths import Home
from tidwizard.core.secrets import SecretStoreError
from tidwizard.core.settings import SettingsError

# Each client's questions together (token, listing) may take this long; they run at once.
CHECK_DEADLINE = 30.0


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "clients",
        parents=[common],
        help=t("help.clients"),
        description=t("help.clients.description"),
    )
    parser.add_argument("--json", action="store_true", help=t("help.opt.json"))
    parser.add_argument("--check", action="store_true", help=t("help.clients.check"))
    parser.set_defaults(func=run_list)
    actions = parser.add_subparsers(dest="clients_action", metavar=t("help.metavar.action"))
    remove = actions.add_parser("remove", parents=[common], help=t("help.clients.remove"))
    remove.add_argument("name", metavar=t("help.metavar.name"), help=t("help.clients.remove.name"))
    remove.set_defaults(func=run_remove)


def run_list(args: argparse.Namespace) -> int:
    apply_language(args)
    home = home_of(args)
    try:
        clients = Clients(home).all()
        if getattr(args, "client", None) is not None:  # --client: that one's row only
            clients = [chosen_client(home, args)]
    except (SettingsError, ClientError) as exc:
        return fail(str(exc), as_json=args.json)
    # As for every command on one client, TIDWIZARD_SECRET stands for the only client's secret.
    rows = read_overview(home, clients, environment_secret=len(clients) == 1)
    if args.check:
        asyncio.run(ask_tid(rows, probe_client, deadline=CHECK_DEADLINE))
    if args.json:
        print_json({"clients": [row_json(row) for row in rows]})
    else:
        print_text(home, rows, checked=args.check)
    return exit_code(rows)


def exit_code(rows: list[ClientOverview]) -> int:
    """0 unless every client has a problem: then 75 when all of them may pass, else 2."""
    if not rows or not all(row.failed for row in rows):
        return EXIT_OK
    return EXIT_TEMPORARY if all(row.temporary for row in rows) else EXIT_USAGE


def row_json(row: ClientOverview) -> dict[str, Any]:
    settings = row.client.settings
    path = settings.administration_path
    return {
        "name": row.name,
        "configured": settings.configured,
        "organizationNumber": row.org_number or None,
        "administrationPath": None if path is None else str(path),
        "administrationName": None if row.company is None else row.company.name,
        "clientId": settings.client_id or None,
        "tidUrl": settings.tid_url,
        "lastImport": None if row.last_import is None else row.last_import.isoformat(),
        "tidChecked": row.tid_asked,
        "waitingBases": row.waiting,
        "problems": row.problems,
    }


def print_text(home: Home, rows: list[ClientOverview], *, checked: bool) -> None:
    if not rows:
        print(t("clients.cli.none"))
        return
    table = [
        [row.name, row.org_number or "-", _file_shown(home, row), _time_shown(row.last_import)]
        for row in rows
    ]
    header = [
        "clients.cli.col.name",
        "admin.cli.col.orgnr",
        "clients.cli.col.file",
        "clients.cli.col.last_import",
    ]
    if checked:  # without --check the column would say nothing: a line below says why
        header.append("clients.cli.col.waiting")
        for cells, row in zip(table, rows, strict=True):
            cells.append("-" if row.waiting is None else str(row.waiting))
    print_table(header, table, flexible=2, right={4})
    problems = [(row.name, problem) for row in rows for problem in row.problems]
    if problems:
        print()
        print(t("clients.cli.problems"))
        for name, problem in problems:
            print(f"  {shown(name)}: {shown(problem)}")
    if not checked:
        print()
        print(t("clients.cli.not_asked"))


def _file_shown(home: Home, row: ClientOverview) -> str:
    """The company file's name when it is in the home's companies folder, else its path."""
    path = row.client.settings.administration_path
    if path is None:
        return "-"
    return path.name if path.parent == home.companies_dir else str(path)


def _time_shown(when: dt.datetime | None) -> str:
    return "-" if when is None else when.astimezone().strftime("%Y-%m-%d %H:%M")


def run_remove(args: argparse.Namespace) -> int:
    apply_language(args)
    home = home_of(args)
    try:
        removed = Clients(home).remove(args.name)
    except (ClientError, SettingsError, SecretStoreError) as exc:
        return fail(str(exc))
    print(t("clients.cli.removed", name=shown(removed.name)))
    path = removed.settings.administration_path
    if path is not None:
        print(t("clients.cli.kept_file", path=shown(path)))
    return EXIT_OK
