"""When a failed request may be sent again, and how long to wait first.

Whether a failure may be repeated depends on whether the server may already have acted:

* The request never left (connect errors, connect and pool timeouts): every call may be repeated.
* The server refused without acting: 401 (the token is renewed, then the call repeated once) and
  429 (everyone waits for ``Retry-After``): every call may be repeated.
* The outcome is unknown (read/write timeouts, a dropped connection, a 5xx):
  - an idempotent call is simply repeated: GET, PUT, and the PATCH setsenttoeconomysystem (the
    contract makes a repeat with the same number harmless); the token exchange too (a spare token
    harms nobody);
  - a create (POST to a register) is repeated *because* its natural key (customerNumber,
    articleNumber, orderNumber, code) is unique: if the first POST did create the record, the
    repeat meets 409 duplicate_key, and the register code resolves that to the existing record
    found by that key. Either way exactly one record exists and the caller gets it;
  - any other POST would be repeated only when it surely never left. The contract has none today;
    it is the default for a POST so that a new call cannot be duplicated by accident.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import enum
import math
import random
import ssl

import httpx

# Longest Retry-After we obey; a larger one is treated as this (the user can retry later).
MAX_RETRY_AFTER = 120.0
# Retry-After when a 429 does not say.
DEFAULT_RETRY_AFTER = 1.0


class Repeat(enum.Enum):
    """What a call allows after a failure whose outcome is unknown."""

    SAFE = "safe"  # idempotent: repeat after any transport error or 5xx
    BY_NATURAL_KEY = "by_natural_key"  # create: repeat; the caller resolves 409 duplicate_key
    NOT_SENT_ONLY = "not_sent_only"  # repeat only when the request surely never left


# httpx errors raised before a single byte of the request reached the server.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
)


def is_certificate_error(error: BaseException) -> bool:
    """True when TLS refused the server's certificate (self-signed, expired, wrong name)."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def may_repeat_after_error(error: httpx.TransportError, repeat: Repeat) -> bool:
    if isinstance(error, httpx.UnsupportedProtocol):
        return False  # a wrong address, not a passing fault
    if is_certificate_error(error):
        return False  # the certificate will be the same the next time
    if isinstance(error, NOT_SENT_ERRORS):
        return True
    return repeat is not Repeat.NOT_SENT_ONLY


def may_repeat_after_status(status: int, repeat: Repeat) -> bool:
    return status >= 500 and repeat is not Repeat.NOT_SENT_ONLY


def backoff_delay(attempt: int, base: float, cap: float, rng: random.Random | None = None) -> float:
    """Exponential backoff with "equal jitter": half fixed, half random, so callers spread out."""
    if base <= 0:
        return 0.0
    ceiling = min(cap, base * 2 ** max(0, attempt - 1))
    return ceiling / 2 + (rng or random).uniform(0, ceiling / 2)


def retry_after_seconds(value: str | None, now: dt.datetime | None = None) -> float:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return DEFAULT_RETRY_AFTER
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError):
            return DEFAULT_RETRY_AFTER
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        seconds = (when - (now or dt.datetime.now(dt.UTC))).total_seconds()
    if not math.isfinite(seconds):
        return DEFAULT_RETRY_AFTER
    return min(MAX_RETRY_AFTER, max(0.0, seconds))
