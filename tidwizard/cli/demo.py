"""`tidwizard demo`: the sandbox Tid service, a demo Administration company and the wizard.

Everything lives in a separate demo home (a temporary folder unless --home is given), so the
user's real settings are never read or written.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import tempfile
import threading
from pathlib import Path

from tidwizard.cli.common import EXIT_OK, apply_language, fail, start_log_in
from tidwizard.core import demo_data
from tidwizard.core.admin.companies import company_file_name
from tidwizard.core.admin.demo import create_demo_company
from tidwizard.core.admin.errors import AdministrationError
from tidwizard.core.i18n import t
from tidwizard.core.logfile import stop_logging
from tidwizard.core.paths import Home
from tidwizard.sandbox.config import PROFILES


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "demo",
        parents=[common],
        help=t("help.demo"),
        description=t("help.demo.description"),
    )
    parser.add_argument("--no-tui", action="store_true", help=t("help.demo.no_tui"))
    parser.add_argument(
        "--profile", choices=PROFILES, default="contract", help=t("demo.opt.profile")
    )
    parser.set_defaults(func=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from tidwizard.sandbox.server import SandboxConfig, start_sandbox

    language = apply_language(args)
    chosen = getattr(args, "home", None)
    # Deliberately not TIDWIZARD_HOME: the demo must never touch the user's real home.
    root = Path(chosen).expanduser() if chosen else Path(tempfile.mkdtemp(prefix="tidwizard-demo-"))
    home = Home.resolve(root)
    start_log_in(home, args)  # the demo's log stays in the demo home
    try:
        home.ensure()
        company = home.companies_dir / company_file_name(demo_data.DEMO_COMPANY_NAME)
        if not company.exists():
            create_demo_company(company).close()
    except (AdministrationError, OSError) as error:
        return fail(str(error))

    with start_sandbox(SandboxConfig(seed="demo", rate=4.0, profile=args.profile)) as sandbox:
        login = t("demo.login", client_id=demo_data.DEMO_CLIENT_ID, secret=demo_data.DEMO_SECRET)
        if args.no_tui:
            print(t("demo.serving", url=sandbox.url, home=home.config_dir), flush=True)
            print(login, flush=True)
            print(
                t(
                    "demo.partner",
                    client_id=demo_data.PARTNER_CLIENT_ID,
                    secret=demo_data.PARTNER_SECRET,
                ),
                flush=True,
            )
            with contextlib.suppress(KeyboardInterrupt):
                threading.Event().wait()
            return EXIT_OK
        from tidwizard.cli.tui import run_app

        code = run_app(
            home,
            language,
            force_wizard=True,
            tid_url=sandbox.url,
            credentials_hint=t("demo.hint", login=login),
            removed_on_exit=chosen is None,  # the quit question says the demo home goes
        )
    if chosen is None:
        stop_logging()
        shutil.rmtree(root, ignore_errors=True)
        print(t("demo.home_removed"))
    else:
        print(t("demo.home_kept", home=home.config_dir))
    return code
