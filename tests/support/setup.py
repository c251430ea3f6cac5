"""A Tid client factory that hides some of the sandbox's paths (404), as a service without them.

Neither sandbox profile has a company endpoint without the company list; this reshapes the real
sandbox's answers that way, over loopback, for the one case no profile shows.
"""

from __future__ import annotations

from typing import Any

import httpx

from tidwizard.core.tid import TidClient

COMPANY_LIST = "/v1/Auth/Companies"


def client_hiding(*hidden: str, **options: Any) -> Any:
    """A ``client_factory`` for ``activate()``: every path in ``hidden`` answers 404, every
    other request goes to the service itself (a fresh connection pool per client, as each
    client may live in its own event loop)."""
    options.setdefault("retries", 0)

    def factory(*args: Any, **kwargs: Any) -> TidClient:
        forward = httpx.AsyncHTTPTransport()

        async def handler(request: httpx.Request) -> httpx.Response:
            if request.url.path in hidden:
                return httpx.Response(404, json={"message": "Not found"})
            return await forward.handle_async_request(request)

        return TidClient(*args, transport=httpx.MockTransport(handler), **options, **kwargs)

    return factory
