"""The optional state file: the seed plus what clients changed, as JSON.

Bases are regenerated from the seed (cheap even for N=20000) and only the transfers are stored; the
registers are small and stored whole. Written atomically after each write call.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tidwizard.core.wire import Article, Contact, CostCenter, Project
from tidwizard.sandbox.registers import Register
from tidwizard.sandbox.state import SandboxState

FORMAT = 1
_MODELS: dict[str, type[Contact | Article | Project | CostCenter]] = {
    "contacts": Contact,
    "articles": Article,
    "projects": Project,
    "costcenters": CostCenter,
}


@dataclass
class SavedState:
    seed: str | int
    companies: dict[str, Any]
    company_count: int | None = None  # SandboxConfig.companies; absent in older files


def write(state: SandboxState, path: Path) -> None:
    with state.lock:
        document = {
            "format": FORMAT,
            "seed": state.seed,
            "companyCount": state.company_count,
            "companies": {
                str(cid): {
                    "transfers": {
                        str(bid): [
                            e.basis.sent_to_economy_system.isoformat(),
                            e.basis.economy_system_invoice_number,
                        ]
                        for bid, e in data.bases.items()
                        if e.basis.sent_to_economy_system is not None
                    },
                    "registers": {
                        name: [m.to_wire() for m in data.register(name).items()] for name in _MODELS
                    },
                }
                for cid, data in state.companies.items()
            },
        }
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False)
    os.replace(temporary, path)


def read(path: Path) -> SavedState:
    document = json.loads(path.read_text(encoding="utf-8"))
    if document.get("format") != FORMAT:
        raise ValueError(f"{path}: not a sandbox state file of format {FORMAT}")
    count = document.get("companyCount")
    if count is not None and (isinstance(count, bool) or not isinstance(count, int)):
        raise ValueError(f"{path}: companyCount must be a whole number, not {count!r}")
    return SavedState(document["seed"], document["companies"], count)


def apply(state: SandboxState, saved: SavedState) -> None:
    with state.lock:
        for cid, changes in saved.companies.items():
            data = state.companies.get(int(cid))
            if data is None:
                continue
            for bid, (date, number) in changes["transfers"].items():
                entry = data.bases.get(int(bid))
                if entry is not None:
                    entry.basis = entry.basis.model_copy(
                        update={
                            "sent_to_economy_system": dt.date.fromisoformat(date),
                            "economy_system_invoice_number": number,
                        }
                    )
            for name, model in _MODELS.items():
                register = data.register(name)
                restored: Register[Any] = Register(register.key_field)
                for item in sorted(
                    (model.model_validate(raw) for raw in changes["registers"][name]),
                    key=lambda m: m.id or 0,
                ):
                    restored.restore(item)
                setattr(data, _ATTRIBUTES[name], restored)


_ATTRIBUTES = {
    "contacts": "contacts",
    "articles": "articles",
    "projects": "projects",
    "costcenters": "cost_centers",
}
