"""`tidwizard reconcile`: Tid, the company file's documents and its import journal side by side,
and with --repair what can be repaired (``core/reconcile``).

Exit codes: 0 nothing differs (or everything was repaired), 1 findings remain, 2 usage or setup
error, 75 Tid unreachable or busy, or the company file locked.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from tidwizard.cli.common import (
    EXIT_OK,
    EXIT_SOME_FAILED,
    answered_yes,
    apply_language,
    command_settings,
    fail,
    fail_tid,
    fail_with,
    home_of,
    print_json,
    shown,
)
from tidwizard.core.admin import AdministrationError, AdministrationStore
from tidwizard.core.clients import ClientError, Clients
from tidwizard.core.connection import NotSetUp, SavedLogin, client_for, saved_login
from tidwizard.core.i18n import t, tn
from tidwizard.core.paths import Home
from tidwizard.core.reconcile.run import Reconciliation, RepairState, reconcile_client
from tidwizard.core.secrets import SecretStoreError
from tidwizard.core.settings import Settings, SettingsError
from tidwizard.core.tid import TidError


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "reconcile",
        parents=[common],
        help=t("help.reconcile"),
        description=t("help.reconcile.description"),
    )
    parser.add_argument("--repair", action="store_true", help=t("help.reconcile.repair"))
    parser.add_argument(
        "--reimport",
        type=int,
        nargs="+",
        action="extend",
        metavar="N",
        default=[],
        help=t("help.reconcile.reimport"),
    )
    parser.add_argument("--yes", action="store_true", help=t("help.reconcile.yes"))
    parser.add_argument(
        "--create-missing", action="store_true", help=t("import.opt.create_missing")
    )
    parser.add_argument("--all-clients", action="store_true", help=t("help.reconcile.all_clients"))
    parser.add_argument("--json", action="store_true", help=t("help.opt.json"))
    parser.set_defaults(func=run_reconcile)


def run_reconcile(args: argparse.Namespace) -> int:
    if args.all_clients:
        apply_language(args)
        if getattr(args, "client", None):
            return fail(t("reconcile.cli.client_or_all"), as_json=args.json)
        if args.reimport:  # ids are one Tid company's
            return fail(t("reconcile.cli.reimport_one_client"), as_json=args.json)
        return _all_clients(args, home_of(args))
    try:
        home, settings = command_settings(args)
    except (SettingsError, ClientError) as error:
        return fail(str(error), as_json=args.json)
    if args.reimport and not args.repair:
        return fail(t("reconcile.cli.reimport_needs_repair"), as_json=args.json)
    asks = args.reimport and not (args.yes or args.json)
    if asks and not sys.stdin.isatty():
        return fail(t("reconcile.cli.reimport_needs_yes"), as_json=args.json)
    if args.reimport and not args.json:
        ids = ", ".join(str(tid_id) for tid_id in args.reimport)
        print(t("reconcile.cli.reimport_warning", ids=ids), flush=True)
        if asks and not answered_yes(t("reconcile.cli.confirm")):
            print(t("reconcile.cli.cancelled"))
            return EXIT_OK
    try:
        result = _reconcile(args, home, settings)
    except NotSetUp as error:
        return fail(error.message, as_json=args.json)
    except SecretStoreError as error:
        return fail(str(error), as_json=args.json)
    except TidError as error:
        return fail_tid(error, as_json=args.json)
    except AdministrationError as error:  # also locked, read-only, no access (exit 75 or 2)
        return fail_with(error, as_json=args.json)
    if args.json:
        print_json(_json(result))
    else:
        _show(result)
    return EXIT_SOME_FAILED if result.remaining else EXIT_OK


def _all_clients(args: argparse.Namespace, home: Home) -> int:
    """Each client in turn; one that cannot be reconciled is reported and the others go on."""
    try:
        clients = Clients(home).all()
    except SettingsError as error:
        return fail(str(error), as_json=args.json)
    documents: list[dict[str, Any]] = []
    code = EXIT_OK
    for client in clients:
        if not args.json:
            print(t("reconcile.cli.client", name=shown(client.name)), flush=True)
        try:
            if client.damage is not None:
                raise client.damage
            result = _reconcile(args, home, client.settings)
        except SettingsError as error:
            problem = str(error)
        except NotSetUp as error:
            problem = error.message
        except TidError as error:
            problem = error.user_message()
        except (SecretStoreError, AdministrationError) as error:
            problem = str(error)
        else:
            documents.append({"client": client.name, **_json(result)})
            if not args.json:
                _show(result)
            code = EXIT_SOME_FAILED if result.remaining else code
            continue
        documents.append({"client": client.name, "error": problem})
        if not args.json:
            print(f"tidwizard: {shown(problem)}", file=sys.stderr)
        code = EXIT_SOME_FAILED
    if args.json:
        print_json(documents)
    return code


def _reconcile(args: argparse.Namespace, home: Home, settings: Settings) -> Reconciliation:
    """One client: its login, its company file, its Tid company. Raises ``NotSetUp``,
    ``SecretStoreError``, ``AdministrationError`` or ``TidError``."""
    login = saved_login(home, settings)
    with AdministrationStore.open(login.administration_path) as store:
        return asyncio.run(_with_client(args, settings, login, store))


async def _with_client(
    args: argparse.Namespace, settings: Settings, login: SavedLogin, store: AdministrationStore
) -> Reconciliation:
    async with client_for(login) as client:
        return await reconcile_client(
            settings,
            client,
            store,
            repair=args.repair,
            reimport=args.reimport,
            create_missing=args.create_missing,
        )


def _json(result: Reconciliation) -> dict[str, Any]:
    return {
        "findings": [finding.to_json() for finding in result.found],
        "repairs": [
            {"tidInvoiceId": r.tid_invoice_id, "state": r.state.value, "detail": r.detail}
            for r in result.repairs
        ],
        "remaining": [finding.to_json() for finding in result.remaining],
    }


def _show(result: Reconciliation) -> None:
    for repair in result.repairs:
        key = "line_repaired" if repair.state is RepairState.REPAIRED else "line_failed"
        detail = shown(repair.detail)
        print(t(f"reconcile.cli.{key}", tid_invoice_id=repair.tid_invoice_id, detail=detail))
    if not result.remaining:
        print(t("reconcile.cli.none"))
        return
    for finding in result.remaining:
        print(shown(finding.message()))
        print(f"    {finding.repair_text()}")
    print(tn("reconcile.cli.remaining", len(result.remaining)))
