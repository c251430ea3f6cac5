"""The TUI around the screens (keys, help) and `tidwizard demo`."""

MESSAGES: dict[str, dict[str, str]] = {
    "ui.key.quit": {"sv": "Avsluta", "en": "Quit"},
    "ui.key.close_help": {"sv": "Stäng", "en": "Close"},
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
    "demo.opt.profile": {
        "sv": "sandlådans profil: contract (API-kontraktet, standard) eller public (som den "
        "riktiga tjänsten visar sig)",
        "en": "the sandbox's profile: contract (the API contract, default) or public (as the "
        "real service shows itself)",
    },
    "demo.home_kept": {
        "sv": "Demon är slut; inställningarna finns kvar i {home}.",
        "en": "The demo has ended; the settings are kept in {home}.",
    },
}
