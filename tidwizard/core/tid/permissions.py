"""Which permission of Tid's API application a call needs, in the user's words.

An administrator gives an API application its permissions in Tid under Inställningar -
Integrationer - API-applikationer; a 403 on a call names the one it lacked.
"""

from __future__ import annotations

from tidwizard.core.i18n import t
from tidwizard.core.tid import paths

# (path prefix, lower case) -> the register's catalogue name
_AREAS = (
    (paths.INVOICES.lower(), "invoices"),
    *((path.lower(), "contacts") for path in paths.CONTACTS),
    *((path.lower(), "projects") for path in paths.PROJECTS),
    *((path.lower(), "articles") for path in paths.ARTICLES),
    *((path.lower(), "costcenters") for path in paths.COST_CENTERS),
    (paths.OWN_COMPANY.lower(), "company"),
)


def area_of(path: str) -> str:
    lowered = path.lower()
    return next((area for prefix, area in _AREAS if lowered.startswith(prefix)), "other")


def permission_for(method: str, path: str, lang: str | None = None) -> str:
    """E.g. "fakturaunderlag: markera som överförda" for the PATCH of a basis."""
    area = area_of(path)
    if area == "invoices":
        access = "mark" if method.upper() == "PATCH" else "read"
    else:
        access = "read" if method.upper() == "GET" else "write"
    area_text, access_text = t(f"tid.register.{area}", lang), t(f"tid.access.{access}", lang)
    return t("tid.permission.line", lang, area=area_text, access=access_text)
