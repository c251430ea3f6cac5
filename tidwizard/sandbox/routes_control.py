"""Sandbox-only controls: counters and fresh data. Never faulted, never rate limited, and the same
in every profile (they are no part of the Tid API, so their errors keep the contract's shape)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from tidwizard.sandbox.deps import services_of
from tidwizard.sandbox.profiles import CONTRACT

router = APIRouter(tags=["sandbox"])


@router.get("/sandbox/stats")
def stats(request: Request) -> Any:
    return JSONResponse(services_of(request).stats.snapshot())


@router.post("/sandbox/reset")
def reset(
    request: Request, seed: Annotated[str, Query(description="demo or a number")] = "demo"
) -> Any:
    services = services_of(request)
    try:
        services.reset(seed)
    except ValueError as exc:
        return CONTRACT.error(400, "invalid_seed", str(exc))
    return JSONResponse({"objectName": "sandbox.reset", "seed": services.state.seed})
