"""End to end through the real command line, on both sandbox profiles (issue 15, item 6): a
sandbox of three companies with 50 bases each; for each company K, `company create --demo
--sandbox-company K`, `setup --yes` with demoK/demo, and `import --yes` reads all 50 in without
a question, each marked in Tid with its own document's number."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tidwizard.cli.main import main
from tidwizard.core import demo_data
from tidwizard.core.admin import AdministrationStore
from tidwizard.sandbox.server import RunningSandbox, SandboxConfig, start_sandbox

COMPANIES = 3
BASES = 50


@pytest.fixture
def three(tid_profile: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[RunningSandbox]:
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "0")
    config = SandboxConfig(companies=COMPANIES, seed=BASES, rate=0, profile=tid_profile)
    with start_sandbox(config) as running:
        yield running


def run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *argv: str
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def set_up(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    sandbox: RunningSandbox,
    home: Path,
    *,
    tid_company: int,
    administration_company: int,
) -> tuple[int, str, Path]:
    """The Administration company of ``administration_company`` and a setup for Tid company
    ``tid_company`` with its own login; gives setup's exit code and stderr, and the file."""
    code, out, err = run(
        capsys,
        monkeypatch,
        *("--home", str(home), "company", "create", "--demo", "--json"),
        *("--sandbox-company", str(administration_company)),
    )
    assert code == 0, err
    path = Path(json.loads(out)["company"]["path"])
    client_id, secret = demo_data.sandbox_credentials(tid_company)
    monkeypatch.setenv("TIDWIZARD_SECRET", secret)
    typed = []
    if sandbox.profile == "public":  # Tid names no company there: its number is typed
        typed = ["--tid-orgnr", demo_data.sandbox_company(tid_company)[2]]
    code, _, err = run(
        capsys,
        monkeypatch,
        *("--home", str(home), "setup", "--yes", "--url", sandbox.url),
        *("--client-id", client_id, "--administration", str(path), *typed),
    )
    monkeypatch.delenv("TIDWIZARD_SECRET")
    return code, err, path


def test_every_company_imports_all_its_bases_without_questions(
    three: RunningSandbox,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for number in range(1, COMPANIES + 1):
        home = tmp_path / f"home-{number}"
        code, err, path = set_up(
            capsys, monkeypatch, three, home, tid_company=number, administration_company=number
        )
        assert code == 0, err
        # The companies before this one imported their own bases, none of this one's.
        assert not any(b.sent_to_economy_system for b in three.state.bases(number))
        code, out, err = run(capsys, monkeypatch, "--home", str(home), "import", "--yes", "--json")
        report = json.loads(out)
        assert code == 0, err
        assert not report["refused"] and not report["failed"]
        imported = {i["tidInvoiceId"]: i["number"] for i in report["imported"]}
        pending = three.state.bases(number)
        assert set(imported) == {b.id for b in pending} and len(imported) == BASES
        with AdministrationStore.open(path) as store:
            assert store.company().name == demo_data.sandbox_company(number)[1]
            documents = {d.tid_invoice_id: d.number for d in store.invoices()}
        assert {k: str(v) for k, v in documents.items()} == {k: str(v) for k, v in imported.items()}
        marked = {b.id: b.economy_system_invoice_number for b in three.state.bases(number)}
        assert marked == {k: str(v) for k, v in imported.items()}


def test_setup_refuses_the_administration_company_of_another_sandbox_company(
    three: RunningSandbox,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, err, _ = set_up(
        capsys,
        monkeypatch,
        three,
        tmp_path / "home",
        tid_company=3,
        administration_company=2,
    )
    assert code == 2
    assert "559123-4561" in err  # the Administration company's number, not Tid company 3's


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (("--sandbox-company", "2"), "--demo"),
        (("--demo", "--sandbox-company", "0"), str(demo_data.MAX_SANDBOX_COMPANIES)),
        (("--demo", "--sandbox-company", "1001"), str(demo_data.MAX_SANDBOX_COMPANIES)),
    ],
)
def test_sandbox_company_needs_demo_and_a_number_in_range(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: tuple[str, ...],
    said: str,
) -> None:
    home = tmp_path / "home"
    code, _, err = run(capsys, monkeypatch, "--home", str(home), "company", "create", *argv)
    assert code == 2 and said in err
    assert not list(home.rglob("*.sqlite"))
