"""What guards the sandbox: the header its control routes require, the biggest seed, and which
names the Host header may carry. Free of FastAPI, so tests, benchmarks and scripts that call the
control routes over HTTP take the header from here without loading the server.

A web page can make a browser send a simple request to loopback, but not one with this header:
that needs a CORS preflight (OPTIONS), which the sandbox answers without any
``Access-Control-Allow-*``. A page that reaches the sandbox under its own name (DNS rebinding)
sends that name as Host, and only loopback names are served.
"""

from __future__ import annotations

import ipaddress

CONTROL_HEADER = "X-Tidwizard-Sandbox"
CONTROL_VALUE = "control"
CONTROL_HEADERS = {CONTROL_HEADER: CONTROL_VALUE}

# The most bases a numbered seed makes: 20,000 is the biggest benchmark; 2,000,000 took 7 GB.
MAX_SEED = 50_000

LOOPBACK_NAMES = "127.0.0.1, ::1, localhost"


def host_name(host_header: str | None) -> str | None:
    """The name in a Host header without its port (``[::1]:8080`` -> ``::1``), or None."""
    if not host_header:
        return None
    text = host_header.strip().lower()
    if text.startswith("["):
        name, _, rest = text[1:].partition("]")
        return name if rest == "" or rest.startswith(":") else None
    if text.count(":") > 1:
        return None  # a bare IPv6 address with a port cannot be told apart
    return text.partition(":")[0]


def is_loopback_host(host_header: str | None) -> bool:
    """``localhost`` or a loopback address (127.0.0.0/8, ::1), with any port."""
    name = host_name(host_header)
    if name is None:
        return False
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False
