"""`tidwizard sandbox serve`: option checks that must stop it before it listens anywhere."""

from __future__ import annotations

import argparse
import socket

import pytest

from tidwizard.cli import sandbox as sandbox_cli
from tidwizard.cli.main import common_options
from tidwizard.sandbox.server import SandboxConfig, serve


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    sandbox_cli.register(parser.add_subparsers(), common_options(suppress=True))
    args = parser.parse_args(["sandbox", "serve", *argv])
    result: int = args.func(args)
    return result


def test_bad_faults_spec_exits_2_with_a_clear_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--faults", "boom=0.5", "--lang", "en") == 2
    err = capsys.readouterr().err
    assert "--faults" in err and "boom" in err


def test_non_loopback_host_is_refused_without_allow_remote(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run("--host", "0.0.0.0", "--lang", "sv") == 2
    assert "--allow-remote" in capsys.readouterr().err


def test_bad_seed_and_negative_rate_exit_2() -> None:
    assert run("--seed", "lots") == 2
    assert run("--rate", "-1") == 2


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.1.2.3", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("192.0.2.10", False),
        ("example.org", False),
    ],
)
def test_loopback_detection(host: str, loopback: bool) -> None:
    assert sandbox_cli.is_loopback(host) is loopback


def parsed(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    sandbox_cli.register(parser.add_subparsers(), common_options(suppress=True))
    return parser.parse_args(["sandbox", "serve", *argv])


def test_profile_and_static_tokens_reach_the_config() -> None:
    config = sandbox_cli._config(parsed("--profile", "public", "--token-ttl", "0"))
    assert not isinstance(config, str)
    assert config.profile == "public" and config.token_ttl == 0
    default = sandbox_cli._config(parsed())
    assert not isinstance(default, str) and default.profile == "contract"


def test_unknown_profile_and_negative_token_ttl_are_refused() -> None:
    with pytest.raises(SystemExit):
        parsed("--profile", "real")
    assert run("--token-ttl", "-1") == 2


def test_demo_takes_a_profile() -> None:
    from tidwizard.cli import demo

    parser = argparse.ArgumentParser()
    demo.register(parser.add_subparsers(), common_options(suppress=True))
    assert parser.parse_args(["demo", "--profile", "public"]).profile == "public"
    assert parser.parse_args(["demo"]).profile == "contract"


class _Announced(Exception):
    pass


def test_serve_listens_before_it_announces_its_address() -> None:
    """A client that connects as soon as it reads the address (the benchmarks reset the data at
    once) waits for the server instead of being refused while uvicorn starts."""

    def connect(url: str) -> None:
        host, port = url.removeprefix("http://").rsplit(":", 1)
        with socket.create_connection((host, int(port)), timeout=5):
            pass
        raise _Announced  # stops serve() before it runs the server

    with pytest.raises(_Announced):
        serve(SandboxConfig(seed=0, port=0), on_ready=connect)
