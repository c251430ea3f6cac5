"""The log file (issue 13, item 19): every request to Tid with method, path, status and time,
retries, recoveries, refusals and failures, and the error a command ends with; never a secret or
a token; rotating, private; on stderr as well with -v, never in the TUI; `status` names it."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import re
import stat
from pathlib import Path
from typing import Any

import httpx
import pytest

from support.cli import Run, set_up_demo
from tidwizard.cli.main import main
from tidwizard.core.admin import AdministrationStore, create_demo_company
from tidwizard.core.admin.companies import company_file_name
from tidwizard.core.importer.engine import ImportEngine
from tidwizard.core.logfile import (
    HIDDEN,
    LOG_FILE_NAME,
    Stderr,
    hide,
    start_logging,
    stop_logging,
)
from tidwizard.core.paths import Home
from tidwizard.core.tid import TidClient
from tidwizard.sandbox import auth

CLIENT_ID = "logg-integration"
SECRET = "Lg4-hemlis-9Qw-aldrig-i-loggen"
LINE = re.compile(
    r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (DEBUG|INFO|WARNING|ERROR) tidwizard\S*: "
)
REQUEST = re.compile(r" INFO tidwizard\.tid: (GET|POST|PUT|PATCH) /\S+ -> \d{3} in \d+ ms$")


@pytest.fixture(autouse=True)
def _no_log_left_open() -> Any:
    yield
    stop_logging()


@pytest.fixture
def issued_tokens(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every token the sandbox hands out while the test runs."""
    tokens: list[str] = []
    issue = auth.TokenStore.issue

    def recording(self: auth.TokenStore, company_id: int) -> auth.IssuedToken:
        token = issue(self, company_id)
        tokens.append(token.value)
        return token

    monkeypatch.setattr(auth.TokenStore, "issue", recording)
    return tokens


def logged(home: Home) -> str:
    """The log file and its older files, oldest first."""
    files = sorted(home.log_dir.glob(LOG_FILE_NAME + "*"), reverse=True)
    return "".join(path.read_text("utf-8") for path in files)


def test_setup_import_and_export_log_every_request_and_never_a_secret_or_token(
    run: Run,
    home_dir: Path,
    profile_sandbox: Any,
    issued_tokens: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "0")
    monkeypatch.setitem(auth.CREDENTIALS, CLIENT_ID, (SECRET, (1,)))
    home = Home.resolve(home_dir)
    home.ensure()
    company = home.companies_dir / company_file_name("Demo Konsult AB")
    create_demo_company(company).close()
    monkeypatch.setenv("TIDWIZARD_SECRET", SECRET)
    setup = ["setup", "--yes", "--url", profile_sandbox.url, "--client-id", CLIENT_ID]
    assert run(*setup, "--tid-orgnr", "556677-8899", "--administration", str(company))[0] == 0
    monkeypatch.delenv("TIDWIZARD_SECRET")
    assert run("import", "--yes")[0] == 1  # some bases are refused: they are logged too
    assert run("export")[0] in (0, 1)
    assert issued_tokens, "no token was issued: the scan below would prove nothing"

    text = logged(home)
    lines = text.splitlines()
    assert lines and all(LINE.match(line) for line in lines), lines[:5]
    basic = base64.b64encode(f"{CLIENT_ID}:{SECRET}".encode()).decode()
    for needle in (SECRET, basic, *issued_tokens, "Authorization", "Bearer ", "Basic "):
        assert needle not in text, f"the log holds {needle!r}"
    requests = [line.lower() for line in lines if REQUEST.search(line)]
    assert any(" post /v1/auth/token -> 200 " in line for line in requests)
    assert any(" get /v1/core/invoices -> 200 " in line for line in requests)
    assert any(" patch /v1/core/invoices/" in line for line in requests)
    assert not any("?" in line for line in requests)  # no query, no companyId, no number
    assert re.search(r"tidwizard\.import: basis \d+ refused: ", text)
    assert re.search(r"tidwizard\.import: basis \d+ read in as invoice \d+", text)
    if profile_sandbox.profile == "public":  # Tid takes no result units: the record failed
        assert "WARNING tidwizard.export: costcenters 60 failed: " in text
    assert "INFO tidwizard.cli: tidwizard import" in text
    assert "INFO tidwizard.cli: exit 1" in text


class LosesMarks(httpx.AsyncHTTPTransport):
    """Real HTTP, except that the network drops every setsenttoeconomysystem."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "PATCH":
            raise httpx.ConnectError("network lost", request=request)
        return await super().handle_async_request(request)


def test_retries_a_recovered_basis_and_the_error_a_command_ends_with_are_logged(
    run: Run, home_dir: Path, sandbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "0")
    home = Home.resolve(home_dir)
    company = set_up_demo(
        home, sandbox.url, monkeypatch, client_id=CLIENT_ID, secret=SECRET, import_as="invoice"
    )

    async def earlier_run() -> None:  # its marks are lost: basis 1004 is written, not told
        start_logging(home.log_dir, stderr=Stderr.NOTHING)
        async with TidClient(
            sandbox.url,
            CLIENT_ID,
            SECRET,
            company_id=1,
            rate=0,
            retries=1,
            backoff=0.01,
            transport=LosesMarks(),
        ) as tid:
            with AdministrationStore.open(company) as store:
                report = await ImportEngine(tid, store).run([1004])
        assert [f.tid_invoice_id for f in report.failed] == [1004]

    asyncio.run(earlier_run())
    text = logged(home)
    assert re.search(r"PATCH /v1/core/invoices/1004/\S+ failed after \d+ ms: ConnectError", text)
    assert re.search(r"INFO tidwizard\.tid: retry 1 of 1 in \d+\.\d s", text)
    assert "WARNING tidwizard.import: basis 1004 failed: " in text

    assert run("import", "--yes")[0] == 1
    assert re.search(r"basis 1004 completed from an earlier run: invoice \d+", logged(home))

    code, _, err = run("export", "--only", "finns-inte")
    assert code == 2
    assert err.count("finns-inte") == 1  # said once on stderr, not again by the log
    ended = r"ERROR tidwizard\.cli: the command ends with exit 2: .*finns-inte"
    assert re.search(ended, logged(home))


def test_the_log_file_rotates_and_every_file_is_private(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    path = start_logging(folder, stderr=Stderr.NOTHING, max_bytes=400, backups=2)
    log = logging.getLogger("tidwizard.test")
    for number in range(40):
        log.info("line %d of a log that outgrows its file", number)
    stop_logging()
    files = sorted(p.name for p in folder.iterdir())
    assert files == [LOG_FILE_NAME, LOG_FILE_NAME + ".1", LOG_FILE_NAME + ".2"]
    assert path == folder / LOG_FILE_NAME
    assert all(p.stat().st_size <= 400 for p in folder.iterdir())
    assert "line 39 of" in path.read_text("utf-8")
    assert {stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()} == {0o600}
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_an_existing_log_readable_by_others_is_made_private(tmp_path: Path) -> None:
    (tmp_path / LOG_FILE_NAME).write_text("old\n")
    (tmp_path / LOG_FILE_NAME).chmod(0o644)
    start_logging(tmp_path, stderr=Stderr.NOTHING)
    logging.getLogger("tidwizard.test").info("new")
    stop_logging()
    assert stat.S_IMODE((tmp_path / LOG_FILE_NAME).stat().st_mode) == 0o600


def test_the_redacting_filter_blanks_credentials_and_known_secrets(tmp_path: Path) -> None:
    hide("Kx9-en-hemlighet-som-slank-med")
    path = start_logging(tmp_path, stderr=Stderr.NOTHING)
    log = logging.getLogger("tidwizard.test")
    log.info("headers: Authorization: Bearer pk_1234abcd.pa_99ff and Basic YWJjOmRlZg==")
    log.info("a body that echoed %s", "Kx9-en-hemlighet-som-slank-med")
    try:
        raise ValueError("Bearer sk_live_in_a_traceback")
    except ValueError:
        log.exception("failed")
    stop_logging()
    text = path.read_text("utf-8")
    for leak in ("pk_1234abcd", "YWJjOmRlZg", "Kx9-en-hemlighet", "sk_live"):
        assert leak not in text
    assert f"Bearer {HIDDEN}" in text and f"Basic {HIDDEN}" in text
    assert f"a body that echoed {HIDDEN}" in text


def test_a_log_folder_that_cannot_be_written_costs_nothing_but_the_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    start_logging(blocker / "logs", stderr=Stderr.WARNINGS)  # a folder inside a file
    logging.getLogger("tidwizard.test").info("nowhere to go")
    stop_logging()
    assert capsys.readouterr().err == ""


def test_verbose_writes_the_records_to_stderr_too_and_json_stays_clean(
    run: Run, home_dir: Path, sandbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = Home.resolve(home_dir)
    set_up_demo(
        home, sandbox.url, monkeypatch, client_id=CLIENT_ID, secret=SECRET, import_as="invoice"
    )
    code, out, err = run("status", "--json")
    assert code == 0
    assert "tidwizard.tid" not in err  # without -v: as before, warnings only
    for argv in (("-v", "status", "--json"), ("status", "--json", "--verbose")):
        code, out, err = run(*argv)
        assert code == 0
        assert json.loads(out)["ok"] is True  # stdout is the JSON document alone
        assert any(REQUEST.search(line) for line in err.splitlines()), err
        assert SECRET not in err
    assert any(REQUEST.search(line) for line in logged(home).splitlines())


def test_status_names_the_log_file(run: Run, home_dir: Path) -> None:
    home = Home.resolve(home_dir)
    where = str(home.log_dir / LOG_FILE_NAME)
    code, out, _ = run("status")
    assert code == 2  # not set up, yet the log file is named
    assert "Loggfil:" in out and where in out
    code, out, _ = run("status", "--json", "--lang", "en")
    assert json.loads(out)["logFile"] == where
    assert "Log file:" in run("status", "--lang", "en")[1]


@pytest.mark.parametrize("argv", [[], ["-v"], ["setup", "--verbose"]], ids=["tui", "-v", "setup"])
def test_the_tui_logs_to_the_file_only(
    argv: list[str],
    home_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tidwizard.ui.app import TidwizardApp

    def screen(self: TidwizardApp) -> None:  # the screen itself is not under test here
        logging.getLogger("tidwizard.test").warning("a warning while Textual owns the terminal")

    monkeypatch.setattr(TidwizardApp, "run", screen)
    assert main(argv) == 0
    assert capsys.readouterr().err == ""
    text = logged(Home.resolve(home_dir))
    assert "WARNING tidwizard.test: a warning while Textual owns the terminal" in text


def test_the_demo_logs_into_the_demo_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tidwizard.ui.app import TidwizardApp

    def screen(self: TidwizardApp) -> None:  # the wizard itself is not under test here
        logging.getLogger("tidwizard.test").warning("the demo's wizard ran")

    monkeypatch.setattr(TidwizardApp, "run", screen)
    demo_home = tmp_path / "demo"
    assert main(["demo", "--home", str(demo_home), "-v"]) == 0
    assert "the demo's wizard ran" not in capsys.readouterr().err
    assert "the demo's wizard ran" in (demo_home / "logs" / LOG_FILE_NAME).read_text("utf-8")
    assert not (tmp_path / "home" / "logs").exists()  # not in TIDWIZARD_HOME
