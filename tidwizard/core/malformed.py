"""The error of an answer that does not fit the contract, apart from the wire models: the Tid
client's errors derive from it, and importing them (every screen that catches a Tid error does,
before its first frame) must not build the models or load pydantic's validators."""

from __future__ import annotations


class MalformedAnswer(ValueError):
    """An answer that does not fit the contract. Names the object and the field at fault."""

    def __init__(self, object_name: str, field: str, problem: str) -> None:
        self.object_name = object_name
        self.field = field
        self.problem = problem
        super().__init__(f"malformed {object_name}: field '{field}' {problem}")
