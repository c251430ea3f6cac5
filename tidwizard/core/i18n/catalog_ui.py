"""The TUI around the screens (keys, help) and `tidwizard demo`."""

MESSAGES: dict[str, dict[str, str]] = {
    "ui.key.quit": {"sv": "Avsluta", "en": "Quit"},
    "ui.key.close_help": {"sv": "Stäng", "en": "Close"},
    "ui.quit.title": {"sv": "Avsluta tidwizard?", "en": "Quit tidwizard?"},
    "ui.quit.text": {
        "sv": "Det som redan är inläst och sparat finns kvar.",
        "en": "What is read in and saved already stays.",
    },
    "ui.quit.wizard": {
        "sv": "Inställningarna sparas bara med Spara i sammanfattningen; det du valt hittills "
        "sparas inte.",
        "en": "The settings are saved only by Save on the summary; what you chose so far is "
        "not saved.",
    },
    "ui.quit.demo_home": {
        "sv": "Demohemmet {home} tas också bort, med demoföretaget och allt du gjort i demon.",
        "en": "The demo home {home} is removed too, with the demo company and all you did in "
        "the demo.",
    },
    # tidwizard demo
    "demo.login": {
        "sv": "applikations-id {client_id}, hemlig nyckel {secret}",
        "en": "application id {client_id}, secret {secret}",
    },
    "demo.hint": {
        "sv": "Demo, sandlådans inloggning: {login}.",
        "en": "Demo, the sandbox's login: {login}.",
    },
    "demo.serving": {
        "sv": "Sandlådan för Tid svarar på {url} (demohem: {home}). Avsluta med Ctrl-C.",
        "en": "The sandbox Tid service answers at {url} (demo home: {home}). Stop with Ctrl-C.",
    },
    "demo.partner": {
        "sv": "Byråinloggning (nekas med flit): applikations-id {client_id}, hemlig nyckel "
        "{secret}",
        "en": "Agency login (refused on purpose): application id {client_id}, secret {secret}",
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
