"""`tidwizard company registers|flag`: the "send to Tid" flags of the registers."""

MESSAGES: dict[str, dict[str, str]] = {
    "company.cli.unknown_register": {
        "sv": "Okänt register ”{register}”. Välj ett av: {known}.",
        "en": "Unknown register “{register}”. Choose one of: {known}.",
    },
    "company.cli.keys_or_all": {
        "sv": "Ange antingen vilka poster som ska ändras (nummer eller koder) eller --all för "
        "alla poster i registret.",
        "en": "Give either the records to change (numbers or codes) or --all for every record "
        "in the register.",
    },
    "company.cli.nothing_changed": {
        "sv": "Inget har ändrats.",
        "en": "Nothing was changed.",
    },
    "company.cli.registers_heading": {
        "sv": "{name}: poster markerade ”Till Tid” skickas vid export till Tid.",
        "en": "{name}: records marked “To Tid” are sent by the export to Tid.",
    },
    "company.cli.register_count": {
        "sv": "{register} ({count}, till Tid: {flagged})",
        "en": "{register} ({count}, to Tid: {flagged})",
    },
    "company.cli.col.key": {"sv": "Nr/kod", "en": "No./code"},
    "company.cli.change_hint": {
        "sv": "Ändra med: tidwizard company flag REGISTER NR... [--off] [--all]",
        "en": "Change with: tidwizard company flag REGISTER KEY... [--off] [--all]",
    },
    "company.cli.flag_set": {
        "sv": "{register} som nu skickas till Tid:",
        "en": "{register} now sent to Tid:",
    },
    "company.cli.flag_cleared": {
        "sv": "{register} som inte längre skickas till Tid:",
        "en": "{register} no longer sent to Tid:",
    },
    "company.cli.already_set": {
        "sv": "{register} som redan var markerade för Tid:",
        "en": "{register} already marked for Tid:",
    },
    "company.cli.already_clear": {
        "sv": "{register} som redan var utan markering:",
        "en": "{register} already unmarked:",
    },
    "company.cli.export_hint": {
        "sv": "Se vad exporten skulle skicka: tidwizard export --dry-run",
        "en": "See what the export would send: tidwizard export --dry-run",
    },
}
