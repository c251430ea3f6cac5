"""`tidwizard check`: one line saying whether invoice bases wait, for a shell profile or cron.

Exit 0 when nothing waits, 10 when invoice bases wait, 75 when Tid cannot be reached or is busy
(try later), 2 on any other error (one line on stderr that says what to do). It never prompts
and prints nothing else.
"""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

from tidwizard.cli.common import EXIT_OK, EXIT_WAITING, command_settings, exit_code_for, fail
from tidwizard.cli.status import probe_client
from tidwizard.core.clients import ClientError
from tidwizard.core.connection import NotSetUp, SavedLogin, saved_login
from tidwizard.core.i18n import t
from tidwizard.core.secrets import SecretStoreError
from tidwizard.core.settings import SettingsError
from tidwizard.core.tid import TidDeadline, TidError


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "check",
        parents=[common],
        help=t("help.check"),
        description=t("help.check.description"),
    )
    parser.set_defaults(func=run)


# The longest `check` runs, whatever the network does: it is meant for shell profiles and cron.
CHECK_DEADLINE = 30.0


async def count_waiting(login: SavedLogin, deadline: float | None = None) -> int:
    """How many bases wait; TidDeadline when Tid's answers took longer than ``deadline``
    (default :data:`CHECK_DEADLINE`)."""
    deadline = CHECK_DEADLINE if deadline is None else deadline
    try:
        async with asyncio.timeout(deadline):
            async with probe_client(login) as tid:
                return await tid.count_pending_bases()
    except TimeoutError:
        raise TidDeadline(login.url, deadline) from None


def one_line(text: str) -> str:
    return " ".join(text.split())


def run(args: argparse.Namespace) -> int:
    try:
        home, settings = command_settings(args)
        login = saved_login(home, settings)
    except (NotSetUp, SettingsError, SecretStoreError, ClientError) as exc:
        return fail(one_line(str(exc)))
    try:
        waiting = asyncio.run(count_waiting(login))
    except TidError as exc:
        return fail(one_line(exc.user_message()), code=exit_code_for(exc))
    if waiting == 0:
        print(t("cli.check.none_waiting"))
        return EXIT_OK
    if waiting == 1:
        print(t("cli.check.one_waiting"))
    else:
        print(t("cli.check.many_waiting", count=waiting))
    return EXIT_WAITING
