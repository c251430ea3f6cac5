"""Why a basis is not read in: a stable reason code and the facts that name the culprit."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from tidwizard.core.i18n import current_language, t
from tidwizard.core.money import format_amount


class RefusalReason(StrEnum):
    CUSTOMER_NUMBER = "customer_number"
    CUSTOMER_NUMBER_TOO_LARGE = "customer_number_too_large"
    CUSTOMER_NUMBER_ZERO = "customer_number_zero"
    CUSTOMER_NAME = "customer_name"
    PROJECT_CODE = "project_code"
    RESULT_UNIT_CODE = "result_unit_code"
    NO_ROWS = "no_rows"
    MISSING_ARTICLE = "missing_article"
    PACKAGE_ARTICLE = "package_article"
    ROW_SUM = "row_sum"
    DISCOUNT = "discount"
    QUANTITY = "quantity"
    TOTAL_TOO_LARGE = "total_too_large"
    SUM_MISMATCH = "sum_mismatch"
    AMOUNT_WITHOUT_ARTICLE = "amount_without_article"
    NEEDS_CONSENT = "needs_consent"
    ALREADY_TRANSFERRED = "already_transferred"
    ORDER_EDITION = "order_edition"


@dataclass(frozen=True, slots=True)
class Refusal:
    """A refused basis stays waiting in Tid; ``message()`` says why, in the user's language."""

    tid_invoice_id: int
    kind: RefusalReason
    detail: dict[str, str | Decimal] = field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        """What is wrong, naming the culprit."""
        chosen = lang or current_language()
        return t(f"import.refused.{self.kind.value}", chosen, **self._params(chosen))

    def next_step(self, lang: str | None = None) -> str:
        """What the user does about it, as a sentence: "What to do: add article 901 ..."."""
        chosen = lang or current_language()
        step = t(f"import.next.{self.kind.value}", chosen, **self._params(chosen))
        return t("import.next_step", chosen, step=step)

    def _params(self, lang: str) -> dict[str, str]:
        return {
            name: format_amount(value, lang) if isinstance(value, Decimal) else value
            for name, value in self.detail.items()
        }


def edition_refusal(kind: str, edition: str) -> str | None:
    """Why bases cannot be read in as ``kind`` in a company of ``edition`` and what to do (only
    1000 and 2000 have orders); None when they can."""
    if kind != "order" or edition in ("1000", "2000"):
        return None
    refusal = Refusal(0, RefusalReason.ORDER_EDITION, {"edition": edition})
    return f"{refusal.message()} {refusal.next_step()}"


def refused_lines(tid_invoice_id: int, refusal: Refusal) -> str:
    """Why the basis was refused, and on the next line, indented, what to do about it."""
    line = t("import.cli.line_refused", tid_invoice_id=tid_invoice_id, reason=refusal.message())
    return f"{line}\n    {refusal.next_step()}"
