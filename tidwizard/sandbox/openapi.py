"""The OpenAPI document of the sandbox; the contract profile's is ``docs/openapi.json``.

Regenerate: ``python -m tidwizard.sandbox.openapi docs/openapi.json``; a test checks it is current.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def openapi_document(profile: str = "contract") -> dict[str, Any]:
    from tidwizard.sandbox.app import create_app
    from tidwizard.sandbox.config import SandboxConfig

    document: dict[str, Any] = create_app(SandboxConfig(seed=0, profile=profile)).openapi()
    return document


def render() -> str:
    return json.dumps(openapi_document(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    Path(sys.argv[1]).write_text(render(), encoding="utf-8")
