"""The FastAPI app of the sandbox Tid service."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.routing import APIRoute, APIRouter

from tidwizard import __version__
from tidwizard.sandbox import routes_auth, routes_control, routes_invoices, routes_registers
from tidwizard.sandbox.config import SandboxConfig
from tidwizard.sandbox.errors import install_error_handlers
from tidwizard.sandbox.gateway import Gateway
from tidwizard.sandbox.paths import PathCanon
from tidwizard.sandbox.profiles import ContractProfile
from tidwizard.sandbox.services import SandboxServices


def routers_for(profile: ContractProfile) -> list[APIRouter]:
    """The endpoints that exist in ``profile``; every other path answers 404."""
    return [
        *routes_auth.routers_for(profile),
        routes_invoices.router,
        routes_registers.router_for(profile),
        routes_control.router,
    ]


def create_app(config: SandboxConfig) -> FastAPI:
    """The app for ``config``, its services built from that config alone (so a setting such as
    ``fault_seed`` cannot differ between the app and whoever holds it: see ``services_of_app``).

    ValueError or FaultSpecError for a bad setting."""
    services = SandboxServices.from_config(config)
    app = FastAPI(
        title="tidwizard sandbox Tid service",
        version=__version__,
        description="The TID-API.md contract on loopback, with demo data, a rate limit and faults.",
    )
    app.state.sandbox = services
    routers = routers_for(services.profile)
    for router in routers:
        app.include_router(router)
    templates = [
        route.path for router in routers for route in router.routes if isinstance(route, APIRoute)
    ]
    templates += [url for url in (app.openapi_url, app.docs_url, app.redoc_url) if url]
    install_error_handlers(app)
    app.add_middleware(
        Gateway,
        services=services,
        paths=PathCanon(templates),
        any_host_on_v1=config.allow_remote,
    )
    return app


def services_of_app(app: FastAPI) -> SandboxServices:
    """The services ``create_app`` built: the state, the counters and the faults the server
    reads and changes while the app serves."""
    services: SandboxServices = app.state.sandbox
    return services
