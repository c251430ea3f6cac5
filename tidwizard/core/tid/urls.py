"""The check every Tid service address (the seed's "sökväg") passes before anything is sent."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from tidwizard.core.tid.address import is_loopback_host
from tidwizard.core.tid.errors import InsecureUrl, InvalidUrl


def check_service_url(url: str) -> str:
    """The address normalised (lower-case scheme and host, no trailing slash).

    Raises :class:`InvalidUrl` for anything that is not an absolute http(s) address without
    credentials, query or fragment, and :class:`InsecureUrl` for plain http to a host that is not
    this machine: the Basic credentials and the token must never travel unencrypted.
    """
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port  # raises ValueError for a port that is not a number in range
    except ValueError as exc:
        raise InvalidUrl(url, str(exc)) from None
    scheme = parts.scheme.lower()
    host = parts.hostname or ""
    if scheme not in ("http", "https"):
        raise InvalidUrl(url, "the address must start with https://")
    if not host or any(ch.isspace() for ch in text):
        raise InvalidUrl(url, "the address has no valid host name")
    if parts.username is not None or parts.password is not None:
        raise InvalidUrl(url, "the address must not contain a user name or password")
    if parts.query or parts.fragment or text.endswith(("?", "#")):
        raise InvalidUrl(url, "the address must not contain a query or fragment")
    if not _plausible_host(host):
        raise InvalidUrl(url, "the address has no valid host name")
    if scheme == "http" and not is_loopback_host(host):
        raise InsecureUrl(url)
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    return f"{scheme}://{netloc}{parts.path.rstrip('/')}"


def _plausible_host(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    labels = host.rstrip(".").split(".")
    allowed = set("abcdefghijklmnopqrstuvwxyz0123456789-_")
    for label in labels:
        if not label or len(label) > 63 or label.startswith("-") or label.endswith("-"):
            return False
        # Non-ASCII (IDN) labels are fine; httpx encodes them.
        if label.isascii() and not set(label) <= allowed:
            return False
    return True
