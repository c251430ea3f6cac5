"""Three clients on a sandbox of three Tid companies, set up and used through the real command
line on both profiles: `setup --yes --client cK` with company K's own login, `import --client`,
and `clients --check` showing each client's own company, file, last import and waiting bases."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from support.cli import Run
from tidwizard.core import demo_data
from tidwizard.sandbox.server import RunningSandbox, SandboxConfig, start_sandbox

BASES = 5


@pytest.fixture
def three(tid_profile: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[RunningSandbox]:
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "0")
    config = SandboxConfig(companies=3, seed=BASES, rate=0, profile=tid_profile)
    with start_sandbox(config) as running:
        yield running


def add_client(
    run: Run, monkeypatch: pytest.MonkeyPatch, sandbox: RunningSandbox, number: int
) -> Path:
    code, out, err = run("company", "create", "--demo", "--sandbox-company", str(number), "--json")
    assert code == 0, err
    path = Path(json.loads(out)["company"]["path"])
    client_id, secret = demo_data.sandbox_credentials(number)
    typed = []
    if sandbox.profile == "public":  # Tid names no company there: its number is typed
        typed = ["--tid-orgnr", demo_data.sandbox_company(number)[2]]
    monkeypatch.setenv("TIDWIZARD_SECRET", secret)
    code, out, err = run(
        *("setup", "--yes", "--client", f"c{number}", "--url", sandbox.url),
        *("--client-id", client_id, "--administration", str(path), *typed),
    )
    monkeypatch.delenv("TIDWIZARD_SECRET")
    assert code == 0, err
    return path


def test_three_clients_each_on_its_own_tid_company(
    run: Run, three: RunningSandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = {f"c{number}": add_client(run, monkeypatch, three, number) for number in (1, 2, 3)}
    code, out, err = run("import", "--client", "c2", "--yes", "--create-missing", "--json")
    assert code == 0, err
    assert len(json.loads(out)["imported"]) == BASES

    code, out, err = run("clients", "--check", "--json")
    assert (code, err) == (0, "")
    rows = {row["name"]: row for row in json.loads(out)["clients"]}
    assert list(rows) == ["c1", "c2", "c3"]
    for number in (1, 2, 3):
        row = rows[f"c{number}"]
        assert row["administrationPath"] == str(files[f"c{number}"].resolve())
        assert row["organizationNumber"] == demo_data.sandbox_company(number)[2]
        assert row["problems"] == []
    waiting = {name: row["waitingBases"] for name, row in rows.items()}
    assert waiting == {"c1": BASES, "c2": 0, "c3": BASES}
    assert [name for name, row in rows.items() if row["lastImport"]] == ["c2"]
