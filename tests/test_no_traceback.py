"""No command prints a Python traceback for anything Tid sends: every command that talks to Tid,
with ``--json``, against each hostile answer, prints one JSON document on stdout and no
"Traceback" on stderr (issue 12, must hold)."""

from __future__ import annotations

import io
import json
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest

from support.hostile_server import Write, head, hostile_server, plain
from tidwizard.cli.main import main
from tidwizard.core.demo_home import set_up_demo_home
from tidwizard.core.paths import Home


async def not_json(line: str, write: Write) -> None:
    await plain(200, b"<html>Service Unavailable</html>", write)


async def server_error(line: str, write: Write) -> None:
    await plain(500, b"<html>oops</html>", write)


async def all_missing(line: str, write: Write) -> None:
    await plain(404, b"", write)


async def wrong_shape(line: str, write: Write) -> None:
    await plain(200, json.dumps({"items": "none", "page": "x"}).encode(), write)


async def cut(line: str, write: Write) -> None:
    await write(head(200, 500) + b'{"page": 1, "items": [')
    raise ConnectionResetError


async def odd_items(line: str, write: Write) -> None:
    if "/v1/core/invoices/" in line:  # one basis: a value no rule expects
        body = {"id": 2**70, "invoiceDate": "never", "sum": "NaN", "customer": None}
    else:
        body = {
            "page": 1,
            "pageSize": 100,
            "itemCount": 3,
            "totalItemCount": 3,
            "totalPages": 1,
            "items": [{"id": 2**63}, {"id": "x\ud800"}, {"id": 7, "sum": 1e400}],
        }
    await plain(200, json.dumps(body).encode(), write)


HOSTILE: dict[str, Callable[[str, Write], Awaitable[None]]] = {
    "not JSON": not_json,
    "500 with HTML": server_error,
    "404 for everything": all_missing,
    "the wrong shape": wrong_shape,
    "cut mid-answer": cut,
    "odd items": odd_items,
}
COMMANDS = [
    ["import", "--yes", "--json"],
    ["import", "--dry-run", "--json"],
    ["import", "--yes", "--create-missing", "--json", "--id", "1001"],
    ["status", "--json"],
    ["export", "--json"],
    ["export", "--dry-run", "--json"],
    ["doctor", "--json"],
]


@pytest.mark.parametrize("answer", list(HOSTILE), ids=list(HOSTILE))
def test_every_command_answers_in_json_without_a_traceback(
    answer: str,
    home_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """In this process, as ``main()``: an exception escaping it is the traceback a user would
    see. The waits between retries are made instant; the retries themselves still happen."""
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "0")
    monkeypatch.setattr("tidwizard.core.tid.session.backoff_delay", lambda *args: 0.0)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    with hostile_server(HOSTILE[answer]) as server:
        set_up_demo_home(Home.resolve(home_dir), server.url)
        for command in COMMANDS:
            where = f"{' '.join(command)} against {answer}"
            try:
                code = main(command)
            except Exception as error:  # what would be a traceback on the terminal
                pytest.fail(f"{where}: {error!r}")
            out, err = capsys.readouterr()
            assert "Traceback" not in err, where
            try:
                json.loads(out)
            except ValueError:
                pytest.fail(f"{where}: stdout is not one JSON document: {out[:300]!r}")
            assert code in (0, 1, 2, 75), where
        code = main(["check"])
        assert code in (0, 2, 10, 75) and "Traceback" not in capsys.readouterr().err
