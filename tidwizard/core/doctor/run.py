"""The probe in order: token, company, invoice bases, registers; then what they mean together.

Every request is a GET (the token call aside) through the client, so the client's rate limit,
retries and token renewal apply; one page of each list and one basis keep it to a dozen or so.
"""

from __future__ import annotations

from tidwizard.core import wire
from tidwizard.core.doctor import access, invoices, registers
from tidwizard.core.doctor.findings import DoctorReport, Finding, Message
from tidwizard.core.doctor.probing import answered
from tidwizard.core.tid import registers as tid_registers
from tidwizard.core.tid.client import TidClient
from tidwizard.core.tid.errors import TidUnreachable, UntrustedCertificate


async def diagnose(tid: TidClient) -> DoctorReport:
    """Probe the service ``tid`` talks to; never writes. Stops early when Tid cannot be
    reached (``report.unreachable``) or the credentials do not get a token."""
    report = DoctorReport(tid.base_url)
    try:
        await _probe(tid, report)
    except TidUnreachable as error:
        report.unreachable = not isinstance(error, UntrustedCertificate)
        report.add(
            Finding(
                "service",
                "problem",
                Message("doctor.seen.error", {"error": error}),
                needed=True,
                temporary=report.unreachable,
                facts={"error": error.code, "detail": error.detail},
            )
        )
    finally:
        report.requests = tid.stats.requests
        report.rate_limited = tid.stats.rate_limited
    if report.rate_limited:
        report.add(
            answered(
                "rate_limit",
                "ok",
                "doctor.rate_limit.seen",
                "doctor.rate_limit.means",
                facts={"rateLimited": report.rate_limited},
                count=report.rate_limited,
            )
        )
    return report


async def _probe(tid: TidClient, report: DoctorReport) -> None:
    if report.add(await access.probe_token(tid)).status != "ok":
        return  # nothing else answers without a token
    report.add(await access.probe_companies(tid))
    report.add(await access.probe_own_company(tid))

    pending = await invoices.list_page(tid, filtered=True)
    every = await invoices.list_page(tid, filtered=False)
    bases: list[wire.InvoiceBasis] = []
    basis: wire.InvoiceBasis | None = None
    if isinstance(pending, Finding):
        report.add(pending)
    else:
        report.add(invoices.list_finding(pending))
        if isinstance(every, Finding):
            report.add(every)
        else:
            report.add(invoices.filter_finding(pending, every))
        read = await invoices.read_basis(tid, invoices.basis_to_read(pending, _listing(every)))
        if isinstance(read, Finding):
            report.add(read)
        else:
            basis = read
            report.add(invoices.basis_finding(read))
        others = [b for b in pending.bases if basis is None or b.id != basis.id]
        bases = ([basis] if basis else []) + others

    probes = [await registers.probe_register(tid, r) for r in tid_registers.ALL]
    for probe in probes:
        report.add(probe.finding)
    by_name = {probe.register.name: probe for probe in probes}
    contacts, projects = by_name["contacts"], by_name["projects"]
    contact_id = basis.customer.id if basis else contacts.first_id
    project_ref = basis.project if basis else None
    project_id = project_ref.id if project_ref and project_ref.id else projects.first_id
    by_id = report.add(await registers.probe_one_record(tid, contacts, contact_id))
    report.add(await registers.probe_one_record(tid, projects, project_id))
    if not isinstance(pending, Finding):
        report.add(registers.customer_number_finding(bases, by_id, contacts))
    report.add(registers.writable_finding(probes))


def _listing(value: invoices.Listing | Finding) -> invoices.Listing | None:
    return value if isinstance(value, invoices.Listing) else None
