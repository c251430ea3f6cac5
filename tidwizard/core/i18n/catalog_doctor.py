"""Messages of `tidwizard doctor`: what each probe saw, and what it means for the user."""

MESSAGES: dict[str, dict[str, str]] = {
    "doctor.hint": {
        "sv": "Kör `tidwizard doctor` för att se vad tjänsten stöder.",
        "en": "Run `tidwizard doctor` to see what the service supports.",
    },
    # The command line
    "doctor.cli.help": {
        "sv": "undersök vad Tid-tjänsten stöder, bara med läsningar (skriver aldrig)",
        "en": "probe what the Tid service supports, by reading only (never writes)",
    },
    "doctor.opt.json": {"sv": "skriv ut ett JSON-dokument", "en": "print one JSON document"},
    "doctor.opt.url": {
        "sv": "Tid-tjänstens adress (annars den sparade inställningen)",
        "en": "the Tid service address (else the saved setup)",
    },
    "doctor.opt.client_id": {
        "sv": "API-applikationens id; den hemliga nyckeln från {env} eller standard in",
        "en": "the API application's id; the secret from {env} or standard input",
    },
    "doctor.cli.need_both": {
        "sv": "Ange både --url och --client-id, eller ingetdera för den sparade inställningen.",
        "en": "Give both --url and --client-id, or neither for the saved setup.",
    },
    "doctor.cli.title": {"sv": "Tid på {url}", "en": "Tid at {url}"},
    "doctor.cli.all_well": {
        "sv": "Allt som inläsningen behöver fungerar.",
        "en": "Everything the import needs works.",
    },
    "doctor.cli.blocked": {
        "sv": "Något som inläsningen behöver fungerar inte: se ”problem” ovan.",
        "en": "Something the import needs does not work: see “problem” above.",
    },
    "doctor.cli.try_later": {
        "sv": "Tid gick inte att nå just nu. Försök igen om en stund.",
        "en": "Tid could not be reached just now. Try again in a moment.",
    },
    "doctor.cli.requests.one": {
        "sv": "{count} anrop: token-anropet; inget skrevs.",
        "en": "{count} request: the token call; nothing was written.",
    },
    "doctor.cli.requests.other": {
        "sv": "{count} anrop: token-anropet och läsningar; inget skrevs.",
        "en": "{count} requests: the token call and reads; nothing was written.",
    },
    "doctor.status.ok": {"sv": "ok", "en": "ok"},
    "doctor.status.absent": {"sv": "saknas", "en": "absent"},
    "doctor.status.problem": {"sv": "problem", "en": "problem"},
    "doctor.status.unknown": {"sv": "okänt", "en": "unknown"},
    # What each finding is about
    "doctor.name.service": {"sv": "Tjänsten", "en": "Service"},
    "doctor.name.token": {"sv": "Token", "en": "Token"},
    "doctor.name.companies": {"sv": "Företagslista", "en": "Company list"},
    "doctor.name.company": {"sv": "Företagsuppgifter", "en": "Company details"},
    "doctor.name.invoice_list": {"sv": "Väntande underlag", "en": "Waiting bases"},
    "doctor.name.invoice_list_all": {"sv": "Alla underlag", "en": "All bases"},
    "doctor.name.invoice_filter": {"sv": "Filtret", "en": "The filter"},
    "doctor.name.invoice_basis": {"sv": "Ett underlag", "en": "One basis"},
    "doctor.name.register_contacts": {"sv": "Kontakter", "en": "Contacts"},
    "doctor.name.register_articles": {"sv": "Artiklar", "en": "Articles"},
    "doctor.name.register_projects": {"sv": "Projekt", "en": "Projects"},
    "doctor.name.register_costcenters": {"sv": "Resultatenheter", "en": "Result units"},
    "doctor.name.contacts_by_id": {"sv": "Kontakt per id", "en": "Contact by id"},
    "doctor.name.projects_by_id": {"sv": "Projekt per id", "en": "Project by id"},
    "doctor.name.customer_number": {"sv": "Kundnummer", "en": "Customer number"},
    "doctor.name.writable": {"sv": "Skriva register", "en": "Writing registers"},
    "doctor.name.rate_limit": {"sv": "Hastighetsgräns", "en": "Rate limit"},
    "doctor.seen.error": {"sv": "{error}", "en": "{error}"},
    # The token
    "doctor.token.short": {
        "sv": "godkänd; gäller i {minutes} minuter",
        "en": "accepted; valid for {minutes} minutes",
    },
    "doctor.token.short.means": {
        "sv": "En ny token hämtas i tid innan den går ut.",
        "en": "A new token is fetched before it expires.",
    },
    "doctor.token.long": {
        "sv": "godkänd; gäller till {date}",
        "en": "accepted; valid until {date}",
    },
    "doctor.token.static": {
        "sv": "godkänd; statisk (går inte ut)",
        "en": "accepted; static (does not expire)",
    },
    "doctor.token.static.means": {
        "sv": "Den används tills Tid svarar 401; då hämtas en ny en gång.",
        "en": "It is used until Tid answers 401; then a new one is fetched once.",
    },
    # The companies
    "doctor.companies.ok.one": {
        "sv": "{count} företag listas",
        "en": "{count} company listed",
    },
    "doctor.companies.ok.other": {
        "sv": "{count} företag listas",
        "en": "{count} companies listed",
    },
    "doctor.companies.ok.means": {
        "sv": "Guiden låter dig välja företag när det finns flera.",
        "en": "The wizard lets you choose when there are several.",
    },
    "doctor.companies.absent": {
        "sv": "finns inte (HTTP {status})",
        "en": "not there (HTTP {status})",
    },
    "doctor.companies.absent.means": {
        "sv": "Uppgifternas enda företag används; inget val behövs.",
        "en": "The credentials' one company is used; no choice is needed.",
    },
    "doctor.company.ok": {"sv": "{name} ({orgnr})", "en": "{name} ({orgnr})"},
    "doctor.company.ok.means": {
        "sv": "Organisationsnumret jämförs med Administrations automatiskt.",
        "en": "The organisationsnummer is compared with Administration's automatically.",
    },
    "doctor.company.absent": {
        "sv": "finns inte (HTTP {status})",
        "en": "not there (HTTP {status})",
    },
    "doctor.company.no_orgnr": {
        "sv": "{name}, utan organisationsnummer",
        "en": "{name}, without an organisationsnummer",
    },
    "doctor.company.absent.means": {
        "sv": "Organisationsnumret skrivs in i guiden (Tid: Inställningar - Generellt - "
        "Företagsinställningar) och jämförs med Administrations.",
        "en": "The organisationsnummer will be typed in the wizard (Tid: Inställningar - "
        "Generellt - Företagsinställningar) and compared with Administration's.",
    },
    # The invoice bases
    "doctor.list.ok": {
        "sv": "HTTP 200; {count} av {total} på sida 1, läsbara; {waiting} väntar",
        "en": "HTTP 200; {count} of {total} on page 1, readable; {waiting} waiting",
    },
    "doctor.list.ok.means": {
        "sv": "Underlagen kan listas och läsas in.",
        "en": "The bases can be listed and read in.",
    },
    "doctor.list.unreadable": {
        "sv": "{count} av {listed} går inte att läsa (underlag {id}: {field})",
        "en": "{count} of {listed} cannot be read (basis {id}: {field})",
    },
    "doctor.list.unreadable.means": {
        "sv": "De underlagen misslyckas var för sig med fältets namn; de andra läses in.",
        "en": "Those bases fail alone, naming the field; the others are read in.",
    },
    "doctor.filter.honoured": {
        "sv": "följs: {pending} väntar av {total}",
        "en": "honoured: {pending} waiting of {total}",
    },
    "doctor.filter.honoured.means": {
        "sv": "Bara väntande underlag hämtas: ett anrop per 100 väntande.",
        "en": "Only waiting bases are fetched: one request per 100 waiting.",
    },
    "doctor.filter.ignored": {
        "sv": "följs inte: {transferred} överförda listas ändå",
        "en": "ignored: {transferred} transferred ones are listed anyway",
    },
    "doctor.filter.ignored.means": {
        "sv": "Varje underlags eget fält avgör; listningen kostar ett anrop per 100 underlag "
        "som någonsin skapats.",
        "en": "Each basis's own field decides; listing costs one request per 100 bases ever made.",
    },
    "doctor.filter.unknown": {
        "sv": "går inte att avgöra: inget överfört underlag listas",
        "en": "cannot be told: no transferred basis is listed",
    },
    "doctor.filter.unknown.means": {
        "sv": "Varje underlags eget fält avgör ändå, så inläsningen blir rätt.",
        "en": "Each basis's own field decides anyway, so the import is right.",
    },
    "doctor.basis.ok.one": {
        "sv": "underlag {id} läsbart, {count} rad",
        "en": "basis {id} readable, {count} row",
    },
    "doctor.basis.ok.other": {
        "sv": "underlag {id} läsbart, {count} rader",
        "en": "basis {id} readable, {count} rows",
    },
    "doctor.basis.none": {"sv": "inget underlag att läsa", "en": "no basis to read"},
    "doctor.basis.none.means": {
        "sv": "Tid har inga underlag ännu; kör igen när det finns något att läsa in.",
        "en": "Tid has no bases yet; run again when there is something to read in.",
    },
    "doctor.basis.malformed.means": {
        "sv": "Ett sådant underlag kan inte läsas in; de andra kan.",
        "en": "Such a basis cannot be read in; the others can.",
    },
    # References and the registers
    "doctor.customer.ok": {
        "sv": "referenserna har customerNumber",
        "en": "references carry customerNumber",
    },
    "doctor.customer.absent": {
        "sv": "{count} av {total} referenser saknar customerNumber",
        "en": "{count} of {total} references lack customerNumber",
    },
    "doctor.customer.by_id.means": {
        "sv": "Numret slås upp via kontakten: ett extra anrop per kund.",
        "en": "The number is looked up through the contact: one extra request per customer.",
    },
    "doctor.customer.listed.means": {
        "sv": "Numret slås upp i kontaktlistan, som listas en gång per körning.",
        "en": "The number is looked up in the contact list, listed once per run.",
    },
    "doctor.customer.lost.means": {
        "sv": "Kontakterna går inte att läsa, så kundnumret kan inte tas reda på. Ge "
        "API-applikationen behörighet att läsa kontakter.",
        "en": "The contacts cannot be read, so the customer number cannot be found. Give the "
        "API application permission to read contacts.",
    },
    "doctor.customer.unknown": {
        "sv": "går inte att avgöra utan underlag",
        "en": "cannot be told without a basis",
    },
    "doctor.register.ok": {"sv": "{path}: {total} st", "en": "{path}: {total} listed"},
    "doctor.register.absent": {
        "sv": "ingen sökväg svarar: {tried}",
        "en": "no path answers: {tried}",
    },
    "doctor.register.absent.means": {
        "sv": "Tid tar inte emot {register} via sitt API: lägg in dem i Tid.",
        "en": "Tid does not take {register} through its API: add them in Tid.",
    },
    "doctor.by_id.ok": {"sv": "{path} svarar", "en": "{path} answers"},
    "doctor.by_id.ok.means": {
        "sv": "En saknad nyckel slås upp med ett anrop.",
        "en": "A missing key is looked up with one request.",
    },
    "doctor.by_id.absent": {
        "sv": "svarar inte (HTTP {status})",
        "en": "not answered (HTTP {status})",
    },
    "doctor.by_id.absent.means": {
        "sv": "En saknad nyckel slås upp genom att lista {register} en gång per körning.",
        "en": "A missing key is looked up by listing {register} once per run.",
    },
    "doctor.by_id.unknown": {"sv": "ingen post att fråga om", "en": "no record to ask for"},
    "doctor.by_id.unknown.means": {
        "sv": "Behövs bara när ett underlag saknar en nyckel.",
        "en": "Needed only when a basis lacks a key.",
    },
    "doctor.writable.unknown": {
        "sv": "går inte att se utan att skriva",
        "en": "cannot be seen without writing",
    },
    "doctor.writable.unknown.means": {
        "sv": "`tidwizard export` provar, och ett register som Tid inte tar emot nämns medan "
        "de andra skickas.",
        "en": "`tidwizard export` tries, and a register Tid does not take is named while the "
        "others are sent.",
    },
    "doctor.writable.told": {
        "sv": "tar emot: {takes}; tar inte emot: {refuses}; okänt: {untold}",
        "en": "takes: {takes}; does not take: {refuses}; unknown: {untold}",
    },
    "doctor.writable.refuses.means": {
        "sv": "Det som Tid inte tar emot via API:et läggs in i Tid.",
        "en": "What Tid does not take through its API is added in Tid.",
    },
    "doctor.rate_limit.seen.one": {
        "sv": "Tid bad oss vänta (429) {count} gång",
        "en": "Tid asked us to wait (429) {count} time",
    },
    "doctor.rate_limit.seen.other": {
        "sv": "Tid bad oss vänta (429) {count} gånger",
        "en": "Tid asked us to wait (429) {count} times",
    },
    "doctor.rate_limit.means": {
        "sv": "Programmet väntar så länge Tid ber om; många 429 kan betyda att ett annat "
        "program använder samma API-applikation.",
        "en": "The program waits as long as Tid asks; many 429s may mean another program uses "
        "the same API application.",
    },
}
