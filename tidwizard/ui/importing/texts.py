"""The words the import screen shows for bases, outcomes, documents and the summary.

Plain text only: names and comments come from users, so nothing here is ever read as markup
(the widgets that show it are built with ``markup=False`` or get ``rich.text.Text``).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from tidwizard.core.i18n import current_language, t, tn
from tidwizard.core.money import format_amount

if TYPE_CHECKING:  # the import screen's first frame needs none of these (start-up time counts)
    from tidwizard.core.admin.models import Document
    from tidwizard.core.importer.draft import DocumentKind
    from tidwizard.core.importer.events import BasisImported, ImportReport
    from tidwizard.core.importer.preview import BasisPreview
    from tidwizard.core.importer.refusal import RefusalReason
    from tidwizard.core.wire import InvoiceBasis


def amount(value: Decimal) -> str:
    return format_amount(value, current_language())


def number_text(value: Decimal) -> str:
    """A quantity or percentage without needless zeros: 7.5, 12, 0.25 (Swedish: 7,5)."""
    text = f"{value.normalize():f}"
    return text.replace(".", ",") if current_language() == "sv" else text


def period(basis: InvoiceBasis) -> str:
    start, end = basis.from_date, basis.to_date
    if start is None or end is None:
        return "-"
    return f"{start:%m-%d}–{end:%m-%d}"


def kind_label(kind: DocumentKind | str, credit: bool = False) -> str:
    from tidwizard.core.importer.draft import DocumentKind

    return t("importui.kind.credit") if credit else t(f"importui.kind.{DocumentKind(kind).value}")


def imported_status(event: BasisImported) -> str:
    return t(
        "importui.status.imported", kind=kind_label(event.kind, event.credit), number=event.number
    )


def preview_status(preview: BasisPreview) -> tuple[str, str]:
    """(status text, style class) for a basis as the preview sees it."""
    draft, refusal = preview.draft, preview.refusal
    if draft is not None and draft.missing:
        return t("importui.status.consent"), "consent"
    if draft is not None:
        return t("importui.status.would", kind=kind_label(draft.kind, draft.credit)), "would"
    if refusal is not None:
        return t("importui.status.refused"), "refused"
    return t("importui.status.failed"), "failed"


def preview_lines(previews: list[BasisPreview]) -> str:
    would = consent = refused = failed = 0
    lines: list[str] = []
    for p in previews:
        customer = p.basis.customer.name if p.basis is not None else ""
        draft, refusal = p.draft, p.refusal
        if draft is not None:
            consent += bool(draft.missing)
            would += not draft.missing
            lines.append(
                t(
                    "importui.preview.would",
                    id=p.tid_invoice_id,
                    customer=customer,
                    kind=kind_label(draft.kind, draft.credit),
                    number=draft.customer_number,
                    total=amount(draft.total),
                    rows=tn("import.count.rows", len(draft.rows)),
                )
            )
            if draft.missing:
                records = ", ".join(draft.missing.describe())
                lines.append(t("importui.preview.needs", records=records))
        elif refusal is not None:
            refused += 1
            lines.append(
                t(
                    "importui.preview.refused",
                    id=p.tid_invoice_id,
                    customer=customer,
                    reason=refusal.message(),
                    next_step=refusal.next_step(),
                )
            )
        else:
            failed += 1
            lines.append(t("importui.preview.failed", id=p.tid_invoice_id, error=p.error or "-"))
    from tidwizard.core.importer.tally import would_counts

    counts = would_counts(would, refused, failed, consent=consent)
    return "\n".join([counts, "", *lines])


def summary_text(report: ImportReport) -> str:
    from tidwizard.core.importer.draft import DocumentKind
    from tidwizard.core.importer.tally import numbers_list, outcome_counts, stopped_counts

    lines = []
    if report.stopped:
        done, left = stopped_counts(report)
        lines += [t("importui.summary.stopped", done=done, left=left), ""]
    lines.append(outcome_counts(report))
    for events, invoices_key, orders_key in (
        (report.read_in_now, "importui.summary.invoices", "importui.summary.orders"),
        (
            report.completed_earlier,
            "importui.summary.earlier_invoices",
            "importui.summary.earlier_orders",
        ),
    ):
        invoices = [e.number for e in events if e.kind is DocumentKind.INVOICE]
        orders = [e.number for e in events if e.kind is DocumentKind.ORDER]
        if invoices:
            lines.append(t(invoices_key, numbers=numbers_list(invoices)))
        if orders:
            lines.append(t(orders_key, numbers=numbers_list(orders)))
    if not report.imported:
        lines.append(t("importui.summary.nothing"))
    if report.created:
        lines += ["", t("importui.summary.created")]
        lines += [f"  {record.describe()}" for record in report.created]
    if report.failed:
        lines += ["", t("importui.summary.failed")]
        lines += [
            t("importui.summary.line", id=f.tid_invoice_id, reason=f.error) for f in report.failed
        ]
    if report.refused:
        lines += ["", t("importui.summary.refused")]
        for r in report.refused:
            lines.append(t("importui.summary.line", id=r.tid_invoice_id, reason=r.message))
            lines.append(f"    {r.refusal.next_step()}")
    return "\n".join(lines)


def basis_text(preview: BasisPreview) -> str:
    """One basis with its rows, and what it becomes or why it is refused."""
    basis = preview.basis
    if basis is None:
        return t("importui.basis.failed", error=preview.error or "-")
    head = t(
        "importui.basis.head",
        customer=basis.customer.name,
        number=basis.customer.customer_number or "-",
        project=(basis.project.order_number or "-") if basis.project else "-",
        unit=(basis.cost_center.code or "-") if basis.cost_center else "-",
        date=basis.invoice_date.isoformat(),
        period=period(basis),
        ours=basis.our_reference or "-",
        yours=basis.your_reference or "-",
        sum=amount(basis.sum),
    )
    lines = [head, "", t("importui.basis.rows")]
    for row in basis.rows or []:
        if row.is_header:
            lines.append(t("importui.basis.header_row", text=row.comment or row.article or ""))
        elif row.is_sum_row:
            lines.append(t("importui.basis.sum_row", text=row.comment or "", sum=amount(row.sum)))
        elif row.article_number is None:
            lines.append(text_row(row.comment or row.article or ""))
        else:
            lines.append(
                row_text(
                    row.article_number,
                    row.comment or row.article or "",
                    row.value,
                    row.unit or "",
                    row.rate,
                    row.discount,
                    row.sum,
                )
            )
    lines.append("")
    lines.append(outcome_text(preview))
    return "\n".join(lines)


def outcome_text(preview: BasisPreview) -> str:
    draft, refusal = preview.draft, preview.refusal
    if draft is not None:
        text = t(
            "importui.basis.becomes",
            kind=kind_label(draft.kind, draft.credit),
            number=draft.customer_number,
            net=amount(draft.net),
            vat=amount(draft.vat),
            rounding=amount(draft.rounding),
            total=amount(draft.total),
        )
        if draft.missing:
            text += "\n" + t("importui.preview.needs", records=", ".join(draft.missing.describe()))
        return text
    if refusal is not None:
        return t("importui.basis.refused", reason=refusal.message()) + "\n" + refusal.next_step()
    return t("importui.basis.failed", error=preview.error or "-")


def document_text(document: Document) -> str:
    """A document's totals, then its rows, as Administration holds them (totals first: the
    pane under the list is short)."""
    totals = t(
        "importui.documents.totals",
        net=amount(document.net),
        vat=amount(document.vat),
        rounding=amount(document.rounding),
        total=amount(document.total),
    )
    lines = [totals, ""]
    for row in document.rows:
        if row.kind == "text":
            lines.append(text_row(row.text))
        else:
            line = row_text(
                row.article_number or "",
                row.text,
                row.quantity,
                row.unit,
                row.price,
                row.discount,
                row.net,
            )
            lines.append(line + t("importui.row.vat", vat_rate=number_text(row.vat_rate)))
    return "\n".join(lines)


def row_text(
    article: str,
    text: str,
    quantity: Decimal,
    unit: str,
    price: Decimal,
    discount: Decimal,
    total: Decimal,
) -> str:
    """One article row, the same in a basis from Tid and in the document it became."""
    less = t("importui.row.discount", discount=number_text(discount)) if discount else ""
    return t(
        "importui.row",
        article=article,
        text=text,
        quantity=number_text(quantity),
        unit=unit,
        price=amount(price),
        discount=less,
        total=amount(total),
    )


def text_row(text: str) -> str:
    return t("importui.row.text", text=text)


def document_label(document: Document) -> str:
    return f"{kind_label(document.type, document.is_credit)} {document.number}"


def when(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def is_consent(reason: RefusalReason) -> bool:
    from tidwizard.core.importer.refusal import RefusalReason

    return reason is RefusalReason.NEEDS_CONSENT
