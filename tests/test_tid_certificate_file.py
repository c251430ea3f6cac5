"""SSL_CERT_FILE naming a missing or unreadable file: a TidError that says which variable, which
file and what to do, not a bare FileNotFoundError; verification is never switched off for it."""

from __future__ import annotations

import ssl
from pathlib import Path

import certifi
import pytest

from tidwizard.cli.main import main
from tidwizard.core.tid import CertificateFileError, TidClient, TidError

URL = "https://publicapi.tid.vismaspcs.se"


@pytest.mark.parametrize("content", [None, b"not a certificate\n"], ids=["missing", "no-cert"])
def test_an_unusable_certificate_file_is_a_clear_tid_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes | None
) -> None:
    path = tmp_path / "ca.pem"
    if content is not None:
        path.write_bytes(content)
    monkeypatch.setenv("SSL_CERT_FILE", str(path))
    with pytest.raises(CertificateFileError) as caught:
        TidClient(URL, "demo", "demo")
    error = caught.value
    assert isinstance(error, TidError)
    for lang, words in (("sv", "certifikat"), ("en", "certificate")):
        message = error.user_message(lang)
        assert "SSL_CERT_FILE" in message and str(path) in message and words in message


def test_a_good_certificate_file_still_verifies(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", certifi.where())
    client = TidClient(URL, "demo", "demo")
    context = client._http._transport._pool._ssl_context  # type: ignore[attr-defined]
    assert context.verify_mode is ssl.CERT_REQUIRED and context.check_hostname is True


def test_status_says_what_to_do_about_the_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tidwizard.core.admin import create_demo_company
    from tidwizard.core.paths import Home
    from tidwizard.core.secrets import SecretStore
    from tidwizard.core.settings import Settings, save_settings

    home = Home.resolve(tmp_path / "home")
    home.ensure()
    company = home.companies_dir / "demo.sqlite"
    create_demo_company(company).close()
    settings = Settings(
        tid_url=URL, client_id="demo", tid_company_id=1, administration_path=company
    )
    save_settings(home, settings)
    SecretStore(home).set("demo", "demo")
    missing = tmp_path / "gone.pem"
    monkeypatch.setenv("SSL_CERT_FILE", str(missing))
    code = main(["--home", str(tmp_path / "home"), "status"])
    out = capsys.readouterr().out
    assert code != 0
    assert "SSL_CERT_FILE" in out and str(missing) in out
