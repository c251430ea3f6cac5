"""`tidwizard` without a command: the TUI (the wizard until set up, then the main screen)."""

from __future__ import annotations

import argparse

from tidwizard.cli.common import EXIT_OK, apply_language, chosen_client, fail, home_of
from tidwizard.core.clients import Client, ClientError, Clients
from tidwizard.core.logfile import Stderr, start_logging
from tidwizard.core.paths import Home
from tidwizard.core.secrets import SecretStore, SecretStoreError
from tidwizard.core.settings import Settings, SettingsError


def run_tui(args: argparse.Namespace, *, force_wizard: bool = False) -> int:
    """The wizard when nothing is set up (or when forced, prefilled), else the import screen,
    for the client ``--client`` names (the wizard of ``setup`` may add a new one); with several
    clients and none named, the client list."""
    language = apply_language(args)
    home = home_of(args)
    name = getattr(args, "client", None)
    try:
        on_list = name is None and not force_wizard and len(Clients(home).all()) > 1
        client = None if on_list else chosen_client(home, args, new=force_wizard)
    except (ClientError, SettingsError) as error:
        return fail(str(error))
    if client is None:
        return run_app(home, language, client_list=True)  # the client list chooses
    return run_app(home, language, force_wizard=force_wizard, client=client, client_name=name)


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
    client_list: bool = False,
) -> int:
    """Load what was saved (before the screen starts: no disk work on the event loop) and run.
    ``client``: the one chosen (default: the home's only one); ``client_name``: the name the
    wizard saves to (None: the only client, as before clients); ``client_list``: open on the
    list of the home's clients instead."""
    start_logging(home.log_dir, stderr=Stderr.NOTHING)  # Textual owns the terminal: file only
    from tidwizard.ui.app import TidwizardApp
    from tidwizard.ui.wizard.state import state_from_settings

    try:
        clients = Clients(home)
        several = client_list or len(clients.all()) > 1
        if client is None and not client_list:
            client = clients.choose(None)
        settings = client.settings if client is not None else Settings()
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
    app = TidwizardApp(
        state, settings, force_wizard=force_wizard, several_clients=several, client_list=client_list
    )
    app.run()
    return EXIT_OK
