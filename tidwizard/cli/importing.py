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
from typing import Any

from tidwizard.cli.common import (
    EXIT_OK,
    EXIT_SOME_FAILED,
    EXIT_TEMPORARY,
    command_settings,
    fail,
    fail_tid,
    fail_with,
    print_json,
)
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
from tidwizard.core.importer.gate import request_places
from tidwizard.core.importer.preview import BasisPreview
from tidwizard.core.importer.refusal import Refusal, RefusalReason
from tidwizard.core.importer.resolution import Standing
from tidwizard.core.importer.summary import created_json, preview_json, refusal_json, report_json
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
    parser.set_defaults(func=run_import)


def run_import(args: argparse.Namespace) -> int:
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
        if import_as is DocumentKind.ORDER and edition not in ("1000", "2000"):
            refusal = Refusal(0, RefusalReason.ORDER_EDITION, {"edition": edition})
            return fail(f"{refusal.message()} {refusal.next_step()}", as_json=args.json)
        try:
            if args.resolve is not None:
                return asyncio.run(_resolve(args, login, store, import_as, interactive))
            return asyncio.run(_import(args, login, store, import_as, interactive))
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
) -> int:
    async with client_for(login) as client:
        rate = tid_rate()
        engine = ImportEngine(
            client,
            store,
            import_as=import_as,
            concurrency=request_places(rate),
            marks_first=rate > 0,
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
            if acts and not args.yes and not _answered_yes(t("import.resolve.confirm")):
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


def _answered_yes(question: str) -> bool:
    answer = input(question)
    return answer.strip().casefold() in {t("import.cli.answer_yes"), "y", "j", "yes", "ja"}


def _confirmed(count: int, import_as: DocumentKind) -> bool:
    kind = t(f"import.kind.{import_as.value}")
    return _answered_yes(tn("import.cli.confirm", count, kind=kind))


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
        line = _refused_lines(event.tid_invoice_id, event.refusal)
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
    would: list[BasisPreview] = []
    refused: list[tuple[int, Refusal]] = []
    failed: list[tuple[int, str]] = []
    new_records: list[Any] = []
    for preview in previews:
        draft, refusal = preview.draft, preview.refusal
        if refusal is not None:
            refused.append((preview.tid_invoice_id, refusal))
        elif draft is None:
            failed.append((preview.tid_invoice_id, preview.error or "-"))
        elif draft.missing and not args.create_missing:
            records = ", ".join(draft.missing.describe())
            reason = Refusal(
                draft.tid_invoice_id, RefusalReason.NEEDS_CONSENT, {"records": records}
            )
            refused.append((preview.tid_invoice_id, reason))
        else:
            would.append(preview)
            for record in (
                draft.missing.customer,
                draft.missing.result_unit,
                draft.missing.project,
            ):
                if record is not None and record not in new_records:
                    new_records.append(record)
    code = EXIT_OK if not refused and not failed else EXIT_SOME_FAILED
    if args.json:
        print_json(
            {
                "dryRun": True,
                "imported": [preview_json(p) for p in would],
                "refused": [refusal_json(i, r) for i, r in refused],
                "failed": [{"tidInvoiceId": i, "error": e} for i, e in failed],
                "created": created_json(new_records),
            }
        )
        return code
    for preview in would:
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
    for tid_invoice_id, refusal in refused:
        print(_refused_lines(tid_invoice_id, refusal))
    for tid_invoice_id, error in failed:
        print(t("import.cli.line_failed", tid_invoice_id=tid_invoice_id, error=error))
    print(would_counts(len(would), len(refused), len(failed)))
    return code


def _refused_lines(tid_invoice_id: int, refusal: Refusal) -> str:
    """Why the basis was refused, and on the next line, indented, what to do about it."""
    line = t("import.cli.line_refused", tid_invoice_id=tid_invoice_id, reason=refusal.message())
    return f"{line}\n    {refusal.next_step()}"
