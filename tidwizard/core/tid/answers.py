"""Reading Tid's answers: JSON with exact decimals into wire models, and error bodies."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from tidwizard.core import wire
from tidwizard.core.tid.errors import MalformedAnswer

M = TypeVar("M", bound=BaseModel)


def json_of(response: httpx.Response, expected: str) -> Any:
    """The body as JSON; numbers with a fraction become exact ``Decimal``, never float."""
    try:
        return json.loads(response.content, parse_float=Decimal, parse_constant=Decimal)
    except (ValueError, UnicodeDecodeError) as exc:
        raise MalformedAnswer(
            expected, "(body)", f"is not JSON ({exc.__class__.__name__})"
        ) from None


def parse_answer(model: type[M], response: httpx.Response, expected: str) -> M:
    """The answer as ``model``. Parsed to Python first so that the error names the innermost
    object (e.g. ``invoice 1004``) and its field, not a position in the list page."""
    data = json_of(response, expected)
    try:
        return wire.parse(model, data)
    except wire.MalformedAnswer as exc:
        raise MalformedAnswer.wrap(exc) from None


def parse_typed_answer(model: type[M], response: httpx.Response, expected: str) -> M:
    """:func:`parse_answer` for a model whose every number is typed (no ``Any``): the body goes
    straight to pydantic's own JSON parser, which reads decimals exactly and costs a third less
    (one basis per call in an import). Only a body it refuses takes the slower road, which
    then names what is wrong (or, should the two parsers ever differ, reads it after all)."""
    try:
        return model.model_validate_json(response.content)
    except ValidationError:
        return parse_answer(model, response, expected)


def error_body(response: httpx.Response) -> tuple[str, str]:
    """``(code, message)`` of an error answer; empty strings when it has no error body."""
    try:
        data = json.loads(response.content)
        body = wire.ErrorBody.model_validate(data)
    except ValueError:
        return "", ""
    return body.code, body.message[:300]
