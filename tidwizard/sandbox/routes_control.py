"""Sandbox-only controls: counters and fresh data. Never faulted, never rate limited, and the same
in every profile (they are no part of the Tid API, so their errors keep the contract's shape).

Each needs the header ``X-Tidwizard-Sandbox: control`` and a loopback Host (the gateway checks
both, see :mod:`tidwizard.sandbox.control`); a seed is at most ``MAX_SEED`` bases."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import JSONResponse

from tidwizard.sandbox.control import CONTROL_HEADER, CONTROL_VALUE, MAX_SEED
from tidwizard.sandbox.deps import services_of
from tidwizard.sandbox.profiles import CONTRACT

router = APIRouter(tags=["sandbox"])

# Checked by the gateway before a control route runs; declared here so the OpenAPI document says so.
Control = Annotated[
    str | None,
    Header(alias=CONTROL_HEADER, description=f"required: {CONTROL_VALUE!r}"),
]


@router.get("/sandbox/stats")
def stats(request: Request, control: Control = None) -> Any:
    return JSONResponse(services_of(request).stats.snapshot())


@router.post("/sandbox/reset")
def reset(
    request: Request,
    seed: Annotated[str, Query(description=f"demo or a number of bases, 0..{MAX_SEED}")] = "demo",
    control: Control = None,
) -> Any:
    services = services_of(request)
    try:
        services.reset(seed)
    except ValueError as exc:
        return CONTRACT.error(400, "invalid_seed", str(exc))
    return JSONResponse({"objectName": "sandbox.reset", "seed": services.state.seed})
