"""Which bases Tid shows transferred count against a company file (core/importer/guard.py): only
those whose number this file would hand out again."""

from __future__ import annotations

import datetime as dt

import pytest

from tidwizard.core.importer.guard import FileFacts, GuardStopped, TransferredBasis, check

TODAY = dt.date(2026, 12, 7)
FACTS = FileFacts(
    identity="abc",
    since=TODAY,
    next_numbers={"invoice": 1010, "order": 5003},
    starts={"invoice": 1001, "order": 5001},
    journaled=frozenset({7}),
)


def basis(number: str, *, tid_id: int = 1, day: dt.date = TODAY) -> TransferredBasis:
    return TransferredBasis(tid_id, number, day)


@pytest.mark.parametrize(
    ("transferred", "ahead"),
    [
        (basis("1010"), True),  # the invoice series' next number
        (basis("4999"), True),  # still the invoice series
        (basis("5003"), True),  # the order series' next number
        (basis("1009"), False),  # below the next number: no collision to come
        (basis("5002"), False),
        (basis("999"), False),  # below every series
        (basis("F-1043"), False),  # not a whole number: not ours
        (basis(""), False),
        (basis("1010", tid_id=7), False),  # the journal has it: a mismatch, not a collision
        (basis("1010", day=TODAY - dt.timedelta(days=40)), False),  # before the file began
        (basis("1010", day=TODAY - dt.timedelta(days=1)), True),  # a day's margin (UTC)
    ],
)
def test_what_counts_as_ahead_of_the_file(transferred: TransferredBasis, ahead: bool) -> None:
    assert FACTS.ahead(transferred) is ahead


def test_check_names_the_bases_and_the_file_that_is_not_the_paired_one() -> None:
    check(FACTS, "abc", [basis("1009"), basis("F-1")])  # nothing ahead: passes
    with pytest.raises(GuardStopped) as behind:
        check(FACTS, "abc", [basis("1010", tid_id=3), basis("1011", tid_id=4)])
    assert behind.value.kind == "behind"
    assert [b.tid_invoice_id for b in behind.value.bases] == [3, 4]
    assert "3, 4" in str(behind.value) and "tidwizard reconcile" in str(behind.value)
    with pytest.raises(GuardStopped) as other:
        check(FACTS, "another", [])
    assert other.value.kind == "other_file" and "tidwizard reconcile" in str(other.value)
