"""From JSON or Python data to a checked wire model (:mod:`tidwizard.core.wire`), or a
:class:`MalformedAnswer` that names the object and the field.

Validation is pydantic's; on top of it every text of an answer read as Python data is checked to
be writable (``json.loads`` accepts a lone surrogate such as ``"\\ud800"``, which no file or
terminal can take), one check of all the answer's texts joined, not a call per field.
"""

from __future__ import annotations

import operator
import types
from collections.abc import Callable
from typing import Annotated, Any, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from tidwizard.core.malformed import MalformedAnswer
from tidwizard.core.wire import InvoiceBasis

# pydantic's words for these checks, in the phrasing of the rest of MalformedAnswer.
_PROBLEMS = {
    "finite_number": "must be a finite number",
    "greater_than": "is out of range",
    "less_than": "is out of range",
    "greater_than_equal": "is out of range",
    "less_than_equal": "is out of range",
    "decimal_max_places": "has more than two decimals",
}


M = TypeVar("M", bound=BaseModel)


def parse(model: type[M], data: Any) -> M:
    """Validate wire data into ``model``; a failure becomes :class:`MalformedAnswer`.

    Python data (read by ``json.loads``, which unlike pydantic's JSON parser accepts a lone
    surrogate such as ``"\\ud800"``) has its texts checked too: no file or terminal can take
    such a text, so it is malformed, naming the field, and its basis fails alone instead of
    the write that would have failed on it."""
    try:
        if isinstance(data, str | bytes):
            return model.model_validate_json(data)
        parsed = model.model_validate(data)
    except ValidationError as exc:
        raise malformed_from(model, exc, data) from exc
    joined = basis_texts(parsed) if isinstance(parsed, InvoiceBasis) else joined_texts(parsed)
    if not joined.isascii() and not _encodable(joined):
        object_name, field = _unencodable_field(parsed, _object_name_of(model, data))
        raise MalformedAnswer(object_name, field, "holds a character that is not text")
    return parsed


def _encodable(text: str) -> bool:
    try:
        text.encode()
    except UnicodeEncodeError:
        return False
    return True


# Per model class: its fields that hold texts (read by one C-level getter), and those that may
# hold models or lists of them. The texts of an answer are gathered by these, joined and
# checked at once: one check of one string per answer, not a call per field.
_Plan = tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]], tuple[str, ...]]
_TEXT_PLANS: dict[type[BaseModel], _Plan] = {}


def _leaf_types(annotation: Any) -> set[Any]:
    origin = get_origin(annotation)
    if origin is Union or origin is types.UnionType or origin is list or origin is Annotated:
        args = get_args(annotation)[:1] if origin is Annotated else get_args(annotation)
        return set().union(*(_leaf_types(arg) for arg in args))
    return {annotation}


def _text_plan(cls: type[BaseModel]) -> _Plan:
    plan = _TEXT_PLANS.get(cls)
    if plan is None:
        texts, nested = [], []
        for name, info in cls.model_fields.items():
            leaves = _leaf_types(info.annotation)
            if str in leaves:
                texts.append(name)
            if any(isinstance(leaf, type) and issubclass(leaf, BaseModel) for leaf in leaves):
                nested.append(name)
        # A tuple even for one text (the class is the extra, sliced off); a model without a
        # text (an IdRef) has an empty one.
        getter = operator.attrgetter(*texts, "__class__") if texts else _no_texts
        plan = _TEXT_PLANS[cls] = (tuple(texts), getter, tuple(nested))
    return plan


def _no_texts(model: BaseModel) -> tuple[None]:
    return (None,)


def _gather_texts(model: BaseModel, out: list[str]) -> None:
    _, getter, nested = _text_plan(type(model))
    out += filter(None, getter(model)[:-1])  # texts are str or None
    for name in nested:
        value = getattr(model, name)
        if isinstance(value, list):
            for item in value:
                if isinstance(item, BaseModel):
                    _gather_texts(item, out)
        elif value is not None:
            _gather_texts(value, out)


def joined_texts(model: BaseModel) -> str:
    """Every text ``model`` keeps (its nested objects' too), joined."""
    texts: list[str] = []
    _gather_texts(model, texts)
    return "".join(texts)


def basis_texts(basis: InvoiceBasis) -> str:
    """:func:`joined_texts` of a basis, written out: a listing parses every basis as Python
    data, and this costs a list item 0.6 µs (its validation takes 4.7) where the general walk
    took 1.8. ``tests/test_bad_input_surrogates.py`` checks that it misses no text field."""
    customer, project, unit = basis.customer, basis.project, basis.cost_center
    parts = [
        basis.object_name or "",
        customer.name,
        customer.customer_number or "",
        basis.your_reference,
        basis.our_reference,
        basis.economy_system_invoice_number or "",
    ]
    if project is not None:
        parts += (project.order_number or "", project.title)
    if unit is not None:
        parts += (unit.code or "", unit.name)
    for row in basis.rows or ():
        parts += (
            row.object_name or "",
            row.article_number or "",
            row.article or "",
            row.comment or "",
            row.unit or "",
        )
    return "".join(parts)


def _wire_name(cls: type[BaseModel], name: str) -> str:
    alias = cls.model_fields[name].alias
    return alias if alias else name


def _unencodable_field(model: BaseModel, object_name: str, path: str = "") -> tuple[str, str]:
    """The object and field of the first text that cannot be written (the slow road, taken
    only when there is one). Names the innermost object with an ``objectName``, as
    :func:`malformed_from` does."""
    cls = type(model)
    texts, _, nested = _text_plan(cls)
    for name in texts:
        value = getattr(model, name)
        if isinstance(value, str) and not _encodable(value):
            return object_name, path + _wire_name(cls, name)
    for name in nested:
        value = getattr(model, name)
        items = value if isinstance(value, list) else [value]
        for index, item in enumerate(items):
            if not isinstance(item, BaseModel):
                continue
            texts_of_item: list[str] = []
            _gather_texts(item, texts_of_item)
            if _encodable("".join(texts_of_item)):
                continue
            own = getattr(item, "object_name", None)
            if isinstance(own, str):
                item_id = getattr(item, "id", None)
                own_name = own + (f" {item_id}" if item_id is not None else "")
                return _unencodable_field(item, own_name)
            step = (
                f"{_wire_name(cls, name)}."
                if not isinstance(value, list)
                else (f"{_wire_name(cls, name)}.{index}.")
            )
            return _unencodable_field(item, object_name, path + step)
    return object_name, path or "(body)"


def malformed_from(
    model: type[BaseModel], exc: ValidationError, data: Any = None
) -> MalformedAnswer:
    first = exc.errors()[0]
    loc = list(first.get("loc", ()))
    object_name = _object_name_of(model, data)
    # Name the innermost object that carries an objectName, e.g. the invoice inside a list page.
    node, start = data, 0
    for index, part in enumerate(loc[:-1]):
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict) and isinstance(node.get("objectName"), str):
            object_name = node["objectName"]
            if "id" in node:
                object_name += f" {node['id']}"
            start = index + 1
    field = ".".join(str(part) for part in loc[start:]) or "(body)"
    return MalformedAnswer(object_name, field, _problem(first))


def _object_name_of(model: type[BaseModel], data: Any) -> str:
    if isinstance(data, dict) and isinstance(data.get("objectName"), str):
        return str(data["objectName"]) + (f" {data['id']}" if "id" in data else "")
    field = model.model_fields.get("object_name")
    if field is not None and isinstance(field.default, str):
        return field.default
    return model.__name__


def _problem(error: Any) -> str:
    kind = error.get("type", "")
    if kind == "missing":
        return "is missing"
    if kind in _PROBLEMS:
        return _PROBLEMS[kind]
    message = str(error.get("msg", "is invalid"))
    return message.removeprefix("Value error, ")
