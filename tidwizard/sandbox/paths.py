"""Case-insensitive paths: the contract writes both ``/v1/core`` and ``/v1/Core``.

Each request path is matched against the route templates ignoring case and rewritten to the
template's spelling before routing; the matched template also names the endpoint in the counters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from starlette.routing import compile_path

UNMATCHED = "(no route)"


class PathCanon:
    def __init__(self, templates: Iterable[str]) -> None:
        self._templates = [
            (template, re.compile(compile_path(template)[0].pattern, re.IGNORECASE))
            for template in dict.fromkeys(templates)
        ]

    def canonical(self, path: str) -> tuple[str, str]:
        """(path in the template's spelling, template); unknown paths come back unchanged."""
        for template, pattern in self._templates:
            if pattern.match(path):
                parts = [
                    given if wanted.startswith("{") else wanted
                    for wanted, given in zip(template.split("/"), path.split("/"), strict=True)
                ]
                return "/".join(parts), template
        return path, UNMATCHED
