"""The catalogue is complete: both languages, the same placeholders, and every key used exists."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from tidwizard.core.i18n import LANGUAGES, catalogue, set_language, t, tn

SOURCE = Path(__file__).resolve().parent.parent / "tidwizard"
LITERAL_KEY = re.compile(r"""\bt\(\s*(["'])([A-Za-z0-9_.\-]+)\1""")
PLURAL_KEY = re.compile(r"""\btn\(\s*(["'])([A-Za-z0-9_.\-]+)\1""")
FSTRING_PREFIX = re.compile(r"""\bt\(\s*f(["'])([A-Za-z0-9_.\-]*)\{""")


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def source_texts() -> dict[Path, str]:
    """Every module that may call t(); the catalogue's own module only shows an example."""
    example = SOURCE / "core" / "i18n" / "__init__.py"
    paths = sorted(p for p in SOURCE.rglob("*.py") if p != example)
    return {path: path.read_text(encoding="utf-8") for path in paths}


def test_catalogue_is_not_empty() -> None:
    assert len(catalogue()) > 50


@pytest.mark.parametrize("key", sorted(catalogue()))
def test_every_message_has_both_languages_with_the_same_placeholders(key: str) -> None:
    texts = catalogue()[key]
    assert set(texts) == set(LANGUAGES), f"{key}: languages {sorted(texts)}"
    for lang in LANGUAGES:
        assert texts[lang].strip(), f"{key}: empty {lang} text"
    assert placeholders(texts["sv"]) == placeholders(texts["en"]), key
    for lang in LANGUAGES:  # formats cleanly: no stray braces, no positional fields
        values = {name: "x" for name in placeholders(texts[lang])}
        assert "" not in values, f"{key}: positional placeholder in {lang}"
        texts[lang].format(**values)


def test_every_key_used_in_the_code_exists() -> None:
    known = catalogue()
    used: dict[str, list[str]] = {}
    for path, text in source_texts().items():
        for match in LITERAL_KEY.finditer(text):
            used.setdefault(match.group(2), []).append(str(path.relative_to(SOURCE.parent)))
    assert len(used) > 50  # the scan really found the calls
    missing = {key: where for key, where in used.items() if key not in known}
    assert missing == {}


def test_every_computed_key_has_messages_under_its_prefix() -> None:
    known = catalogue()
    prefixes = {
        match.group(2)
        for text in source_texts().values()
        for match in FSTRING_PREFIX.finditer(text)
    }
    assert prefixes
    orphans = [p for p in prefixes if not any(key.startswith(p) for key in known)]
    assert orphans == []


def test_languages_switch() -> None:
    try:
        set_language("en")
        assert t("common.yes") == "Yes"
        set_language("sv")
        assert t("common.yes") == "Ja"
        assert t("cli.check.many_waiting", "en", count=3).startswith("3 invoice bases")
    finally:
        set_language("sv")


def test_every_count_message_has_both_forms_with_a_count() -> None:
    known = catalogue()
    bases = {
        match.group(2) for text in source_texts().values() for match in PLURAL_KEY.finditer(text)
    }
    for key in known:
        if key.endswith(".one"):
            base = key.removesuffix(".one")
            assert f"{base}.other" in known, key
            for form in (key, f"{base}.other"):
                for lang in LANGUAGES:
                    assert "count" in placeholders(known[form][lang]), f"{form}: no count in {lang}"
    missing = [b for b in bases if f"{b}.one" not in known or f"{b}.other" not in known]
    assert missing == []


def test_a_count_chooses_its_form() -> None:
    assert tn("orgnr.error.wrong_length", 1, "sv").endswith("men 1 siffra angavs.")
    assert "1 was given" in tn("orgnr.error.wrong_length", 1, "en")
    assert "3 siffror angavs" in tn("orgnr.error.wrong_length", 3, "sv")
    assert "3 were given" in tn("orgnr.error.wrong_length", 3, "en")
