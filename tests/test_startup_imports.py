"""What `tidwizard` imports before its first frame (start-up is a benchmarked figure): the import
screen catches Tid errors, but the HTTP client and the wire models load only when its session
opens, after the first frame; the settings are read before it, and pydantic with them no more."""

from __future__ import annotations

import subprocess
import sys

import pytest

FIRST_FRAME = (
    "tidwizard.cli.main",
    "tidwizard.cli.tui",
    "tidwizard.ui.app",
    "tidwizard.ui.importing.screen",
)
LOADED_LATER = ("httpx", "pydantic", "tidwizard.core.wire", "tidwizard.core.importer.engine")


@pytest.mark.performance_detail
def test_the_first_screen_loads_no_http_client_no_wire_models_and_no_pydantic() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {FIRST_FRAME!r}: importlib.import_module(name)\n"
        f"print(' '.join(m for m in {LOADED_LATER!r} if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == []


def test_a_tid_error_is_still_a_malformed_wire_answer() -> None:
    from tidwizard.core import malformed
    from tidwizard.core.tid import MalformedAnswer

    error = MalformedAnswer("invoice 7", "rows", "is missing")
    assert isinstance(error, malformed.MalformedAnswer)
    assert (error.object_name, error.field, error.problem) == ("invoice 7", "rows", "is missing")
