"""The client list of the TUI, the client's name on every screen, and the wizard's name step."""

MESSAGES: dict[str, dict[str, str]] = {
    # Every screen's title, where the home has several clients.
    "clientsui.on_client": {"sv": "Klient {name} · {title}", "en": "Client {name} · {title}"},
    # The list.
    "clientsui.title": {"sv": "tidwizard · Klienter", "en": "tidwizard · Clients"},
    "clientsui.col.name": {"sv": "Klient", "en": "Client"},
    "clientsui.col.orgnr": {"sv": "Org.nr", "en": "Org. no."},
    "clientsui.col.file": {"sv": "Företagsfil", "en": "Company file"},
    "clientsui.col.last_import": {"sv": "Senast inläst", "en": "Last import"},
    "clientsui.col.waiting": {"sv": "Väntar", "en": "Waiting"},
    "clientsui.col.status": {"sv": "Status", "en": "Status"},
    "clientsui.never": {"sv": "aldrig", "en": "never"},
    "clientsui.ok": {"sv": "ok", "en": "ok"},
    "clientsui.reading": {"sv": "Läser klienterna …", "en": "Reading the clients …"},
    "clientsui.asking": {
        "sv": "Frågar Tid hur många underlag som väntar …",
        "en": "Asking Tid how many bases wait …",
    },
    "clientsui.counted": {
        "sv": "Väntande underlag: {waiting} hos {clients} av {total} klienter.",
        "en": "Bases waiting: {waiting} at {clients} of {total} clients.",
    },
    "clientsui.unasked.one": {
        "sv": "{count} klient kunde inte tillfrågas.",
        "en": "{count} client could not be asked.",
    },
    "clientsui.unasked.other": {
        "sv": "{count} klienter kunde inte tillfrågas.",
        "en": "{count} clients could not be asked.",
    },
    "clientsui.detail": {
        "sv": "{name}: {path}",
        "en": "{name}: {path}",
    },
    # Keys.
    "clientsui.key.open": {"sv": "Öppna", "en": "Open"},
    "clientsui.key.new": {"sv": "Ny klient", "en": "New client"},
    "clientsui.key.import_all": {"sv": "Läs in alla", "en": "Import all"},
    "clientsui.key.refresh": {"sv": "Uppdatera", "en": "Refresh"},
    "clientsui.key.help": {"sv": "Hjälp", "en": "Help"},
    "clientsui.key.clients": {"sv": "Klienter", "en": "Clients"},
    # Importing every client.
    "clientsui.import_all.title": {
        "sv": "Läsa in alla klienter?",
        "en": "Import every client?",
    },
    "clientsui.import_all.text": {
        "sv": "Alla väntande underlag läses in för {count} klienter, alla samtidigt. Underlag "
        "som behöver nya kunder, projekt eller resultatenheter nekas och väntar kvar: öppna "
        "klienten och läs in dem där.",
        "en": "Every waiting basis is read in for {count} clients, all at once. Bases that "
        "need new customers, projects or result units are refused and keep waiting: open the "
        "client and read them in there.",
    },
    "clientsui.importing": {"sv": "läser in …", "en": "importing …"},
    "clientsui.importing_count": {
        "sv": "läser in … {done} av {total}",
        "en": "importing … {done} of {total}",
    },
    "clientsui.importing_line": {
        "sv": "Läser in {count} klienter samtidigt …",
        "en": "Importing {count} clients at once …",
    },
    "clientsui.import_failed": {"sv": "Misslyckades: {reason}", "en": "Failed: {reason}"},
    "clientsui.imported_all": {
        "sv": "Klart: {count} klienter lästa, resultatet på varje rad.",
        "en": "Done: {count} clients read, each row shows its result.",
    },
    "clientsui.help": {
        "sv": "Här är alla klienter i det här hemmet: varje klient är en koppling mellan ett "
        "Tid-företag och en företagsfil i Administration. Väntar visar hur många "
        "fakturaunderlag som väntar i Tid, frågat för varje klient samtidigt.\n\n"
        "Enter öppnar den markerade klientens inläsning; Escape där leder tillbaka hit. "
        "N lägger till en ny klient med guiden. I läser in alla klienter samtidigt, efter "
        "en fråga; varje rad visar sedan sitt resultat. F5 frågar Tid igen.",
        "en": "These are all the clients of this home: each client pairs a Tid company with an "
        "Administration company file. Waiting shows how many invoice bases wait in Tid, asked "
        "for every client at once.\n\n"
        "Enter opens the highlighted client's import; Escape there leads back here. N adds a "
        "new client with the wizard. I imports every client at once, after a question; each "
        "row then shows its result. F5 asks Tid again.",
    },
    # The wizard's first step when a client is added from the list.
    "wizard.client.title": {"sv": "Klientens namn", "en": "Client name"},
    "wizard.client.why": {
        "sv": "Namnet skiljer den nya klienten från de andra i listan och på kommandoraden "
        "(--client NAMN).",
        "en": "The name tells the new client from the others in the list and on the command "
        "line (--client NAME).",
    },
    "wizard.client.label": {"sv": "Namn", "en": "Name"},
    "wizard.client.missing": {
        "sv": "Skriv ett namn på klienten.",
        "en": "Type a name for the client.",
    },
    "wizard.client.taken": {
        "sv": "Det finns redan en klient som heter {name}.",
        "en": "There is already a client called {name}.",
    },
    "wizard.client.help": {
        "sv": "Ge klienten ett kort namn, till exempel företagets namn: bokstäver, siffror och "
        ". _ -. Sedan väljer du företagsfil och loggar in i Tid som vanligt; klienten sparas "
        "när du trycker Spara på sista steget.",
        "en": "Give the client a short name, for example the company's: letters, digits and "
        ". _ -. Then choose the company file and log in to Tid as usual; the client is saved "
        "when you press Save on the last step.",
    },
}
