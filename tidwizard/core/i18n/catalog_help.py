"""The command line's help (`tidwizard ... --help`) and argparse's own words, in both languages.

``help.argparse.*`` are argparse's messages (``cli/argparse_words.py`` hands them to it): they
keep argparse's %-placeholders, the same in both languages, and so its count forms are not
``tn``'s ``.one``/``.other`` (argparse itself puts the count in). Help texts go through argparse's
%-formatting too, so a literal percent sign would be written %%.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # argparse's words
    "help.argparse.usage": {"sv": "användning: ", "en": "usage: "},
    "help.argparse.positionals": {"sv": "argument", "en": "positional arguments"},
    "help.argparse.options": {"sv": "flaggor", "en": "options"},
    "help.argparse.help": {
        "sv": "visa den här hjälpen och avsluta",
        "en": "show this help message and exit",
    },
    "help.argparse.version": {
        "sv": "visa programmets version och avsluta",
        "en": "show the program's version and exit",
    },
    "help.argparse.error": {
        "sv": "%(prog)s: fel: %(message)s\n",
        "en": "%(prog)s: error: %(message)s\n",
    },
    "help.argparse.argument": {
        "sv": "argumentet %(argument_name)s: %(message)s",
        "en": "argument %(argument_name)s: %(message)s",
    },
    "help.argparse.invalid_choice": {
        "sv": "ogiltigt val: %(value)r (välj bland %(choices)s)",
        "en": "invalid choice: %(value)r (choose from %(choices)s)",
    },
    "help.argparse.invalid_value": {
        "sv": "ogiltigt värde för %(type)s: %(value)r",
        "en": "invalid %(type)s value: %(value)r",
    },
    "help.argparse.required": {
        "sv": "följande argument krävs: %s",
        "en": "the following arguments are required: %s",
    },
    "help.argparse.one_required": {
        "sv": "ett av argumenten %s krävs",
        "en": "one of the arguments %s is required",
    },
    "help.argparse.unrecognized": {
        "sv": "okända argument: %s",
        "en": "unrecognized arguments: %s",
    },
    "help.argparse.not_allowed_with": {
        "sv": "inte tillåtet tillsammans med argumentet %s",
        "en": "not allowed with argument %s",
    },
    "help.argparse.ignored_explicit": {
        "sv": "angivet värde %r ignoreras",
        "en": "ignored explicit argument %r",
    },
    "help.argparse.ambiguous": {
        "sv": "tvetydig flagga: %(option)s kan vara %(matches)s",
        "en": "ambiguous option: %(option)s could match %(matches)s",
    },
    "help.argparse.expected_one": {
        "sv": "förväntade ett värde",
        "en": "expected one argument",
    },
    "help.argparse.expected_at_most_one": {
        "sv": "förväntade högst ett värde",
        "en": "expected at most one argument",
    },
    "help.argparse.expected_at_least_one": {
        "sv": "förväntade minst ett värde",
        "en": "expected at least one argument",
    },
    "help.argparse.expected_n_singular": {
        "sv": "förväntade %s värde",
        "en": "expected %s argument",
    },
    "help.argparse.expected_n_plural": {
        "sv": "förväntade %s värden",
        "en": "expected %s arguments",
    },
    # the names of values in the usage lines
    "help.metavar.command": {"sv": "KOMMANDO", "en": "COMMAND"},
    "help.metavar.action": {"sv": "ÅTGÄRD", "en": "ACTION"},
    "help.metavar.dir": {"sv": "KATALOG", "en": "DIR"},
    "help.metavar.file": {"sv": "FIL", "en": "FILE"},
    "help.metavar.company": {"sv": "NAMN|SÖKVÄG", "en": "NAME|PATH"},
    "help.metavar.registers": {"sv": "REGISTER", "en": "REGISTERS"},
    "help.metavar.register": {"sv": "REGISTER", "en": "REGISTER"},
    "help.metavar.key": {"sv": "NYCKEL", "en": "KEY"},
    "help.metavar.name": {"sv": "NAMN", "en": "NAME"},
    "help.metavar.shell": {"sv": "SKAL", "en": "SHELL"},
    "help.metavar.host": {"sv": "VÄRD", "en": "HOST"},
    "help.metavar.port": {"sv": "PORT", "en": "PORT"},
    "help.metavar.seed": {"sv": "DATA", "en": "SEED"},
    "help.metavar.rate": {"sv": "ANTAL", "en": "RATE"},
    "help.metavar.seconds": {"sv": "SEKUNDER", "en": "SECONDS"},
    "help.metavar.faults": {"sv": "FEL", "en": "FAULTS"},
    # the program and the options every command takes
    "help.main.description": {
        "sv": "Kopplar ihop Visma Tid Smart/Pro med Visma Administration/Fakturering "
        "(inofficiellt). Utan kommando öppnas programmet: inställningsguiden första gången, "
        "sedan inläsningen.",
        "en": "Connect Visma Tid Smart/Pro to Visma Administration/Fakturering (unofficial). "
        "Without a command the program opens: the setup wizard the first time, then the "
        "import screen.",
    },
    "help.opt.home": {
        "sv": "spara alla inställningar, hemligheter och data i KATALOG (även TIDWIZARD_HOME)",
        "en": "keep all settings, secrets and data under DIR (also TIDWIZARD_HOME)",
    },
    "help.opt.lang": {
        "sv": "språk för meddelanden och hjälp (standard: från miljön, annars svenska)",
        "en": "language of messages and help (default: from the environment, else Swedish)",
    },
    "help.opt.client": {
        "sv": "arbeta med klienten NAMN (behövs bara när hemmet har flera klienter)",
        "en": "work on the client NAME (needed only when the home has several clients)",
    },
    "help.opt.json": {"sv": "skriv ut ett JSON-dokument", "en": "print one JSON document"},
    "help.opt.only": {"sv": "kommaseparerade: {names}", "en": "comma-separated: {names}"},
    "help.opt.company": {
        "sv": "företagets namn eller fil (standard: det enda företaget)",
        "en": "company name or file (default: the only company)",
    },
    # demo
    "help.demo": {
        "sv": "prova allt mot en lokal sandlåda för Tid, i ett separat demohem",
        "en": "try everything against a local sandbox Tid service, in a separate demo home",
    },
    "help.demo.description": {
        "sv": "Startar sandlådan för Tid på den egna datorn, skapar ett demoföretag i "
        "Administration i ett separat demohem och öppnar inställningsguiden. Demohemmet tas "
        "bort efteråt, utom när --home anges.",
        "en": "Start the sandbox Tid service on loopback, create a demo Administration company "
        "in a separate demo home and open the setup wizard. The demo home is removed "
        "afterwards unless --home is given.",
    },
    "help.demo.no_tui": {
        "sv": "kör bara sandlådan: skriv ut dess adress och demoinloggningen, tills Ctrl-C",
        "en": "only serve the sandbox: print its address and the demo login, until Ctrl-C",
    },
    # setup
    "help.setup": {
        "sv": "ställ in kopplingen (guiden; --yes: utan skärm)",
        "en": "set up the integration (the wizard; --yes: without a screen)",
    },
    "help.setup.description": {
        "sv": "Öppnar inställningsguiden. Med --yes ställs allt in utan skärm: den hemliga "
        "nyckeln kommer från {env} eller standard in; varje fel avslutar med kod 2 och "
        "sparar ingenting. Inloggningsuppgifterna är en API-applikation i Tid: en "
        "administratör skapar den under Inställningar - Integrationer - API-applikationer, "
        "med rätt att läsa och markera fakturaunderlag, läsa kontakter, projekt, artiklar "
        "och resultatenheter, och skriva dem för att skicka grunduppgifter.",
        "en": "Open the setup wizard. With --yes, set up without a screen: the secret comes "
        "from {env} or standard input; every failure exits 2 and saves nothing. The "
        "credentials are a Tid API application's: an administrator creates one in Tid under "
        "Inställningar - Integrationer - API-applikationer, allowed to read and mark invoice "
        "bases, read contacts, projects, articles and result units, and write them for "
        "sending master data.",
    },
    "help.setup.yes": {
        "sv": "ställ in utan skärm, för skript och byråer",
        "en": "set up without a screen, for scripts and agencies",
    },
    "help.setup.url": {
        "sv": "adressen till Tid (standard: {default})",
        "en": "the Tid service address (default: {default})",
    },
    "help.setup.client_id": {
        "sv": "API-applikationens id (Tid: Inställningar - Integrationer - API-applikationer)",
        "en": "the API application's id (Tid: Inställningar - Integrationer - API-applikationer)",
    },
    "help.setup.company": {
        "sv": "företagets id i Tid, behövs när Tid visar flera företag som stämmer",
        "en": "the Tid company id, needed when Tid lists several matching companies",
    },
    "help.setup.tid_orgnr": {
        "sv": "organisationsnumret som Tid visar (Inställningar - Generellt - "
        "Företagsinställningar); behövs när Tid inte ger det, kontrolleras när Tid ger det",
        "en": "the organisationsnummer shown in Tid (Inställningar - Generellt - "
        "Företagsinställningar); needed when Tid does not give it, checked when it does",
    },
    "help.setup.as": {
        "sv": "läs in fakturaunderlag som fakturor (invoice) eller ordrar (order; kräver "
        "Administration 1000/2000)",
        "en": "read invoice bases in as invoices or orders (orders: Administration 1000/2000)",
    },
    "help.setup.reminder": {
        "sv": "påminn när fakturaunderlag väntar (standard: on)",
        "en": "remind when invoice bases wait (default: on)",
    },
    "help.setup.administration": {
        "sv": "företaget i Administration (standard: det enda i hemmet)",
        "en": "the Administration company (default: the only one under the home)",
    },
    # reconcile
    "help.reconcile": {
        "sv": "jämför Tid, dokumenten och importjournalen, och åtgärda det som skiljer",
        "en": "compare Tid, the documents and the import journal, and repair what differs",
    },
    "help.reconcile.description": {
        "sv": "Lägger Tid (alla underlag, väntande och överförda), dokumenten i Administration "
        "och importjournalen sida vid sida: underlag överförda i Tid med nummer som filen "
        "saknar (en återställd säkerhetskopia), dokument vars underlag Tid visar som väntande, "
        "nummer som skiljer, journalposter som väntar. Avslutar med 0 när inget skiljer (eller "
        "allt åtgärdades), 1 när något kvarstår.",
        "en": "Put Tid (every basis, waiting and transferred), the Administration documents and "
        "the import journal side by side: bases transferred in Tid under numbers the file "
        "lacks (a restored backup), documents whose basis Tid shows as waiting, numbers that "
        "differ, pending journal entries. Exits 0 when nothing differs (or all was repaired), "
        "1 when something remains.",
    },
    "help.reconcile.repair": {
        "sv": "markera i Tid det som Administration redan har och slutför väntande poster",
        "en": "mark in Tid what Administration already has, and complete pending entries",
    },
    "help.reconcile.reimport": {
        "sv": "läs in dessa underlag igen, som Tid visar överförda och filen saknar (med --repair)",
        "en": "read these bases in again, which Tid shows transferred and the file lacks "
        "(with --repair)",
    },
    "help.reconcile.all_clients": {
        "sv": "gå igenom alla klienter i hemmet, en i taget",
        "en": "go through every client of the home, one at a time",
    },
    "help.reconcile.yes": {
        "sv": "läs in igen utan att fråga",
        "en": "read in again without asking",
    },
    # export
    "help.export": {
        "sv": "skicka kunder, artiklar, projekt och resultatenheter som är markerade i "
        "Administration",
        "en": "send customers, articles, projects and result units flagged in Administration",
    },
    "help.export.description": {
        "sv": "Gör Tid lika med posterna som är markerade ”skicka till Tid” i Administration: "
        "skapar nya, uppdaterar ändrade artiklar och projekt, och rapporterar ändrade kunder "
        "och resultatenheter (de ändras i Tid). Avslutar med 0 när allt gick bra, 1 när "
        "något nekades eller misslyckades, 2 vid fel i inställningarna och 75 när Tid inte "
        "kan nås (försök senare).",
        "en": "Bring Tid in line with the records flagged 'send to Tid' in Administration: "
        "create new ones, update changed articles and projects, report changed customers and "
        "result units (they are edited in Tid). Exit 0 ok, 1 some refused or failed, 2 setup "
        "error, 75 Tid cannot be reached (try later).",
    },
    "help.export.dry_run": {
        "sv": "visa planen, skicka ingenting",
        "en": "show the plan, send nothing",
    },
    # check
    "help.check": {
        "sv": "en rad: hur många fakturaunderlag som väntar (kod 0 inga, 10 några, 75 Tid nås "
        "inte, 2 fel)",
        "en": "one line: how many invoice bases wait (exit 0 none, 10 some, 75 Tid unreachable, "
        "2 error)",
    },
    "help.check.description": {
        "sv": "Skriver en rad om hur många fakturaunderlag som väntar i Tid. Avslutar med 0 när "
        "inga väntar, 10 när några väntar, 75 när Tid inte kan nås eller är upptaget (försök "
        "senare) och 2 vid andra fel. Tänkt för en skalprofil eller cron.",
        "en": "Print one line saying how many invoice bases wait in Tid. Exit 0 when none "
        "wait, 10 when some wait, 75 when Tid cannot be reached or is busy (try later), 2 on "
        "any other error. Meant for a shell profile or cron.",
    },
    # --all-clients (import and check)
    "help.import.all_clients": {
        "sv": "läs in hos alla klienter samtidigt, var och en med sin egen inloggning, sin egen "
        "sparade hemliga nyckel (TIDWIZARD_SECRET används inte) och sin egen företagsfil; en "
        "rad per klient och en summa. Kräver --yes eller --dry-run. Kod 0 allt gick bra, 1 något "
        "nekades eller misslyckades eller en klient kunde inte köras, 75 när alla fel kan gå "
        "över av sig själva (försök senare)",
        "en": "read in at every client at once, each with its own login, its own stored secret "
        "(TIDWIZARD_SECRET is not used) and its own company file; one row per client and a "
        "total. Needs --yes or --dry-run. Exit 0 all well, 1 something refused or failed or a "
        "client could not run, 75 when every failure may pass by itself (try later)",
    },
    "help.all_clients.jobs": {
        "sv": "högst så här många klienter samtidigt (standard 32)",
        "en": "at most this many clients at once (default 32)",
    },
    "help.check.all_clients": {
        "sv": "en rad per klient och en summa, var och en med sin egen sparade hemliga nyckel "
        "(TIDWIZARD_SECRET används inte). Kod 2 när någon klient har ett fel du måste rätta, "
        "annars 75 när någon inte nåddes, annars 10 när underlag väntar, annars 0",
        "en": "one line per client and a total, each with its own stored secret "
        "(TIDWIZARD_SECRET is not used). Exit 2 when any client has an error you must fix, "
        "else 75 when any could not be reached, else 10 when bases wait, else 0",
    },
    # status
    # clients
    "help.clients": {
        "sv": "klienterna i hemmet: organisationsnummer, företagsfil, senaste inläsning, problem",
        "en": "the clients of the home: organisation number, company file, last import, problems",
    },
    "help.clients.description": {
        "sv": "En rad per klient (en koppling av Tid och en företagsfil i Administration). Ett "
        "problem hos en klient står på dess rad. Avslutar med 0, utom när varje klient har ett "
        "problem: då 75 när alla kan gå över av sig själva (Tid nås inte), annars 2.",
        "en": "One row per client (a Tid connection paired with an Administration company "
        "file). A problem of one client is shown on its row. Exit 0, unless every client has a "
        "problem: then 75 when all of them may pass by themselves (Tid unreachable), else 2.",
    },
    "help.clients.check": {
        "sv": "fråga Tid hur många fakturaunderlag som väntar, för alla klienter samtidigt",
        "en": "ask Tid how many invoice bases wait, for every client at once",
    },
    "help.clients.remove": {
        "sv": "glöm en klients koppling och hemliga nyckel; företagsfilen och journalen finns kvar",
        "en": "forget a client's pairing and secret; its company file and journal stay",
    },
    "help.clients.remove.name": {"sv": "klientens namn", "en": "the client's name"},
    "help.status": {
        "sv": "visa vad som är inställt och om Tid svarar",
        "en": "show what is set up and whether Tid answers",
    },
    "help.status.description": {
        "sv": "Visar inställningarna, om Tid svarar, om organisationsnumren stämmer och hur "
        "många fakturaunderlag som väntar. Avslutar med 0 när allt är bra, 75 när felet kan "
        "gå över av sig självt (försök senare), annars 2.",
        "en": "Show the settings, whether Tid answers, whether the organisation numbers match, "
        "and how many invoice bases wait. Exit 0 when all is well, 75 when the trouble may "
        "pass by itself (try later), 2 otherwise.",
    },
    # company
    "help.company": {
        "sv": "hantera företagsdatabaser för Administration",
        "en": "manage Administration company databases",
    },
    "help.company.description": {
        "sv": "Skapa, visa och lista företagsdatabaser för Administration (SQLite-filer), lista "
        "deras register och välj vilka poster som skickas till Tid.",
        "en": "Create, show and list Administration company databases (SQLite files), list "
        "their registers and choose which records are sent to Tid.",
    },
    "help.company.create": {"sv": "skapa en företagsdatabas", "en": "create a company database"},
    "help.company.name": {"sv": "företagets namn", "en": "the company's name"},
    "help.company.orgnr": {
        "sv": "organisationsnummer, till exempel 556677-8899",
        "en": "organisationsnummer, e.g. 556677-8899",
    },
    "help.company.edition": {"sv": "utgåva av Administration", "en": "Administration edition"},
    "help.company.version": {
        "sv": "programversion av Administration, till exempel 2024.1",
        "en": "Administration program version, e.g. 2024.1",
    },
    "help.company.demo": {
        "sv": "skapa demoföretaget med dess register",
        "en": "create the demo company with its registers",
    },
    "help.company.sandbox_company": {
        "sv": "med --demo: företaget som hör till sandlådans Tid-företag K (dess namn och "
        "organisationsnummer, se sandbox serve --companies; standard 1)",
        "en": "with --demo: the company matching sandbox Tid company K (its name and "
        "organisationsnummer, see sandbox serve --companies; default 1)",
    },
    "help.company.path": {
        "sv": "var den skapas (standard: i hemmet)",
        "en": "where to create it (default: under home)",
    },
    "help.company.show": {"sv": "visa ett företags register", "en": "show a company's registers"},
    "help.company.list": {"sv": "lista företagsdatabaser", "en": "list company databases"},
    "help.company.registers": {
        "sv": "lista poster och deras markering ”skicka till Tid”",
        "en": "list records and their 'send to Tid' flag",
    },
    "help.company.registers.description": {
        "sv": "Listar kunder, artiklar, projekt och resultatenheter (costcenters) i ett företag "
        "med markeringen ”skicka till Tid”: de markerade posterna är vad tidwizard export "
        "skickar. Ändra en markering med tidwizard company flag.",
        "en": "List the customers, articles, projects and result units (costcenters) of a "
        "company with their 'send to Tid' flag: flagged records are what tidwizard export "
        "sends. Change a flag with tidwizard company flag.",
    },
    "help.company.flag": {
        "sv": "sätt eller ta bort markeringen ”skicka till Tid” på poster",
        "en": "set or clear the 'send to Tid' flag of records",
    },
    "help.company.flag.description": {
        "sv": "Markerar poster ”skicka till Tid”, så att tidwizard export skickar dem, eller tar "
        "bort markeringen med --off. Nycklar är kundnummer, artikelnummer, projektkoder eller "
        "koder för resultatenheter. Allt eller inget: en okänd nyckel ändrar ingenting. "
        "Exempel: tidwizard company flag articles 105 204 --off",
        "en": "Set the 'send to Tid' flag of records, so tidwizard export sends them, or clear "
        "it with --off. Keys are customer numbers, article numbers, project codes or result "
        "unit codes. All or nothing: an unknown key changes nothing. Example: tidwizard "
        "company flag articles 105 204 --off",
    },
    "help.company.flag.register": {"sv": "ett av: {names}", "en": "one of: {names}"},
    "help.company.flag.keys": {"sv": "posterna som ska ändras", "en": "the records to change"},
    "help.company.flag.all": {
        "sv": "alla poster i registret",
        "en": "every record of the register",
    },
    "help.company.flag.off": {
        "sv": "ta bort markeringen: skicka inte till Tid",
        "en": "clear the flag: do not send to Tid",
    },
    # company sie, company accounts
    "help.metavar.date": {"sv": "DATUM", "en": "DATE"},
    "help.metavar.role": {"sv": "ROLL", "en": "ROLE"},
    "help.metavar.role_account": {"sv": "ROLL=KONTO", "en": "ROLE=ACCOUNT"},
    "help.company.sie": {
        "sv": "skriv fakturorna som en SIE 4-fil för bokföringen",
        "en": "write the invoices as an SIE 4 file for bookkeeping",
    },
    "help.company.sie.description": {
        "sv": "Skriver företagets fakturor som en SIE-fil av typ 4 (PC8, som standarden "
        "säger), som alla svenska bokföringsprogram kan läsa in: en verifikation per faktura "
        "i serie F med fakturans nummer och datum. Kundfordringar debiteras med summan; "
        "försäljning och utgående moms per momssats och öresavrundning krediteras. En "
        "kreditfaktura bokförs omvänt. Ordrar bokförs inte. Räkenskapsåret är kalenderåret. "
        "Kontona är BAS om inget annat valts med tidwizard company accounts. Utan --output "
        "skrivs filen till standard ut.",
        "en": "Write the company's invoices as an SIE file of type 4 (PC8, as the standard "
        "says), which every Swedish bookkeeping program reads: one verifikation per invoice "
        "in series F with the invoice's number and date. Accounts receivable is debited with "
        "the total; sales and output VAT per VAT rate and the rounding are credited. A credit "
        "invoice is booked reversed. Orders are not booked. The fiscal year is the calendar "
        "year. The accounts are BAS unless chosen with tidwizard company accounts. Without "
        "--output the file goes to standard output.",
    },
    "help.sie.from": {
        "sv": "bara fakturor daterade denna dag eller senare (ÅÅÅÅ-MM-DD)",
        "en": "only invoices dated on this day or later (YYYY-MM-DD)",
    },
    "help.sie.to": {
        "sv": "bara fakturor daterade denna dag eller tidigare (ÅÅÅÅ-MM-DD)",
        "en": "only invoices dated on this day or earlier (YYYY-MM-DD)",
    },
    "help.sie.output": {
        "sv": "skriv SIE-filen hit (ersätter en fil som finns)",
        "en": "write the SIE file here (replaces a file that exists)",
    },
    "help.company.accounts": {
        "sv": "visa eller ändra bokföringskontona för SIE-filen",
        "en": "show or change the bookkeeping accounts of the SIE file",
    },
    "help.company.accounts.description": {
        "sv": "Visar kontot för varje roll (kundfordringar, försäljning och utgående moms per "
        "momssats, öresavrundning): BAS om inget annat valts. Ändringarna sparas i "
        "företagsdatabasen. Exempel: tidwizard company accounts --set receivables=1511 "
        "--reset rounding",
        "en": "Show the account of each role (accounts receivable, sales and output VAT per "
        "VAT rate, rounding): BAS unless chosen otherwise. Changes are kept in the company "
        "database. Example: tidwizard company accounts --set receivables=1511 --reset rounding",
    },
    "help.accounts.set": {
        "sv": "boka en roll på ett annat konto (fyra siffror); roller: {roles}",
        "en": "book a role to another account (four digits); roles: {roles}",
    },
    "help.accounts.reset": {
        "sv": "ta tillbaka en roll till BAS-kontot",
        "en": "take a role back to its BAS account",
    },
    # serve
    "help.serve": {
        "sv": "visa programmet i en webbläsare (bara på den här datorn)",
        "en": "show the program in a web browser (on this computer only)",
    },
    "help.serve.description": {
        "sv": "Kör samma program som tidwizard i en webbläsare, på http://127.0.0.1:PORT. "
        "Sidan har ingen inloggning: den som når porten styr programmet, så den lyssnar bara "
        "på 127.0.0.1. Från en annan dator går du via ssh med samma port i båda ändar: ssh -L "
        "8000:127.0.0.1:8000 användare@värd, och öppnar sedan http://127.0.0.1:8000. --home "
        "och --lang gäller programmet i webbläsaren. Ctrl-C avslutar.",
        "en": "Run the same program as tidwizard in a web browser, at http://127.0.0.1:PORT. "
        "The page has no login: whoever reaches the port controls the program, so it listens "
        "on 127.0.0.1 only. From another computer go through ssh with the same port at both "
        "ends: ssh -L 8000:127.0.0.1:8000 user@host, then open http://127.0.0.1:8000. --home "
        "and --lang apply to the program in the browser. Ctrl-C ends it.",
    },
    "help.serve.port": {
        "sv": "porten på 127.0.0.1 (standard {port})",
        "en": "the port on 127.0.0.1 (default {port})",
    },
    # completion
    "help.completion": {
        "sv": "skriv ut ett kompletteringsskript för skalet (bash, zsh eller fish)",
        "en": "print a completion script for the shell (bash, zsh or fish)",
    },
    "help.completion.description": {
        "sv": "Skriver ut ett skript som låter skalet komplettera tidwizards kommandon och "
        'flaggor med Tab. bash: lägg eval "$(tidwizard completion bash)" i ~/.bashrc. zsh: '
        "tidwizard completion zsh > ~/.zfunc/_tidwizard (med ~/.zfunc i fpath). fish: "
        "tidwizard completion fish > ~/.config/fish/completions/tidwizard.fish.",
        "en": "Print a script that lets the shell complete tidwizard's commands and options "
        'with Tab. bash: put eval "$(tidwizard completion bash)" in ~/.bashrc. zsh: '
        "tidwizard completion zsh > ~/.zfunc/_tidwizard (with ~/.zfunc in fpath). fish: "
        "tidwizard completion fish > ~/.config/fish/completions/tidwizard.fish.",
    },
    "help.completion.shell": {"sv": "skalet: {shells}", "en": "the shell: {shells}"},
}
