"""What the command-line tests share: a way to run the command line, and homes set up for demo
Tid company 1 and the demo Administration company."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from tidwizard.cli.main import main
from tidwizard.core.admin import AdministrationStore, create_demo_company
from tidwizard.core.admin.companies import company_file_name
from tidwizard.core.paths import Home
from tidwizard.core.secrets import SecretStore
from tidwizard.core.settings import ImportAs, Settings, save_settings
from tidwizard.core.setup import SetupChoices, save_setup
from tidwizard.core.wire import Company
from tidwizard.sandbox import auth

Run = Callable[..., tuple[int, str, str]]


def cli_runner(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """Runs `tidwizard ARGV...` without a terminal on stdin; gives the exit code, out and err."""

    def run(*argv: str) -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(""))
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def set_up_demo(
    home: Home,
    tid_url: str,
    monkeypatch: pytest.MonkeyPatch,
    *,
    client_id: str,
    secret: str,
    import_as: ImportAs,
    typed_orgnr: str = "",
) -> Path:
    """Saves a setup as the wizard would, with a login the sandbox knows; gives the company
    file. With ``typed_orgnr``: as where Tid names no company (the credentials' own, the
    number typed)."""
    monkeypatch.setitem(auth.CREDENTIALS, client_id, (secret, (1, 2)))
    company_file = home.companies_dir / "demo-konsult-ab.sqlite"
    create_demo_company(company_file).close()
    choices = SetupChoices(
        tid_url=tid_url,
        client_id=client_id,
        tid_company=None
        if typed_orgnr
        else Company(id=1, name="Demo Konsult AB", organization_number="556677-8899"),
        administration_path=company_file,
        import_as=import_as,
        reminder=True,
        typed_orgnr=typed_orgnr,
    )
    save_setup(home, choices, secret)
    return company_file


def set_up_home(home_dir: Path, url: str, *, edition_500: bool = False) -> Path:
    """A home set up for demo Tid company 1 with the demo login (the demo company, or an
    Administration 500 company of the same name); gives the company file."""
    home = Home.resolve(home_dir)
    home.ensure()
    path = home.companies_dir / company_file_name("Demo Konsult AB")
    if edition_500:
        AdministrationStore.create(
            path,
            name="Demo Konsult AB",
            orgnr="556677-8899",
            edition="500",
            program_version="2024.1",
        ).close()
    else:
        create_demo_company(path).close()
    save_settings(
        home, Settings(tid_url=url, client_id="demo", tid_company_id=1, administration_path=path)
    )
    SecretStore(home).set("demo", "demo")
    return path
