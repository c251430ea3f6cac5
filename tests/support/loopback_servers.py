"""Plain HTTP and HTTPS servers on loopback that give one fixed answer and remember who called,
and a self-signed certificate to serve with (test_security_transport, test_tid_network)."""

from __future__ import annotations

import datetime as dt
import http.server
import ipaddress
import json
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

COMPANIES = [{"objectName": "company", "id": 1, "name": "Falsk AB", "organizationNumber": "1"}]


class _Handler(http.server.BaseHTTPRequestHandler):
    """Answers every request as the server's ``answer`` says; remembers the paths it saw."""

    def _answer(self) -> None:
        self.server.seen.append((self.command, self.path, self.headers.get("Authorization")))  # type: ignore[attr-defined]
        status, headers, body = self.server.answer  # type: ignore[attr-defined]
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PATCH = _answer

    def log_message(self, *args: object) -> None:
        pass


def listing() -> bytes:
    """A one-company list, as Tid answers it."""
    page = {"objectName": "list", "page": 1, "pageSize": 100, "itemCount": 1}
    return json.dumps({**page, "totalItemCount": 1, "totalPages": 1, "items": COMPANIES}).encode()


def token() -> bytes:
    """A token answer valid for an hour."""
    expires = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)).isoformat()
    return json.dumps({"objectName": "auth.token", "accessToken": "pk_1.pa_2", "expires": expires})


@pytest.fixture
def servers() -> Iterator[list[http.server.HTTPServer]]:
    """The servers a test starts with ``serve``, shut down after it."""
    running: list[http.server.HTTPServer] = []
    yield running
    for server in running:
        server.shutdown()
        server.server_close()


def serve(
    running: list[http.server.HTTPServer],
    answer: tuple[int, dict[str, str], bytes],
    tls: ssl.SSLContext | None = None,
) -> http.server.HTTPServer:
    """A server on a free loopback port giving every request ``answer`` (HTTPS with ``tls``)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.answer = answer  # type: ignore[attr-defined]
    server.seen = []  # type: ignore[attr-defined]
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    running.append(server)
    return server


def self_signed(folder: Path) -> ssl.SSLContext:
    """A server context with a fresh self-signed certificate for 127.0.0.1 and localhost."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    alt = x509.SubjectAlternativeName(
        [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(alt, critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return context
