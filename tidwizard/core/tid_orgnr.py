"""Tid's organisationsnummer when the service does not give it.

The public Tid API shows no endpoint with the company's organisationsnummer. Then the user reads
it in Tid (Inställningar - Generellt - Företagsinställningar, the seed's step 1) and types it,
and it is checked exactly as a number from Tid would be: valid, and equal to Administration's.
The wizard's step and ``tidwizard setup --yes --tid-orgnr`` both call these functions.
"""

from __future__ import annotations

from tidwizard.core.i18n import t
from tidwizard.core.orgnr import OrgNrError, parse_orgnr, same_orgnr
from tidwizard.core.setup import (
    ADMINISTRATION_ORGNR_MENU,
    TID_ORGNR_MENU,
    ActivationResult,
    SetupError,
    choose_company,
    formatted_orgnr,
)
from tidwizard.core.wire import Company


def check_typed_orgnr(typed: str, administration_orgnr: str) -> str:
    """The typed number, written ``NNNNNN-NNNN``, when it is valid and equals Administration's.

    Raises SetupError: ``tid_orgnr_missing``, ``tid_orgnr_invalid`` or ``orgnr_mismatch``."""
    if not typed.strip():
        raise SetupError(
            "tid_orgnr_missing", t("setup.error.tid_orgnr_missing", menu=TID_ORGNR_MENU)
        )
    try:
        number = parse_orgnr(typed)
    except OrgNrError as exc:
        raise SetupError(
            "tid_orgnr_invalid", t("setup.error.tid_orgnr_invalid", reason=str(exc))
        ) from exc
    if not same_orgnr(administration_orgnr, number.formatted):
        raise SetupError(
            "orgnr_mismatch", typed_mismatch_message(administration_orgnr, number.formatted)
        )
    return number.formatted


def typed_mismatch_message(administration_orgnr: str, typed_orgnr: str) -> str:
    """Why a typed number stops the setup, and where to change the organisationsnummer."""
    return t(
        "setup.error.typed_orgnr_mismatch",
        tid_orgnr=formatted_orgnr(typed_orgnr),
        admin_orgnr=formatted_orgnr(administration_orgnr),
        tid_menu=TID_ORGNR_MENU,
        admin_menu=ADMINISTRATION_ORGNR_MENU,
    )


def resolve_tid_company(
    result: ActivationResult,
    administration_orgnr: str,
    *,
    requested_id: int | None = None,
    typed_orgnr: str | None = None,
) -> tuple[Company | None, str]:
    """The Tid company for ``setup --yes`` and the typed number to save ("" when Tid gave it).

    Where the service names companies, they decide (``choose_company``) and a typed number must
    be the one Tid gives. Where it names none, the credentials' own company (None) is used and
    the typed number is required and checked against Administration's."""
    if result.needs_typed_orgnr:
        if requested_id is not None:
            raise SetupError("company_not_listed", t("setup.error.company_not_listed"))
        if typed_orgnr is None:
            raise SetupError(
                "tid_orgnr_needed", t("setup.error.tid_orgnr_needed", menu=TID_ORGNR_MENU)
            )
        return None, check_typed_orgnr(typed_orgnr, administration_orgnr)
    company = choose_company(result, administration_orgnr, requested_id)
    if typed_orgnr is not None:
        try:
            typed = parse_orgnr(typed_orgnr).formatted
        except OrgNrError as exc:
            raise SetupError(
                "tid_orgnr_invalid", t("setup.error.tid_orgnr_invalid", reason=str(exc))
            ) from exc
        if not same_orgnr(typed, company.organization_number):
            raise SetupError(
                "tid_orgnr_differs",
                t(
                    "setup.error.tid_orgnr_differs",
                    typed=typed,
                    name=company.name,
                    tid_orgnr=company.organization_number,
                ),
            )
    return company, ""
