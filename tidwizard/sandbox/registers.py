"""One master-data register of a Tid company: objects by id, unique by their natural key."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Generic, TypeVar

from pydantic.alias_generators import to_camel

from tidwizard.core.wire import Article, Contact, CostCenter, Project

M = TypeVar("M", Contact, Article, Project, CostCenter)


class DuplicateKey(Exception):
    """Another object of the register already has this natural key."""


class Register(Generic[M]):
    def __init__(self, key_field: str) -> None:
        self.key_field = key_field
        self._items: dict[int, M] = {}
        self._next_id = 1

    def __iter__(self) -> Iterator[M]:
        return iter(self._items.values())

    def __len__(self) -> int:
        return len(self._items)

    def get(self, item_id: int) -> M | None:
        return self._items.get(item_id)

    def by_key(self, key: str) -> M | None:
        return next((item for item in self if getattr(item, self.key_field) == key), None)

    def add(self, item: M) -> M:
        """Store a copy of ``item`` under the next free id; the stored object is returned."""
        key = getattr(item, self.key_field)
        if self.by_key(key) is not None:
            raise DuplicateKey(f"{to_camel(self.key_field)} {key!r} is already taken")
        stored = item.model_copy(update={"id": self._next_id})
        self._items[self._next_id] = stored
        self._next_id += 1
        return stored

    def replace(self, item_id: int, item: M) -> M:
        """Update an existing object (KeyError if unknown); its natural key stays unique."""
        if item_id not in self._items:
            raise KeyError(item_id)
        other = self.by_key(getattr(item, self.key_field))
        if other is not None and other.id != item_id:
            raise DuplicateKey(
                f"{to_camel(self.key_field)} {getattr(item, self.key_field)!r} is already taken"
            )
        stored = item.model_copy(update={"id": item_id})
        self._items[item_id] = stored
        return stored

    def items(self) -> list[M]:
        return [self._items[key] for key in sorted(self._items)]

    def restore(self, item: M) -> None:
        """Put back a saved object under its own id (loading a state file)."""
        assert item.id is not None
        self._items[item.id] = item
        self._next_id = max(self._next_id, item.id + 1)
