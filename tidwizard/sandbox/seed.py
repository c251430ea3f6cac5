"""Fresh sandbox data for a seed: "demo" (hand-written bases) or N (N valid bases, benchmarks)."""

from __future__ import annotations

from tidwizard.core import demo_data
from tidwizard.core.wire import Article, CodeRef, Company, Contact, CostCenter, IdRef, Project
from tidwizard.sandbox import seed_bulk, seed_demo
from tidwizard.sandbox.control import MAX_SEED
from tidwizard.sandbox.seed_demo import KIOSK_NAME, KIOSK_NUMBER
from tidwizard.sandbox.state import CompanyData


def parse_seed(text: str | int) -> str | int:
    """``"demo"`` or a whole number from 0 to ``MAX_SEED``; ValueError otherwise."""
    if isinstance(text, int) and not isinstance(text, bool):
        value = text
    else:
        cleaned = str(text).strip().lower()
        if cleaned == "demo":
            return "demo"
        if not cleaned.isdigit():
            raise ValueError(
                f"seed must be 'demo' or a whole number from 0 to {MAX_SEED}, not {text!r}"
            )
        if len(cleaned) > len(str(MAX_SEED)) + 1:
            raise ValueError(f"seed must be at most {MAX_SEED} bases, not {cleaned[:20]}...")
        value = int(cleaned)
    if value < 0:
        raise ValueError("seed must not be negative")
    if value > MAX_SEED:
        raise ValueError(f"seed must be at most {MAX_SEED} bases, not {value}")
    return value


def empty_company(company_id: int, name: str, orgnr: str) -> CompanyData:
    """A company with Tid's registers as demo_data describes them, and no bases yet."""
    data = CompanyData(Company(id=company_id, name=name, organization_number=orgnr))
    for unit in demo_data.tid_result_units():
        data.cost_centers.add(CostCenter(code=unit.code, name=unit.name))
    for customer in demo_data.tid_customers():
        data.contacts.add(
            Contact(
                name=customer.name,
                customer_number=customer.number,
                organizational_or_social_security_number=customer.orgnr,
                email=customer.email,
            )
        )
    data.contacts.add(Contact(name=KIOSK_NAME, customer_number=KIOSK_NUMBER))
    for article in demo_data.tid_articles():
        data.articles.add(
            Article(
                article_number=article.number,
                name=article.name,
                unit=article.unit,
                price=article.price,
                is_package=article.is_package,
            )
        )
    for project in demo_data.tid_projects():
        owner = data.contacts.by_key(project.customer_number)
        data.projects.add(
            Project(
                order_number=project.code,
                title=project.title,
                customer=IdRef(id=owner.id) if owner is not None and owner.id is not None else None,
                cost_center=CodeRef(code=project.result_unit) if project.result_unit else None,
            )
        )
    return data


def build_companies(seed: str | int) -> dict[int, CompanyData]:
    companies = {
        cid: empty_company(cid, name, orgnr) for cid, name, orgnr in demo_data.TID_COMPANIES
    }
    first, second = (companies[cid] for cid, _, _ in demo_data.TID_COMPANIES[:2])
    if seed == "demo":
        seed_demo.add_demo_bases(first, second)
    elif isinstance(seed, int):
        seed_bulk.add_bulk_bases(first, seed)
    else:
        raise ValueError(f"unknown seed {seed!r}")
    return companies
