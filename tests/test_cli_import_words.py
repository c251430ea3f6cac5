"""What `tidwizard import` says: a basis and a document each named in words (their numbers
overlap), a dry run in the conditional, a next step for every refusal, counts in their singular
or plural form, and a resumed run telling what an earlier run had written from what it wrote."""

from __future__ import annotations

import json
import string
from pathlib import Path

import pytest

from support.cli import set_up_home
from support.soak import configure_home, finish, import_process
from tidwizard.cli.main import main
from tidwizard.core.admin import AdministrationStore
from tidwizard.core.i18n import LANGUAGES, catalogue, set_language
from tidwizard.core.importer.refusal import Refusal, RefusalReason, refused_lines
from tidwizard.sandbox.server import RunningSandbox, SandboxConfig, start_sandbox


@pytest.fixture
def company(sandbox: object, home_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "0")
    return set_up_home(home_dir, sandbox.url)  # type: ignore[attr-defined]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_bases_and_documents_are_named_in_words_where_their_numbers_overlap(
    company: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 1008 first: it becomes invoice 1001, so basis 1001 becomes invoice 1002.
    assert run(capsys, "import", "--yes", "--id", "1008")[0] == 0
    code, out = run(capsys, "import", "--yes", "--id", "1001", "1013")
    assert code == 1
    assert "Underlag 1001: inläst som faktura 1002" in out
    assert "Underlag 1013: nekat: Artikel 901" in out
    *lines, _counts = out.splitlines()
    assert not any(line[:1].isdigit() for line in lines)  # no bare number leads a line
    code, out = run(capsys, "--lang", "en", "import", "--dry-run", "--id", "1002")
    assert "Basis 1002: would become invoice for customer" in out


def test_a_dry_run_speaks_in_the_conditional(
    company: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(capsys, "import", "--dry-run")
    assert code == 1
    assert out.splitlines()[-1] == "16 skulle läsas in, 8 skulle nekas, 0 kunde inte hämtas."
    assert "inlästa" not in out
    code, out = run(capsys, "--lang", "en", "import", "--dry-run", "--id", "1001")
    assert out.splitlines()[-1] == (
        "1 would be read in, 0 would be refused, 0 could not be fetched."
    )
    code, report = main(["import", "--dry-run", "--json", "--id", "1001"]), capsys.readouterr()
    assert json.loads(report.out)["dryRun"] is True


def test_one_of_each_takes_the_singular(company: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out = run(capsys, "import", "--yes", "--id", "1001", "1013")
    assert out.splitlines()[-1] == "1 inläst, 1 nekat, 0 misslyckade."
    _, out = run(capsys, "--lang", "en", "import", "--yes", "--id", "1002")
    assert out.splitlines()[-1] == "1 read in, 0 refused, 0 failed."


def _filled(reason: RefusalReason) -> Refusal:
    """A refusal of ``reason`` whose facts fill every placeholder its texts name."""
    names: set[str] = set()
    for key in (f"import.refused.{reason.value}", f"import.next.{reason.value}"):
        for text in catalogue()[key].values():
            names |= {f for _, f, _, _ in string.Formatter().parse(text) if f}
    return Refusal(1013, reason, {name: f"<{name}>" for name in names})


@pytest.mark.parametrize("reason", list(RefusalReason), ids=[r.value for r in RefusalReason])
def test_every_refusal_says_what_to_do_next_in_both_languages(reason: RefusalReason) -> None:
    from tidwizard.core.importer.events import BasisRefused, ImportReport
    from tidwizard.ui.importing.texts import summary_text

    refusal = _filled(reason)
    for lang in LANGUAGES:
        set_language(lang)
        step = refusal.next_step()
        assert step.strip() and step != refusal.message()
        assert step.startswith(("Gör så här: ", "What to do: "))
        assert "{" not in step  # every placeholder filled
        assert step in refused_lines(1013, refusal)  # the command line shows it
        report = ImportReport(refused=[BasisRefused(1013, refusal)])
        assert step in summary_text(report)  # and so does the screen's summary
    set_language("sv")


def test_the_next_step_is_shown_for_a_real_refusal_and_in_json(
    company: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out = run(capsys, "import", "--yes", "--id", "1013")
    assert "    Gör så här: lägg upp artikel 901 i Administration" in out
    main(["import", "--yes", "--json", "--id", "1013"])
    (refused,) = json.loads(capsys.readouterr().out)["refused"]
    assert refused["nextStep"].startswith("Gör så här: lägg upp artikel 901")


def test_a_run_after_a_killed_one_tells_completed_from_new(tmp_path: Path) -> None:
    with start_sandbox(SandboxConfig(seed=30, rate=0)) as sandbox:
        _killed_then_resumed(tmp_path, sandbox)


def _killed_then_resumed(tmp_path: Path, sandbox: RunningSandbox) -> None:
    home = tmp_path / "home"
    path = configure_home(home, sandbox.url)
    killed = import_process(home, kill_at="committed:8")
    killed.communicate(timeout=120)
    assert killed.returncode < 0  # it was killed
    with AdministrationStore.open(path) as store:
        earlier = len(store.invoices())
        pending = len(store.pending_journal_entries())
    assert pending >= 1
    code, report = finish(import_process(home))
    assert code == 0
    counts = report["counts"]
    assert counts["completedFromEarlierRun"] == pending
    assert counts["readInNow"] == 30 - earlier
    assert sum(1 for i in report["imported"] if i["recovered"]) == pending
