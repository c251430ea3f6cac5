"""The TUI around the wizard (keys, help, the status screen) and `tidwizard demo`."""

MESSAGES: dict[str, dict[str, str]] = {
    "ui.key.quit": {"sv": "Avsluta", "en": "Quit"},
    "ui.key.close_help": {"sv": "Stäng", "en": "Close"},
    # The status screen after setup.
    "ui.status.title": {"sv": "tidwizard · Kopplingen", "en": "tidwizard · The connection"},
    "ui.status.key.refresh": {"sv": "Uppdatera", "en": "Refresh"},
    "ui.status.key.setup": {"sv": "Inställningar", "en": "Setup"},
    "ui.status.loading_company": {
        "sv": "Läser företaget i Administration …",
        "en": "Reading the company in Administration …",
    },
    "ui.status.administration": {
        "sv": "Administration: {name} ({orgnr})\n{edition}, version {version}",
        "en": "Administration: {name} ({orgnr})\n{edition}, version {version}",
    },
    "ui.status.tid_company": {
        "sv": "Tid: {name} ({orgnr})\n{url}",
        "en": "Tid: {name} ({orgnr})\n{url}",
    },
    "ui.status.counting": {
        "sv": "Frågar Tid efter fakturaunderlag …",
        "en": "Asking Tid for invoice bases …",
    },
    "ui.status.pending": {
        "sv": "{count} fakturaunderlag väntar på att läsas in.",
        "en": "{count} invoice bases wait to be read in.",
    },
    "ui.status.pending_none": {
        "sv": "Inga fakturaunderlag väntar.",
        "en": "No invoice bases are waiting.",
    },
    "ui.status.no_secret": {
        "sv": "Den hemliga nyckeln saknas. Tryck s och aktivera igen.",
        "en": "The secret is missing. Press s and activate again.",
    },
    "ui.status.later": {
        "sv": "Läs in underlagen med: tidwizard import",
        "en": "Read the bases in with: tidwizard import",
    },
    "ui.status.help": {
        "sv": "Skärmen visar vilka företag som är kopplade och hur många fakturaunderlag som "
        "väntar i Tid.\n\nF5 frågar Tid igen, s öppnar inställningsguiden, Ctrl+Q avslutar.",
        "en": "The screen shows which companies are connected and how many invoice bases "
        "wait in Tid.\n\nF5 asks Tid again, s opens the setup wizard, Ctrl+Q quits.",
    },
    # tidwizard demo
    "demo.login": {
        "sv": "klient-id {client_id}, hemlig nyckel {secret}",
        "en": "client id {client_id}, secret {secret}",
    },
    "demo.hint": {
        "sv": "Demo: inloggningen till sandlådan är {login}.",
        "en": "Demo: the sandbox login is {login}.",
    },
    "demo.serving": {
        "sv": "Sandlådan för Tid svarar på {url} (demohem: {home}). Avsluta med Ctrl-C.",
        "en": "The sandbox Tid service answers at {url} (demo home: {home}). Stop with Ctrl-C.",
    },
    "demo.partner": {
        "sv": "Byråinloggning (nekas med flit): klient-id {client_id}, hemlig nyckel {secret}",
        "en": "Agency login (refused on purpose): client id {client_id}, secret {secret}",
    },
    "demo.home_removed": {
        "sv": "Demon är slut; dess tillfälliga mapp är borttagen.",
        "en": "The demo has ended; its temporary folder was removed.",
    },
    "demo.home_kept": {
        "sv": "Demon är slut; inställningarna finns kvar i {home}.",
        "en": "The demo has ended; the settings are kept in {home}.",
    },
}
