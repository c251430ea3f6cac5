"""`tidwizard` without a command: the TUI (the wizard until set up, then the main screen)."""

from __future__ import annotations

import argparse

from tidwizard.cli.common import EXIT_OK, apply_language, fail, home_of
from tidwizard.core.clients import ClientError, Clients
from tidwizard.core.logfile import Stderr, start_logging
from tidwizard.core.paths import Home
from tidwizard.core.secrets import SecretStore, SecretStoreError
from tidwizard.core.settings import Settings, SettingsError


def run_tui(args: argparse.Namespace, *, force_wizard: bool = False) -> int:
    """The wizard when nothing is set up (or when forced, prefilled), else the import screen."""
    language = apply_language(args)
    client = getattr(args, "client", None)
    return run_app(home_of(args), language, force_wizard=force_wizard, client=client)


def run_app(
    home: Home,
    language: str,
    *,
    force_wizard: bool = False,
    tid_url: str | None = None,
    credentials_hint: str | None = None,
    removed_on_exit: bool = False,
    client: str | None = None,
) -> int:
    """Load what was saved (before the screen starts: no disk work on the event loop) and run.
    With several clients and none named (``client``) the App opens on the client list."""
    start_logging(home.log_dir, stderr=Stderr.NOTHING)  # Textual owns the terminal: file only
    from tidwizard.ui.app import TidwizardApp
    from tidwizard.ui.wizard.state import state_from_settings

    try:
        clients = Clients(home)
        several = len(clients.all()) > 1
        on_list = several and client is None and not force_wizard
        chosen = None if on_list else clients.choose(client)
        settings = chosen.settings if chosen else Settings()
        # The secret only prefills the wizard; the import screen reads it in its own worker (the
        # keyring is slow to load, and start-up is a benchmarked figure).
        opens_wizard = force_wizard or not settings.configured
        store = SecretStore(home) if opens_wizard and settings.client_id else None
        secret = store.get(settings.secret_key) if store and settings.client_id else None
    except (SettingsError, SecretStoreError, ClientError) as error:
        return fail(str(error))
    state = state_from_settings(
        home,
        settings,
        secret=secret or "",
        language=language,
        tid_url=tid_url,
        credentials_hint=credentials_hint,
        removed_on_exit=removed_on_exit,
    )
    state.client_name = chosen.name if chosen and several else None
    app = TidwizardApp(
        state, settings, force_wizard=force_wizard, several_clients=several, client_list=on_list
    )
    app.run()
    return EXIT_OK
