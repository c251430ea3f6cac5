"""A lone surrogate ("\\ud800") in a text from Tid: pydantic's JSON parser refuses it, the
fallback through ``json.loads`` reads it, and no file can hold it. Such a basis fails alone,
naming the field; the bases before and after it import and are reported; nothing is half
written, and the command line prints one JSON document without a traceback."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from support.bad_input import (
    GOOD,
    Tamper,
    assert_nothing_half_written,
    client,
    keep_only,
    no_traceback,
    pending_ids,
    rewrite_item,
)
from support.cli import set_up_demo
from tidwizard.cli.main import main
from tidwizard.core import malformed, wire, wire_parsing
from tidwizard.core.admin import AdministrationStore, create_demo_company
from tidwizard.core.importer import ImportEngine
from tidwizard.core.paths import Home

BAD = 1003  # a demo basis with a project and a result unit, spoiled on the wire
LONE = "Kund \ud800 AB"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AdministrationStore]:
    with create_demo_company(tmp_path / "demo.sqlite") as company:
        yield company


def on_basis(**values: Any) -> Any:
    return lambda body: {**body, **values}


def on_ref(ref: str, **values: Any) -> Any:
    return lambda body: {**body, ref: {**body[ref], **values}}


def on_row(**values: Any) -> Any:
    def change(body: dict[str, Any]) -> dict[str, Any]:
        rows = list(body["rows"])
        rows[0] = {**rows[0], **values}
        return {**body, "rows": rows}

    return change


# (name, change to BAD's answer, the field the message must name)
CASES = [
    ("customer name", on_ref("customer", name=LONE), "customer.name"),
    ("customer number", on_ref("customer", customerNumber="10\ud80003"), "customer.customerNumber"),
    ("your reference", on_basis(yourReference=LONE), "yourReference"),
    ("our reference", on_basis(ourReference=LONE), "ourReference"),
    ("project title", on_ref("project", title=LONE), "project.title"),
    ("project code", on_ref("project", orderNumber="P-\udfff"), "project.orderNumber"),
    ("result unit name", on_ref("costCenter", name=LONE), "costCenter.name"),
    ("result unit code", on_ref("costCenter", code="\ud83d"), "costCenter.code"),
    ("row article", on_row(article=LONE), "article"),
    ("row comment", on_row(comment="Arbete \udc00 utfört"), "comment"),
    ("row unit", on_row(unit="\ud800"), "unit"),
    ("row article number", on_row(articleNumber="1\ud8000"), "articleNumber"),
]


@pytest.mark.parametrize(("change", "field"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
async def test_a_lone_surrogate_fails_that_basis_alone_naming_the_field(
    sandbox: Any, store: AdministrationStore, change: Any, field: str
) -> None:
    events: list[Any] = []
    async with client(sandbox.url, Tamper(bases={BAD: change})) as tid:
        report = await ImportEngine(tid, store).run([GOOD[0], BAD, GOOD[1]], on_event=events.append)

    assert sorted(e.tid_invoice_id for e in report.imported) == sorted(GOOD)
    assert [f.tid_invoice_id for f in report.failed] == [BAD]
    message = report.failed[0].error
    assert f"”{field}”" in message, message
    message.encode()  # the message itself can be printed
    reported = [e.tid_invoice_id for e in events if hasattr(e, "tid_invoice_id")]
    assert set(GOOD) <= set(reported)
    assert BAD in pending_ids(sandbox.state)
    assert_nothing_half_written(store, set(GOOD))


async def test_a_lone_surrogate_in_a_list_item_is_read_from_the_full_answer(
    sandbox: Any, store: AdministrationStore
) -> None:
    keep_only(sandbox.state, {BAD, *GOOD})
    tamper = Tamper(
        items=rewrite_item(BAD, lambda i: {**i, "customer": {**i["customer"], "name": LONE}})
    )
    async with client(sandbox.url, tamper) as tid:
        report = await ImportEngine(tid, store).run()

    assert sorted(e.tid_invoice_id for e in report.imported) == sorted([BAD, *GOOD])
    assert_nothing_half_written(store, {BAD, *GOOD})


def test_wire_parse_of_python_data_names_the_field_with_the_surrogate() -> None:
    body = {
        "objectName": "invoice",
        "id": 7,
        "invoiceDate": "2026-11-30",
        "sum": 0,
        "customer": {"id": 1, "name": "Kund AB", "customerNumber": "1001"},
        "rows": [
            {"objectName": "invoiceRow", "id": 1, "comment": "ok"},
            {"objectName": "invoiceRow", "id": 2, "comment": "\ud800"},
        ],
    }
    with pytest.raises(malformed.MalformedAnswer) as caught:
        wire_parsing.parse(wire.InvoiceBasis, body)
    assert caught.value.object_name == "invoiceRow 2"
    assert caught.value.field == "comment"


@pytest.mark.parametrize("as_json", [True, False], ids=["json", "text"])
def test_the_command_line_reports_every_basis_and_no_traceback(
    sandbox: Any,
    home_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    as_json: bool,
) -> None:
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "0")
    set_up_demo(
        Home.resolve(home_dir),
        sandbox.url,
        monkeypatch,
        client_id="surrogate-login",
        secret="Vb3!surrogat-hemlis-11",
        import_as="invoice",
    )
    keep_only(sandbox.state, {BAD, *GOOD})
    tamper = Tamper(bases={BAD: on_ref("customer", name=LONE)})
    monkeypatch.setattr(
        "tidwizard.cli.importing.client_for", lambda login: client(sandbox.url, tamper)
    )
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code = main(["import", "--yes", *(["--json"] if as_json else [])])
    out, err = capsys.readouterr()
    report = no_traceback(out, err, as_json=as_json)

    assert code == 1
    if as_json:
        assert [f["tidInvoiceId"] for f in report["failed"]] == [BAD]
        assert sorted(i["tidInvoiceId"] for i in report["imported"]) == sorted(GOOD)
    else:
        assert all(str(tid_id) in out for tid_id in (BAD, *GOOD)), out


def test_the_written_out_texts_of_a_basis_miss_no_text_field() -> None:
    """``wire_parsing.basis_texts`` (the fast road for a list item) checks what the general walk
    does."""
    basis = wire_parsing.parse(
        wire.InvoiceBasis,
        {
            "id": 7,
            "invoiceDate": "2026-11-30",
            "sum": 0,
            "customer": {"id": 1},
            "project": {"id": 2},
            "costCenter": {"code": "x"},
            "rows": [{"id": 1}, {"id": 2}],
        },
    )
    markers = iter(range(0x4E00, 0x4F00))

    def fill(model: Any) -> int:
        texts, _, nested = wire_parsing._text_plan(type(model))
        for name in texts:
            setattr(model, name, chr(next(markers)))
        count = len(texts)
        for name in nested:
            value = getattr(model, name)
            for item in value if isinstance(value, list) else [value]:
                count += fill(item)
        return count

    count = fill(basis)
    assert count >= 15
    assert sorted(wire_parsing.basis_texts(basis)) == sorted(wire_parsing.joined_texts(basis))
    assert len(wire_parsing.joined_texts(basis)) == count


def test_a_model_holding_one_without_texts_reads() -> None:
    """A project refers to its customer by id alone (IdRef, no text): its texts are still
    gathered (the gathering stopped on a model without any)."""
    from tidwizard.core import wire

    project = wire_parsing.parse(
        wire.Project, {"orderNumber": "P-1", "title": "x", "customer": {"id": 3}}
    )
    assert project.customer == wire.IdRef(id=3)
