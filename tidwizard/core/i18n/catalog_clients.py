"""Messages about clients: the pairings of a Tid connection and a company file in one home."""

MESSAGES: dict[str, dict[str, str]] = {
    "clients.choose_one": {
        "sv": "Det här hemmet har flera klienter: {names}. Ange vilken med --client NAMN.",
        "en": "This home has several clients: {names}. Say which one with --client NAME.",
    },
    "clients.unknown": {
        "sv": "Det finns ingen klient som heter {name}. Klienterna är: {names}.",
        "en": "There is no client called {name}. The clients are: {names}.",
    },
    "clients.none_saved": {
        "sv": "Det finns ingen klient som heter {name}; inget är inställt ännu. Kör tidwizard "
        "setup --client {name} för att lägga till den.",
        "en": "There is no client called {name}; nothing is set up yet. Run tidwizard setup "
        "--client {name} to add it.",
    },
    "clients.bad_name": {
        "sv": "Klientnamnet {name} går inte att använda: använd bokstäver, siffror och . _ - "
        "(högst 64 tecken), och börja med en bokstav eller siffra.",
        "en": "The client name {name} cannot be used: use letters, digits and . _ - (at most "
        "64 characters), starting with a letter or a digit.",
    },
    "clients.problem.company_missing": {
        "sv": "Företagsfilen {path} finns inte.",
        "en": "The company file {path} does not exist.",
    },
    "clients.problem.company_unreadable": {
        "sv": "Företagsfilen {path} går inte att läsa",
        "en": "The company file {path} cannot be read",
    },
    "clients.problem.not_set_up": {
        "sv": "Inte färdiginställd: kör tidwizard setup --client {name}.",
        "en": "Not fully set up: run tidwizard setup --client {name}.",
    },
    "clients.problem.no_secret": {
        "sv": "Den hemliga nyckeln finns inte sparad: kör tidwizard setup --client {name} igen.",
        "en": "Its secret is not saved: run tidwizard setup --client {name} again.",
    },
    "clients.cli.col.name": {"sv": "Klient", "en": "Client"},
    "clients.cli.col.file": {"sv": "Företagsfil", "en": "Company file"},
    "clients.cli.col.last_import": {"sv": "Senast inläst", "en": "Last import"},
    "clients.cli.col.waiting": {"sv": "Väntar", "en": "Waiting"},
    "clients.cli.none": {
        "sv": "Inga klienter är inställda ännu. Kör tidwizard setup (med --client NAMN för att "
        "ge den ett namn).",
        "en": "No clients are set up yet. Run tidwizard setup (with --client NAME to give it a "
        "name).",
    },
    "clients.cli.not_asked": {
        "sv": "Tid har inte tillfrågats om väntande fakturaunderlag: lägg till --check.",
        "en": "Tid was not asked about waiting invoice bases: add --check.",
    },
    "clients.cli.problems": {"sv": "Problem:", "en": "Problems:"},
    "clients.cli.removed": {
        "sv": "Klienten {name} är borttagen: kopplingen till Tid och dess hemliga nyckel är "
        "glömda.",
        "en": "The client {name} is removed: its Tid pairing and its secret are forgotten.",
    },
    "clients.cli.kept_file": {
        "sv": "Företagsfilen finns kvar, med sin importjournal: {path}",
        "en": "The company file stays, with its import journal: {path}",
    },
    "clients.cli.saved_as": {
        "sv": "Sparat som klienten {name}.",
        "en": "Saved as the client {name}.",
    },
    "clients.cli.status_client": {"sv": "Klient", "en": "Client"},
}
