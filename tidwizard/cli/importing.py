"""`tidwizard import`: read invoice bases in from Tid without a screen.

Exit codes: 0 all imported (or nothing waits), 1 some refused or failed, 2 usage or setup error
(also a full disk or a read-only company file), 75 the company file is locked by another program
or Tid cannot be reached or is busy (try again later).
The client's request rate follows ``TIDWIZARD_TID_RATE`` (see :mod:`tidwizard.core.connection`).
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from tidwizard.cli.common import (
    EXIT_OK,
    EXIT_SOME_FAILED,
    EXIT_TEMPORARY,
    answered_yes,
    apply_language,
    command_settings,
    fail,
    fail_tid,
    fail_with,
    print_json,
)
from tidwizard.cli.importing_all import add_jobs_option, run_all_clients
from tidwizard.cli.interrupts import EXIT_INTERRUPTED, RunInterrupts
from tidwizard.core.admin import AdministrationError, AdministrationStore
from tidwizard.core.clients import ClientError
from tidwizard.core.connection import NotSetUp, SavedLogin, client_for, saved_login, tid_rate
from tidwizard.core.i18n import t, tn
from tidwizard.core.importer.draft import DocumentKind
from tidwizard.core.importer.engine import ImportEngine
from tidwizard.core.importer.events import (
    BasisFailed,
    BasisImported,
    BasisRefused,
    ImportEvent,
    ImportReport,
    Progress,
)
from tidwizard.core.importer.guard import GuardStopped, paired_identity
from tidwizard.core.importer.preview import BasisPreview, dry_run
from tidwizard.core.importer.refusal import edition_refusal, refused_lines
from tidwizard.core.importer.resolution import Standing
from tidwizard.core.importer.summary import dry_run_json, report_json
from tidwizard.core.importer.tally import outcome_counts, stopped_counts, would_counts
from tidwizard.core.money import format_amount
from tidwizard.core.secrets import SecretStoreError
from tidwizard.core.settings import SettingsError
from tidwizard.core.tid import TidError
from tidwizard.core.wire import MAX_ID, id_in_range


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("import", parents=[common], help=t("import.cli.help"))
    parser.add_argument(
        "--as", dest="import_as", choices=("invoice", "order"), help=t("import.opt.as")
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--id",
        dest="ids",
        type=int,
        nargs="+",
        action="extend",
        metavar="N",
        help=t("import.opt.id"),
    )
    which.add_argument("--resolve", type=int, metavar="N", help=t("import.opt.resolve"))
    for flag in ("--dry-run", "--yes", "--create-missing", "--json"):
        key = "import.opt." + flag.removeprefix("--").replace("-", "_")
        parser.add_argument(flag, action="store_true", help=t(key))
    parser.add_argument("--all-clients", action="store_true", help=t("help.import.all_clients"))
    add_jobs_option(parser)
    parser.set_defaults(func=run_import)


def run_import(args: argparse.Namespace) -> int:
    apply_language(args)
    if args.all_clients:
        return run_all_clients(args)
    if args.jobs is not None:
        return fail(t("allclients.jobs_alone"), as_json=args.json)
    try:
        home, settings = command_settings(args)
        login = saved_login(home, settings)
    except NotSetUp as error:
        return fail(error.message, as_json=args.json)
    except (SettingsError, SecretStoreError, ClientError) as error:
        return fail(str(error), as_json=args.json)
    given = [("--id", tid_id) for tid_id in args.ids or ()]
    if args.resolve is not None:
        given.append(("--resolve", args.resolve))
    outside = [(option, tid_id) for option, tid_id in given if not id_in_range(tid_id)]
    if outside:
        option, tid_id = outside[0]
        message = t("import.cli.id_out_of_range", option=option, id=str(tid_id), max=MAX_ID)
        return fail(message, as_json=args.json)
    interactive = not args.json and sys.stdin.isatty()
    if not (args.yes or args.dry_run or interactive):
        return fail(t("import.cli.needs_yes"), as_json=args.json)
    try:
        store = AdministrationStore.open(login.administration_path)
    except AdministrationError as error:  # also locked, read-only, no access (exit 75 or 2)
        return fail_with(error, as_json=args.json)
    with store:
        try:
            edition = store.company().edition
        except AdministrationError as error:
            return fail_with(error, as_json=args.json)
        import_as = DocumentKind(args.import_as or settings.import_as)
        refused = edition_refusal(import_as.value, edition)
        if refused is not None:
            return fail(refused, as_json=args.json)
        try:
            if args.resolve is not None:
                return asyncio.run(_resolve(args, login, store, import_as, interactive))
            identity = paired_identity(home, settings, store.identity())
            return asyncio.run(_import(args, login, store, import_as, interactive, identity))
        except GuardStopped as error:  # nothing was written: reconcile says what differs
            return fail(str(error), as_json=args.json)
        except TidError as error:
            return fail_tid(error, as_json=args.json)
        except AdministrationError as error:  # mid-run: a lock, a full disk; each round is
            return fail_with(error, as_json=args.json)  # all or nothing, none marked unwritten


async def _import(
    args: argparse.Namespace,
    login: SavedLogin,
    store: AdministrationStore,
    import_as: DocumentKind,
    interactive: bool,
    identity: str,
) -> int:
    async with client_for(login) as client:
        engine = ImportEngine.under_rate(
            client, store, import_as=import_as, rate=tid_rate(), company_identity=identity
        )
        if args.dry_run:
            return _show_preview(args, await engine.preview(args.ids))
        if not args.yes:
            ids = args.ids or [basis.id for basis in await engine.pending()]
            if not ids:
                print(t("import.cli.nothing"))
                return EXIT_OK
            if not _confirmed(len(ids), import_as):
                print(t("import.cli.cancelled"))
                return EXIT_OK
        progress = Progress(0, 0)

        def on_event(event: ImportEvent) -> None:
            nonlocal progress
            if isinstance(event, Progress):
                progress = event
            elif not args.json:
                _print_event(event)

        stop = asyncio.Event()
        async with RunInterrupts(stop, left=lambda: progress.total - progress.done):
            report = await engine.run(
                args.ids, create_missing=args.create_missing, on_event=on_event, stop=stop
            )
    code = _show_report(args, report)
    if not report.stopped:
        return code
    done, left = stopped_counts(report)
    print(t("import.cli.stopped", done=done, left=left), file=sys.stderr)
    return EXIT_INTERRUPTED


_RESOLVE_EXIT = {
    Standing.OURS: EXIT_OK,
    Standing.ELSEWHERE: EXIT_OK,
    Standing.WAITING: EXIT_SOME_FAILED,  # nothing settled: the next import marks it
}


async def _resolve(
    args: argparse.Namespace,
    login: SavedLogin,
    store: AdministrationStore,
    import_as: DocumentKind,
    interactive: bool,
) -> int:
    """`import --resolve N`: say what settling the basis's pending entry does, then do it
    (after a yes on a terminal, or with --yes); --dry-run only says it."""
    async with client_for(login) as client:
        engine = ImportEngine(client, store, import_as=import_as)
        found = await engine.resolution(args.resolve)
        if found.standing is Standing.NO_ENTRY:
            return fail(found.explanation(), as_json=args.json)
        acts = found.standing in (Standing.OURS, Standing.ELSEWHERE) and not args.dry_run
        if not args.json:
            print(found.explanation(), flush=True)
            if acts and not args.yes and not answered_yes(t("import.resolve.confirm")):
                print(t("import.resolve.cancelled"))
                return EXIT_OK
        done = await engine.resolve(found) if acts else found
    if args.json:
        assert done.written is not None
        print_json(
            {
                "dryRun": bool(args.dry_run),
                "resolved": [
                    {
                        "tidInvoiceId": done.tid_invoice_id,
                        "type": done.written.kind.value,
                        "number": str(done.written.number),
                        "tidNumber": done.tid_number,
                        "outcome": done.standing.value,
                    }
                ],
            }
        )
    elif acts:
        print(done.done())
    return EXIT_OK if args.dry_run else _RESOLVE_EXIT.get(done.standing, EXIT_OK)


def _confirmed(count: int, import_as: DocumentKind) -> bool:
    kind = t(f"import.kind.{import_as.value}")
    return answered_yes(tn("import.cli.confirm", count, kind=kind))


def _print_event(event: ImportEvent) -> None:
    if isinstance(event, BasisImported):
        kind = t("import.kind.credit") if event.credit else t(f"import.kind.{event.kind.value}")
        line = t(
            "import.cli.line_imported",
            tid_invoice_id=event.tid_invoice_id,
            kind=kind,
            number=event.number,
        )
    elif isinstance(event, BasisRefused):
        line = refused_lines(event.tid_invoice_id, event.refusal)
    elif isinstance(event, BasisFailed):
        line = t("import.cli.line_failed", tid_invoice_id=event.tid_invoice_id, error=event.error)
    else:
        return
    print(line, flush=True)


def _show_report(args: argparse.Namespace, report: ImportReport) -> int:
    code = (
        EXIT_OK
        if report.all_well
        else EXIT_TEMPORARY
        if report.only_temporary_trouble
        else EXIT_SOME_FAILED
    )
    if args.json:
        print_json(report_json(report))
        return code
    recovered = len(report.completed_earlier)
    if recovered:
        print(tn("import.cli.recovered", recovered))
    for record in report.created:
        print(t("import.cli.line_created", record=record.describe()))
    if not (report.imported or report.refused or report.failed):
        print(t("import.cli.nothing"))
    print(outcome_counts(report))
    return code


def _show_preview(args: argparse.Namespace, previews: list[BasisPreview]) -> int:
    """A dry run: what each basis would become; bases that need new records count as refused
    unless --create-missing is given."""
    run = dry_run(previews, create_missing=args.create_missing)
    code = EXIT_OK if run.all_well else EXIT_SOME_FAILED
    if args.json:
        print_json(dry_run_json(run))
        return code
    for preview in run.would:
        draft = preview.draft
        assert draft is not None
        print(
            t(
                "import.cli.line_would",
                tid_invoice_id=preview.tid_invoice_id,
                kind=draft.kind_label(),
                customer=draft.customer_number,
                total=format_amount(draft.total),
            )
        )
    for tid_invoice_id, refusal in run.refused:
        print(refused_lines(tid_invoice_id, refusal))
    for tid_invoice_id, error in run.failed:
        print(t("import.cli.line_failed", tid_invoice_id=tid_invoice_id, error=error))
    print(would_counts(len(run.would), len(run.refused), len(run.failed)))
    return code
