"""`tidwizard status [--json]`: what is set up, and whether it works right now.

Shows the saved settings (never the secret, only where it is kept), asks Tid for the token's
company and the number of waiting invoice bases, and compares the organisationsnummer with the
Administration company's. Exit 0 when everything works, 75 when every problem may pass by
itself (the company file locked by another program, Tid unreachable or busy: try again later),
2 otherwise (also when not set up).
"""

from __future__ import annotations

import argparse
import asyncio
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tidwizard.cli.cells import cell_width, pad
from tidwizard.cli.common import (
    EXIT_OK,
    EXIT_TEMPORARY,
    EXIT_USAGE,
    command_settings,
    fail,
    print_json,
    shown_lines,
)
from tidwizard.core.admin import CompanyInfo
from tidwizard.core.clients import ClientError
from tidwizard.core.connection import NotSetUp, SavedLogin, client_for, saved_login
from tidwizard.core.i18n import t
from tidwizard.core.logfile import log_file
from tidwizard.core.orgnr import same_orgnr
from tidwizard.core.paths import Home
from tidwizard.core.secrets import SecretStore, SecretStoreError
from tidwizard.core.settings import OrgNumberSource, Settings, SettingsError, reminder_text
from tidwizard.core.setup import (
    TID_ORGNR_MENU,
    SetupError,
    mismatch_message,
    read_administration,
)
from tidwizard.core.tid import TidClient, TidError, TidUnreachable
from tidwizard.core.tid_orgnr import typed_mismatch_message
from tidwizard.core.wire import Company

# A status or check call should answer within seconds, not wait out a long retry series.
PROBE_RETRIES = 2
PROBE_TIMEOUT = 10.0


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "status",
        parents=[common],
        help=t("help.status"),
        description=t("help.status.description"),
    )
    parser.add_argument("--json", action="store_true", help=t("help.opt.json"))
    parser.set_defaults(func=run)


def probe_client(login: SavedLogin) -> TidClient:
    """A client for the saved Tid company, tuned to answer quickly."""
    return client_for(login, retries=PROBE_RETRIES, timeout=PROBE_TIMEOUT)


@dataclass
class TidProbe:
    reachable: bool = False
    token_ok: bool = False
    company: Company | None = None
    pending: int | None = None


@dataclass
class StatusReport:
    settings: Settings
    secret_backend: str
    secret_stored: bool = False
    # The permissions the secret file had when status found it readable by others (now 0600).
    secret_made_private_from: int | None = None
    administration: CompanyInfo | None = None
    tid: TidProbe | None = None
    orgnr_match: bool | None = None
    # Which number Administration's was compared with: Tid's answer, or the one typed at setup.
    orgnr_checked_by: OrgNumberSource | None = None
    problems: list[str] = field(default_factory=list)
    # How many of the problems may pass by itself: the company file locked by another program,
    # Tid unreachable or busy. When all may, status exits 75.
    temporary_problems: int = 0
    log_file: Path | None = None  # where this home's log is written
    # The client named with --client; None (one client, not named) shows no client at all.
    client_name: str | None = None

    @property
    def temporary(self) -> bool:
        return bool(self.problems) and self.temporary_problems == len(self.problems)

    @property
    def ok(self) -> bool:
        return self.settings.configured and not self.problems and self.orgnr_match is True


async def probe_tid(login: SavedLogin, report: StatusReport) -> TidProbe:
    probe = TidProbe()
    try:
        async with probe_client(login) as tid:
            await tid.check_credentials()
            probe.reachable = probe.token_ok = True
            probe.company = await tid.own_company()
            probe.pending = await tid.count_pending_bases()
    except TidError as exc:
        probe.reachable = not isinstance(exc, TidUnreachable)
        report.problems.append(exc.user_message())
        report.temporary_problems += exc.temporary
    return probe


def gather(home: Home, settings: Settings) -> StatusReport:
    store = SecretStore(home)
    report = StatusReport(settings, secret_backend=store.backend, log_file=log_file(home.log_dir))
    if not settings.configured:
        report.problems.append(t("cli.not_set_up"))
        return report
    login: SavedLogin | None = None
    try:
        report.secret_made_private_from = store.make_file_private()
        login = saved_login(home, settings)
    except SecretStoreError as exc:
        report.problems.append(str(exc))
    except NotSetUp as exc:  # set up, so it is the secret that is missing
        secret_missing = t("cli.no_secret", client_id=settings.client_id)
        report.problems.append(secret_missing if exc.secret_missing else exc.message)
    report.secret_stored = login is not None
    try:
        report.administration = read_administration(home, settings.administration_path)
    except SetupError as exc:
        report.problems.append(exc.message)
        report.temporary_problems += exc.code == "admin.locked"
    if login is not None:
        report.tid = asyncio.run(probe_tid(login, report))
    if report.administration is not None:
        compare_orgnr(report, report.administration.org_number)
    return report


def compare_orgnr(report: StatusReport, admin_orgnr: str) -> None:
    """Administration's number against Tid's answer, or, where Tid gives none (no company
    endpoint), against the number saved at setup; the report says which."""
    settings, probe = report.settings, report.tid
    tid_company = probe.company if probe else None
    if tid_company is not None:
        report.orgnr_checked_by = "tid"
        report.orgnr_match = same_orgnr(admin_orgnr, tid_company.organization_number)
        if not report.orgnr_match:
            report.problems.append(mismatch_message(admin_orgnr, tid_company))
        return
    answered_without_company = probe is not None and probe.token_ok
    if not settings.tid_org_number or not (
        settings.tid_org_number_source == "typed" or answered_without_company
    ):
        if answered_without_company:
            # Tid shows no number and none was saved: the match cannot be told, so not "ready".
            report.problems.append(t("cli.status.orgnr_unchecked", menu=TID_ORGNR_MENU))
        return
    report.orgnr_checked_by = settings.tid_org_number_source
    report.orgnr_match = same_orgnr(admin_orgnr, settings.tid_org_number)
    if not report.orgnr_match:
        report.problems.append(typed_mismatch_message(admin_orgnr, settings.tid_org_number))


def run(args: argparse.Namespace) -> int:
    try:
        home, settings = command_settings(args)
    except (SettingsError, ClientError) as exc:
        return fail(str(exc), as_json=args.json)
    report = gather(home, settings)
    report.client_name = getattr(args, "client", None)
    if args.json:
        print_json(as_json(report))
    else:
        print(shown_lines(as_text(report)))  # names and the address come from files and Tid
    if report.ok:
        return EXIT_OK
    return EXIT_TEMPORARY if report.temporary else EXIT_USAGE


def as_json(report: StatusReport) -> dict[str, Any]:
    probe = report.tid or TidProbe()
    return {
        "configured": report.settings.configured,
        "ok": report.ok,
        "settings": settings_json(report.settings),
        "secret": {
            "backend": report.secret_backend,
            "stored": report.secret_stored,
            "madePrivateFrom": None
            if report.secret_made_private_from is None
            else f"{report.secret_made_private_from:04o}",
        },
        "administration": administration_json(report.administration),
        "tid": {
            "checked": report.tid is not None,
            "reachable": probe.reachable,
            "tokenOk": probe.token_ok,
            "company": None if probe.company is None else probe.company.to_wire(),
        },
        "orgnrMatch": report.orgnr_match,
        "orgnrCheckedBy": report.orgnr_checked_by,
        "pendingBases": probe.pending,
        "problems": report.problems,
        "logFile": None if report.log_file is None else str(report.log_file),
    }


def settings_json(s: Settings) -> dict[str, Any]:
    company = None
    if s.configured:  # id None: the credentials' own company, which Tid did not name
        company = {
            "id": s.tid_company_id,
            "name": s.tid_company_name,
            "organizationNumber": s.tid_org_number,
            "organizationNumberSource": s.tid_org_number_source,
        }
    return {
        "tidUrl": s.tid_url,
        "clientId": s.client_id,
        "tidCompany": company,
        "administrationPath": None if s.administration_path is None else str(s.administration_path),
        "importAs": s.import_as,
        "reminder": s.reminder,
        "reminderMinutes": s.reminder_minutes,
        "language": s.language,
        "savedAt": None if s.saved_at is None else s.saved_at.isoformat(),
    }


def administration_json(info: CompanyInfo | None) -> dict[str, Any] | None:
    if info is None:
        return None
    return {
        "name": info.name,
        "organizationNumber": info.org_number,
        "edition": info.edition,
        "programVersion": info.program_version,
        "path": str(info.path),
    }


def as_text(report: StatusReport) -> str:
    s = report.settings
    rows: list[tuple[str, str]] = [
        (t("cli.status.url"), s.tid_url),
        (t("cli.status.client_id"), s.client_id or "-"),
        (
            t("cli.status.secret"),
            t(f"secrets.backend.{report.secret_backend}")
            if report.secret_stored or report.secret_backend == "env"
            else t("cli.status.secret_missing"),
        ),
    ]
    if s.tid_company_id is not None:
        name, orgnr = s.tid_company_name, s.tid_org_number
        line = t("cli.status.company_line", name=name, orgnr=orgnr, id=s.tid_company_id)
        rows.append((t("cli.status.tid_company"), line))
    elif s.configured:
        line = t("cli.status.own_company_line", orgnr=s.tid_org_number)
        rows.append((t("cli.status.tid_company"), line))
    if report.administration is not None:
        a = report.administration
        line = t(
            "cli.status.administration_line",
            name=a.name,
            orgnr=a.org_number,
            edition=a.edition,
            version=a.program_version,
        )
        rows.append((t("cli.status.administration"), line))
    if s.administration_path is not None:
        rows.append((t("cli.status.administration_path"), str(s.administration_path)))
    if s.configured:
        rows.append((t("cli.status.import_as"), t(f"cli.status.as_{s.import_as}")))
        reminder = reminder_text(s.reminder_minutes) if s.reminder else t("cli.status.reminder_off")
        rows.append((t("cli.status.reminder"), reminder))
    if report.tid is not None:
        answer = "cli.status.tid_ok" if report.tid.token_ok else "cli.status.tid_not_ok"
        rows.append((t("cli.status.tid"), t(answer)))
    if report.orgnr_match is not None:
        match = "cli.status.orgnr_match" if report.orgnr_match else "cli.status.orgnr_mismatch"
        rows.append((t("cli.status.orgnr"), t(match)))
    if report.orgnr_checked_by is not None:
        source = t(f"cli.status.orgnr_source_{report.orgnr_checked_by}")
        rows.append((t("cli.status.orgnr_source"), source))
    if report.tid is not None and report.tid.pending is not None:
        rows.append(
            (t("cli.status.pending"), t("cli.status.pending_count", count=report.tid.pending))
        )
    if report.secret_made_private_from is not None:
        found = f"{report.secret_made_private_from:04o}"
        line = t("cli.status.secret_made_private", mode=found)
        rows.insert(3, (t("cli.status.secret_file"), line))  # right below where the secret is
    if report.log_file is not None:
        rows.append((t("cli.status.log_file"), str(report.log_file)))
    if report.client_name is not None:
        rows.insert(0, (t("clients.cli.status_client"), report.client_name))
    width = max(cell_width(label) for label, _ in rows) + 2
    lines = [t("cli.status.title"), ""]
    lines += [f"  {pad(label + ':', width)}{value}" for label, value in rows]
    lines.append("")
    if report.problems:
        lines.append(t("cli.status.problems"))
        lines += [f"  - {problem}" for problem in report.problems]
    else:
        lines.append(t("cli.status.all_well"))
    return "\n".join(lines)
