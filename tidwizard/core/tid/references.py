"""Completing a basis's references: the keys Administration needs, looked up by id in Tid.

A real basis refers to its customer as ``{"objectName":"contact","id","name"}``: the customer
number is on the contact (``GET /v1/Core/Contacts/{id}``). The same goes for a project without
its number and a cost centre without its code. Each record is looked up once per client (a run);
concurrent fetches of bases with the same customer share one look-up. Where ``GET /{id}`` is not
answered, the register is listed once instead. A reference that still has no key makes its basis
fail alone, naming the field.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from tidwizard.core import wire
from tidwizard.core.tid.errors import MalformedAnswer, RegisterUnavailable
from tidwizard.core.tid.registers import (
    CONTACTS,
    COST_CENTERS,
    PROJECTS,
    Register,
    TidRegisters,
)

# Per reference: the basis field, the key's name on the wire (for a message), the reference's key
# attribute, the register that holds it, and whether that register answers GET /{id}.
_REFERENCES = (
    ("customer", "customer.customerNumber", "customer_number", CONTACTS, True),
    ("project", "project.number", "order_number", PROJECTS, True),
    ("cost_center", "costCenter.code", "code", COST_CENTERS, False),
)


class ReferenceKeys:
    def __init__(self, registers: TidRegisters) -> None:
        self._registers = registers
        self._keys: dict[tuple[str, int], asyncio.Task[str | None]] = {}
        self._listed: dict[str, asyncio.Task[dict[int, str]]] = {}

    async def complete(self, basis: wire.InvoiceBasis) -> wire.InvoiceBasis:
        """``basis`` with every reference's key filled in; the same object when none lacked."""
        update: dict[str, Any] = {}
        for field, wire_field, key_attribute, register, direct in _REFERENCES:
            reference = getattr(basis, field)
            if reference is None or getattr(reference, key_attribute) is not None:
                continue
            if reference.id is None:
                raise MalformedAnswer(f"invoice {basis.id}", wire_field, "is missing")
            key = await self._key(register, reference.id, direct=direct)
            if key is None:
                problem = f"is missing, and Tid's {register.object_name} {reference.id} gives none"
                raise MalformedAnswer(f"invoice {basis.id}", wire_field, problem)
            update[field] = reference.model_copy(update={key_attribute: key})
        return basis.model_copy(update=update) if update else basis

    async def _key(self, register: Register[Any], record_id: int, *, direct: bool) -> str | None:
        key = (register.name, record_id)
        task = self._keys.get(key)
        if task is None or (task.done() and (task.cancelled() or task.exception() is not None)):
            task = asyncio.ensure_future(self._look_up(register, record_id, direct))
            self._keys[key] = task  # a failed look-up is tried again by the next basis
        return await asyncio.shield(task)

    async def _look_up(self, register: Register[Any], record_id: int, direct: bool) -> str | None:
        key = None
        if direct:
            with contextlib.suppress(RegisterUnavailable):
                key = await self._registers.key_of_record(register, record_id)
        if key is None:
            key = (await self._listing(register)).get(record_id)
        return key

    async def _listing(self, register: Register[Any]) -> dict[int, str]:
        task = self._listed.get(register.name)
        if task is None or (task.done() and (task.cancelled() or task.exception() is not None)):
            task = asyncio.ensure_future(self._list(register))
            self._listed[register.name] = task
        return await asyncio.shield(task)

    async def _list(self, register: Register[Any]) -> dict[int, str]:
        try:
            return await self._registers.keys_by_id(register)
        except RegisterUnavailable:
            return {}
