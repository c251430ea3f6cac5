"""Messages of `import --all-clients` and `check --all-clients`: one row per client and a total."""

MESSAGES: dict[str, dict[str, str]] = {
    "allclients.none": {
        "sv": "Det finns inga klienter att köra. Lägg till en med tidwizard setup --yes --client "
        "NAMN ….",
        "en": "There are no clients to run. Add one with tidwizard setup --yes --client NAME ….",
    },
    "allclients.not_with": {
        "sv": "{option} går inte ihop med --all-clients: den gäller en enda klient.",
        "en": "{option} does not go with --all-clients: it is about a single client.",
    },
    "allclients.jobs_alone": {
        "sv": "--jobs gäller bara tillsammans med --all-clients.",
        "en": "--jobs only goes with --all-clients.",
    },
    "allclients.bad_jobs": {
        "sv": "--jobs tar ett heltal från 1, inte {value}",
        "en": "--jobs takes a whole number from 1, not {value}",
    },
    "allclients.needs_yes": {
        "sv": "Med --all-clients frågar importen aldrig. Lägg till --yes (eller --dry-run för "
        "att bara titta).",
        "en": "With --all-clients the import never asks. Add --yes (or --dry-run to only look).",
    },
    "allclients.not_begun": {
        "sv": "inte påbörjad: alla dess underlag väntar kvar",
        "en": "not begun: all its bases still wait",
    },
    "allclients.col.client": {"sv": "Klient", "en": "Client"},
    "allclients.col.imported": {"sv": "Inlästa", "en": "Read in"},
    "allclients.col.would": {"sv": "Skulle läsas in", "en": "Would read in"},
    "allclients.col.refused": {"sv": "Nekade", "en": "Refused"},
    "allclients.col.failed": {"sv": "Misslyckade", "en": "Failed"},
    "allclients.col.numbers": {"sv": "Nummer", "en": "Numbers"},
    "allclients.total": {"sv": "Totalt", "en": "Total"},
    "allclients.orders": {"sv": "ordrar {numbers}", "en": "orders {numbers}"},
    "allclients.failed_clients.one": {
        "sv": "{count} klient kunde inte köras",
        "en": "{count} client could not run",
    },
    "allclients.failed_clients.other": {
        "sv": "{count} klienter kunde inte köras",
        "en": "{count} clients could not run",
    },
    "allclients.about": {"sv": "{client}: {text}", "en": "{client}: {text}"},
    # A client's line as its run ends (stderr), before the table.
    "allclients.done": {
        "sv": "{imported} inlästa, {refused} nekade, {failed} misslyckade",
        "en": "{imported} read in, {refused} refused, {failed} failed",
    },
    "allclients.done_dry": {
        "sv": "{imported} skulle läsas in, {refused} nekas, {failed} misslyckas",
        "en": "{imported} would be read in, {refused} refused, {failed} failing",
    },
    "allclients.check.total": {
        "sv": "Totalt: {waiting} underlag väntar hos {clients}.",
        "en": "Total: {waiting} bases wait at {clients}.",
    },
    "allclients.check.clients.one": {"sv": "{count} klient", "en": "{count} client"},
    "allclients.check.clients.other": {"sv": "{count} klienter", "en": "{count} clients"},
}
