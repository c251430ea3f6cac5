"""The FastAPI app of the sandbox Tid service."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fastapi import FastAPI
from fastapi.routing import APIRoute

from tidwizard import __version__
from tidwizard.sandbox import routes_auth, routes_control, routes_invoices, routes_registers
from tidwizard.sandbox.errors import install_error_handlers
from tidwizard.sandbox.gateway import Gateway
from tidwizard.sandbox.paths import PathCanon
from tidwizard.sandbox.services import SandboxServices

if TYPE_CHECKING:
    from tidwizard.sandbox.server import SandboxConfig

ROUTERS = (
    routes_auth.router,
    routes_invoices.router,
    routes_registers.router,
    routes_control.router,
)


def create_app(config: SandboxConfig, services: SandboxServices | None = None) -> FastAPI:
    """The app for ``config``; ``services`` lets the server keep a handle on the same state."""
    if services is None:
        services = SandboxServices.create(
            seed=config.seed,
            rate=config.rate,
            token_ttl=config.token_ttl,
            faults=config.faults,
            delay_seconds=config.delay_seconds,
            state_file=config.state_file,
        )
    app = FastAPI(
        title="tidwizard sandbox Tid service",
        version=__version__,
        description="The TID-API.md contract on loopback, with demo data, a rate limit and faults.",
    )
    app.state.sandbox = services
    for router in ROUTERS:
        app.include_router(router)
    templates = [
        route.path for router in ROUTERS for route in router.routes if isinstance(route, APIRoute)
    ]
    templates += [url for url in (app.openapi_url, app.docs_url, app.redoc_url) if url]
    install_error_handlers(app)
    app.add_middleware(Gateway, services=services, paths=PathCanon(templates))
    return app
