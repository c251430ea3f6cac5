"""The async Tid client: tokens, paging, one shared rate limiter, retries and typed errors.

Names are imported from their modules on first use (see ``tidwizard.core.lazy``).
"""

from typing import TYPE_CHECKING

from tidwizard.core.lazy import lazy_exports

if TYPE_CHECKING:
    from tidwizard.core.tid.address import DEFAULT_TID_URL, is_loopback_host
    from tidwizard.core.tid.client import TidClient
    from tidwizard.core.tid.errors import (
        AccessRefused,
        AlreadyTransferred,
        CertificateFileError,
        InsecureUrl,
        InvalidCredentials,
        InvalidUrl,
        MalformedAnswer,
        NotFound,
        PermissionMissing,
        RateLimited,
        RegisterUnavailable,
        TidDeadline,
        TidError,
        TidHttpError,
        TidUnreachable,
        UntrustedCertificate,
    )
    from tidwizard.core.tid.session import ClientStats
    from tidwizard.core.tid.urls import check_service_url

_EXPORTS = {
    "DEFAULT_TID_URL": "address",
    "AlreadyTransferred": "errors",
    "CertificateFileError": "errors",
    "ClientStats": "session",
    "InsecureUrl": "errors",
    "InvalidCredentials": "errors",
    "InvalidUrl": "errors",
    "MalformedAnswer": "errors",
    "NotFound": "errors",
    "PermissionMissing": "errors",
    "RegisterUnavailable": "errors",
    "AccessRefused": "errors",
    "RateLimited": "errors",
    "TidClient": "client",
    "TidDeadline": "errors",
    "TidError": "errors",
    "TidHttpError": "errors",
    "TidUnreachable": "errors",
    "UntrustedCertificate": "errors",
    "check_service_url": "urls",
    "is_loopback_host": "address",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

__all__ = [
    "DEFAULT_TID_URL",
    "AccessRefused",
    "AlreadyTransferred",
    "CertificateFileError",
    "ClientStats",
    "InsecureUrl",
    "InvalidCredentials",
    "InvalidUrl",
    "MalformedAnswer",
    "NotFound",
    "PermissionMissing",
    "RateLimited",
    "RegisterUnavailable",
    "TidClient",
    "TidDeadline",
    "TidError",
    "TidHttpError",
    "TidUnreachable",
    "UntrustedCertificate",
    "check_service_url",
    "is_loopback_host",
]
