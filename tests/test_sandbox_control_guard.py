"""The sandbox's control routes: a bounded seed, loopback names only in the Host header (every
route), and a header a web page cannot send without a preflight the sandbox refuses (issue 12,
item 10)."""

from __future__ import annotations

import httpx
import pytest

from tidwizard.cli import sandbox as sandbox_cli
from tidwizard.cli.main import common_options
from tidwizard.sandbox.control import CONTROL_HEADERS, MAX_SEED
from tidwizard.sandbox.seed import parse_seed
from tidwizard.sandbox.server import RunningSandbox, SandboxConfig, start_sandbox


def test_the_seed_has_a_maximum_that_the_error_names(sandbox: RunningSandbox) -> None:
    assert parse_seed(MAX_SEED) == MAX_SEED
    for seed in (MAX_SEED + 1, 2_000_000):
        with pytest.raises(ValueError, match=f"{MAX_SEED}"):
            parse_seed(str(seed))
    answer = httpx.post(
        f"{sandbox.url}/sandbox/reset", params={"seed": "2000000"}, headers=CONTROL_HEADERS
    )
    assert answer.status_code == 400 and str(MAX_SEED) in answer.json()["message"]
    assert sandbox.state.seed == "demo"


def test_sandbox_serve_refuses_a_seed_above_the_maximum(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import argparse

    parser = argparse.ArgumentParser()
    sandbox_cli.register(parser.add_subparsers(), common_options(suppress=True))
    args = parser.parse_args(["sandbox", "serve", "--seed", "2000000", "--lang", "en"])
    assert args.func(args) == 2
    err = capsys.readouterr().err
    assert "--seed" in err and f"{MAX_SEED}" in err


@pytest.mark.parametrize("path", ["/sandbox/stats", "/v1/core/invoices", "/v1/Auth/Companies"])
@pytest.mark.parametrize("host", ["evil.example", "evil.example:8080", "127.0.0.1.nip.io", ""])
def test_a_host_that_is_not_a_loopback_name_is_refused(
    sandbox: RunningSandbox, path: str, host: str
) -> None:
    answer = httpx.get(f"{sandbox.url}{path}", headers={**CONTROL_HEADERS, "Host": host})
    assert answer.status_code == 421
    assert "Host" in answer.json()["message"] and "127.0.0.1" in answer.json()["message"]


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "localhost:5000", "LOCALHOST", "[::1]:8080", "[::1]"]
)
def test_loopback_names_with_any_port_are_accepted(sandbox: RunningSandbox, host: str) -> None:
    answer = httpx.get(f"{sandbox.url}/sandbox/stats", headers={**CONTROL_HEADERS, "Host": host})
    assert answer.status_code == 200
    tid = httpx.get(f"{sandbox.url}/v1/core/invoices", headers={"Host": host})
    assert tid.status_code == 401  # past the Host check: no token


def test_control_routes_need_the_control_header(sandbox: RunningSandbox) -> None:
    for answer in (
        httpx.get(f"{sandbox.url}/sandbox/stats"),
        httpx.post(f"{sandbox.url}/sandbox/reset", params={"seed": "3"}),
        httpx.post(
            f"{sandbox.url}/sandbox/reset",
            params={"seed": "3"},
            headers={"X-Tidwizard-Sandbox": "yes please"},
        ),
    ):
        assert answer.status_code == 403
        assert "X-Tidwizard-Sandbox: control" in answer.json()["message"]
    assert sandbox.state.seed == "demo"
    fresh = httpx.post(
        f"{sandbox.url}/sandbox/reset", params={"seed": "3"}, headers=CONTROL_HEADERS
    )
    assert fresh.status_code == 200 and sandbox.state.seed == 3


@pytest.mark.parametrize("path", ["/sandbox/reset", "/sandbox/stats", "/v1/core/invoices"])
def test_a_cors_preflight_gets_no_permission(sandbox: RunningSandbox, path: str) -> None:
    answer = httpx.options(
        f"{sandbox.url}{path}",
        headers={
            "Origin": "http://evil.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "x-tidwizard-sandbox",
        },
    )
    assert answer.status_code >= 400
    assert not [name for name in answer.headers if name.lower().startswith("access-control-")]


def test_a_remote_sandbox_takes_any_host_on_v1_but_keeps_its_controls_local() -> None:
    with start_sandbox(SandboxConfig(seed="demo", rate=0, allow_remote=True)) as running:
        tid = httpx.get(f"{running.url}/v1/core/invoices", headers={"Host": "tid.lan:80"})
        assert tid.status_code == 401
        control = httpx.get(
            f"{running.url}/sandbox/stats", headers={**CONTROL_HEADERS, "Host": "tid.lan"}
        )
        assert control.status_code == 421
