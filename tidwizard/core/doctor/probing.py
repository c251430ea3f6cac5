"""Sending one probe: a GET through the client, its answer or the error that stands for it."""

from __future__ import annotations

from typing import Any

import httpx

from tidwizard.core.doctor.findings import Finding, Message, Status
from tidwizard.core.tid.answers import error_message
from tidwizard.core.tid.client import TidClient
from tidwizard.core.tid.errors import TidError, TidUnreachable
from tidwizard.core.tid.session import Auth, error_for_answer

# What a service may answer for an optional endpoint it does not have (or not for us).
ABSENT = frozenset({403, 404, 405})
# What it answers for a path or method it does not have.
MISSING = frozenset({404, 405})
ONE_PAGE = {"page": 1, "pageSize": 100}


async def get(
    tid: TidClient, path: str, params: dict[str, Any] | None = None, *, auth: Auth = "bearer"
) -> httpx.Response | TidError:
    """The answer to a GET (any 4xx too), or the error that ended it. Unreachable propagates:
    then nothing else can be probed."""
    try:
        return await tid.answer_to(path, params, auth=auth)
    except TidUnreachable:
        raise
    except TidError as error:
        return error


def is_temporary(error: TidError) -> bool:
    """Trouble that may pass by itself: 429 or 5xx after every retry (``TidError.temporary``,
    which the commands' exit 75 follows too)."""
    return error.temporary


def error_of(response: httpx.Response, path: str, auth: Auth = "bearer") -> TidError:
    """The typed error a 4xx answer stands for, as the client itself would raise it."""
    return error_for_answer(response, "GET", path, auth)


def failed(
    name: str,
    error: TidError,
    *,
    needed: bool,
    meaning: Message | None = None,
    facts: dict[str, Any] | None = None,
) -> Finding:
    """A probe that did not get a usable answer."""
    return Finding(
        name,
        "problem",
        Message("doctor.seen.error", {"error": error}),
        meaning,
        needed=needed,
        temporary=is_temporary(error),
        facts={**(facts or {}), "error": error.code, "detail": error.detail},
    )


def http_facts(response: httpx.Response, path: str) -> dict[str, Any]:
    facts: dict[str, Any] = {"path": path, "httpStatus": response.status_code}
    message = error_message(response) if response.status_code >= 400 else ""
    if message:
        facts["message"] = message
    return facts


def answered(
    name: str,
    status: Status,
    seen: str,
    meaning: str | None = None,
    /,
    *,
    needed: bool = False,
    facts: dict[str, Any] | None = None,
    **params: Any,
) -> Finding:
    """A finding from catalogue keys (``seen`` and ``meaning``) and their parameters."""
    return Finding(
        name,
        status,
        Message(seen, params),
        Message(meaning, params) if meaning else None,
        needed=needed,
        facts=facts or {},
    )
