"""The client's parts on their own: the address check, the rate limiter, retry rules, messages."""

from __future__ import annotations

import datetime as dt
import itertools
import math

import httpx
import pytest

from tidwizard.core.i18n import LANGUAGES
from tidwizard.core.tid import (
    DEFAULT_TID_URL,
    AccessRefused,
    AlreadyTransferred,
    InsecureUrl,
    InvalidCredentials,
    InvalidUrl,
    MalformedAnswer,
    NotFound,
    RateLimited,
    TidError,
    TidHttpError,
    TidUnreachable,
    check_service_url,
)
from tidwizard.core.tid.ratelimit import WINDOW_MARGIN, RateLimiter
from tidwizard.core.tid.retry import (
    Repeat,
    backoff_delay,
    may_repeat_after_error,
    may_repeat_after_status,
    retry_after_seconds,
)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (DEFAULT_TID_URL, DEFAULT_TID_URL),
        ("  https://publicapi.tid.vismaspcs.se/ ", DEFAULT_TID_URL),
        ("HTTPS://PublicAPI.tid.vismaspcs.se", DEFAULT_TID_URL),
        ("https://proxy.example.se:8443/tid/", "https://proxy.example.se:8443/tid"),
        ("http://127.0.0.1:8765", "http://127.0.0.1:8765"),
        ("http://localhost:8765/", "http://localhost:8765"),
        ("http://[::1]:8765", "http://[::1]:8765"),
    ],
)
def test_good_addresses_are_normalised(given: str, expected: str) -> None:
    assert check_service_url(given) == expected


@pytest.mark.parametrize(
    "given",
    ["http://publicapi.tid.vismaspcs.se", "http://10.0.0.5:8080", "http://localhost.evil.se"],
)
def test_plain_http_to_another_machine_is_refused(given: str) -> None:
    with pytest.raises(InsecureUrl) as caught:
        check_service_url(given)
    assert "https://" in caught.value.user_message("sv")


@pytest.mark.parametrize(
    "given",
    [
        "",
        "publicapi.tid.vismaspcs.se",
        "ftp://publicapi.tid.vismaspcs.se",
        "https://",
        "https://exa mple.se",
        "https://user:pw@publicapi.tid.vismaspcs.se",
        "https://publicapi.tid.vismaspcs.se/?x=1",
        "https://publicapi.tid.vismaspcs.se:99999",
        "https://bad_host!.se",
    ],
)
def test_garbage_is_an_invalid_url(given: str) -> None:
    with pytest.raises(InvalidUrl):
        check_service_url(given)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds


@pytest.mark.parametrize("rate", [4.0, 2.5, 1.0, 0.5, 10.0])
async def test_sends_never_exceed_the_rate_in_any_rolling_second(rate: float) -> None:
    clock = FakeClock()
    limiter = RateLimiter(rate, clock=clock, sleep=clock.sleep)
    sent = []
    for _ in range(40):
        await limiter.acquire()
        sent.append(clock.now)
    window = max(1.0, 1 / rate)
    for start in sent:
        in_window = [t for t in sent if start <= t < start + window]
        assert len(in_window) <= max(1, rate)
    assert all(b - a >= 1 / rate - 1e-9 for a, b in itertools.pairwise(sent))
    # ...and yet it keeps close to the rate (whole requests per second: 2.5 allows 2).
    usable = math.floor(rate) if rate >= 1 else rate
    assert sent[-1] - sent[0] <= 39 / usable * (1 + WINDOW_MARGIN) + 1e-6


async def test_a_pause_holds_back_the_next_caller() -> None:
    clock = FakeClock()
    limiter = RateLimiter(0, clock=clock, sleep=clock.sleep)
    await limiter.acquire()
    limiter.pause(3.0)
    await limiter.acquire()
    assert clock.now == pytest.approx(103.0)


def test_what_may_be_repeated() -> None:
    request = httpx.Request("POST", "https://x.test/v1/Core/Articles")
    never_left = httpx.ConnectError("refused", request=request)
    lost_answer = httpx.ReadTimeout("timed out", request=request)
    dropped = httpx.RemoteProtocolError("Server disconnected", request=request)
    for repeat in Repeat:
        assert may_repeat_after_error(never_left, repeat)
    assert not may_repeat_after_error(lost_answer, Repeat.NOT_SENT_ONLY)
    assert not may_repeat_after_error(dropped, Repeat.NOT_SENT_ONLY)
    assert may_repeat_after_error(lost_answer, Repeat.SAFE)
    assert may_repeat_after_error(dropped, Repeat.BY_NATURAL_KEY)
    assert may_repeat_after_status(503, Repeat.SAFE)
    assert not may_repeat_after_status(500, Repeat.NOT_SENT_ONLY)
    assert not may_repeat_after_status(400, Repeat.SAFE)


def test_backoff_grows_and_is_capped() -> None:
    assert 0.25 <= backoff_delay(1, 0.5, 8) <= 0.5
    assert 2.0 <= backoff_delay(4, 0.5, 8) <= 4.0
    assert 4.0 <= backoff_delay(10, 0.5, 8) <= 8.0


def test_retry_after_reads_seconds_and_dates() -> None:
    now = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)
    assert retry_after_seconds("3", now) == 3.0
    assert retry_after_seconds("Tue, 01 Dec 2026 12:00:05 GMT", now) == 5.0
    assert retry_after_seconds("Tue, 01 Dec 2026 11:00:00 GMT", now) == 0.0
    assert retry_after_seconds(None) == 1.0
    assert retry_after_seconds("soon") == 1.0
    assert retry_after_seconds("99999") == 120.0


ERRORS: list[TidError] = [
    InvalidUrl("x", "no host"),
    InsecureUrl("http://tid.example.se"),
    InvalidCredentials(),
    AccessRefused(),
    TidUnreachable("https://tid.example.se", "ConnectError"),
    RateLimited(2.0),
    MalformedAnswer("invoice 1002", "sum", "has more than two decimals"),
    AlreadyTransferred(1001, "2001", "1043"),
    AlreadyTransferred(1001, "2001", None),
    NotFound("/v1/core/invoices/77"),
    TidHttpError(500, "boom"),
]


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_every_error_has_a_stable_code_and_a_message_in_both_languages(error: TidError) -> None:
    assert error.code and error.code == type(error).code
    texts = [error.user_message(lang) for lang in LANGUAGES]
    assert all(texts) and texts[0] != texts[1]
    assert all("{" not in text for text in texts)
