"""`tidwizard sandbox serve`: the sandbox Tid service in the foreground."""

from __future__ import annotations

import argparse
import ipaddress
from pathlib import Path
from typing import TYPE_CHECKING

from tidwizard.cli.common import EXIT_OK, apply_language, fail
from tidwizard.core import demo_data
from tidwizard.core.i18n import t
from tidwizard.sandbox.config import PROFILES
from tidwizard.sandbox.control import MAX_SEED
from tidwizard.sandbox.faults import FaultSpecError, parse_faults
from tidwizard.sandbox.seed import parse_seed

if TYPE_CHECKING:
    from tidwizard.sandbox.server import SandboxConfig


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("sandbox", parents=[common], help=t("sandbox.help"))
    commands = parser.add_subparsers(
        dest="sandbox_command", metavar=t("help.metavar.command"), required=True
    )
    serve_parser = commands.add_parser("serve", parents=[common], help=t("sandbox.serve.help"))
    option = serve_parser.add_argument
    option(
        "--host", metavar=t("help.metavar.host"), default="127.0.0.1", help=t("sandbox.opt.host")
    )
    option(
        "--port", metavar=t("help.metavar.port"), type=int, default=0, help=t("sandbox.opt.port")
    )
    option("--seed", metavar=t("help.metavar.seed"), default="demo", help=t("sandbox.opt.seed"))
    option("--companies", metavar="K", type=int, help=t("sandbox.opt.companies"))
    option(
        "--rate",
        metavar=t("help.metavar.rate"),
        type=float,
        default=4.0,
        help=t("sandbox.opt.rate"),
    )
    option(
        "--token-ttl",
        metavar=t("help.metavar.seconds"),
        type=float,
        default=3600.0,
        help=t("sandbox.opt.token_ttl"),
    )
    option("--faults", metavar=t("help.metavar.faults"), default="", help=t("sandbox.opt.faults"))
    serve_parser.add_argument(
        "--profile", choices=PROFILES, default="contract", help=t("sandbox.opt.profile")
    )
    serve_parser.add_argument(
        "--state", type=Path, metavar=t("help.metavar.file"), help=t("sandbox.opt.state")
    )
    serve_parser.add_argument(
        "--allow-remote", action="store_true", help=t("sandbox.opt.allow_remote")
    )
    serve_parser.set_defaults(func=run_serve)


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _config(args: argparse.Namespace) -> SandboxConfig | str:
    """The server's settings, or the message saying which option is wrong."""
    # Imported here, not at the top: every start of tidwizard (the TUI too) builds this
    # command's parser, and FastAPI and uvicorn would add a quarter second to each.
    from tidwizard.sandbox.server import SandboxConfig

    try:
        parse_faults(args.faults)
    except FaultSpecError as exc:
        return t("sandbox.error.faults", reason=str(exc))
    try:
        seed = parse_seed(args.seed)
    except ValueError:
        return t("sandbox.error.seed", maximum=MAX_SEED)
    maximum = demo_data.MAX_SANDBOX_COMPANIES
    if args.companies is not None and not 1 <= args.companies <= maximum:
        return t("sandbox.error.companies", maximum=maximum)
    if isinstance(seed, int) and seed * (args.companies or 1) > MAX_SEED:
        return t(
            "sandbox.error.too_many_bases",
            seed=seed,
            companies=args.companies,
            maximum=MAX_SEED,
        )
    for option, value in (("--rate", args.rate), ("--token-ttl", args.token_ttl)):
        if value < 0:
            return t("sandbox.error.negative", option=option)
    if not is_loopback(args.host) and not args.allow_remote:
        return t("sandbox.error.remote", host=args.host)
    return SandboxConfig(
        seed=seed,
        companies=args.companies,
        rate=args.rate,
        token_ttl=args.token_ttl,
        faults=args.faults,
        host=args.host.strip("[]"),
        port=args.port,
        state_file=args.state,
        profile=args.profile,
        allow_remote=args.allow_remote,
    )


def run_serve(args: argparse.Namespace) -> int:
    from tidwizard.sandbox.server import serve

    apply_language(args)
    config = _config(args)
    if isinstance(config, str):
        return fail(config)

    def announce(url: str) -> None:
        print(t("sandbox.serving", url=url))
        print(
            t(
                "sandbox.credentials",
                client_id=demo_data.DEMO_CLIENT_ID,
                secret=demo_data.DEMO_SECRET,
                partner_id=demo_data.PARTNER_CLIENT_ID,
                partner_secret=demo_data.PARTNER_SECRET,
            )
        )
        if config.companies is not None:
            print(
                t(
                    "sandbox.companies",
                    count=config.companies,
                    first_id=demo_data.sandbox_credentials(1)[0],
                    last_id=demo_data.sandbox_credentials(config.companies)[0],
                    client_id=demo_data.DEMO_CLIENT_ID,
                    secret=demo_data.DEMO_SECRET,
                )
            )
        print(
            t(
                "sandbox.settings",
                profile=config.profile,
                seed=config.seed,
                rate=f"{config.rate:g}" if config.rate > 0 else t("sandbox.no_limit"),
                ttl=t("sandbox.ttl_seconds", ttl=f"{config.token_ttl:g}")
                if config.token_ttl > 0
                else t("sandbox.ttl_static"),
                faults=config.faults or t("sandbox.no_faults"),
            )
        )
        print(t("sandbox.stop_hint"), flush=True)

    try:
        serve(config, on_ready=announce)
    except OSError as exc:
        return fail(
            t(
                "sandbox.error.bind",
                host=config.host,
                port=config.port,
                reason=exc.strerror or str(exc),
            )
        )
    except (ValueError, KeyError) as exc:
        if config.state_file is None:
            raise
        return fail(t("sandbox.error.state", path=config.state_file, reason=str(exc)))
    except KeyboardInterrupt:
        pass
    print(t("sandbox.stopped"))
    return EXIT_OK
