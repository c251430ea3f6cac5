"""A configured tidwizard home (settings, secret, demo Administration company) for a sandbox."""

from __future__ import annotations

import os
from pathlib import Path

from tidwizard.core.demo_home import set_up_demo_home
from tidwizard.core.paths import Home
from tidwizard.core.secrets import KEYRING_ENV


def configured_home(root: Path, tid_url: str) -> Path:
    """A home set up as the wizard would leave it: Tid company 1 of the sandbox and the demo
    Administration company (same organisationsnummer). Returns the company database's path."""
    os.environ[KEYRING_ENV] = "off"  # the secret goes to the home's 0600 file, never a keyring
    return set_up_demo_home(Home.resolve(root), tid_url, language="sv")
