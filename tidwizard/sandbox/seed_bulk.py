"""``--seed N``: exactly N valid pending bases for a company, each importable without questions.

Cheap by design (plain row tuples, one random stream), so N=20000 seeds in a few seconds.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from tidwizard.core import demo_data
from tidwizard.core.money import row_sum
from tidwizard.sandbox.basis_builder import first_basis_id, make_entry
from tidwizard.sandbox.state import CompanyData, RowSpec

VALUES = tuple(Decimal(quarter) / 4 for quarter in range(1, 161))  # 0.25 .. 40 hours or pieces
DISCOUNTS = (Decimal(0), Decimal(0), Decimal(0), Decimal(5), Decimal(10))
OUR_REFERENCES = ("Erik Sandberg", "Maria Lindqvist", "Johan Berg")
WEEK_COMMENTS = (
    "Konsultarbete vecka {w}",
    "Projektmöte vecka {w}",
    "Support vecka {w}",
    "Material vecka {w}",
    "Resor vecka {w}",
)


def add_bulk_bases(company: CompanyData, count: int, company_number: int = 1) -> None:
    """``count`` bases for sandbox company ``company_number``, from its first basis id on."""
    customers, articles, projects = demo_data.importable_without_questions()
    # Same N, same bases; another company, other bases (company 1 as before there were more).
    stream = random.Random(count if company_number == 1 else f"{count}/{company_number}")
    first_id = first_basis_id(company_number)
    article_models = [company.articles.by_key(a.number) for a in articles]
    for offset in range(count):
        basis_id = first_id + offset
        project = stream.choice(projects) if stream.random() < 0.7 else None
        customer = project.customer_number if project else stream.choice(customers).number
        unit = project.result_unit if project else None
        end = dt.date(2026, 10, 31) if stream.random() < 0.5 else dt.date(2026, 11, 30)
        week = stream.randint(40, 48)
        specs = []
        for _ in range(stream.randint(1, 20)):
            article = stream.choice(article_models)
            assert article is not None  # importable articles are all in Tid
            value, discount = stream.choice(VALUES), stream.choice(DISCOUNTS)
            specs.append(
                RowSpec(
                    article.article_number,
                    article.name,
                    stream.choice(WEEK_COMMENTS).format(w=week),
                    article.unit,
                    value,
                    article.price,
                    discount,
                    row_sum(value, article.price, discount),
                )
            )
        company.bases[basis_id] = make_entry(
            company,
            basis_id,
            customer_number=customer,
            project=project.code if project else None,
            cost_center=unit,
            invoice_date=end,
            period=(end.replace(day=1), end),
            your_reference="",
            our_reference=stream.choice(OUR_REFERENCES),
            specs=tuple(specs),
        )
