"""`tidwizard serve [--port N]`: the TUI in a browser, through textual-serve, on 127.0.0.1 only.

textual-serve runs a command per browser connection (through the shell, with its own driver in
the environment) and relays the terminal over a websocket. The page has no login, so the server
listens on 127.0.0.1 alone (there is no --host) and answers only pages and websockets addressed
to a loopback name with a loopback origin: another web site open in the same browser cannot
drive the program, nor reach it by a DNS name that points at 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import shlex
import socket
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tidwizard.cli.common import EXIT_OK, apply_language, fail
from tidwizard.core.i18n import t

if TYPE_CHECKING:
    from aiohttp import web
    from textual_serve.server import Server

HOST = "127.0.0.1"
DEFAULT_PORT = 8000
# The names a browser on this machine (or at the near end of an `ssh -L` tunnel) uses for it.
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")
PAGE = Path(__file__).with_name("serve_page")


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "serve", parents=[common], help=t("help.serve"), description=t("help.serve.description")
    )
    parser.add_argument(
        "--port",
        metavar=t("help.metavar.port"),
        type=int,
        default=DEFAULT_PORT,
        help=t("help.serve.port", port=DEFAULT_PORT),
    )
    parser.set_defaults(func=run)


def served_command(args: argparse.Namespace) -> str:
    """The shell command textual-serve starts per connection: this program's TUI, on the same
    Python, with every common option this command was given (--home, --lang, ...)."""
    from tidwizard.cli.main import common_options

    words = [sys.executable, "-m", "tidwizard"]
    for action in common_options(suppress=True)._actions:
        value = getattr(args, action.dest, None) if action.option_strings else None
        if value is None or value is False:
            continue
        option = action.option_strings[-1]
        words += [option] if value is True else [option, str(value)]
    # exec: the shell gives way to the TUI, so a signal or a closed pipe reaches the program.
    return "exec " + shlex.join(words)


def run(args: argparse.Namespace) -> int:
    apply_language(args)
    if not 1 <= args.port <= 65535:
        return fail(t("serve.error.port_range", port=args.port))
    url = f"http://{HOST}:{args.port}"
    try:
        port_free(args.port)  # before the server says where to go
        browser_server(served_command(args), args.port).serve()
    except OSError as error:  # the port taken, or not ours to use
        return fail(t("serve.error.listen", url=url, reason=error.strerror or error))
    return EXIT_OK


def port_free(port: int) -> None:
    """Raise OSError where the server could not listen (bound as aiohttp binds: reusing an
    address that only waits to close)."""
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind((HOST, port))


def browser_server(command: str, port: int) -> Server:
    """textual-serve's Server, made to answer loopback names and origins only, in our words."""
    # Imported here: aiohttp and textual-serve would slow every start of tidwizard.
    import aiohttp_jinja2
    from textual_serve.server import Server

    class BrowserServer(Server):
        def initialize_logging(self) -> None:
            """Nothing: textual-serve's would print every request; ours is the log file."""

        async def on_startup(self, app: web.Application) -> None:
            print(t("serve.serving", url=self.public_url), flush=True)
            print(t("serve.reach", port=self.port), flush=True)

        @aiohttp_jinja2.template("index.html")
        async def handle_index(self, request: web.Request) -> dict[str, Any]:
            refuse_unless_loopback(request, self.port)
            # textual-serve's page context (its URLs), without its template.
            context: dict[str, Any] = await inspect.unwrap(Server.handle_index)(self, request)
            context["words"] = {key: t(f"serve.page.{key}") for key in ("start", "ended", "again")}
            return context

        async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
            refuse_unless_loopback(request, self.port)
            task = asyncio.current_task()
            assert task is not None
            sessions.add(task)
            try:
                response: web.WebSocketResponse = await super().handle_websocket(request)
            finally:
                sessions.discard(task)
            return response

        async def on_shutdown(self, app: web.Application) -> None:
            """End every page's session: textual-serve then tells its TUI to quit and closes
            the websocket. Left alone, aiohttp would wait up to a minute for them."""
            for task in sessions:
                task.cancel()
            await asyncio.gather(*sessions, return_exceptions=True)

    sessions: set[asyncio.Task[Any]] = set()

    return BrowserServer(
        command, host=HOST, port=port, title="tidwizard", templates_path=PAGE.resolve()
    )


def refuse_unless_loopback(request: web.Request, port: int) -> None:
    """403 unless the request names this server by a loopback name and, from a browser, comes
    from a page of this server (browsers always send Origin with a websocket)."""
    from aiohttp import web

    hosts = {f"{name}:{port}" for name in LOOPBACK_NAMES}
    if port == 80:
        hosts |= set(LOOPBACK_NAMES)
    origin = request.headers.get("Origin")
    if request.host.lower() not in hosts or (
        origin is not None and origin.lower().removeprefix("http://") not in hosts
    ):
        raise web.HTTPForbidden()
