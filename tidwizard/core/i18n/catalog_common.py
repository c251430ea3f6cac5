"""Words used everywhere."""

MESSAGES: dict[str, dict[str, str]] = {
    "common.yes": {"sv": "Ja", "en": "Yes"},
    "common.no": {"sv": "Nej", "en": "No"},
    "common.invoice": {"sv": "Faktura", "en": "Invoice"},
    "common.order": {"sv": "Order", "en": "Order"},
}
