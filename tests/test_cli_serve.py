"""`tidwizard serve` without a browser (issue 15, item 7): it listens on 127.0.0.1 and nowhere
else, answers only loopback names and origins, asks no other site for the page, passes its
common options to the TUI it starts, and refuses a port it cannot use. The page itself, in a
real browser: tests/test_serve_browser.py."""

from __future__ import annotations

import shlex
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from support.browser import Served, free_port, served
from tidwizard.cli import main as cli_main
from tidwizard.cli.serve import served_command
from tidwizard.core.i18n import set_language, t

LISTEN = "0A"  # TCP_LISTEN in /proc/net/tcp


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[Served, int]]:
    port = free_port()
    argv = ("--port", str(port), "--home", str(tmp_path / "home"), "--lang", "en")
    with served(*argv, output=tmp_path / "serve.out") as running:
        running.wait_listening(port)
        yield running, port


def listening(port: int) -> list[tuple[str, str]]:
    """(table, local address in hex) of every listening socket on ``port``, IPv4 and IPv6."""
    found = []
    for table in ("tcp", "tcp6"):
        for line in Path(f"/proc/net/{table}").read_text().splitlines()[1:]:
            local, _, state = line.split()[1:4]
            address, _, hex_port = local.partition(":")
            if state == LISTEN and int(hex_port, 16) == port:
                found.append((table, address))
    return found


def test_it_listens_on_127_0_0_1_and_nowhere_else(server: tuple[Served, int]) -> None:
    _, port = server
    assert listening(port) == [("tcp", "0100007F")]  # 127.0.0.1, little-endian; no IPv6
    # Another loopback address reaches a socket bound to all addresses, never this one.
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.2", port), timeout=5).close()


def test_it_answers_loopback_names_and_origins_only(server: tuple[Served, int]) -> None:
    _, port = server
    url = f"http://127.0.0.1:{port}"
    upgrade = {"Connection": "Upgrade", "Upgrade": "websocket", "Sec-WebSocket-Version": "13"}
    upgrade["Sec-WebSocket-Key"] = "dGhlIHNhbXBsZSBub25jZQ=="
    with httpx.Client(base_url=url, trust_env=False, timeout=30) as client:
        for name in ("127.0.0.1", "localhost"):
            assert client.get("/", headers={"Host": f"{name}:{port}"}).status_code == 200
        # A DNS name that points at 127.0.0.1 (rebinding) gets nothing.
        assert client.get("/", headers={"Host": f"tid.example:{port}"}).status_code == 403
        # Another site's page in the same browser cannot open the session.
        for origin in ("http://tid.example", f"http://tid.example:{port}", "null"):
            answer = client.get("/ws", headers={**upgrade, "Origin": origin})
            assert answer.status_code == 403, origin


def test_the_page_asks_no_other_site_and_speaks_the_language(server: tuple[Served, int]) -> None:
    _, port = server
    page = httpx.get(f"http://127.0.0.1:{port}/", trust_env=False, timeout=30).text
    assert "https://" not in page and "googleapis" not in page
    assert f"ws://127.0.0.1:{port}/ws" in page
    set_language("en")
    assert t("serve.page.ended") in page


def test_stopping_the_server_ends_it(server: tuple[Served, int]) -> None:
    running, port = server
    assert running.stop() == 0
    assert not running.group_alive()
    text = running.output.read_text()
    set_language("en")
    assert t("serve.serving", url=f"http://127.0.0.1:{port}") in text
    assert f"ssh -L {port}:127.0.0.1:{port}" in text


@pytest.mark.parametrize(
    "argv",
    [
        ["serve", "--home", "/x y", "--lang", "en", "-v"],
        ["--home", "/x y", "--lang", "en", "-v", "serve", "--port", "9000"],
    ],
)
def test_the_served_tui_gets_the_common_options(argv: list[str]) -> None:
    args = cli_main.build_parser(argv).parse_args(argv)
    words = shlex.split(served_command(args))
    assert words[:4] == ["exec", sys.executable, "-m", "tidwizard"]
    assert words[4:] == ["--home", "/x y", "--lang", "en", "--verbose"]


def test_without_options_the_tui_gets_none() -> None:
    args = cli_main.build_parser(["serve"]).parse_args(["serve"])
    assert shlex.split(served_command(args)) == ["exec", sys.executable, "-m", "tidwizard"]


def run_serve(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tidwizard", "serve", "--lang", "en", *argv],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def test_there_is_no_host_option() -> None:
    done = run_serve("--host", "0.0.0.0")
    assert done.returncode == 2
    assert "--host" in done.stderr


@pytest.mark.parametrize("port", ["0", "65536", "-1"])
def test_a_port_out_of_range_is_refused(port: str) -> None:
    done = run_serve(f"--port={port}")
    assert done.returncode == 2
    set_language("en")
    assert t("serve.error.port_range", port=port) in done.stderr


def test_a_port_in_use_is_refused(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = run_serve("--port", str(port), "--home", str(tmp_path / "home"))
    assert done.returncode == 2
    assert f"http://127.0.0.1:{port}" in done.stderr and "--port" in done.stderr
    assert done.stdout == ""  # no "open http://..." for a server that never listened
