"""Support: the log file, -v, the SQLite version and company files on a network share."""

MESSAGES: dict[str, dict[str, str]] = {
    "cli.opt.verbose": {
        "sv": "skriv också loggens rader till stderr (loggfilen får dem alltid)",
        "en": "write the log's lines to stderr as well (the log file always gets them)",
    },
    "cli.status.log_file": {"sv": "Loggfil", "en": "Log file"},
    "admin.error.sqlite_too_old": {
        "sv": "Den här Python har SQLite {found}, men företagsfilerna behöver SQLite {needed} "
        "eller nyare (STRICT-tabeller). Installera en nyare Python (3.11 eller senare från "
        "python.org har en nyare SQLite) eller uppdatera systemets SQLite, och kör tidwizard "
        "med den.",
        "en": "This Python has SQLite {found}, but the company files need SQLite {needed} or "
        "newer (STRICT tables). Install a newer Python (3.11 or later from python.org has a "
        "newer SQLite) or update the system's SQLite, and run tidwizard with it.",
    },
    "admin.network_share": {
        "sv": "Varning: företagsfilen {path} ligger på en nätverksenhet ({kind}). SQLite:s "
        "WAL-läge fungerar inte där, och två program som använder filen samtidigt kan skada "
        "den. Flytta företagsfilen till en lokal disk.",
        "en": "Warning: the company file {path} is on a network share ({kind}). SQLite's WAL "
        "mode does not work there, and two programs using the file at once can damage it. "
        "Move the company file to a local disk.",
    },
}
