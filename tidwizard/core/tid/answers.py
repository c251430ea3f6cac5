"""Reading Tid's answers: JSON with exact decimals into wire models, and error bodies."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from tidwizard.core import malformed, wire_parsing
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
        return wire_parsing.parse(model, data)
    except malformed.MalformedAnswer as exc:
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


# Where an error body may carry its text: ours and the public profile's "message", and the names
# other HTTP APIs use. Only shown to the user; no decision is ever made on an error body.
_MESSAGE_KEYS = ("message", "Message", "error_description", "detail", "title", "error")
MAX_MESSAGE = 300


def error_message(response: httpx.Response) -> str:
    """The human text of an error answer, or "" when it has none we can read."""
    try:
        data = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return ""
    if isinstance(data, str):
        return data[:MAX_MESSAGE]
    if not isinstance(data, dict):
        return ""
    for key in _MESSAGE_KEYS:
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()[:MAX_MESSAGE]
    return ""


def wait_in_body(response: httpx.Response) -> float | None:
    """``waitInSeconds`` of a 429's body (one public client reads it), when it is a number."""
    try:
        data = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return None
    value = data.get("waitInSeconds") if isinstance(data, dict) else None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None
