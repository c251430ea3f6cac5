"""`tidwizard export [--only ...] [--dry-run] [--json]`: send flagged master data to Tid.

Exit 0 when Tid has every flagged record, 1 when some were refused, failed or left undone (a
stop), 2 on a usage or setup error (nothing was sent then), 75 when the company file is locked
by another program or Tid cannot be reached or is busy before anything was sent (try again later).
"""

from __future__ import annotations

import argparse
import asyncio
from dataclasses import dataclass
from typing import Any

from tidwizard.cli.common import (
    EXIT_OK,
    EXIT_SOME_FAILED,
    apply_language,
    command_settings,
    fail,
    fail_tid,
    fail_with,
    print_json,
    shown_lines,
)
from tidwizard.core.admin import AdministrationError, AdministrationStore
from tidwizard.core.admin.companies import resolve_company
from tidwizard.core.clients import ClientError
from tidwizard.core.connection import NotSetUp, SavedLogin, client_for, saved_login
from tidwizard.core.export.engine import ExportEngine
from tidwizard.core.export.plan import ExportPlan, PlannedRecord, Refusal
from tidwizard.core.export.records import ALL_REGISTERS, Register, parse_registers
from tidwizard.core.export.report import ExportProgress, ExportReport, Outcome, RecordResult
from tidwizard.core.i18n import t
from tidwizard.core.secrets import SecretStoreError
from tidwizard.core.settings import SettingsError
from tidwizard.core.tid import TidError


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "export",
        parents=[common],
        help=t("help.export"),
        description=t("help.export.description"),
    )
    parser.add_argument(
        "--only",
        metavar=t("help.metavar.registers"),
        help=t("help.opt.only", names=",".join(r.value for r in ALL_REGISTERS)),
    )
    parser.add_argument("--dry-run", action="store_true", help=t("help.export.dry_run"))
    parser.add_argument("--json", action="store_true", help=t("help.opt.json"))
    parser.set_defaults(func=run)


@dataclass(frozen=True)
class Connection:
    login: SavedLogin
    store: AdministrationStore


def run(args: argparse.Namespace) -> int:
    apply_language(args)
    only: tuple[Register, ...] | None = None
    if args.only is not None:
        try:
            only = parse_registers(args.only)
        except ValueError as exc:
            choices = ",".join(r.value for r in ALL_REGISTERS)
            return fail(t("export.usage.only", name=exc, choices=choices), as_json=args.json)
    try:
        connection = _connect(args)
    except _SetupProblem as exc:
        return fail(str(exc), as_json=args.json)
    except AdministrationError as exc:  # also locked (exit 75), read-only, no access
        return fail_with(exc, as_json=args.json)
    with connection.store:
        try:
            plan, report = asyncio.run(_export(connection, only, args))
        except TidError as exc:  # before any write: the plan could not be made
            return fail_tid(exc, as_json=args.json)
        except AdministrationError as exc:  # the company file could not be read meanwhile
            return fail_with(exc, as_json=args.json)
        except KeyboardInterrupt:
            return fail(t("export.stopped"), as_json=args.json, code=EXIT_SOME_FAILED)
    if args.json:
        print_json(as_json(plan, report))
    else:
        print(shown_lines(as_text(plan, report)))  # names come from Tid and the company file
    ok = not plan.refusals and (report is None or report.complete)
    return EXIT_OK if ok else EXIT_SOME_FAILED


class _SetupProblem(Exception):
    pass


def _connect(args: argparse.Namespace) -> Connection:
    try:
        home, settings = command_settings(args)
        login = saved_login(home, settings)
        path = resolve_company(home, str(login.administration_path))
        return Connection(login, AdministrationStore.open(path))
    except NotSetUp as exc:
        raise _SetupProblem(exc.message) from exc
    except (SettingsError, SecretStoreError, ClientError) as exc:
        raise _SetupProblem(str(exc)) from exc


async def _export(
    connection: Connection, only: tuple[Register, ...] | None, args: argparse.Namespace
) -> tuple[ExportPlan, ExportReport | None]:
    async with client_for(connection.login) as client:
        engine = ExportEngine(client, connection.store)
        plan = await engine.plan(only)
        if args.dry_run or plan.in_sync:
            return plan, None
        show = None if args.json else _print_progress
        return plan, await engine.run(plan, on_event=show)


def _print_progress(event: ExportProgress) -> None:
    if event.result is not None:
        print(shown_lines(_result_line(event.result)), flush=True)


def _result_line(result: RecordResult) -> str:
    message = result.outcome.label()
    if result.message:
        message += f": {result.message}"
    elif result.differences:
        message += f": {_differs_text(result)}"
    return t("export.record.line", key=result.key, name=result.name, message=message)


def _differs_text(record: PlannedRecord | RecordResult) -> str:
    return t("export.differs", fields=_fields_text(record))


def _fields_text(record: PlannedRecord | RecordResult) -> str:
    return "; ".join(
        t("export.difference", field=d.label(), administration=d.administration, tid=d.tid)
        for d in record.differences
    )


def _refusal_line(refusal: Refusal) -> str:
    return t("export.record.line", key=refusal.key, name=refusal.name, message=refusal.reason())


def as_text(plan: ExportPlan, report: ExportReport | None) -> str:
    lines: list[str] = []
    if report is None or not report.results:
        for register, counts in plan.counts().items():
            lines.append(
                t(
                    "export.plan.line",
                    register=register.label(),
                    new=counts.new,
                    changed=counts.changed,
                    unchanged=counts.unchanged,
                    differs=counts.differs,
                    refused=counts.refused,
                )
            )
    else:
        for register, part in plan.registers.items():
            lines.append(
                t(
                    "export.report.line",
                    register=register.label(),
                    created=report.count(register, Outcome.CREATED),
                    updated=report.count(register, Outcome.UPDATED),
                    unchanged=len(part.unchanged),
                    differs=len(part.differs) + report.count(register, Outcome.ALREADY_THERE),
                    refused=len(part.refused),
                    failed=report.count(register, Outcome.FAILED),
                )
            )
    differs = [p for part in plan.registers.values() for p in part.differs]
    if differs:
        lines += ["", t("export.heading.differs")]
        lines += [
            t("export.record.line", key=p.key, name=p.name, message=_fields_text(p))
            for p in differs
        ]
    if plan.refusals:
        lines += ["", t("export.heading.refused")]
        lines += [_refusal_line(refusal) for refusal in plan.refusals]
    if report is not None and report.failed:
        lines += ["", t("export.heading.failed")]
        lines += [_result_line(result) for result in report.failed]
    lines.append("")
    if report is not None and report.stopped:
        lines.append(report.error or t("export.stopped"))
    elif plan.in_sync:
        lines.append(t("export.in_sync"))
    elif report is None:
        lines.append(t("export.dry_run"))
    return "\n".join(lines).rstrip()


def as_json(plan: ExportPlan, report: ExportReport | None) -> dict[str, Any]:
    results = [] if report is None else report.results

    def record(register: Register, key: str, name: str) -> dict[str, Any]:
        return {"register": register.value, "key": key, "name": name}

    def of(outcome: Outcome) -> list[dict[str, Any]]:
        return [
            record(r.register, r.key, r.name) | {"tidId": r.tid_id}
            for r in results
            if r.outcome is outcome
        ]

    differing = [
        (p.register, p.key, p.name, p.differences)
        for part in plan.registers.values()
        for p in part.differs
    ]
    differing += [
        (r.register, r.key, r.name, r.differences)
        for r in results
        if r.outcome is Outcome.ALREADY_THERE
    ]
    return {
        "dryRun": report is None and not plan.in_sync,
        "inSync": plan.in_sync,
        "complete": not plan.refusals and (report is None or report.complete),
        "stopped": bool(report and report.stopped),
        "error": (report.error or None) if report else None,
        "registers": {
            register.value: {
                "new": c.new,
                "changed": c.changed,
                "unchanged": c.unchanged,
                "differs": c.differs,
                "refused": c.refused,
            }
            for register, c in plan.counts().items()
        },
        "created": of(Outcome.CREATED),
        "updated": of(Outcome.UPDATED),
        "differs": [
            record(register, key, name)
            | {
                "differences": [
                    {"field": d.field, "administration": d.administration, "tid": d.tid}
                    for d in found
                ]
            }
            for register, key, name, found in differing
        ],
        "refused": [
            record(r.register, r.key, r.name) | {"reason": r.reason()} for r in plan.refusals
        ],
        "failed": [
            record(r.register, r.key, r.name) | {"error": r.message}
            for r in results
            if r.outcome is Outcome.FAILED
        ],
        "notSent": []
        if report is None
        else [record(p.register, p.key, p.name) for p in report.not_sent],
    }
