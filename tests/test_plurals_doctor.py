"""`tidwizard doctor` counts in the right number: "1 anrop", "1 företag listas", "1 rad",
"1 gång", never "1 requests", "1 companies", "1 rows", "1 times" (issue 13, item 12)."""

from __future__ import annotations

import pytest

from tidwizard.core.doctor.findings import Message

ONE = [
    ("doctor.cli.requests", {}, "1 anrop:", "1 request:"),
    ("doctor.companies.ok", {}, "1 företag listas", "1 company listed"),
    ("doctor.basis.ok", {"id": 7}, "underlag 7 läsbart, 1 rad", "basis 7 readable, 1 row"),
    ("doctor.rate_limit.seen", {}, "(429) 1 gång", "(429) 1 time"),
]


@pytest.mark.parametrize(("key", "params", "sv", "en"), ONE, ids=[k for k, *_ in ONE])
def test_one_is_said_in_the_singular(key: str, params: dict[str, object], sv: str, en: str):
    message = Message(key, {"count": 1, **params})
    assert sv in message.text("sv")
    assert message.text("en").startswith(en) or en in message.text("en")


@pytest.mark.parametrize(("key", "params", "sv", "en"), ONE, ids=[k for k, *_ in ONE])
def test_more_are_said_in_the_plural(key: str, params: dict[str, object], sv: str, en: str):
    message = Message(key, {"count": 3, **params})
    plural_en = {"1 request:": "3 requests:", "1 company listed": "3 companies listed"}.get(
        en, en.replace("1 row", "3 rows").replace("1 time", "3 times")
    )
    assert plural_en in message.text("en")
    assert "3" in message.text("sv")
