"""`tidwizard doctor [--json] [--url URL --client-id ID]`: what the Tid service supports.

A read-only probe (``tidwizard.core.doctor``) of the saved setup's service, or of ``--url`` with
``--client-id`` and the secret from TIDWIZARD_SECRET or standard input (as `setup --yes`).
Exit 0 when everything the import needs works, 1 when something it needs is missing or broken,
2 for a usage or setup error, 75 when Tid cannot be reached (try again later).
"""

from __future__ import annotations

import argparse
import asyncio
import textwrap
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from tidwizard.cli.cells import pad
from tidwizard.cli.common import (
    EXIT_OK,
    EXIT_SOME_FAILED,
    EXIT_TEMPORARY,
    apply_language,
    fail,
    print_json,
    shown_lines,
)
from tidwizard.core.i18n import current_language, t, tn
from tidwizard.core.secrets import SECRET_ENV

if TYPE_CHECKING:
    from tidwizard.core.doctor import DoctorReport, Finding
    from tidwizard.core.tid import TidClient

EXIT_TRY_LATER = EXIT_TEMPORARY  # Tid unreachable, 5xx or 429 after retries
WIDTH = 80
STATUS_WIDTH = 8
LABEL_WIDTH = 18


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("doctor", parents=[common], help=t("doctor.cli.help"))
    parser.add_argument("--json", action="store_true", help=t("doctor.opt.json"))
    parser.add_argument("--url", metavar="URL", help=t("doctor.opt.url"))
    parser.add_argument("--client-id", metavar="ID", help=t("doctor.opt.client_id", env=SECRET_ENV))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    made = client_maker(args)
    if isinstance(made, int):
        return made
    from tidwizard.core.tid import TidError

    try:
        report = asyncio.run(_diagnose(made))
    except TidError as exc:  # the address or the certificates, refused before any request
        return fail(exc.user_message(), as_json=args.json)
    if args.json:
        print_json(as_json(report))
    else:
        print(shown_lines(as_text(report)))
    return exit_code(report)


async def _diagnose(make: Callable[[], TidClient]) -> DoctorReport:
    from tidwizard.core.doctor import diagnose

    async with make() as tid:  # made inside the loop that uses it
        return await diagnose(tid)


def client_maker(args: argparse.Namespace) -> Callable[[], TidClient] | int:
    """How to make the client: from --url and --client-id, else from the saved setup; or the
    exit code of a usage or setup error (already reported)."""
    from tidwizard.cli.status import PROBE_RETRIES, PROBE_TIMEOUT, command_settings, probe_client
    from tidwizard.core.clients import ClientError
    from tidwizard.core.connection import NotSetUp, saved_login, tid_rate
    from tidwizard.core.secrets import SecretStoreError
    from tidwizard.core.settings import SettingsError

    url, client_id = (args.url or "").strip(), (args.client_id or "").strip()
    if url or client_id:
        apply_language(args)
        if not (url and client_id):
            return fail(t("doctor.cli.need_both"), as_json=args.json)
        from tidwizard.cli.setup import read_secret

        secret = read_secret()
        if secret is None:
            return fail(t("cli.setup.need_secret"), as_json=args.json)

        def from_options() -> TidClient:
            from tidwizard.core.tid import TidClient

            rate = tid_rate()
            return TidClient(
                url, client_id, secret, rate=rate, retries=PROBE_RETRIES, timeout=PROBE_TIMEOUT
            )

        return from_options
    try:
        home, settings = command_settings(args)
        login = saved_login(home, settings)
    except (NotSetUp, SettingsError, SecretStoreError, ClientError) as exc:
        return fail(str(exc), as_json=args.json)
    return lambda: probe_client(login)


def exit_code(report: DoctorReport) -> int:
    if report.ok:
        return EXIT_OK
    return EXIT_TRY_LATER if report.temporary else EXIT_SOME_FAILED


def conclusion(report: DoctorReport) -> str:
    if report.ok:
        return "doctor.cli.all_well"
    return "doctor.cli.try_later" if report.temporary else "doctor.cli.blocked"


def as_json(report: DoctorReport) -> dict[str, Any]:
    lang = current_language()
    return {
        "url": report.url,
        "ok": report.ok,
        "exitCode": exit_code(report),
        "requests": report.requests,
        "rateLimited": report.rate_limited,
        "findings": [finding_json(f, lang) for f in report.findings],
    }


def finding_json(finding: Finding, lang: str) -> dict[str, Any]:
    return {
        "name": finding.name,
        "status": finding.status,
        "needed": finding.needed,
        "temporary": finding.temporary,
        "seen": finding.seen.text(lang),
        "meaning": None if finding.meaning is None else finding.meaning.text(lang),
        "facts": finding.facts,
    }


def as_text(report: DoctorReport) -> str:
    """A compact list that fits 80 columns: status, what, what was seen; what it means below."""
    lines = [t("doctor.cli.title", url=report.url), ""]
    indent = " " * (STATUS_WIDTH + LABEL_WIDTH + 2)
    for finding in report.findings:
        status = t(f"doctor.status.{finding.status}")
        head = f"{pad(status, STATUS_WIDTH)} {pad(finding.label(), LABEL_WIDTH)} "
        lines += _wrapped(head, finding.seen.text(), indent)
        if finding.meaning is not None:
            lines += _wrapped(indent, finding.meaning.text(), indent)
    lines += ["", t(conclusion(report)), tn("doctor.cli.requests", report.requests)]
    return "\n".join(lines)


def _wrapped(first: str, text: str, indent: str) -> list[str]:
    return textwrap.wrap(
        text, WIDTH, initial_indent=first, subsequent_indent=indent, break_on_hyphens=False
    ) or [first.rstrip()]
