"""The export plan: which flagged Administration records Tid lacks, which differ, which cannot go.

Pure: Administration's drafts and Tid's current registers in, an :class:`ExportPlan` out. No I/O, so
the wizard can show the counts at once and tests can check every rule without a network.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ValidationError

from tidwizard.core import wire
from tidwizard.core.export.compare import Difference, differences
from tidwizard.core.export.records import (
    ALL_REGISTERS,
    AdministrationRecords,
    ProjectDraft,
    Register,
)
from tidwizard.core.i18n import t

Wanted = wire.Contact | wire.Article | wire.CostCenter | ProjectDraft


@dataclass(frozen=True)
class Refusal:
    """A record that is not sent, and why. The reason is translated when shown."""

    register: Register
    key: str
    name: str
    message_key: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def reason(self, lang: str | None = None) -> str:
        params = dict(self.params)
        if "field" in params:
            params["field"] = t(f"export.field.{params['field']}", lang)
        return t(self.message_key, lang, **params)


@dataclass(frozen=True)
class PlannedRecord:
    register: Register
    key: str
    name: str
    wanted: Wanted
    tid_id: int | None = None
    differences: tuple[Difference, ...] = ()


@dataclass(frozen=True)
class PlanCounts:
    new: int
    changed: int
    unchanged: int
    differs: int
    refused: int

    @property
    def writes(self) -> int:
        return self.new + self.changed


@dataclass
class RegisterPlan:
    """One register's lists. ``changed`` are updated in Tid; ``differs`` only reported."""

    register: Register
    new: list[PlannedRecord] = field(default_factory=list)
    changed: list[PlannedRecord] = field(default_factory=list)
    unchanged: list[PlannedRecord] = field(default_factory=list)
    differs: list[PlannedRecord] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)

    def counts(self) -> PlanCounts:
        return PlanCounts(
            len(self.new),
            len(self.changed),
            len(self.unchanged),
            len(self.differs),
            len(self.refused),
        )

    @property
    def writes(self) -> list[PlannedRecord]:
        return [*self.new, *self.changed]


@dataclass
class ExportPlan:
    """The chosen registers in sending order, and the Tid ids of the customers Tid already has."""

    registers: dict[Register, RegisterPlan]
    tid_customer_ids: dict[str, int] = field(default_factory=dict)
    # Registers Tid does not offer through its API (404/405): their records are added in Tid.
    unavailable: frozenset[Register] = frozenset()

    def counts(self) -> dict[Register, PlanCounts]:
        return {register: part.counts() for register, part in self.registers.items()}

    @property
    def write_count(self) -> int:
        return sum(len(part.writes) for part in self.registers.values())

    @property
    def in_sync(self) -> bool:
        """Nothing to create or update: a run would make no write call."""
        return self.write_count == 0

    @property
    def refusals(self) -> list[Refusal]:
        return [refusal for part in self.registers.values() for refusal in part.refused]


@dataclass(frozen=True)
class TidRecords:
    """Tid's four registers as listed (all pages)."""

    contacts: tuple[wire.Contact, ...] = ()
    articles: tuple[wire.Article, ...] = ()
    projects: tuple[wire.Project, ...] = ()
    cost_centers: tuple[wire.CostCenter, ...] = ()


def plan_export(
    admin: AdministrationRecords, tid: TidRecords, only: Iterable[Register] | None = None
) -> ExportPlan:
    chosen = set(ALL_REGISTERS if only is None else only)
    planner = _Planner(admin, tid, chosen)
    registers = {register: planner.plan(register) for register in ALL_REGISTERS}
    return ExportPlan(
        registers={register: part for register, part in registers.items() if register in chosen},
        tid_customer_ids=dict(planner.tid_customer_ids),
    )


class _Planner:
    def __init__(
        self, admin: AdministrationRecords, tid: TidRecords, chosen: set[Register]
    ) -> None:
        self.admin, self.tid, self.chosen = admin, tid, chosen
        self.tid_customer_ids = {c.customer_number: c.id for c in tid.contacts if c.id is not None}
        self.contact_numbers = {c.id: c.customer_number for c in tid.contacts if c.id is not None}
        self.tid_codes = {c.code for c in tid.cost_centers}
        self.results: dict[Register, RegisterPlan] = {}

    def plan(self, register: Register) -> RegisterPlan:
        part = RegisterPlan(register)
        existing: dict[str, BaseModel]
        if register is Register.COST_CENTERS:
            existing = {c.code: c for c in self.tid.cost_centers}
            for unit in self.admin.result_units:
                self._place(
                    part,
                    existing,
                    unit.code,
                    unit.name,
                    wire.CostCenter,
                    {"code": unit.code, "name": unit.name},
                )
        elif register is Register.CUSTOMERS:
            existing = {c.customer_number: c for c in self.tid.contacts}
            for customer in self.admin.customers:
                if not _is_customer_number(customer.number):
                    part.refused.append(
                        Refusal(
                            register,
                            customer.number,
                            customer.name,
                            "export.refused.customer_number",
                            {"number": customer.number},
                        )
                    )
                    continue
                self._place(
                    part,
                    existing,
                    customer.number,
                    customer.name,
                    wire.Contact,
                    {
                        "customer_number": customer.number,
                        "name": customer.name,
                        "organizational_or_social_security_number": customer.orgnr or None,
                        "email": customer.email or None,
                    },
                )
        elif register is Register.ARTICLES:
            existing = {a.article_number: a for a in self.tid.articles}
            for article in self.admin.articles:
                self._place(
                    part,
                    existing,
                    article.number,
                    article.name,
                    wire.Article,
                    {
                        "article_number": article.number,
                        "name": article.name,
                        "unit": article.unit,
                        "price": article.price,
                        "is_package": article.is_package,
                    },
                )
        else:
            existing = {p.order_number: p for p in self.tid.projects}
            for project in self.admin.projects:
                self._place_project(part, existing, project)
        self.results[register] = part
        return part

    def _place(
        self,
        part: RegisterPlan,
        existing: Mapping[str, BaseModel],
        key: str,
        name: str,
        model: type[wire.Contact | wire.Article | wire.CostCenter],
        data: dict[str, Any],
    ) -> None:
        try:
            wanted = model.model_validate(data)
        except ValidationError as exc:
            part.refused.append(_refusal_from(part.register, key, name, exc))
            return
        self._sort(part, existing.get(key), PlannedRecord(part.register, key, name, wanted))

    def _place_project(
        self, part: RegisterPlan, existing: Mapping[str, BaseModel], project: ProjectDraft
    ) -> None:
        key, name = project.code, project.title
        try:  # the fields Tid limits; the references are checked below
            wire.Project.model_validate({"order_number": project.code, "title": project.title})
        except ValidationError as exc:
            part.refused.append(_refusal_from(part.register, key, name, exc))
            return
        problem = self._missing_reference(
            Register.CUSTOMERS,
            project.customer_number,
            set(self.tid_customer_ids),
            self.admin.all_customer_numbers,
        )
        if problem is None and project.result_unit:
            problem = self._missing_reference(
                Register.COST_CENTERS,
                project.result_unit,
                self.tid_codes,
                self.admin.all_result_unit_codes,
            )
        if problem is not None:
            message_key, params = problem
            part.refused.append(Refusal(part.register, key, name, message_key, params))
            return
        self._sort(part, existing.get(key), PlannedRecord(part.register, key, name, project))

    def _missing_reference(
        self, register: Register, key: str, in_tid: set[str], in_admin: frozenset[str]
    ) -> tuple[str, dict[str, str]] | None:
        """Why a project cannot refer to this customer or result unit, or None when it can."""
        if key in in_tid:
            return None
        what = "customer" if register is Register.CUSTOMERS else "result_unit"
        params = {"key": key}
        sent = self.results.get(register)
        if sent is not None and any(r.key == key for r in sent.refused):
            return f"export.refused.{what}_refused", params
        if sent is not None and register in self.chosen and any(r.key == key for r in sent.new):
            return None  # created earlier in the same run
        if sent is not None and any(r.key == key for r in sent.new):
            return f"export.refused.{what}_not_selected", params
        if key in in_admin:
            return f"export.refused.{what}_not_flagged", params
        return f"export.refused.{what}_missing", params

    def _sort(
        self, part: RegisterPlan, tid_record: BaseModel | None, planned: PlannedRecord
    ) -> None:
        if tid_record is None:
            part.new.append(planned)
            return
        found = differences(planned.wanted, tid_record, self.contact_numbers)
        tid_id = getattr(tid_record, "id", None)
        placed = PlannedRecord(
            planned.register, planned.key, planned.name, planned.wanted, tid_id, found
        )
        if not found:
            part.unchanged.append(placed)
        elif part.register.tid_edits_changes:
            part.differs.append(placed)
        else:
            part.changed.append(placed)


def _is_customer_number(number: str) -> bool:
    return number.isascii() and number.isdigit()


def _refusal_from(register: Register, key: str, name: str, exc: ValidationError) -> Refusal:
    error = exc.errors()[0]
    field_name = str(error["loc"][0]) if error.get("loc") else "name"
    kind = error.get("type", "")
    value = error.get("input")
    if kind == "string_too_long":
        return Refusal(
            register,
            key,
            name,
            "export.refused.too_long",
            {
                "field": field_name,
                "length": len(str(value)),
                "limit": error.get("ctx", {}).get("max_length", 0),
            },
        )
    if kind in ("string_too_short", "missing"):
        return Refusal(register, key, name, "export.refused.empty", {"field": field_name})
    return Refusal(
        register,
        key,
        name,
        "export.refused.invalid",
        {"field": field_name, "value": "" if value is None else str(value)},
    )
