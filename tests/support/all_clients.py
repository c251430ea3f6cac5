"""Homes with several clients, each on its own company of one many-company sandbox
(``SandboxConfig(companies=K)``: client K logs in as ``demoK``/``demo`` and sees company K
alone), for the `--all-clients` tests and the soak."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tidwizard.core.demo_home import add_demo_client
from tidwizard.core.paths import Home
from tidwizard.core.wire import InvoiceBasis
from tidwizard.sandbox.server import RunningSandbox, SandboxConfig, start_sandbox


@dataclass(frozen=True)
class TidCompany:
    """One client's Tid company: sandbox company ``number`` on ``sandbox``."""

    sandbox: RunningSandbox
    number: int

    def bases(self) -> list[InvoiceBasis]:
        """Every basis of the company as Tid holds it, transferred ones too."""
        return self.sandbox.state.bases(self.number)


@contextmanager
def tid_companies(
    count: int, *, seed: str | int, profile: str = "contract", rate: float = 0
) -> Iterator[list[TidCompany]]:
    """Sandbox companies 1..``count``, each seeded as ``seed`` says, on a sandbox in a thread."""
    config = SandboxConfig(companies=count, seed=seed, rate=rate, profile=profile)
    with start_sandbox(config) as running:
        yield [TidCompany(running, k) for k in range(1, count + 1)]


def client_name(k: int) -> str:
    return f"klient-{k}"


def add_client(home: Home, name: str, company: TidCompany, *, url: str | None = None) -> Path:
    """A client on ``company`` (at ``url`` instead, if given), with the Administration company
    that matches it; gives its company file."""
    return add_demo_client(home, name, url or company.sandbox.url, sandbox_company=company.number)


def home_with_clients(home_dir: Path, companies: list[TidCompany]) -> tuple[Home, list[Path]]:
    """A home with one client per company, ``klient-1`` … in order; gives their company files."""
    home = Home.resolve(home_dir)
    home.ensure()
    files = [add_client(home, client_name(c.number), c) for c in companies]
    return home, files
