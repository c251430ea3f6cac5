"""What the doctor found: one :class:`Finding` per thing probed, in the order probed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from tidwizard.core.i18n import catalogue, t, tn
from tidwizard.core.tid.errors import TidError

# ok: works; absent: an optional part the service does not have (the program does without it);
# problem: fails; unknown: cannot be told from reading.
Status = Literal["ok", "absent", "problem", "unknown"]


@dataclass(frozen=True)
class Message:
    """A catalogue message and its parameters, rendered in the language asked for. A parameter
    may itself be a Message, a Tid error or a tuple of them (listed with commas): it is rendered
    in the same language. A message with a singular and a plural form (``key.one``,
    ``key.other``) is chosen by its ``count``."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: str | None = None) -> str:
        params = {name: _rendered(v, lang) for name, v in self.params.items()}
        if f"{self.key}.one" in catalogue():
            return tn(self.key, int(params.pop("count")), lang, **params)
        return t(self.key, lang, **params)


def _rendered(value: Any, lang: str | None) -> Any:
    if isinstance(value, Message):
        return value.text(lang)
    if isinstance(value, TidError):
        return value.user_message(lang)
    if isinstance(value, tuple):
        return ", ".join(str(_rendered(part, lang)) for part in value) or "-"
    return value


@dataclass(frozen=True)
class Finding:
    """One thing probed: what was seen, and what it means for the user.

    ``name`` is stable (JSON, tests; its label is ``doctor.name.<name>``). ``needed``: the
    import cannot work when this is a problem. ``temporary``: the problem may pass by itself
    (unreachable, 5xx or 429 after retries). ``facts`` are the plain data behind it (HTTP status,
    path, counts) for ``--json``."""

    name: str
    status: Status
    seen: Message
    meaning: Message | None = None
    needed: bool = False
    temporary: bool = False
    facts: dict[str, Any] = field(default_factory=dict)

    def label(self, lang: str | None = None) -> str:
        return t(f"doctor.name.{self.name}", lang)

    @property
    def blocking(self) -> bool:
        return self.needed and self.status == "problem"


@dataclass
class DoctorReport:
    url: str
    findings: list[Finding] = field(default_factory=list)
    unreachable: bool = False  # stopped early: Tid could not be reached
    requests: int = 0  # HTTP requests sent, the token call and every retry included
    rate_limited: int = 0  # 429 answers met

    def add(self, finding: Finding) -> Finding:
        self.findings.append(finding)
        return finding

    def get(self, name: str) -> Finding | None:
        return next((f for f in self.findings if f.name == name), None)

    @property
    def ok(self) -> bool:
        """Everything the import needs works."""
        return not self.unreachable and not any(f.blocking for f in self.findings)

    @property
    def temporary(self) -> bool:
        """Only passing trouble stands in the way: try again later."""
        blocking = [f for f in self.findings if f.blocking]
        return self.unreachable or (bool(blocking) and all(f.temporary for f in blocking))
