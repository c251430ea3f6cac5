"""The catalogue calls things what the screens call them, and its help says what is true."""

from __future__ import annotations

import re

import pytest

from tidwizard.core.i18n import LANGUAGES, catalogue, t

# The activation step's fields are "Klient-id" and "Hemlig nyckel" ("Client id", "Secret");
# no message may send the user looking for another name.
OTHER_NAMES = {
    "sv": re.compile(r"användar-?id|användarnamn|lösenord|hemlighet\b", re.IGNORECASE),
    "en": re.compile(r"user ?id|user-id|username|password", re.IGNORECASE),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_message_names_the_login_fields_otherwise(lang: str) -> None:
    found = {
        key: texts[lang]
        for key, texts in catalogue().items()
        if OTHER_NAMES[lang].search(texts[lang])
    }
    assert found == {}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_refused_credentials_name_the_fields_to_check(lang: str) -> None:
    message = t("tid.error.invalid_credentials", lang).lower()
    assert t("wizard.activate.client_id", lang).lower() in message
    assert t("wizard.activate.secret", lang).lower() in message


@pytest.mark.parametrize("lang", LANGUAGES)
def test_welcome_help_names_what_is_written_before_save(lang: str) -> None:
    help_text = t("wizard.welcome.help", lang)
    # Sending master data writes to Tid at once, and a corrected number goes into the company
    # file at once: the help may not say that nothing is saved until Save.
    assert t("wizard.master_data.title", lang) in help_text
    assert t("wizard.orgnr.title", lang) in help_text
    assert "Inget sparas förrän" not in help_text and "Nothing is saved until" not in help_text
