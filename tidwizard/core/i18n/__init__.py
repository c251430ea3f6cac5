"""The one catalogue of user-facing strings. Swedish first, English complete.

Strings live in ``catalog_<area>.py`` modules beside this file, each a dict
``MESSAGES = {"area.key": {"sv": "...", "en": "..."}}``. ``t("area.key", name=...)`` formats one
in the current language. A message about a count has two keys, ``area.key.one`` and
``area.key.other``; ``tn("area.key", count, ...)`` chooses by the count (Swedish and English
both take the singular for exactly 1) and passes ``count`` to the text. ``tests/test_i18n.py``
fails when a key lacks a language or a form, or when the placeholders of the two languages differ.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
from typing import Literal

Language = Literal["sv", "en"]
LANGUAGES: tuple[Language, ...] = ("sv", "en")

_current: Language = "sv"
_catalogue: dict[str, dict[str, str]] | None = None


def catalogue() -> dict[str, dict[str, str]]:
    """All messages of all ``catalog_*`` modules, loaded once."""
    global _catalogue
    if _catalogue is None:
        merged: dict[str, dict[str, str]] = {}
        for info in pkgutil.iter_modules(__path__):
            if info.name.startswith("catalog_"):
                module = importlib.import_module(f"{__name__}.{info.name}")
                for key, texts in module.MESSAGES.items():
                    if key in merged:
                        raise RuntimeError(f"message key {key!r} is defined twice")
                    merged[key] = texts
        _catalogue = merged
    return _catalogue


def language_from_environment(environ: dict[str, str] | None = None) -> Language:
    env = os.environ if environ is None else environ
    for name in ("TIDWIZARD_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(name, "").strip().lower()
        if value:
            return "en" if value.startswith("en") else "sv"
    return "sv"


def set_language(lang: str | None) -> Language:
    """Choose the language for :func:`t`; None means from the environment."""
    global _current
    _current = "en" if lang == "en" else "sv" if lang == "sv" else language_from_environment()
    return _current


def current_language() -> Language:
    return _current


# Characters that must never reach a terminal raw, beyond the C0 controls: DEL and the C1
# controls (in a name from Tid they would act on the terminal: clear the screen, write the
# clipboard with OSC 52, ring the bell), and the bidirectional embeddings, overrides and
# isolates, and the bidi marks (LRM, RLM, ALM) that do the same more quietly (they reorder the
# rest of the line, so a name could make the amount or number beside it read differently:
# "Trojan Source"), and the line and paragraph separators (a terminal or a log may break the
# line there, so one line of a report would read as two). JSON output escapes the same ones
# (``cli.common``; a lone surrogate as its \\uXXXX escape, which JSON reads back as the same).
UNSAFE_BEYOND_C0 = (
    0x7F,
    *range(0x80, 0xA0),
    0x061C,
    0x200E,
    0x200F,
    0x2028,
    0x2029,
    *range(0x202A, 0x202F),
    *range(0x2066, 0x206A),
    # Lone surrogates: no terminal or file in UTF-8 can take one (writing it raises), so a name
    # from Tid carrying one would stop the output; written out, it shows what was sent.
    *range(0xD800, 0xE000),
)
_CONTROLS = {
    code: f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    for code in (*range(0x20), *UNSAFE_BEYOND_C0)
}


def printable(text: str) -> str:
    """``text`` for display: each control character written out as ``\\xNN`` (a bidi override
    as ``\\u202e``), so it shows literally and does nothing. Only for display; stored data
    keeps every character."""
    return text.translate(_CONTROLS)


def t(key: str, lang: str | None = None, /, **params: object) -> str:
    """The message ``key`` in ``lang`` (default: the current one), formatted with ``params``.

    Text parameters are data (names, numbers, comments from Tid) and pass through
    :func:`printable`, so a message never carries a raw control character to a terminal.
    """
    texts = catalogue().get(key)
    if texts is None:
        raise KeyError(f"no message {key!r} in the catalogue")
    text = texts[lang or _current]
    if not params:
        return text
    safe = {name: printable(v) if isinstance(v, str) else v for name, v in params.items()}
    return text.format(**safe)


def tn(key: str, count: int, lang: str | None = None, /, **params: object) -> str:
    """The singular (``key.one``) or plural (``key.other``) message for ``count``, formatted
    with ``count`` and ``params``: "1 rad", "2 rader"."""
    form = "one" if count == 1 else "other"
    return t(f"{key}.{form}", lang, count=count, **params)
