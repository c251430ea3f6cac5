"""`tidwizard export` in-process, against the sandbox and a demo company in a configured home.

Each test that talks to Tid runs against both sandbox profiles. On the public one (the real
service's shape) result units cannot be written (405): the user is told to add them in Tid, the
project that needs the new one waits for it, and the other registers are sent as usual."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tidwizard.cli.main import main
from tidwizard.core.admin import AdministrationStore, Customer
from tidwizard.core.demo_home import set_up_demo_home
from tidwizard.core.paths import Home

NOT_TAKEN_EN = (
    "  60 Försäljning: failed: Not sent: Tid does not take result units through its API. "
    "Add them in Tid itself; the other registers are sent as usual."
)
NOT_TAKEN_SV = (
    "  60 Försäljning: misslyckades: Skickades inte: Tid tar inte emot resultatenheter via sitt "
    "API. Lägg in dem direkt i Tid; de andra registren skickas som vanligt."
)
WAITS_EN = (
    "  P-207 Webbshop ullgarn: failed: Not sent: the project's result unit 60 is not in Tid, "
    "and Tid does not take result units through its API. Add it in Tid and send again."
)
WAITS_SV = (
    "  P-207 Webbshop ullgarn: misslyckades: Skickades inte: projektets resultatenhet 60 finns "
    "inte i Tid, och Tid tar inte emot resultatenheter via sitt API. Lägg in den i Tid och "
    "skicka igen."
)

# What each profile's user sees: the first export, in English (exit code and lines) ...
FIRST_RUN = {
    "contract": (
        0,
        [
            "  60 Försäljning: created in Tid",
            "  1008 Gotlands Ull & Garn AB: created in Tid",
            "  105 Utbildning halvdag: created in Tid",
            "  P-207 Webbshop ullgarn: created in Tid",
            "Result units – created: 1, updated: 0, unchanged: 4, "
            "differ: 0, cannot be sent: 0, failed: 0",
            "Projects – created: 1, updated: 0, unchanged: 6, "
            "differ: 0, cannot be sent: 0, failed: 0",
        ],
    ),
    "public": (
        1,
        [
            NOT_TAKEN_EN,
            "  1008 Gotlands Ull & Garn AB: created in Tid",
            "  105 Utbildning halvdag: created in Tid",
            WAITS_EN,
            "Result units – created: 0, updated: 0, unchanged: 4, "
            "differ: 0, cannot be sent: 0, failed: 1",
            "Customers – created: 1, updated: 0, unchanged: 7, "
            "differ: 0, cannot be sent: 0, failed: 0",
            "Articles – created: 1, updated: 0, unchanged: 11, "
            "differ: 0, cannot be sent: 0, failed: 0",
            "Projects – created: 0, updated: 0, unchanged: 6, "
            "differ: 0, cannot be sent: 0, failed: 1",
        ],
    ),
}
# ... and the second, in Swedish: nothing more is written on either.
SECOND_RUN = {
    "contract": (
        0,
        [
            "Kunder – nya: 0, ändrade: 0, oförändrade: 8, skiljer sig: 0, kan inte skickas: 0",
            "Inget att skicka: Tid har redan allt som går att skicka.",
        ],
    ),
    "public": (
        1,
        [
            NOT_TAKEN_SV,
            WAITS_SV,
            "Kunder – skapade: 0, uppdaterade: 0, oförändrade: 8, skiljer sig: 0, "
            "kan inte skickas: 0, misslyckades: 0",
            "Artiklar – skapade: 0, uppdaterade: 0, oförändrade: 12, skiljer sig: 0, "
            "kan inte skickas: 0, misslyckades: 0",
        ],
    ),
}
# The records the first export creates in Tid.
CREATED = {
    "contract": {
        ("costcenters", "60"),
        ("customers", "1008"),
        ("articles", "105"),
        ("projects", "P-207"),
    },
    "public": {("customers", "1008"), ("articles", "105")},
}


@pytest.fixture
def sandbox(profile_sandbox: Any) -> Any:
    """Both profiles, for every test here that talks to Tid."""
    return profile_sandbox


@pytest.fixture
def company(home_dir: Path, sandbox: Any, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home set up for the demo Tid company 1 and a demo Administration company; the client
    without its rate limit (the sandbox has none: 4 requests a second only made these slow)."""
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "0")
    return set_up_demo_home(Home.resolve(home_dir), sandbox.url)


def register_calls(sandbox: Any, *, done: bool) -> int:
    """POST and PUT calls to Tid's master-data registers so far: those Tid took (2xx), or
    those it did not (``done=False``)."""
    total = 0
    for name, count in sandbox.stats()["requests"].items():
        method, path, status = name.split()[0], name.split()[1], name.split()[-1]
        if method in ("POST", "PUT") and path.lower().startswith(("/v1/core/", "/v1/admin/")):
            total += count if status.startswith("2") == done else 0
    return total


def export(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["export", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_then_again_writes_nothing_more(
    company: Path, sandbox: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    expected_code, expected_lines = FIRST_RUN[sandbox.profile]
    code, out, _ = export(capsys, "--lang", "en")
    assert code == expected_code
    for line in expected_lines:
        assert line in out.splitlines()

    expected_code, expected_lines = SECOND_RUN[sandbox.profile]
    code, out, _ = export(capsys)
    assert code == expected_code
    for line in expected_lines:
        assert line in out.splitlines()
    # Both runs together: one create per new record Tid takes, nothing more. On the public
    # profile each run asks Tid once to take the result unit (405), never the project after it.
    assert register_calls(sandbox, done=True) == len(CREATED[sandbox.profile])
    assert register_calls(sandbox, done=False) == (2 if sandbox.profile == "public" else 0)


def test_dry_run_json_shows_the_plan_and_sends_nothing(
    company: Path, sandbox: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = export(capsys, "--dry-run", "--json", "--only", "articles,customers")
    document = json.loads(out)
    assert code == 0
    assert document["dryRun"] is True and document["created"] == []
    assert list(document["registers"]) == ["customers", "articles"]
    assert document["registers"]["articles"] == {
        "new": 1,
        "changed": 0,
        "unchanged": 11,
        "differs": 0,
        "refused": 0,
    }
    with sandbox.state.lock:
        assert sandbox.state.company(1).articles.by_key("105") is None
    assert register_calls(sandbox, done=True) == register_calls(sandbox, done=False) == 0


def test_refused_records_give_exit_1_with_their_reasons_and_the_rest_is_sent(
    company: Path, sandbox: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    with AdministrationStore.open(company) as store:
        store.add_customer(Customer(2001, "Kund " + "x" * 60, send_to_tid=True))
        with store.transaction() as conn:
            conn.execute("UPDATE customers SET name = 'Nordvik AB' WHERE number = 1001")
    code, out, _ = export(capsys, "--json", "--lang", "en")
    document = json.loads(out)
    assert code == 1
    assert document["refused"] == [
        {
            "register": "customers",
            "key": "2001",
            "name": "Kund " + "x" * 60,
            "reason": "Too long: the name has 65 characters, but Tid accepts at most 50. "
            "Shorten it in Administration.",
        }
    ]
    assert document["differs"] == [
        {
            "register": "customers",
            "key": "1001",
            "name": "Nordvik AB",
            "differences": [
                {"field": "name", "administration": "Nordvik AB", "tid": "Nordvik Fastigheter AB"}
            ],
        }
    ]
    assert {(r["register"], r["key"]) for r in document["created"]} == CREATED[sandbox.profile]
    failed = [(r["register"], r["key"], r["error"]) for r in document["failed"]]
    if sandbox.profile == "public":
        assert failed == [
            ("costcenters", "60", NOT_TAKEN_EN.split(": failed: ")[1]),
            ("projects", "P-207", WAITS_EN.split(": failed: ")[1]),
        ]
    else:
        assert failed == []


def test_usage_and_setup_errors_exit_2(home_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = export(capsys, "--only", "customers,kunder", "--lang", "en")
    assert code == 2 and "Unknown register in --only: kunder" in err
    code, out, _ = export(capsys, "--json", "--lang", "en")
    assert code == 2
    assert json.loads(out) == {"error": "tidwizard is not set up yet. Run tidwizard setup first."}
