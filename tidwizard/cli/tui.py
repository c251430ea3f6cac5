"""`tidwizard` without a command: the TUI (the wizard until set up, then the main screen)."""

from __future__ import annotations

import argparse

from tidwizard.cli.common import EXIT_OK, apply_language, chosen_client, fail, home_of
from tidwizard.core.clients import Client, ClientError, Clients
from tidwizard.core.logfile import Stderr, start_logging
from tidwizard.core.paths import Home
from tidwizard.core.secrets import SecretStore, SecretStoreError
from tidwizard.core.settings import SettingsError


def run_tui(args: argparse.Namespace, *, force_wizard: bool = False) -> int:
    """The wizard when nothing is set up (or when forced, prefilled), else the import screen,
    for the client ``--client`` names (the wizard of ``setup`` may add a new one)."""
    language = apply_language(args)
    home = home_of(args)
    try:
        client = chosen_client(home, args, new=force_wizard)
    except (ClientError, SettingsError) as error:
        return fail(str(error))
    return run_app(
        home,
        language,
        force_wizard=force_wizard,
        client=client,
        client_name=getattr(args, "client", None),
    )


def run_app(
    home: Home,
    language: str,
    *,
    force_wizard: bool = False,
    tid_url: str | None = None,
    credentials_hint: str | None = None,
    removed_on_exit: bool = False,
    client: Client | None = None,
    client_name: str | None = None,
) -> int:
    """Load what was saved (before the screen starts: no disk work on the event loop) and run.
    ``client``: the one chosen (default: the home's only one); ``client_name``: the name the
    wizard saves to (None: the only client, as before clients)."""
    start_logging(home.log_dir, stderr=Stderr.NOTHING)  # Textual owns the terminal: file only
    from tidwizard.ui.app import TidwizardApp
    from tidwizard.ui.wizard.state import state_from_settings

    try:
        if client is None:
            client = Clients(home).choose(None)
        settings = client.settings
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
        client_name=client_name,
    )
    TidwizardApp(state, settings, force_wizard=force_wizard).run()
    return EXIT_OK
