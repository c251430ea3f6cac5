"""`tidwizard check`: one line saying whether invoice bases wait, for a shell profile or cron.

Exit 0 when nothing waits, 10 when invoice bases wait, 75 when Tid cannot be reached or is busy
(try later), 2 on any other error (one line on stderr that says what to do). It never prompts
and prints nothing else.

`check --all-clients`: a line per client (each with its own stored secret) and a total. An
error outranks waiting bases, since the count is then incomplete: exit 2 when any client has
an error the user must fix, else 75 when any could not be reached or was busy, else 10 when
bases wait at any client, else 0.
"""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

from tidwizard.cli.cells import cell_width, clip, pad
from tidwizard.cli.common import (
    EXIT_OK,
    EXIT_TEMPORARY,
    EXIT_USAGE,
    EXIT_WAITING,
    command_settings,
    exit_code_for,
    fail,
    home_of,
    shown,
)
from tidwizard.cli.importing_all import (
    NAME_CELLS,
    add_jobs_option,
    every_client,
    give_each_client_a_thread,
)
from tidwizard.cli.status import probe_client
from tidwizard.core.clients import Client, ClientError
from tidwizard.core.clients_overview import count_waiting_bases
from tidwizard.core.clients_run import DEFAULT_JOBS, ClientResult, own_login, run_each_client
from tidwizard.core.connection import NotSetUp, SavedLogin, saved_login
from tidwizard.core.i18n import t, tn
from tidwizard.core.secrets import SecretStoreError
from tidwizard.core.settings import SettingsError
from tidwizard.core.tid import TidError


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "check",
        parents=[common],
        help=t("help.check"),
        description=t("help.check.description"),
    )
    parser.add_argument("--all-clients", action="store_true", help=t("help.check.all_clients"))
    add_jobs_option(parser)
    parser.set_defaults(func=run)


# The longest `check` runs, whatever the network does: it is meant for shell profiles and cron.
CHECK_DEADLINE = 30.0


async def count_waiting(login: SavedLogin, deadline: float | None = None) -> int:
    """How many bases wait; TidDeadline when Tid's answers took longer than ``deadline``
    (default :data:`CHECK_DEADLINE`)."""
    deadline = CHECK_DEADLINE if deadline is None else deadline
    return await count_waiting_bases(login, probe_client, deadline)


def one_line(text: str) -> str:
    return " ".join(text.split())


def waiting_line(waiting: int) -> str:
    """The one line of `check`: none, one or how many bases wait."""
    if waiting == 0:
        return t("cli.check.none_waiting")
    if waiting == 1:
        return t("cli.check.one_waiting")
    return t("cli.check.many_waiting", count=waiting)


def run(args: argparse.Namespace) -> int:
    if args.all_clients:
        return check_all_clients(args)
    if args.jobs is not None:
        return fail(t("allclients.jobs_alone"))
    try:
        home, settings = command_settings(args)
        login = saved_login(home, settings)
    except (NotSetUp, SettingsError, SecretStoreError, ClientError) as exc:
        return fail(one_line(str(exc)))
    try:
        waiting = asyncio.run(count_waiting(login))
    except TidError as exc:
        return fail(one_line(exc.user_message()), code=exit_code_for(exc))
    print(waiting_line(waiting))
    return EXIT_OK if waiting == 0 else EXIT_WAITING


def check_all_clients(args: argparse.Namespace) -> int:
    clients = every_client(args)
    if isinstance(clients, int):
        return clients
    home = home_of(args)

    async def waiting_at(client: Client) -> int:
        return await count_waiting(await asyncio.to_thread(own_login, home, client))

    async def each() -> list[ClientResult[int]]:
        jobs = args.jobs or DEFAULT_JOBS
        give_each_client_a_thread(jobs, len(clients))
        return await run_each_client(clients, waiting_at, jobs=jobs)

    results = asyncio.run(each())
    width = max(cell_width(clip(shown(r.client.name), NAME_CELLS)) for r in results)
    codes = set()
    waiting = 0
    for result in results:
        name = pad(clip(shown(result.client.name), NAME_CELLS), width)
        if result.failure is not None:
            codes.add(EXIT_TEMPORARY if result.failure.temporary else EXIT_USAGE)
            print(f"{name}  {one_line(shown(result.failure.message))}")
        else:
            assert result.value is not None
            waiting += result.value
            print(f"{name}  {waiting_line(result.value)}")
    at = tn("allclients.check.clients", sum(1 for r in results if r.value))
    total = t("allclients.check.total", waiting=waiting, clients=at)
    failed = sum(1 for r in results if r.failure is not None)
    print(f"{total} {tn('allclients.failed_clients', failed)}." if failed else total)
    if codes:
        return min(codes)  # 2 before 75: an error to fix outranks one that may pass
    return EXIT_OK if waiting == 0 else EXIT_WAITING
