"""`tidwizard setup`: the wizard again; with `--yes` the same setup without a screen.

`--yes` runs the wizard's checks through the setup service, in the wizard's order: the
Administration company (version, organisationsnummer), the API application's credentials
("Aktivera"), the company choice (or, where Tid gives no organisationsnummer, the one given with
`--tid-orgnr`), faktura or order; then saves settings and secret together. The secret comes from
TIDWIZARD_SECRET or standard input, never from a prompt, and is never printed. Every failure is
one clear message on stderr and exit 2, with nothing saved.

`--as order` on Administration 500 or Visma Fakturering is not an error: those editions read
invoice bases in only as invoices (the wizard skips the question for them), so the setting is
saved as invoice and a note on stderr says so.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from typing import Any

from tidwizard.cli.common import EXIT_OK, EXIT_USAGE, apply_language, chosen_client, fail, home_of
from tidwizard.core.clients import ClientError
from tidwizard.core.i18n import t
from tidwizard.core.secrets import SECRET_ENV, SecretStore
from tidwizard.core.settings import ImportAs, SettingsError, reminder_text
from tidwizard.core.setup import (
    SetupChoices,
    SetupError,
    activate,
    check_administration,
    effective_import_as,
    read_administration,
    save_setup,
)
from tidwizard.core.tid import DEFAULT_TID_URL
from tidwizard.core.tid_orgnr import resolve_tid_company


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "setup",
        parents=[common],
        help=t("help.setup"),
        description=t("help.setup.description", env=SECRET_ENV),
    )
    parser.add_argument("--yes", action="store_true", help=t("help.setup.yes"))
    parser.add_argument(
        "--url",
        metavar="URL",
        default=DEFAULT_TID_URL,
        help=t("help.setup.url", default=DEFAULT_TID_URL),
    )
    parser.add_argument("--client-id", metavar="ID", help=t("help.setup.client_id"))
    parser.add_argument("--company", metavar="ID", type=int, help=t("help.setup.company"))
    parser.add_argument("--tid-orgnr", metavar="NNNNNN-NNNN", help=t("help.setup.tid_orgnr"))
    parser.add_argument(
        "--as",
        dest="import_as",
        choices=("invoice", "order"),
        default="invoice",
        help=t("help.setup.as"),
    )
    parser.add_argument(
        "--reminder", choices=("on", "off"), default="on", help=t("help.setup.reminder")
    )
    parser.add_argument(
        "--administration",
        metavar=t("help.metavar.company"),
        help=t("help.setup.administration"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not args.yes:
        from tidwizard.cli.tui import run_tui

        return run_tui(args, force_wizard=True)
    apply_language(args)
    return run_without_screen(args)


def read_secret() -> str | None:
    """TIDWIZARD_SECRET, else the first line of standard input; never a prompt."""
    from_env = os.environ.get(SECRET_ENV)
    if from_env:
        return from_env
    stdin = sys.stdin
    if stdin is None or stdin.closed or stdin.isatty():
        return None
    first_line = stdin.readline().strip()
    return first_line or None


def run_without_screen(args: argparse.Namespace) -> int:
    home = home_of(args)
    name = getattr(args, "client", None)
    try:
        # Before any check reaches Tid: a name that cannot be used, or several clients and
        # none named, is said at once.
        client = chosen_client(home, args, new=True)
    except (ClientError, SettingsError) as exc:
        return fail(str(exc))
    administration = args.administration
    if administration is None and name is not None and client.settings.administration_path:
        administration = str(client.settings.administration_path)  # the named client's file
    client_id = (args.client_id or "").strip()
    if not client_id:
        return fail(t("cli.setup.need_client_id"))
    secret = read_secret()
    if secret is None:
        return fail(t("cli.setup.need_secret"))
    try:
        info = read_administration(home, administration)
        problems = check_administration(info)
        if problems:
            for problem in problems:
                fail(problem.message)
            return EXIT_USAGE
        result = asyncio.run(activate(args.url, client_id, secret, info.org_number))
        company, typed_orgnr = resolve_tid_company(
            result, info.org_number, requested_id=args.company, typed_orgnr=args.tid_orgnr
        )
        requested: ImportAs = args.import_as
        import_as = effective_import_as(info.edition, requested)
        if import_as != requested:
            print(t("cli.setup.orders_not_available", edition=info.edition), file=sys.stderr)
        choices = SetupChoices(
            tid_url=args.url,
            client_id=client_id,
            tid_company=company,
            administration_path=info.path,
            import_as=import_as,
            reminder=args.reminder == "on",
            language=getattr(args, "lang", None),
            typed_orgnr=typed_orgnr,
        )
        save_setup(home, choices, secret, client=name)
    except SetupError as exc:
        return fail(exc.message)
    backend = SecretStore(home).storage_backend
    if name is not None:
        print(t("clients.cli.saved_as", name=name))
    if company is None:
        print(t("cli.setup.saved_own_company", tid_orgnr=typed_orgnr, admin_name=info.name))
    else:
        tid_name, tid_orgnr = company.name, company.organization_number
        print(t("cli.setup.saved", tid_name=tid_name, tid_orgnr=tid_orgnr, admin_name=info.name))
    print(
        t(
            "cli.setup.saved_details",
            import_as=t(f"cli.status.as_{import_as}"),
            reminder=reminder_text(choices.reminder_minutes)
            if choices.reminder
            else t("cli.status.reminder_off"),
            backend=t(f"secrets.backend.{backend}"),
        )
    )
    return EXIT_OK
