"""Reading a basis: pydantic's JSON parser (the fast road) and the Python one agree, exactly."""

from __future__ import annotations

import json
from decimal import Decimal

import httpx
import pytest

from tidwizard.core import wire
from tidwizard.core.tid.answers import parse_answer, parse_typed_answer
from tidwizard.core.tid.errors import MalformedAnswer


def basis_body(**row: object) -> bytes:
    text = json.dumps(
        {
            "objectName": "invoice",
            "id": 7,
            "invoiceDate": "2026-11-30",
            "createdDate": "2026-11-30T10:15:00",
            "sum": "__SUM__",
            "customer": {"id": 1, "name": "Kund AB", "customerNumber": "12"},
            "rows": [
                {
                    "objectName": "invoiceRow",
                    "id": 1,
                    "value": "__VALUE__",
                    "rate": "__RATE__",
                    "sum": "__SUM__",
                    **row,
                }
            ],
        }
    )
    return text.encode()


@pytest.mark.parametrize(
    ("value", "rate", "amount"),
    [("1.10", "950.00", "1045"), ("1e2", "0.1", "10"), ("0.3333", "3", "1.00"), ("-2", "5", "-10")],
)
def test_both_roads_read_the_same_exact_amounts(value: str, rate: str, amount: str) -> None:
    body = basis_body().replace(b'"__VALUE__"', value.encode())
    body = body.replace(b'"__RATE__"', rate.encode()).replace(b'"__SUM__"', amount.encode())
    response = httpx.Response(200, content=body)
    fast = parse_typed_answer(wire.InvoiceBasis, response, "invoice 7")
    slow = parse_answer(wire.InvoiceBasis, response, "invoice 7")
    assert fast == slow
    assert fast.rows is not None and fast.rows[0].value == Decimal(value)
    assert isinstance(fast.sum, Decimal) and fast.sum == Decimal(amount)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (
            basis_body()
            .replace(b'"__VALUE__"', b"1")
            .replace(b'"__RATE__"', b"0.001")
            .replace(b'"__SUM__"', b"1"),
            "rate",
        ),
        (b"<html>502</html>", "(body)"),
        (b'{"objectName": "invoice", "id": "seven"}', "id"),
    ],
)
def test_a_refused_body_is_named_as_the_slow_road_names_it(body: bytes, field: str) -> None:
    with pytest.raises(MalformedAnswer) as caught:
        parse_typed_answer(wire.InvoiceBasis, httpx.Response(200, content=body), "invoice 7")
    assert caught.value.field.endswith(field)


def row_body(rate: str) -> bytes:
    body = basis_body().replace(b'"__VALUE__"', b"1").replace(b'"__SUM__"', b"1")
    return body.replace(b'"__RATE__"', rate.encode())


@pytest.mark.parametrize(
    ("rate", "problem"),
    [
        ("0.001", "has more than two decimals"),
        ("1e12", "is out of range"),
        ("-1e12", "is out of range"),
        ("NaN", "must be a finite number"),
        ("-Infinity", "must be a finite number"),
    ],
)
def test_an_amount_out_of_bounds_is_named_in_plain_words(rate: str, problem: str) -> None:
    response = httpx.Response(200, content=row_body(rate))
    for road in (parse_typed_answer, parse_answer):
        with pytest.raises(MalformedAnswer) as caught:
            road(wire.InvoiceBasis, response, "invoice 7")
        assert (caught.value.field, caught.value.problem) == ("rate", problem)


@pytest.mark.parametrize("rate", ["1.500", "999999999999.99", "-999999999999.99", "1E+2"])
def test_amounts_within_bounds_are_read_exactly(rate: str) -> None:
    response = httpx.Response(200, content=row_body(rate))
    for road in (parse_typed_answer, parse_answer):
        basis = road(wire.InvoiceBasis, response, "invoice 7")
        assert basis.rows is not None and basis.rows[0].rate == Decimal(rate)
