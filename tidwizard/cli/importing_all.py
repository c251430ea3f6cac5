"""`tidwizard import --all-clients`: every client's import at once, one summary.

The runs themselves are the core's (``core/importer/all_clients.py``); this prints them: what was
refused or failed per client, then a row per client (read in, refused, failed, the document
numbers as ranges) and a total, or with --json one document with today's `import --json` object
per client. Exit codes as for `import`, over all clients: 0 all well; 1 any basis refused or
failed or any client that could not run; 75 when every failure may pass by itself; 130 stopped.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from tidwizard.cli.cells import cell_width, clip, pad
from tidwizard.cli.common import (
    EXIT_OK,
    EXIT_SOME_FAILED,
    EXIT_TEMPORARY,
    apply_saved_language,
    fail,
    home_of,
    print_json,
    shown,
    shown_lines,
)
from tidwizard.cli.interrupts import EXIT_INTERRUPTED, RunInterrupts
from tidwizard.core.clients import Client, Clients
from tidwizard.core.clients_run import DEFAULT_JOBS, ClientResult
from tidwizard.core.i18n import t, tn
from tidwizard.core.importer.all_clients import (
    AllClientsChoices,
    ClientImport,
    import_all_clients,
)
from tidwizard.core.importer.draft import DocumentKind
from tidwizard.core.importer.events import ImportEvent, Progress
from tidwizard.core.importer.refusal import refused_lines
from tidwizard.core.importer.summary import dry_run_json, report_json
from tidwizard.core.importer.tally import numbers_list, stopped_counts
from tidwizard.core.settings import SettingsError

NAME_CELLS = 32  # a client's name is cut to this in the table


def jobs_number(text: str) -> int:
    """--jobs: a whole number from 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(t("allclients.bad_jobs", value=text))
    return value


def add_jobs_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--jobs", type=jobs_number, metavar="N", help=t("help.all_clients.jobs"))


def give_each_client_a_thread(jobs: int, clients: int) -> None:
    """For a loop of our own (asyncio.run): the clients' disk work (secrets, opening company
    files, the store threads' calls) goes to the loop's default threads, and asyncio's default
    (cores + 4) would let a few locked company files, each waiting out its busy timeout, hold
    up every other client."""
    running = min(jobs, clients)
    loop = asyncio.get_running_loop()
    loop.set_default_executor(ThreadPoolExecutor(running + 4, thread_name_prefix="client"))


def every_client(args: argparse.Namespace) -> list[Client] | int:
    """The home's clients, or the exit code after saying why there are none to run."""
    as_json = bool(getattr(args, "json", False))  # `check` has no --json
    if getattr(args, "client", None):  # --client names one client: not with --all-clients
        return fail(t("allclients.not_with", option="--client"), as_json=as_json)
    try:
        clients = Clients(home_of(args)).all()
    except SettingsError as error:
        return fail(str(error), as_json=as_json)
    if not clients:
        return fail(t("allclients.none"), as_json=as_json)
    apply_saved_language(args, clients[0].settings)
    return clients


def run_all_clients(args: argparse.Namespace) -> int:
    for option, given in (("--id", args.ids), ("--resolve", args.resolve is not None)):
        if given:
            return fail(t("allclients.not_with", option=option), as_json=args.json)
    if not (args.yes or args.dry_run):
        return fail(t("allclients.needs_yes"), as_json=args.json)
    clients = every_client(args)
    if isinstance(clients, int):
        return clients
    choices = AllClientsChoices(
        import_as=DocumentKind(args.import_as) if args.import_as else None,
        create_missing=args.create_missing,
        dry_run=args.dry_run,
        jobs=args.jobs or DEFAULT_JOBS,
    )
    results, stopped = asyncio.run(_run(args, clients, choices))
    if args.json:
        print_json(_json(results))
    else:
        _print_details(results)
        _print_table(results, dry=args.dry_run)
    if stopped:
        _print_stopped(results)
        return EXIT_INTERRUPTED
    return exit_code(results)


async def _run(
    args: argparse.Namespace, clients: list[Client], choices: AllClientsChoices
) -> tuple[list[ClientResult[ClientImport]], bool]:
    progress: dict[str, Progress] = {}

    def on_event(client: Client, event: ImportEvent) -> None:
        if isinstance(event, Progress):
            progress[client.name] = event

    def left() -> int:
        return sum(p.total - p.done for p in progress.values())

    give_each_client_a_thread(choices.jobs, len(clients))
    stop = asyncio.Event()
    async with RunInterrupts(stop, left=left):
        results = await import_all_clients(
            home_of(args),
            clients,
            choices,
            stop=stop,
            on_event=on_event,
            on_done=None if args.json else _say_done,
        )
    return results, stop.is_set()


def _say_done(result: ClientResult[ClientImport]) -> None:
    """A client's line as its run ends, on stderr: the table on stdout comes at the end."""
    if result.failure is not None:
        text = result.failure.message
    else:
        assert result.value is not None
        imported, refused, failed, _ = _counts(result.value)
        key = "allclients.done" if result.value.report is not None else "allclients.done_dry"
        text = t(key, imported=imported, refused=refused, failed=failed)
    line = t("allclients.about", client=result.client.name, text=text)
    print(shown(line), file=sys.stderr, flush=True)


def exit_code(results: list[ClientResult[ClientImport]]) -> int:
    """0 all well; 75 when something failed and every failure may pass by itself and nothing
    was refused; else 1 when anything was refused or failed, or a client could not run."""
    refused = False
    temporary: list[bool] = []
    for result in results:
        if result.failure is not None:
            temporary.append(result.failure.temporary)
            continue
        assert result.value is not None
        report, dry = result.value.report, result.value.dry_run
        if report is not None:
            refused = refused or bool(report.refused)
            temporary += [failed.temporary for failed in report.failed]
        elif dry is not None:
            refused = refused or bool(dry.refused)
            temporary += [False for _ in dry.failed]
    if not refused and not temporary:
        return EXIT_OK
    if not refused and all(temporary):
        return EXIT_TEMPORARY
    return EXIT_SOME_FAILED


def _counts(value: ClientImport) -> tuple[int, int, int, str]:
    """Read in (or would be), refused, failed, and the numbers (ranges) of one client's run."""
    if value.report is not None:
        report = value.report
        invoices = [e.number for e in report.imported if e.kind is DocumentKind.INVOICE]
        orders = [e.number for e in report.imported if e.kind is DocumentKind.ORDER]
        numbers = [numbers_list(invoices)] if invoices else []
        if orders:
            numbers.append(t("allclients.orders", numbers=numbers_list(orders)))
        return len(report.imported), len(report.refused), len(report.failed), "; ".join(numbers)
    assert value.dry_run is not None
    dry = value.dry_run
    return len(dry.would), len(dry.refused), len(dry.failed), ""


def _print_table(results: list[ClientResult[ClientImport]], *, dry: bool) -> None:
    header = [
        t("allclients.col.client"),
        t("allclients.col.would" if dry else "allclients.col.imported"),
        t("allclients.col.refused"),
        t("allclients.col.failed"),
        t("allclients.col.numbers"),
    ]
    rows: list[list[str]] = []
    totals = [0, 0, 0]
    failed_clients = 0
    for result in results:
        name = clip(shown(result.client.name), NAME_CELLS)
        if result.failure is not None:
            failed_clients += 1
            rows.append([name, "-", "-", "-", shown_lines(result.failure.message)])
            continue
        assert result.value is not None
        *counts, numbers = _counts(result.value)
        totals = [total + count for total, count in zip(totals, counts, strict=True)]
        rows.append([name, *(str(count) for count in counts), numbers])
    last = tn("allclients.failed_clients", failed_clients) if failed_clients else ""
    rows.append([t("allclients.total"), *(str(total) for total in totals), last])
    widths = [max(cell_width(row[i]) for row in [header, *rows]) for i in range(4)]
    for row in [header, *rows]:
        cells = [pad(row[0], widths[0])]
        cells += [pad(row[i], widths[i], right=True) for i in (1, 2, 3)]
        print("  ".join([*cells, row[4]]).rstrip())


def _print_details(results: list[ClientResult[ClientImport]]) -> None:
    """What each client refused or failed and what it created, before the table."""
    for result in results:
        value = result.value
        if value is None or value.report is None:
            continue
        name = shown(result.client.name)
        report = value.report
        for record in report.created:
            line = t("import.cli.line_created", record=record.describe())
            print(t("allclients.about", client=name, text=line))
        for refused in report.refused:
            first, _, rest = refused_lines(refused.tid_invoice_id, refused.refusal).partition("\n")
            print(t("allclients.about", client=name, text=first))
            print(rest)
        for failed in report.failed:
            line = t(
                "import.cli.line_failed", tid_invoice_id=failed.tid_invoice_id, error=failed.error
            )
            print(t("allclients.about", client=name, text=line))


def _print_stopped(results: list[ClientResult[ClientImport]]) -> None:
    """Per client, after a stop: how far it came and what still waits."""
    for result in results:
        name = shown(result.client.name)
        if result.value is not None and result.value.report is not None:
            done, left = stopped_counts(result.value.report)
            text = t("import.cli.stopped", done=done, left=left)
        elif result.failure is not None:
            text = result.failure.message
        else:
            continue
        print(t("allclients.about", client=name, text=text), file=sys.stderr)


def _json(results: list[ClientResult[ClientImport]]) -> dict[str, Any]:
    clients: list[dict[str, Any]] = []
    total = {"clients": len(results), "clientsFailed": 0}
    for result in results:
        entry: dict[str, Any] = {"client": result.client.name}
        if result.failure is not None:
            entry["error"] = result.failure.message
            entry["temporary"] = result.failure.temporary
            total["clientsFailed"] += 1
        else:
            assert result.value is not None
            value = result.value
            if value.report is not None:
                document = report_json(value.report)
            else:
                assert value.dry_run is not None
                document = dry_run_json(value.dry_run)
            entry.update(document)
            for key, count in _json_counts(document).items():
                total[key] = total.get(key, 0) + count
        clients.append(entry)
    return {"clients": clients, "total": total}


def _json_counts(document: dict[str, Any]) -> dict[str, int]:
    counts = document.get("counts")
    if isinstance(counts, dict):
        return {key: int(value) for key, value in counts.items()}
    return {key: len(document[key]) for key in ("imported", "refused", "failed")}
