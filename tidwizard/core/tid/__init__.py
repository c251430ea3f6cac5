"""The async Tid client: tokens, paging, one shared rate limiter, retries and typed errors."""

from tidwizard.core.tid.client import TidClient
from tidwizard.core.tid.errors import (
    AlreadyTransferred,
    CertificateFileError,
    InsecureUrl,
    InvalidCredentials,
    InvalidUrl,
    MalformedAnswer,
    NotFound,
    PartnerCredentials,
    RateLimited,
    TidError,
    TidHttpError,
    TidUnreachable,
    UntrustedCertificate,
)
from tidwizard.core.tid.session import ClientStats
from tidwizard.core.tid.urls import DEFAULT_TID_URL, check_service_url, is_loopback_host

__all__ = [
    "DEFAULT_TID_URL",
    "AlreadyTransferred",
    "CertificateFileError",
    "ClientStats",
    "InsecureUrl",
    "InvalidCredentials",
    "InvalidUrl",
    "MalformedAnswer",
    "NotFound",
    "PartnerCredentials",
    "RateLimited",
    "TidClient",
    "TidError",
    "TidHttpError",
    "TidUnreachable",
    "UntrustedCertificate",
    "check_service_url",
    "is_loopback_host",
]
