"""Homes with several clients, each on its own Tid company, for `--all-clients` tests and the soak.

Until the many-company sandbox (``SandboxConfig(companies=K)``, credentials ``demoK``/``demo``)
is on main, each client gets a sandbox of its own (company 1, ``demo``/``demo``), started in a
thread; with it, set ``ONE_SANDBOX = True``: one sandbox, client K on Tid company K.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from tidwizard.core.clients import Client
from tidwizard.core.demo_home import add_demo_client
from tidwizard.core.paths import Home
from tidwizard.core.secrets import SecretStore
from tidwizard.core.wire import InvoiceBasis
from tidwizard.sandbox.server import RunningSandbox, SandboxConfig, start_sandbox

ONE_SANDBOX = False  # True once `SandboxConfig(companies=K)` is merged (see the docstring)


@dataclass(frozen=True)
class TidCompany:
    """Where one client's Tid company is and how to log in to it."""

    url: str
    client_id: str
    secret: str
    company_id: int
    sandbox: RunningSandbox  # the service it is on, to read Tid's side directly

    def bases(self) -> list[InvoiceBasis]:
        """Every basis of the company as Tid holds it, transferred ones too."""
        return self.sandbox.state.bases(self.company_id)


@contextmanager
def tid_companies(
    count: int, *, seed: str | int, profile: str = "contract", rate: float = 0
) -> Iterator[list[TidCompany]]:
    """``count`` Tid companies, each seeded as ``seed`` says, on sandboxes in threads."""
    if ONE_SANDBOX:
        from tidwizard.core.demo_data import sandbox_credentials  # type: ignore[attr-defined]

        config = SandboxConfig(companies=count, seed=seed, rate=rate, profile=profile)  # type: ignore[call-arg]
        with start_sandbox(config) as running:
            yield [
                TidCompany(running.url, *sandbox_credentials(k), company_id=k, sandbox=running)
                for k in range(1, count + 1)
            ]
        return
    with ExitStack() as stack:
        running = [
            stack.enter_context(start_sandbox(SandboxConfig(seed=seed, rate=rate, profile=profile)))
            for _ in range(count)
        ]
        yield [TidCompany(r.url, "demo", "demo", company_id=1, sandbox=r) for r in running]


def client_name(k: int) -> str:
    return f"klient-{k}"


def add_client(home: Home, name: str, company: TidCompany) -> Path:
    """A client set up for ``company`` with the demo Administration company; gives its file."""
    return add_demo_client(
        home,
        name,
        company.url,
        client_id=company.client_id,
        secret=company.secret,
        company_id=company.company_id,
    )


def set_secret(home: Home, client: Client, secret: str) -> None:
    SecretStore(home).set(client.settings.secret_key, secret)


def home_with_clients(home_dir: Path, companies: list[TidCompany]) -> tuple[Home, list[Path]]:
    """A home with one client per company, ``klient-1`` … in order; gives their company files."""
    home = Home.resolve(home_dir)
    home.ensure()
    files = [add_client(home, client_name(k), c) for k, c in enumerate(companies, start=1)]
    return home, files
