"""The sandbox's two profiles (TID-API.md "Sandbox profiles"): everything that differs between them.

``contract`` is TID-API.md as written; ``public`` is the same data shaped the way public clients
show the real service. The routes, the error handlers and the gateway ask their app's profile
(``services.profile``); no other module knows which profile it serves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from fastapi.responses import JSONResponse, Response

from tidwizard.core.wire import ErrorBody
from tidwizard.sandbox.config import PROFILES
from tidwizard.sandbox.ratelimit import retry_after_header, wait_seconds
from tidwizard.sandbox.state import BasisEntry, CompanyData

# The public profile shows a transfer as a date-time; the PATCH gives only the day.
MARKED_AT = dt.time(9, 15)


class ContractProfile:
    """TID-API.md exactly as written."""

    name = "contract"
    lists_companies = True  # /v1/Auth/Companies and /v1/Admin/Company exist
    filters_by_sent = True  # filter.sentToEconomySystem is applied
    articles_path = "/v1/Core/Articles"
    cost_centers_writable = True
    transfer_conflict_status = 409  # another number for an already transferred basis

    def error(
        self, status: int, code: str, message: str, headers: Mapping[str, str] | None = None
    ) -> JSONResponse:
        body = ErrorBody(code=code, message=message).to_wire()
        return JSONResponse(body, status_code=status, headers=headers)

    def rate_limited(self, wait: float) -> JSONResponse:
        return self.error(
            429,
            "rate_limited",
            "too many requests for this token",
            {"Retry-After": retry_after_header(wait)},
        )

    def token_company(self, allowed: tuple[int, ...], requested: int | None) -> int:
        """The company a token is for: the one asked for, else the credentials' first."""
        return allowed[0] if requested is None else requested

    def listed(self, entry: BasisEntry, data: CompanyData) -> dict[str, Any]:
        """A basis as a list item."""
        return entry.basis.to_wire()

    def fetched(self, entry: BasisEntry, data: CompanyData) -> dict[str, Any]:
        """A basis with its rows."""
        return entry.with_rows().to_wire()

    def marked(self, entry: BasisEntry, data: CompanyData) -> Response:
        """The answer to setsenttoeconomysystem (also to a harmless repeat)."""
        return Response(status_code=204)


class PublicProfile(ContractProfile):
    """The same data as the real service is seen by its public clients."""

    name = "public"
    lists_companies = False  # one company per credentials; companyId is ignored
    filters_by_sent = False  # every basis is listed
    articles_path = "/v1/Admin/Articles"
    cost_centers_writable = False  # 405
    transfer_conflict_status = 400

    def error(
        self, status: int, code: str, message: str, headers: Mapping[str, str] | None = None
    ) -> JSONResponse:
        return JSONResponse({"message": message}, status_code=status, headers=headers)

    def rate_limited(self, wait: float) -> JSONResponse:
        return JSONResponse({"waitInSeconds": wait_seconds(wait)}, status_code=429)

    def token_company(self, allowed: tuple[int, ...], requested: int | None) -> int:
        return allowed[0]

    def listed(self, entry: BasisEntry, data: CompanyData) -> dict[str, Any]:
        shaped = public_basis(entry.basis.to_wire(), data)
        shaped.pop("rows", None)
        return shaped

    def fetched(self, entry: BasisEntry, data: CompanyData) -> dict[str, Any]:
        return public_basis(entry.with_rows().to_wire(), data)

    def marked(self, entry: BasisEntry, data: CompanyData) -> Response:
        return JSONResponse(self.fetched(entry, data))


def public_basis(wire: dict[str, Any], data: CompanyData) -> dict[str, Any]:
    """A contract-shaped basis with public references and a date-time transfer."""
    customer, project, unit = wire["customer"], wire["project"], wire["costCenter"]
    shaped = {
        **wire,
        "customer": {"objectName": "contact", "id": customer["id"], "name": customer["name"]},
        "sentToEconomySystem": _date_time(wire["sentToEconomySystem"]),
    }
    if project is not None:
        shaped["project"] = {
            "objectName": "project",
            "id": project["id"],
            "name": project["title"],
            "number": project["orderNumber"],
        }
    if unit is not None:
        registered = data.cost_centers.by_key(unit["code"])
        shaped["costCenter"] = {
            "objectName": "costCenter",
            "id": registered.id if registered is not None else None,
            "name": unit["name"],
            "code": unit["code"],
        }
    return shaped


def _date_time(day: str | None) -> str | None:
    if day is None:
        return None
    return dt.datetime.combine(dt.date.fromisoformat(day), MARKED_AT).isoformat()


CONTRACT = ContractProfile()
PUBLIC = PublicProfile()
_BY_NAME = {profile.name: profile for profile in (CONTRACT, PUBLIC)}
assert tuple(_BY_NAME) == PROFILES


def profile_named(name: str) -> ContractProfile:
    """The profile called ``name``; ValueError for any other name."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise ValueError(f"profile must be one of {', '.join(PROFILES)}, not {name!r}") from None
