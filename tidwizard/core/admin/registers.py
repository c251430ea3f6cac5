"""The registers Tid shares with Administration: customers, articles, projects, result units.

Functions take an open connection so the import engine can use them inside its transaction.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal
from typing import Literal

from tidwizard.core.admin.errors import AdministrationError, DuplicateRecord, UnknownRecord
from tidwizard.core.admin.models import Article, Customer, Project, ResultUnit
from tidwizard.core.admin.schema import decimal_text, read_decimal

Register = Literal["customers", "articles", "projects", "result_units"]
REGISTERS: tuple[Register, ...] = ("customers", "articles", "projects", "result_units")
VAT_RATES = (Decimal(0), Decimal(6), Decimal(12), Decimal(25))  # the Swedish rates

# The key column and the singular used in error codes of each register.
_KEYS: dict[Register, tuple[str, str]] = {
    "customers": ("number", "customer"),
    "articles": ("number", "article"),
    "projects": ("code", "project"),
    "result_units": ("code", "result_unit"),
}


def _customer(row: sqlite3.Row) -> Customer:
    return Customer(
        number=row["number"],
        name=row["name"],
        org_number=row["org_number"],
        email=row["email"],
        address=row["address"],
        send_to_tid=bool(row["send_to_tid"]),
    )


def _article(row: sqlite3.Row) -> Article:
    return Article(
        number=row["number"],
        name=row["name"],
        unit=row["unit"],
        price=read_decimal(row["price"]),
        vat_rate=read_decimal(row["vat_rate"]),
        stock=read_decimal(row["stock"]),
        reserved=read_decimal(row["reserved"]),
        stock_item=bool(row["stock_item"]),
        is_package=bool(row["is_package"]),
        send_to_tid=bool(row["send_to_tid"]),
    )


def _project(row: sqlite3.Row) -> Project:
    end = row["end_date"]
    return Project(
        code=row["code"],
        title=row["title"],
        customer_number=row["customer_number"],
        result_unit=row["result_unit"],
        end_date=dt.date.fromisoformat(end) if end else None,
        send_to_tid=bool(row["send_to_tid"]),
    )


def _result_unit(row: sqlite3.Row) -> ResultUnit:
    return ResultUnit(code=row["code"], name=row["name"], send_to_tid=bool(row["send_to_tid"]))


def customers(conn: sqlite3.Connection) -> list[Customer]:
    return [_customer(r) for r in conn.execute("SELECT * FROM customers ORDER BY number")]


def articles(conn: sqlite3.Connection) -> list[Article]:
    # Numeric article numbers sort as numbers, others after them by text.
    query = (
        "SELECT * FROM articles"
        " ORDER BY CAST(number AS INTEGER) = 0, CAST(number AS INTEGER), number"
    )
    return [_article(r) for r in conn.execute(query)]


def projects(conn: sqlite3.Connection) -> list[Project]:
    return [_project(r) for r in conn.execute("SELECT * FROM projects ORDER BY code")]


def result_units(conn: sqlite3.Connection) -> list[ResultUnit]:
    return [_result_unit(r) for r in conn.execute("SELECT * FROM result_units ORDER BY code")]


def get_customer(conn: sqlite3.Connection, number: int) -> Customer | None:
    row = conn.execute("SELECT * FROM customers WHERE number = ?", (number,)).fetchone()
    return _customer(row) if row else None


def get_article(conn: sqlite3.Connection, number: str) -> Article | None:
    row = conn.execute("SELECT * FROM articles WHERE number = ?", (number,)).fetchone()
    return _article(row) if row else None


def get_project(conn: sqlite3.Connection, code: str) -> Project | None:
    row = conn.execute("SELECT * FROM projects WHERE code = ?", (code,)).fetchone()
    return _project(row) if row else None


def get_result_unit(conn: sqlite3.Connection, code: str) -> ResultUnit | None:
    row = conn.execute("SELECT * FROM result_units WHERE code = ?", (code,)).fetchone()
    return _result_unit(row) if row else None


def _insert(
    conn: sqlite3.Connection, register: Register, key: object, values: dict[str, object]
) -> None:
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    try:
        conn.execute(f"INSERT INTO {register} ({columns}) VALUES ({marks})", tuple(values.values()))
    except sqlite3.IntegrityError as error:
        if "UNIQUE" in str(error) or "PRIMARY KEY" in str(error):
            raise DuplicateRecord(_KEYS[register][1], key) from None
        raise


def add_customer(conn: sqlite3.Connection, customer: Customer) -> Customer:
    _insert(
        conn,
        "customers",
        customer.number,
        {
            "number": customer.number,
            "name": customer.name,
            "org_number": customer.org_number,
            "email": customer.email,
            "address": customer.address,
            "send_to_tid": int(customer.send_to_tid),
        },
    )
    return customer


def add_article(conn: sqlite3.Connection, article: Article) -> Article:
    if article.vat_rate not in VAT_RATES:
        raise AdministrationError("invalid_vat_rate", rate=article.vat_rate, key=article.number)
    _insert(
        conn,
        "articles",
        article.number,
        {
            "number": article.number,
            "name": article.name,
            "unit": article.unit,
            "price": decimal_text(article.price),
            "vat_rate": decimal_text(article.vat_rate),
            "stock": decimal_text(article.stock),
            "reserved": decimal_text(article.reserved),
            "stock_item": int(article.stock_item),
            "is_package": int(article.is_package),
            "send_to_tid": int(article.send_to_tid),
        },
    )
    return article


def add_result_unit(conn: sqlite3.Connection, unit: ResultUnit) -> ResultUnit:
    _insert(
        conn,
        "result_units",
        unit.code,
        {
            "code": unit.code,
            "name": unit.name,
            "send_to_tid": int(unit.send_to_tid),
        },
    )
    return unit


def add_project(conn: sqlite3.Connection, project: Project) -> Project:
    # Checked here so the user reads which reference is missing, not a foreign key failure.
    if get_customer(conn, project.customer_number) is None:
        raise UnknownRecord("customer", project.customer_number)
    if project.result_unit is not None and get_result_unit(conn, project.result_unit) is None:
        raise UnknownRecord("result_unit", project.result_unit)
    _insert(
        conn,
        "projects",
        project.code,
        {
            "code": project.code,
            "title": project.title,
            "customer_number": project.customer_number,
            "result_unit": project.result_unit,
            "end_date": project.end_date.isoformat() if project.end_date else None,
            "send_to_tid": int(project.send_to_tid),
        },
    )
    return project


def set_send_to_tid(conn: sqlite3.Connection, register: str, key: str, flag: bool) -> None:
    """Flag (or unflag) one record for the master-data transfer to Tid."""
    if register not in _KEYS:
        raise AdministrationError("unknown_register", register=register, known=", ".join(REGISTERS))
    column, singular = _KEYS[register]
    value: object = key
    if register == "customers":
        if not key.strip().isdigit():
            raise UnknownRecord(singular, key)
        value = int(key)
    changed = conn.execute(
        f"UPDATE {register} SET send_to_tid = ? WHERE {column} = ?", (int(flag), value)
    ).rowcount
    if changed == 0:
        raise UnknownRecord(singular, key)


def move_stock(
    conn: sqlite3.Connection, column: Literal["stock", "reserved"], deltas: dict[str, Decimal]
) -> set[str]:
    """Add each article's delta to one stock column in exact decimal, with one read and one
    write for all of them (a document's rows at once); returns the articles kept in stock.

    Raises :class:`UnknownRecord` for an article not in the register, before changing any.
    """
    if not deltas:
        return set()
    numbers = list(deltas)
    marks = ",".join("?" * len(numbers))
    found = {
        row["number"]: row
        for row in conn.execute(
            f"SELECT number, {column}, stock_item FROM articles WHERE number IN ({marks})",
            numbers,
        )
    }
    for number in numbers:
        if number not in found:
            raise UnknownRecord("article", number)
    kept = [number for number in numbers if found[number]["stock_item"]]
    conn.executemany(
        f"UPDATE articles SET {column} = ? WHERE number = ?",
        [
            (decimal_text(read_decimal(found[number][column]) + deltas[number]), number)
            for number in kept
        ],
    )
    return set(kept)
