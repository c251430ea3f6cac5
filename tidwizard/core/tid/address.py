"""What a Tid address is, with nothing of ours imported: the default service address and which
hosts are this machine. The settings read the default at start-up (without the errors and the wire
models behind them); the errors and the check in ``urls`` use both."""

from __future__ import annotations

import ipaddress

DEFAULT_TID_URL = "https://publicapi.tid.vismaspcs.se"


def is_loopback_host(host: str) -> bool:
    """True for ``localhost`` and loopback IP addresses (127.0.0.0/8, ::1).

    Not for names under ``.localhost``: without a resolver that pins them to loopback they go
    to DNS, which may answer with any address, and plain http would carry the login there.
    """
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
