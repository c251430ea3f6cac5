"""The demo Administration company, built from the shared demo master data."""

from __future__ import annotations

from pathlib import Path

from tidwizard.core import demo_data
from tidwizard.core.admin.models import Article, Customer, Project, ResultUnit
from tidwizard.core.admin.registers import add_article, add_customer, add_project, add_result_unit
from tidwizard.core.admin.store import AdministrationStore
from tidwizard.core.orgnr import parse_orgnr


def create_demo_company(path: Path | str, sandbox_company: int = 1) -> AdministrationStore:
    """Create the company matching sandbox Tid company ``sandbox_company`` (name and
    organisationsnummer; 1 is "Demo Konsult AB") with the demo registers.

    Only records that demo_data puts in Administration are created, with their "send to Tid"
    flags and opening stock; articles with an opening stock are stock items.
    """
    _, name, orgnr = demo_data.sandbox_company(sandbox_company)
    store = AdministrationStore.create(
        path,
        name=name,
        orgnr=orgnr,
        edition=demo_data.DEMO_COMPANY_EDITION,
        program_version=demo_data.DEMO_COMPANY_VERSION,
    )
    try:
        with store.transaction() as conn:
            for c in demo_data.administration_customers():
                add_customer(
                    conn,
                    Customer(
                        int(c.number),
                        c.name,
                        parse_orgnr(c.orgnr).formatted if c.orgnr else None,
                        c.email,
                        c.address,
                        c.send_to_tid,
                    ),
                )
            for u in demo_data.administration_result_units():
                add_result_unit(conn, ResultUnit(u.code, u.name, u.send_to_tid))
            for a in demo_data.administration_articles():
                add_article(
                    conn,
                    Article(
                        a.number,
                        a.name,
                        a.unit,
                        a.price,
                        a.vat,
                        stock=a.stock,
                        stock_item=a.stock > 0,
                        is_package=a.is_package,
                        send_to_tid=a.send_to_tid,
                    ),
                )
            for p in demo_data.administration_projects():
                add_project(
                    conn,
                    Project(
                        p.code,
                        p.title,
                        int(p.customer_number),
                        p.result_unit,
                        send_to_tid=p.send_to_tid,
                    ),
                )
    except BaseException:
        store.close()  # a half-filled demo company is of no use to anyone
        Path(path).unlink(missing_ok=True)
        raise
    return store
