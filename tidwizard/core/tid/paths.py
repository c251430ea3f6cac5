"""Every path tidwizard calls on Tid, in one place (TID-API.md).

Where public sources disagree or do not know, a call has alternatives, tried in order; the first
that answers is remembered for the rest of the client's life (:class:`PathChoice`). Correcting a
path, or adding a new alternative, is one line here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

TOKEN = "/v1/Auth/Token"
COMPANIES = "/v1/Auth/Companies"  # our extension: a real service has no such list
OWN_COMPANY = "/v1/Admin/Company"  # ours: no public source shows a company endpoint
INVOICES = "/v1/core/invoices"

# Master-data registers: list (GET), create (POST), update (PUT /{id}), one record (GET /{id}).
CONTACTS = ("/v1/Core/Contacts",)
PROJECTS = ("/v1/Core/Projects",)
ARTICLES = ("/v1/Admin/Articles", "/v1/Core/Articles")
COST_CENTERS = ("/v1/Admin/CostCenters", "/v1/Core/CostCenters")


def invoice(basis_id: int) -> str:
    return f"{INVOICES}/{basis_id}"


def mark_invoice(basis_id: int) -> str:
    return f"{INVOICES}/{basis_id}/setsenttoeconomysystem"


@dataclass
class PathChoice:
    """A call's alternatives and, once one has answered, the one that did."""

    alternatives: tuple[str, ...]
    found: str | None = field(default=None)

    @property
    def candidates(self) -> tuple[str, ...]:
        """The path that answered before, else every alternative in order."""
        return (self.found,) if self.found is not None else self.alternatives
