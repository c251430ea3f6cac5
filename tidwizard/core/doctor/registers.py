"""The master-data registers: which path answers, one record by id, and what a read tells about
writing (only an ``Allow`` header can; a GET is all the doctor sends)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tidwizard.core import wire
from tidwizard.core.doctor.findings import Finding, Message, Status
from tidwizard.core.doctor.probing import (
    MISSING,
    ONE_PAGE,
    answered,
    error_of,
    failed,
    get,
    http_facts,
)
from tidwizard.core.tid.answers import parse_answer
from tidwizard.core.tid.client import TidClient
from tidwizard.core.tid.errors import TidError
from tidwizard.core.tid.registers import Register


def register_name(register: Register[Any]) -> Message:
    return Message(f"tid.register.{register.name}")


@dataclass
class RegisterProbe:
    register: Register[Any]
    finding: Finding
    path: str | None = None  # the alternative that answered
    tried: dict[str, int] = field(default_factory=dict)  # path -> HTTP status
    first_id: int | None = None  # of the first record listed
    allow: frozenset[str] | None = None  # methods an Allow header named, when one came

    @property
    def ok(self) -> bool:
        return self.finding.status == "ok"


def _allowed(header: str | None) -> frozenset[str] | None:
    if header is None:
        return None
    return frozenset(part.strip().upper() for part in header.split(",") if part.strip())


async def probe_register(tid: TidClient, register: Register[Any]) -> RegisterProbe:
    """One page of the register, from its alternatives in the client's order: the first whose
    answer is not 404/405 is the one the program uses."""
    name = f"register_{register.name}"
    what = register_name(register)
    tried: dict[str, int] = {}
    allow: frozenset[str] | None = None
    for path in register.alternatives:
        answer = await get(tid, path, ONE_PAGE)
        if isinstance(answer, TidError):
            return RegisterProbe(register, failed(name, answer, needed=False), tried=tried)
        tried[path] = answer.status_code
        allow = _allowed(answer.headers.get("Allow")) or allow
        if answer.status_code in MISSING:
            continue
        facts = {**http_facts(answer, path), "tried": dict(tried)}
        if answer.status_code >= 400:
            finding = failed(name, error_of(answer, path), needed=False, facts=facts)
            return RegisterProbe(register, finding, tried=tried, allow=allow)
        try:
            page = parse_answer(wire.Page[register.model], answer, "list")  # type: ignore[name-defined]
        except TidError as error:
            finding = failed(name, error, needed=False, facts=facts)
            return RegisterProbe(register, finding, tried=tried, allow=allow)
        first = page.items[0].id if page.items else None
        facts["total"] = page.total_item_count
        finding = answered(
            name,
            "ok",
            "doctor.register.ok",
            None,
            facts=facts,
            path=path,
            total=page.total_item_count,
        )
        return RegisterProbe(register, finding, path, tried, first, allow)
    statuses = ", ".join(f"{path} {status}" for path, status in tried.items())
    finding = answered(
        name,
        "absent",
        "doctor.register.absent",
        "doctor.register.absent.means",
        facts={"tried": tried},
        tried=statuses,
        register=what,
    )
    return RegisterProbe(register, finding, tried=tried, allow=allow)


async def probe_one_record(tid: TidClient, probe: RegisterProbe, record_id: int | None) -> Finding:
    """``GET {register}/{id}``: how a missing key of a basis's reference is looked up."""
    register = probe.register
    name = f"{register.name}_by_id"
    if record_id is None or probe.path is None:
        return answered(name, "unknown", "doctor.by_id.unknown", "doctor.by_id.unknown.means")
    path = f"{probe.path}/{record_id}"
    answer = await get(tid, path)
    if isinstance(answer, TidError):
        return failed(name, answer, needed=False, facts={"path": path})
    facts = http_facts(answer, path)
    if answer.status_code in MISSING:
        return answered(
            name,
            "absent",
            "doctor.by_id.absent",
            "doctor.by_id.absent.means",
            facts=facts,
            status=answer.status_code,
            register=register_name(register),
        )
    if answer.status_code >= 400:
        return failed(name, error_of(answer, path), needed=False, facts=facts)
    try:
        parse_answer(register.model, answer, register.object_name)
    except TidError as error:
        return failed(name, error, needed=False, facts=facts)
    return answered(
        name,
        "ok",
        "doctor.by_id.ok",
        "doctor.by_id.ok.means",
        facts=facts,
        path=path,
    )


def writable_finding(probes: list[RegisterProbe]) -> Finding:
    """Whether Tid takes new records, as far as a read can tell: only an Allow header tells."""
    takes = tuple(register_name(p.register) for p in probes if p.allow and "POST" in p.allow)
    refuses = tuple(
        register_name(p.register)
        for p in probes
        if (p.allow is not None and "POST" not in p.allow) or p.finding.status == "absent"
    )
    untold = tuple(
        register_name(p.register)
        for p in probes
        if p.allow is None and p.finding.status != "absent"
    )
    facts = {
        p.register.name: None if p.allow is None else "POST" in p.allow
        for p in probes
        if p.finding.status != "absent"
    } | {p.register.name: False for p in probes if p.finding.status == "absent"}
    if not takes and not refuses:
        return answered(
            "writable",
            "unknown",
            "doctor.writable.unknown",
            "doctor.writable.unknown.means",
            facts=facts,
        )
    status: Status = "absent" if refuses else "unknown" if untold else "ok"
    meaning = "doctor.writable.refuses.means" if refuses else "doctor.writable.unknown.means"
    return answered(
        "writable",
        status,
        "doctor.writable.told",
        meaning,
        facts=facts,
        takes=takes,
        refuses=refuses,
        untold=untold,
    )


def customer_number_finding(
    bases: list[wire.InvoiceBasis], by_id: Finding, contacts: RegisterProbe
) -> Finding:
    """Whether references carry ``customerNumber``; where not, whether it can be looked up."""
    if not bases:
        return answered(
            "customer_number",
            "unknown",
            "doctor.customer.unknown",
            "doctor.basis.none.means",
            needed=True,
        )
    lacking = sum(1 for basis in bases if basis.customer.customer_number is None)
    facts = {"references": len(bases), "withoutCustomerNumber": lacking}
    if not lacking:
        return answered(
            "customer_number",
            "ok",
            "doctor.customer.ok",
            None,
            needed=True,
            facts=facts,
        )
    if by_id.status == "ok":
        meaning = "doctor.customer.by_id.means"
    elif contacts.ok:
        meaning = "doctor.customer.listed.means"
    else:
        return answered(
            "customer_number",
            "problem",
            "doctor.customer.absent",
            "doctor.customer.lost.means",
            needed=True,
            facts=facts,
            count=lacking,
            total=len(bases),
        )
    return answered(
        "customer_number",
        "absent",
        "doctor.customer.absent",
        meaning,
        needed=True,
        facts=facts,
        count=lacking,
        total=len(bases),
    )
