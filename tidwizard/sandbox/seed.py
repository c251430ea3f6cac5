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


def build_companies(seed: str | int, companies: int | None = None) -> dict[int, CompanyData]:
    """The companies of ``SandboxConfig.companies`` (None: the demo's two), seeded: ``"demo"``
    gives each the demo's bases, N gives each N bases (with None, only the first)."""
    count = len(demo_data.TID_COMPANIES) if companies is None else companies
    if not 1 <= count <= demo_data.MAX_SANDBOX_COMPANIES:
        raise ValueError(f"companies must be from 1 to {demo_data.MAX_SANDBOX_COMPANIES}")
    filled = count if companies is not None else 1
    if isinstance(seed, int) and seed * filled > MAX_SEED:
        raise ValueError(f"seed {seed} for {filled} companies is more than {MAX_SEED} bases")
    if seed != "demo" and not isinstance(seed, int):
        raise ValueError(f"unknown seed {seed!r}")
    built: dict[int, CompanyData] = {}
    for number in range(1, count + 1):
        data = empty_company(*demo_data.sandbox_company(number))
        if seed == "demo":
            seed_demo.add_demo_bases(data, number)
        elif number <= filled:
            seed_bulk.add_bulk_bases(data, int(seed), number)
        built[data.company.id] = data
    return built
