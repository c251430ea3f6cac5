"""Messages about the settings file and the secret store."""

MESSAGES: dict[str, dict[str, str]] = {
    "settings.reminder_every.one": {
        "sv": "på, med {count} minuts mellanrum",
        "en": "on, every {count} minute",
    },
    "settings.reminder_every.other": {
        "sv": "på, med {count} minuters mellanrum",
        "en": "on, every {count} minutes",
    },
    "settings.unreadable": {
        "sv": "Kan inte läsa inställningsfilen {path} ({reason}). Kontrollera att filen tillhör "
        "din användare och går att läsa, eller kör tidwizard med --home för en annan mapp.",
        "en": "Cannot read the settings file {path} ({reason}). Check that the file belongs to "
        "your user and is readable, or run tidwizard with --home for another folder.",
    },
    "settings.corrupt": {
        "sv": "Inställningsfilen {path} är skadad och kan inte användas. Flytta eller ta bort "
        "den och kör sedan tidwizard setup för att ställa in integrationen igen.",
        "en": "The settings file {path} is damaged and cannot be used. Move or delete it, then "
        "run tidwizard setup to set up the integration again.",
    },
    "settings.too_new": {
        "sv": "Inställningsfilen {path} har sparats av en nyare version av tidwizard. Uppdatera "
        "tidwizard, eller flytta filen och kör tidwizard setup igen.",
        "en": "The settings file {path} was saved by a newer version of tidwizard. Update "
        "tidwizard, or move the file away and run tidwizard setup again.",
    },
    "settings.unwritable": {
        "sv": "Kan inte spara inställningarna i {path} ({reason}). Kontrollera att mappen går "
        "att skriva i och att disken inte är full.",
        "en": "Cannot save the settings to {path} ({reason}). Check that the folder is writable "
        "and that the disk is not full.",
    },
    "secrets.unreadable": {
        "sv": "Kan inte läsa den sparade hemliga nyckeln i {path} ({reason}). Kontrollera "
        "filens behörigheter, eller ange nyckeln i miljövariabeln TIDWIZARD_SECRET.",
        "en": "Cannot read the saved secret in {path} ({reason}). Check the file's permissions, "
        "or give the secret in the TIDWIZARD_SECRET environment variable.",
    },
    "secrets.too_open": {
        "sv": "Filen med den hemliga nyckeln, {path}, kan läsas av andra (behörighet {mode}) och "
        "går inte att göra privat ({reason}), så den används inte. Gör den läsbar bara för dig "
        "(chmod 600 {path}) eller ta bort den och kör tidwizard setup igen.",
        "en": "The secret file {path} can be read by others (permissions {mode}) and cannot be "
        "made private ({reason}), so it is not used. Make it readable only by you (chmod 600 "
        "{path}) or delete it and run tidwizard setup again.",
    },
    "secrets.corrupt": {
        "sv": "Filen med den hemliga nyckeln, {path}, är skadad. Ta bort den och kör tidwizard "
        "setup igen för att ange nyckeln på nytt.",
        "en": "The secret file {path} is damaged. Delete it and run tidwizard setup again to "
        "enter the secret anew.",
    },
    "secrets.unwritable": {
        "sv": "Kan inte spara den hemliga nyckeln i {path} ({reason}). Kontrollera att mappen "
        "går att skriva i.",
        "en": "Cannot save the secret to {path} ({reason}). Check that the folder is writable.",
    },
    "secrets.backend.env": {
        "sv": "miljövariabeln TIDWIZARD_SECRET",
        "en": "the TIDWIZARD_SECRET environment variable",
    },
    "secrets.backend.keyring": {
        "sv": "operativsystemets nyckelring",
        "en": "the operating system's keyring",
    },
    "secrets.backend.file": {
        "sv": "en privat fil (endast läsbar för dig)",
        "en": "a private file (readable only by you)",
    },
}
