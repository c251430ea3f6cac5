"""Wire models: every object of TID-API.md, defined once, used by the client and the sandbox alike.

Python names are snake_case; on the wire they are camelCase (``by_alias``). Amounts are exact
``Decimal`` and must have at most two decimals; JSON output writes them as numbers.

The models read what a service may send, not only what our sandbox sends (TID-API.md, "What the
real service is known to do"): unknown fields are ignored; ``objectName`` may be missing or hold
another value and decides nothing; a number where a text is expected is read as its text; null
is read for any text (basis-level texts become ""; a row keeps None, rows are parsed by the
thousand and a validator per field would cost a third of the parse); a date-time is read where
a date is expected; references need only their ``id``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any, Generic, TypeVar

from pydantic import (
    AliasChoices,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    TypeAdapter,
    ValidationError,
)
from pydantic.alias_generators import to_camel

# Largest amount or quantity we accept on the wire; beyond it an answer is malformed.
MAX_MAGNITUDE = Decimal("1e12")
# The ids Administration can keep (its journal stores them in a signed 64-bit integer); a basis
# with another id is malformed, naming the field, so it fails alone instead of stopping a run.
MAX_ID = 2**63 - 1

# Checked by pydantic itself, not by a Python function per field: a basis of 20 rows has 80
# numbers, and an import reads thousands of bases (half its parsing time went to those calls).
_BOUNDED = Field(allow_inf_nan=False, gt=-MAX_MAGNITUDE, lt=MAX_MAGNITUDE)
# Trailing zeros do not count: 1.500 is 1.5.
_TWO_DECIMALS = Field(decimal_places=2)


def _json_number(value: Decimal) -> Any:
    """Decimals go out as JSON numbers: an int when whole, else a float that round-trips exactly."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


Money = Annotated[
    Decimal,
    _BOUNDED,
    _TWO_DECIMALS,
    PlainSerializer(_json_number, return_type=Any, when_used="json"),
]
Quantity = Annotated[
    Decimal,
    _BOUNDED,
    PlainSerializer(_json_number, return_type=Any, when_used="json"),
]


def _text_or_empty(value: Any) -> Any:
    return "" if value is None else value


def _day(value: Any) -> Any:
    """A date from a date or a date-time ("2026-12-01T09:15:00", with or without a zone)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str) and len(value) > 10:
        try:
            return dt.datetime.fromisoformat(value).date()
        except ValueError:
            return value  # pydantic names the field and the problem
    return value


# A basis id Administration can keep.
Id = Annotated[int, Field(ge=1, le=MAX_ID)]


def id_in_range(value: int) -> bool:
    """Whether ``value`` is an id :data:`Id` accepts (1 .. 2^63-1)."""
    return 1 <= value <= MAX_ID


# A text that may come as null: read as "".
Text = Annotated[str, BeforeValidator(_text_or_empty)]
# A calendar day that may come as a date-time.
Day = Annotated[dt.date, BeforeValidator(_day)]


class WireModel(BaseModel):
    model_config = ConfigDict(
        alias_generator=to_camel,
        populate_by_name=True,
        extra="ignore",
        frozen=False,
        coerce_numbers_to_str=True,  # a customerNumber sent as 1007 is the text "1007"
    )

    def to_wire(self) -> dict[str, Any]:
        """The JSON-ready dict exactly as it travels."""
        return self.model_dump(mode="json", by_alias=True)


_EXPIRY: TypeAdapter[dt.datetime] = TypeAdapter(dt.datetime)


def _expiry(value: Any) -> Any:
    """No expiry, or one that cannot be read, is None: the token is used until a 401."""
    if value is None or value == "":
        return None
    if isinstance(value, str | int | float | dt.datetime):
        try:
            return _EXPIRY.validate_python(value)
        except ValidationError:
            return None
    return None


class AuthToken(WireModel):
    """``expires`` None: a static token (or an expiry we cannot read), renewed only on a 401."""

    object_name: str | None = "auth.token"
    access_token: str
    expires: Annotated[dt.datetime | None, BeforeValidator(_expiry)] = None


class Company(WireModel):
    object_name: str | None = "company"
    id: int
    name: Text = ""
    organization_number: Text = ""


class ErrorBody(WireModel):
    """An error answer. Only shown to the user, never decided on: the real service's error
    bodies are not known (TID-API.md), so every decision is made on the status code."""

    object_name: str | None = "error"
    code: Text = ""
    message: Text = ""


T = TypeVar("T")


class Page(WireModel, Generic[T]):
    """One page of a paged list (``objectName`` "list")."""

    object_name: str | None = "list"
    page: int = Field(ge=1)
    page_size: int = Field(ge=1)
    item_count: int = Field(ge=0)
    total_item_count: int = Field(ge=0)
    total_pages: int = Field(ge=0)
    items: list[T]


# References in a basis. Real references look like {"objectName","id","name"}; the keys that
# name a record in Administration (customerNumber, orderNumber or number, code) may be missing,
# and are then looked up by id in Tid's register (``tid/references.py``).


class CustomerRef(WireModel):
    id: int
    name: Text = ""
    customer_number: str | None = None


class ProjectRef(WireModel):
    id: int | None = None
    order_number: str | None = Field(
        default=None, validation_alias=AliasChoices("orderNumber", "number", "order_number")
    )
    title: Text = Field(default="", validation_alias=AliasChoices("title", "name"))


class CostCenterRef(WireModel):
    code: str | None = None
    name: Text = ""
    id: int | None = Field(default=None, exclude=True)  # not in the contract's shape


class InvoiceRow(WireModel):
    """One row. Texts stay None when the service sends null (read with ``or ""``)."""

    object_name: str | None = "invoiceRow"
    id: int | None = None
    article_number: str | None = None
    article: str | None = None
    comment: str | None = None
    unit: str | None = None
    value: Quantity = Decimal(0)
    rate: Money = Decimal(0)
    discount: Quantity = Decimal(0)
    sum: Money = Decimal(0)
    sort_order: int | None = 0
    is_header: bool | None = False
    is_sum_row: bool | None = False


class InvoiceBasis(WireModel):
    """A fakturaunderlag. ``rows`` is None in lists and filled when fetched one by one."""

    object_name: str | None = "invoice"
    id: Id
    invoice_date: Day
    created_date: dt.datetime | dt.date | None = None
    from_date: Day | None = None
    to_date: Day | None = None
    sum: Money
    customer: CustomerRef
    project: ProjectRef | None = None
    cost_center: CostCenterRef | None = None
    your_reference: Text = ""
    our_reference: Text = ""
    # A date or a date-time on the wire; transferred when set. Each basis's own value decides,
    # not the list's filter (a service may ignore it).
    sent_to_economy_system: Day | None = None
    economy_system_invoice_number: str | None = None
    rows: list[InvoiceRow] | None = None

    @property
    def transferred(self) -> bool:
        return self.sent_to_economy_system is not None


# Master data registers (Administration -> Tid). ``id`` is None in a create request.

# The longest texts Tid keeps in its master-data registers. One place: the sandbox refuses longer
# values (its request bodies are these models) and the export checks them before sending.
MAX_KEY_LENGTH = 20  # customerNumber, articleNumber, orderNumber, code
MAX_NAME_LENGTH = 50  # name, title
MAX_UNIT_LENGTH = 10
MAX_EMAIL_LENGTH = 100
MAX_ORGNR_LENGTH = 20

Key = Annotated[str, Field(max_length=MAX_KEY_LENGTH)]
Name = Annotated[str, Field(max_length=MAX_NAME_LENGTH)]


class Contact(WireModel):
    object_name: str | None = "contact"
    id: int | None = None
    name: Name
    customer_number: Key
    organizational_or_social_security_number: str | None = Field(
        default=None, max_length=MAX_ORGNR_LENGTH
    )
    email: str | None = Field(default=None, max_length=MAX_EMAIL_LENGTH)


class Article(WireModel):
    object_name: str | None = "article"
    id: int | None = None
    article_number: Key
    name: Name
    unit: str = Field(default="", max_length=MAX_UNIT_LENGTH)
    price: Money = Decimal(0)
    is_package: bool = False


class IdRef(WireModel):
    id: int


class CodeRef(WireModel):
    code: str


class Project(WireModel):
    object_name: str | None = "project"
    id: int | None = None
    order_number: Key
    title: Name
    customer: IdRef | None = None
    cost_center: CodeRef | None = None
    end_date: dt.date | None = None


class CostCenter(WireModel):
    object_name: str | None = "costCenter"
    id: int | None = None
    code: Key
    name: Name
