"""How the Tid client reaches Tid: TLS always verified, plain http only on loopback, no redirects.

The servers here are real ones on loopback: an HTTPS server with a self-signed certificate made
in the test, and plain HTTP servers that redirect or record who called.
"""

from __future__ import annotations

import http.server
import inspect
import ssl
from pathlib import Path

import pytest

from support.loopback_servers import listing, self_signed, serve, token
from tidwizard.core.tid import (
    InsecureUrl,
    TidClient,
    TidHttpError,
    TidUnreachable,
    check_service_url,
)


@pytest.fixture
def untrusted_https(tmp_path: Path, servers: list[http.server.HTTPServer]) -> str:
    """An HTTPS 'Tid' that would answer everything, if only its certificate were trusted."""
    server = serve(
        servers, (200, {"Content-Type": "application/json"}, listing()), self_signed(tmp_path)
    )
    return f"https://127.0.0.1:{server.server_address[1]}"


# Environment settings that turn verification off in other tools, or point it elsewhere.
LOOSENING_ENV = {
    "PYTHONHTTPSVERIFY": "0",
    "REQUESTS_CA_BUNDLE": "",
    "CURL_CA_BUNDLE": "",
    "HTTPX_SSL_VERIFY": "0",
    "SSL_CERT_DIR": "/nonexistent-folder",
}


async def test_a_self_signed_certificate_is_refused_with_a_clear_message(
    untrusted_https: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in LOOSENING_ENV.items():
        monkeypatch.setenv(name, value)
    async with TidClient(untrusted_https, "demo", "demo", retries=2, backoff=0.01) as tid:
        with pytest.raises(TidUnreachable) as caught:
            await tid.list_companies()
        attempts = tid.stats.requests
    error = caught.value
    assert "CERTIFICATE_VERIFY_FAILED" in error.reason
    message = error.user_message("en")
    assert "certificate" in message and untrusted_https in message
    assert "certifikat" in error.user_message("sv")
    assert attempts == 1  # a certificate does not get better by asking again


def test_the_client_always_builds_a_verifying_context(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in LOOSENING_ENV.items():
        monkeypatch.setenv(name, value)
    assert "verify" not in inspect.signature(TidClient).parameters
    client = TidClient("https://publicapi.tid.vismaspcs.se", "demo", "demo")
    context = client._http._transport._pool._ssl_context  # type: ignore[attr-defined]
    assert context.verify_mode is ssl.CERT_REQUIRED
    assert context.check_hostname is True
    assert context.minimum_version >= ssl.TLSVersion.TLSv1_2


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080",
        "http://127.42.0.7",
        "http://[::1]:8080",
        "http://localhost:8765",
        "http://LOCALHOST",
    ],
)
def test_plain_http_is_allowed_on_loopback(url: str) -> None:
    assert check_service_url(url).startswith("http://")


@pytest.mark.parametrize(
    "url",
    [
        "http://localhost.evil.com",
        "http://127.0.0.1.nip.io",
        "http://evil.localhost",
        "http://10.0.0.1",
        "http://192.168.1.10:8080",
        "http://[::ffff:7f00:1]",
        "http://2130706433",
        "http://0x7f000001",
        "http://publicapi.tid.vismaspcs.se",
    ],
)
def test_plain_http_is_refused_anywhere_else(url: str) -> None:
    with pytest.raises(InsecureUrl):
        check_service_url(url)
    with pytest.raises(InsecureUrl):
        TidClient(url, "demo", "demo")


async def test_redirects_are_not_followed_to_another_host(
    servers: list[http.server.HTTPServer],
) -> None:
    elsewhere = serve(servers, (200, {"Content-Type": "application/json"}, token()))
    target = f"http://localhost:{elsewhere.server_address[1]}/v1/Auth/Token"  # another host
    redirecting = serve(servers, (307, {"Location": target}, b""))
    url = f"http://127.0.0.1:{redirecting.server_address[1]}"

    async with TidClient(url, "demo", "demo", retries=0) as tid:
        with pytest.raises(TidHttpError) as caught:
            await tid.own_company()
    assert caught.value.status == 307
    assert redirecting.seen  # type: ignore[attr-defined]
    assert elsewhere.seen == []  # type: ignore[attr-defined]  # the credentials never went there
