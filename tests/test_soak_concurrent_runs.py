"""Two imports at once, made deterministic: the race the two-process soak found.

The second run lists the waiting bases, the first run imports one of them meanwhile, and the
second then finds that basis transferred in Tid with the number of *our* document. That basis is
in, exactly once; the second run must not call it refused (exit 1, "already transferred").
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tidwizard.core.admin import create_demo_company
from tidwizard.core.importer.engine import ImportEngine
from tidwizard.core.importer.refusal import RefusalReason
from tidwizard.core.tid import TidClient
from tidwizard.sandbox.server import SandboxConfig, start_sandbox

pytestmark = pytest.mark.soak


async def test_a_basis_another_run_imported_meanwhile_is_not_refused(
    tid_profile: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with (
        start_sandbox(SandboxConfig(seed=4, rate=0, profile=tid_profile)) as sandbox,
        create_demo_company(tmp_path / "demo.sqlite") as store,
    ):
        async with TidClient(sandbox.url, "demo", "demo", company_id=1, rate=0) as tid:
            second = ImportEngine(tid, store)
            listed = await second.pending_ids()  # the second run lists the waiting bases ...
            first = await ImportEngine(tid, store).run(listed[:1])  # ... the first takes one
            # ... and another system takes the last one, with its own number.
            await tid.set_sent_to_economy_system(listed[-1], dt.date(2026, 12, 1), "X-1")

            async def listed_before() -> list[int]:
                return listed

            monkeypatch.setattr(second, "pending_ids", listed_before)
            report = await second.run()
        assert not report.failed
        assert [e.tid_invoice_id for e in report.imported] == listed[:-1]
        assert report.imported[0].recovered
        assert report.imported[0].number == first.imported[0].number
        # Only the basis another system took is refused, and it got no document.
        assert [(r.tid_invoice_id, r.refusal.kind) for r in report.refused] == [
            (listed[-1], RefusalReason.ALREADY_TRANSFERRED)
        ]
        assert sorted(d.tid_invoice_id for d in store.invoices()) == listed[:-1]
        assert not store.pending_journal_entries()
