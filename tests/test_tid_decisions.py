"""Nothing the program decides rests on an error body's ``code``: the real Tid service's error
codes are not known (TID-API.md), so the client decides on status codes and on reading back.

Read from the source: any comparison with an error code of the contract, any look-up of an error
body's "code", or any ``error_code`` attribute, in every module that talks to Tid or acts on
what it answered, is a defect. (The behaviour itself is tested in test_tid_real_service.py,
where a misleading code changes nothing.)
"""

from __future__ import annotations

import ast
from pathlib import Path

import tidwizard

PACKAGE = Path(tidwizard.__file__).parent
# What talks to Tid or acts on its answers: the client, the engines, the setup, the commands and
# the screens. Not the sandbox (it sends the codes), the catalogue (its keys share the words)
# or the Administration database (its rows have a column named "code").
CHECKED = [
    path
    for path in sorted(PACKAGE.rglob("*.py"))
    if not {"sandbox", "i18n", "admin"} & set(path.relative_to(PACKAGE).parts)
]
# The contract's error codes (TID-API.md), and the sandbox's own.
ERROR_CODES = {
    "already_transferred",
    "duplicate_key",
    "invalid_credentials",
    "invalid_token",
    "partner_credentials",
    "rate_limited",
    "company_not_allowed",
    "not_found",
    "method_not_allowed",
    "unknown_reference",
    "internal_error",
    "invalid_request",
}


def _is_code_key(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and node.value == "code"


def _decisions_on_codes(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Compare):
            for operand in (node.left, *node.comparators):
                if isinstance(operand, ast.Constant) and operand.value in ERROR_CODES:
                    found.append(f"line {line}: compares with {operand.value!r}")
        elif isinstance(node, ast.Attribute) and node.attr == "error_code":
            found.append(f"line {line}: uses .error_code")
        elif isinstance(node, ast.Subscript) and _is_code_key(node.slice):
            found.append(f"line {line}: reads ['code']")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr == "get" and node.args and _is_code_key(node.args[0]):
                found.append(f"line {line}: reads .get('code')")
        elif isinstance(node, ast.MatchValue) and getattr(node.value, "value", None) in ERROR_CODES:
            found.append(f"line {line}: matches a code")
    return found


def test_the_checked_modules_include_the_client_and_the_engines() -> None:
    names = {path.relative_to(PACKAGE).as_posix() for path in CHECKED}
    assert {"core/tid/client.py", "core/tid/session.py", "core/tid/registers.py"} <= names
    assert {"core/importer/engine.py", "core/export/engine.py", "core/setup.py"} <= names


def test_no_decision_rests_on_an_error_code() -> None:
    found = {}
    for path in CHECKED:
        hits = _decisions_on_codes(ast.parse(path.read_text(encoding="utf-8")))
        if hits:
            found[path.relative_to(PACKAGE).as_posix()] = hits
    assert found == {}


def test_the_check_finds_a_decision_on_a_code() -> None:
    """The check itself can fail: each kind of decision it looks for is found."""
    source = (
        "if body['code'] == 'x': pass\n"
        "if error.error_code: pass\n"
        "if code == 'duplicate_key': pass\n"
        "if data.get('code'): pass\n"
        "match answer:\n    case 'already_transferred': pass\n"
    )
    assert len(_decisions_on_codes(ast.parse(source))) == 5
