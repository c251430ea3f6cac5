"""Messages of `tidwizard sandbox serve`: the sandbox Tid service in the foreground."""

MESSAGES: dict[str, dict[str, str]] = {
    "sandbox.help": {
        "sv": "kör sandlådans Tid-tjänst (för demo och tester)",
        "en": "run the sandbox Tid service (for the demo and tests)",
    },
    "sandbox.serve.help": {
        "sv": "kör sandlådans Tid-tjänst i förgrunden tills du trycker Ctrl-C",
        "en": "run the sandbox Tid service in the foreground until Ctrl-C",
    },
    "sandbox.opt.host": {
        "sv": "adress att lyssna på (standard 127.0.0.1)",
        "en": "address to listen on (default 127.0.0.1)",
    },
    "sandbox.opt.port": {
        "sv": "port att lyssna på (standard: en ledig port)",
        "en": "port to listen on (default: a free port)",
    },
    "sandbox.opt.seed": {
        "sv": "demodata: demo, eller ett tal N för N giltiga fakturaunderlag",
        "en": "demo data: demo, or a number N for N valid invoice bases",
    },
    "sandbox.opt.companies": {
        "sv": "gör Tid-företag 1..K, vart och ett med eget organisationsnummer och egen "
        "inloggning demoK/demo (demo/demo når alla); 1 och 2 är demons Demo Konsult AB och "
        "Demo Bygg AB, övriga heter Demo Klient K AB; --seed fyller varje företag. Utan "
        "flaggan: demons två företag, och --seed N fyller bara det första",
        "en": "make Tid companies 1..K, each with its own organisationsnummer and its own login "
        "demoK/demo (demo/demo reaches them all); 1 and 2 are the demo's Demo Konsult AB and "
        "Demo Bygg AB, the others are called Demo Klient K AB; --seed fills every company. "
        "Without it: the demo's two companies, and --seed N fills only the first",
    },
    "sandbox.opt.rate": {
        "sv": "anrop per sekund och token (0 = ingen gräns, standard 4)",
        "en": "requests per second per token (0 = no limit, default 4)",
    },
    "sandbox.opt.token_ttl": {
        "sv": "hur många sekunder en token gäller (0 = statiska tokens som aldrig går ut, "
        "standard 3600)",
        "en": "how many seconds a token lives (0 = static tokens that never expire, default 3600)",
    },
    "sandbox.opt.profile": {
        "sv": "contract: API-kontraktet (TID-API.md) som det är skrivet; public: samma data i den "
        "form den riktiga tjänsten visar sig för sina klienter (standard contract)",
        "en": "contract: the API contract (TID-API.md) as written; public: the same data shaped "
        "as the real service shows itself to its clients (default contract)",
    },
    "sandbox.opt.faults": {
        "sv": "fel att slumpa in, t.ex. error=0.2,reset=0.1,delay=0.05,expire=0.05",
        "en": "faults to inject, e.g. error=0.2,reset=0.1,delay=0.05,expire=0.05",
    },
    "sandbox.opt.state": {
        "sv": "spara tjänstens data i denna JSON-fil och läs in den vid start",
        "en": "keep the service's data in this JSON file and load it at start",
    },
    "sandbox.opt.allow_remote": {
        "sv": "tillåt en adress som inte är loopback (sandlådan är en testtjänst)",
        "en": "allow an address that is not loopback (the sandbox is a test service)",
    },
    "sandbox.serving": {
        "sv": "Sandlådans Tid-tjänst svarar på {url}",
        "en": "The sandbox Tid service answers at {url}",
    },
    "sandbox.credentials": {
        "sv": "Demo-API-applikation: applikations-id {client_id}, hemlig nyckel {secret}. "
        "Byråinloggningen {partner_id}/{partner_secret} får 403.",
        "en": "Demo API application: application id {client_id}, secret {secret}. "
        "The agency login {partner_id}/{partner_secret} gets 403.",
    },
    "sandbox.companies": {
        "sv": "{count} Tid-företag: företag K nås ensamt med {first_id}/{secret} ... "
        "{last_id}/{secret}, alla med {client_id}/{secret}.",
        "en": "{count} Tid companies: company K is reached alone with {first_id}/{secret} ... "
        "{last_id}/{secret}, all of them with {client_id}/{secret}.",
    },
    "sandbox.settings": {
        "sv": "Profil: {profile}, data: {seed}, gräns: {rate} anrop/s per token, "
        "tokens gäller {ttl}, fel: {faults}",
        "en": "Profile: {profile}, data: {seed}, limit: {rate} requests/s per token, "
        "tokens live {ttl}, faults: {faults}",
    },
    "sandbox.ttl_seconds": {"sv": "{ttl} s", "en": "{ttl} s"},
    "sandbox.ttl_static": {"sv": "för alltid (statiska)", "en": "for ever (static)"},
    "sandbox.no_faults": {"sv": "inga", "en": "none"},
    "sandbox.no_limit": {"sv": "ingen", "en": "none"},
    "sandbox.stop_hint": {"sv": "Avsluta med Ctrl-C.", "en": "Stop with Ctrl-C."},
    "sandbox.stopped": {"sv": "Sandlådan har stoppats.", "en": "The sandbox has stopped."},
    "sandbox.error.faults": {
        "sv": "Ogiltigt värde för --faults: {reason}. Exempel: error=0.2,reset=0.1",
        "en": "Invalid --faults: {reason}. Example: error=0.2,reset=0.1",
    },
    "sandbox.error.seed": {
        "sv": "Ogiltigt värde för --seed: ange demo eller ett heltal från 0 till {maximum}, "
        "till exempel 500.",
        "en": "Invalid --seed: give demo or a whole number from 0 to {maximum}, such as 500.",
    },
    "sandbox.error.companies": {
        "sv": "Ogiltigt värde för --companies: ange ett heltal från 1 till {maximum}.",
        "en": "Invalid --companies: give a whole number from 1 to {maximum}.",
    },
    "sandbox.error.too_many_bases": {
        "sv": "--seed {seed} för {companies} företag blir fler än {maximum} fakturaunderlag "
        "sammanlagt; välj ett mindre --seed eller färre företag.",
        "en": "--seed {seed} for {companies} companies makes more than {maximum} invoice bases "
        "in all; choose a smaller --seed or fewer companies.",
    },
    "sandbox.error.negative": {
        "sv": "{option} får inte vara negativt.",
        "en": "{option} must not be negative.",
    },
    "sandbox.error.remote": {
        "sv": "{host} är ingen loopback-adress. Sandlådan är en testtjänst med kända "
        "inloggningsuppgifter; lägg till --allow-remote om du verkligen vill nå den utifrån.",
        "en": "{host} is not a loopback address. The sandbox is a test service with well-known "
        "credentials; add --allow-remote if you really want it reachable from outside.",
    },
    "sandbox.error.bind": {
        "sv": "Kan inte lyssna på {host}:{port}: {reason}",
        "en": "Cannot listen on {host}:{port}: {reason}",
    },
    "sandbox.error.state": {
        "sv": "Kan inte läsa tillståndsfilen {path}: {reason}",
        "en": "Cannot read the state file {path}: {reason}",
    },
}
