"""The setup wizard's screens: titles, why each step exists, fields, checks and help."""

MESSAGES: dict[str, dict[str, str]] = {
    # Keys shown in the Footer.
    "wizard.key.next": {"sv": "Nästa", "en": "Next"},
    "wizard.key.back": {"sv": "Tillbaka", "en": "Back"},
    "wizard.key.help": {"sv": "Hjälp", "en": "Help"},
    "wizard.key.close": {"sv": "Stäng", "en": "Close"},
    "wizard.key.choose": {"sv": "Välj", "en": "Choose"},
    "wizard.key.save": {"sv": "Spara", "en": "Save"},
    "wizard.indicator": {
        "sv": "tidwizard · Steg {number} av {total} · {title}",
        "en": "tidwizard · Step {number} of {total} · {title}",
    },
    "wizard.unexpected": {
        "sv": "Något oväntat gick fel: {reason}",
        "en": "Something unexpected went wrong: {reason}",
    },
    "wizard.edition.500": {"sv": "Visma Administration 500", "en": "Visma Administration 500"},
    "wizard.edition.1000": {"sv": "Visma Administration 1000", "en": "Visma Administration 1000"},
    "wizard.edition.2000": {"sv": "Visma Administration 2000", "en": "Visma Administration 2000"},
    "wizard.edition.fakturering": {"sv": "Visma Fakturering", "en": "Visma Fakturering"},
    # 1 Välkommen
    "wizard.welcome.title": {"sv": "Välkommen", "en": "Welcome"},
    "wizard.welcome.why": {
        "sv": "Här kopplar du Visma Tid Smart/Pro till Visma Administration, så att "
        "fakturaunderlag från Tid kan läsas in som fakturor eller ordrar.",
        "en": "Here you connect Visma Tid Smart/Pro to Visma Administration, so that "
        "invoice bases from Tid can be read in as invoices or orders.",
    },
    "wizard.welcome.plan": {"sv": "Stegen: {steps}.", "en": "The steps: {steps}."},
    "wizard.welcome.plan_company": {"sv": "Företaget i Tid", "en": "The company in Tid"},
    "wizard.welcome.company": {
        "sv": "Företag i Administration: {name}\n{edition}, version {version}\nFil: {path}",
        "en": "Company in Administration: {name}\n{edition}, version {version}\nFile: {path}",
    },
    "wizard.welcome.ready": {
        "sv": "Tryck Enter för att börja.",
        "en": "Press Enter to begin.",
    },
    "wizard.welcome.none_found": {
        "sv": "Det finns ingen företagsdatabas ännu. Skapa en här.",
        "en": "There is no company database yet. Create one here.",
    },
    "wizard.welcome.choose": {
        "sv": "Det finns flera företag. Välj det som ska kopplas till Tid (pilar, Enter).",
        "en": "There are several companies. Choose the one to connect to Tid (arrows, Enter).",
    },
    "wizard.welcome.missing_company": {
        "sv": "Välj eller skapa först företaget i Administration.",
        "en": "First choose or create the company in Administration.",
    },
    "wizard.welcome.help": {
        "sv": "Guiden går igenom samma inställningar som Arkiv - Inställningar - "
        "Företagsinställningar - Tidintegration i Visma Administration.\n\n"
        "Integrationen fungerar från och med version 2018.7. Är företagets version äldre "
        "måste programmet uppdateras först.\n\n"
        "Tangenter: Enter går vidare, Esc går tillbaka, Tab flyttar mellan fälten, "
        "F1 visar hjälpen, Ctrl+Q avslutar och Ctrl+C frågar först.\n\n"
        "Inställningarna sparas när du väljer Spara i sammanfattningen. Två saker skrivs "
        "direkt, när du själv väljer det: ett rättat nummer i steget Organisationsnummer "
        "(Spara där skriver det i Administration) och det du skickar till Tid i steget "
        "Grunduppgifter (Skicka).",
        "en": "The wizard walks through the same settings as File - Settings - Company "
        "settings - Time integration (Arkiv - Inställningar - Företagsinställningar - "
        "Tidintegration) in Visma Administration.\n\n"
        "The integration works from version 2018.7. If the company's version is older, "
        "update the program first.\n\n"
        "Keys: Enter goes on, Esc goes back, Tab moves between fields, F1 shows help and "
        "Ctrl+Q quits and Ctrl+C asks first.\n\n"
        "The settings are saved when you choose Save on the summary. Two things are written "
        "at once, when you choose so: a corrected number on the Organisation number step "
        "(Save there writes it to Administration) and what you send to Tid on the Master "
        "data step (Send).",
    },
    "wizard.create.heading": {"sv": "Nytt företag", "en": "New company"},
    "wizard.create.name": {"sv": "Företagsnamn", "en": "Company name"},
    "wizard.create.orgnr": {"sv": "Organisationsnummer", "en": "Organisation number"},
    "wizard.create.edition": {"sv": "Program", "en": "Program"},
    "wizard.create.with_orders": {"sv": "med ordrar", "en": "with orders"},
    "wizard.create.no_orders": {"sv": "utan ordrar", "en": "no orders"},
    "wizard.create.version": {"sv": "Version", "en": "Version"},
    "wizard.create.button": {"sv": "Skapa", "en": "Create"},
    "wizard.create.name_missing": {
        "sv": "Skriv företagets namn.",
        "en": "Enter the company's name.",
    },
    # 2 Organisationsnummer
    "wizard.orgnr.title": {"sv": "Organisationsnummer", "en": "Organisation number"},
    "wizard.orgnr.why": {
        "sv": "Tid och Administration måste ha samma organisationsnummer, annars går "
        "det inte att koppla ihop dem.",
        "en": "Tid and Administration must have the same organisation number "
        "(organisationsnummer), otherwise they cannot be connected.",
    },
    "wizard.orgnr.label": {"sv": "Organisationsnummer", "en": "Organisation number"},
    "wizard.orgnr.save": {"sv": "Spara", "en": "Save"},
    "wizard.orgnr.valid.legal_entity": {
        "sv": "✓ {number}, juridisk person",
        "en": "✓ {number}, legal entity",
    },
    "wizard.orgnr.valid.sole_trader": {
        "sv": "✓ {number}, enskild firma",
        "en": "✓ {number}, sole trader",
    },
    "wizard.orgnr.where": {
        "sv": "Var finns numret?\n"
        "  Visma Tid Smart: Inställningar - Generellt - Företagsinställningar\n"
        "  Administration:  Arkiv - Inställningar - Företagsinställningar - Företag\n"
        "Numret är en inställning i Administration; rättar du det här sparas det i "
        "företagsdatabasen när du väljer Spara.",
        "en": "Where is the number?\n"
        "  Visma Tid Smart: Inställningar - Generellt - Företagsinställningar\n"
        "  Administration:  Arkiv - Inställningar - Företagsinställningar - Företag\n"
        "The number is a setting of Administration; if you correct it here it is saved "
        "to the company database when you choose Save.",
    },
    "wizard.orgnr.checked_later": {
        "sv": "Numret jämförs med Tid direkt efter aktiveringen.",
        "en": "The number is compared with Tid right after activation.",
    },
    "wizard.orgnr.unsaved": {
        "sv": "Administration har {stored}. Välj Spara för att spara det nya numret.",
        "en": "Administration has {stored}. Choose Save to store the new number.",
    },
    "wizard.orgnr.save_first": {
        "sv": "Spara det rättade numret först (knappen Spara).",
        "en": "Save the corrected number first (the Save button).",
    },
    "wizard.orgnr.saved": {
        "sv": "Sparat i Administration: {number}.",
        "en": "Saved in Administration: {number}.",
    },
    "wizard.orgnr.help": {
        "sv": "Organisationsnumret skrivs NNNNNN-NNNN och har en kontrollsiffra. För en "
        "enskild firma är det ägarens personnummer.\n\n"
        "Numret som står i Administration visas här. Är det fel, rätta det och välj Spara: "
        "då ändras det i företagsdatabasen, precis som under Arkiv - Inställningar - "
        "Företagsinställningar - Företag.\n\n"
        "Stämmer numret inte med företaget i Tid, ändra det i Tid under Inställningar - "
        "Generellt - Företagsinställningar.",
        "en": "The organisation number is written NNNNNN-NNNN and has a check digit. For a "
        "sole trader it is the owner's personal identity number.\n\n"
        "The number in Administration is shown here. If it is wrong, correct it and choose "
        "Save: it is changed in the company database, just as under Arkiv - Inställningar - "
        "Företagsinställningar - Företag.\n\n"
        "If it does not match the company in Tid, change it in Tid under Inställningar - "
        "Generellt - Företagsinställningar.",
    },
    # 3 Aktivera
    "wizard.activate.title": {"sv": "Aktivera", "en": "Activate"},
    "wizard.activate.why": {
        "sv": "Fyll i inloggningsuppgifterna till Visma Tid: API-applikationens id och hemliga "
        "nyckel. De provas direkt när du väljer Aktivera.",
        "en": "Enter the Visma Tid credentials: the API application's id and secret. They are "
        "tried at once when you choose Activate.",
    },
    "wizard.activate.client_id": {"sv": "Applikations-id", "en": "Application id"},
    "wizard.activate.secret": {"sv": "Hemlig nyckel", "en": "Secret"},
    "wizard.activate.where": {
        "sv": "En administratör skapar API-applikationen i Tid under Inställningar - "
        "Integrationer - API-applikationer. Behörigheter: F1.",
        "en": "An administrator creates the API application in Tid under Inställningar - "
        "Integrationer - API-applikationer. Permissions: F1.",
    },
    "wizard.activate.agency": {
        "sv": "Byrå med partnerportalen? Ange kundföretagets API-applikation.",
        "en": "An agency with the partner portal? Enter the client company's API application.",
    },
    "wizard.activate.button": {"sv": "Aktivera", "en": "Activate"},
    "wizard.activate.working": {
        "sv": "Loggar in i Tid …",
        "en": "Logging in to Tid …",
    },
    "wizard.activate.missing_client_id": {
        "sv": "Skriv API-applikationens id (applikations-id).",
        "en": "Enter the API application's id (application id).",
    },
    "wizard.activate.missing_secret": {
        "sv": "Skriv API-applikationens hemliga nyckel.",
        "en": "Enter the API application's secret.",
    },
    "wizard.activate.press_activate": {
        "sv": "Välj Aktivera (eller tryck Enter) så att inloggningsuppgifterna provas.",
        "en": "Choose Activate (or press Enter) so that the credentials are tried.",
    },
    "wizard.activate.done_one": {
        "sv": "✓ Aktiverat: {name}",
        "en": "✓ Activated: {name}",
    },
    "wizard.activate.done_own": {
        "sv": "✓ Aktiverat: API-applikationens eget företag",
        "en": "✓ Activated: the API application's own company",
    },
    "wizard.activate.done_many": {
        "sv": "✓ Aktiverat: Tid listar {count} företag",
        "en": "✓ Activated: Tid lists {count} companies",
    },
    "wizard.activate.stopped": {
        "sv": "✗ Företaget i Tid kan inte kopplas",
        "en": "✗ The company in Tid cannot be connected",
    },
    "wizard.activate.next_one": {
        "sv": "Inloggningsuppgifterna når ett företag i Tid, och det används. "
        "Organisationsnumret stämmer. Tryck Enter för att gå vidare.",
        "en": "The credentials reach one company in Tid, and it is used. The organisation "
        "number matches. Press Enter to go on.",
    },
    "wizard.activate.next_typed": {
        "sv": "Tid listar inga företag, så API-applikationens eget företag används. Tid visar "
        "inte dess organisationsnummer: tryck Enter och skriv in det i nästa steg.",
        "en": "Tid lists no companies, so the API application's own company is used. Tid does "
        "not show its organisation number: press Enter and type it in the next step.",
    },
    "wizard.activate.next_picker": {
        "sv": "Tryck Enter och välj vilket företag i Tid du ska integrera mot.",
        "en": "Press Enter and choose which company in Tid to integrate with.",
    },
    "wizard.activate.help": {
        "sv": "Fyll i de inloggningsuppgifter du har till Visma Tid Smart och välj Aktivera. "
        "Mot Tids API är inloggningsuppgifterna en API-applikation: ett applikations-id och "
        "en hemlig nyckel. En administratör skapar den i Tid under Inställningar - "
        "Integrationer - API-applikationer.\n\n"
        "Behörigheter som applikationen behöver:\n"
        "  fakturaunderlag: läsa och markera som överförda\n"
        "  kunder (kontakter), projekt, artiklar, resultatenheter: läsa\n"
        "  samma register: skriva, om du skickar grunduppgifter till Tid\n"
        "Har applikationen en lista över tillåtna IP-adresser ska den här datorns publika "
        "adress finnas med.\n\n"
        "Om du är byrå och har partnerportalen anger du kundföretagets API-applikation här, "
        "inte din egen inloggning.\n\n"
        "Den hemliga nyckeln visas aldrig och sparas inte i inställningsfilen. Går Tid inte "
        "att nå, kontrollera nätverket och sökvägen (steget Påminnelse och sökväg). Vid för "
        "många anrop: vänta en stund och försök igen.",
        "en": "Enter the credentials you have for Visma Tid Smart and choose Activate. Against "
        "Tid's API the credentials are an API application: an application id and a secret. "
        "An administrator creates one in Tid under Inställningar - Integrationer - "
        "API-applikationer.\n\n"
        "Permissions the application needs:\n"
        "  invoice bases: read, and mark as transferred\n"
        "  customers (contacts), projects, articles, result units: read\n"
        "  the same registers: write, if you send master data to Tid\n"
        "If the application has an IP allow-list, this computer's public address must be "
        "on it.\n\n"
        "If you are an accounting agency with the partner portal, enter the client company's "
        "API application here, not your own login.\n\n"
        "The secret is never shown and is not written to the settings file. If Tid cannot be "
        "reached, check the network and the service address (the Reminder and address step). "
        "After too many requests: wait a moment and try again.",
    },
    # 4 Välj företag
    "wizard.company.title": {"sv": "Välj företag", "en": "Choose company"},
    "wizard.company.why": {
        "sv": "Inloggningen når flera företag i Tid. Välj det du ska integrera mot; bara ett "
        "med samma organisationsnummer som i Administration kan väljas.",
        "en": "The login reaches several companies in Tid. Choose the one to integrate with; "
        "only one with the same organisation number as Administration can be chosen.",
    },
    "wizard.company.match": {"sv": "stämmer", "en": "matches"},
    "wizard.company.mismatch": {"sv": "annat nummer", "en": "other number"},
    "wizard.company.choose": {
        "sv": "Välj ett företag i listan (pilar, Enter).",
        "en": "Choose a company in the list (arrows, Enter).",
    },
    "wizard.company.activate_first": {
        "sv": "Aktivera inloggningen först (steget Aktivera).",
        "en": "Activate the login first (the Activate step).",
    },
    "wizard.company.none_matches": {
        "sv": "Inget av företagen har samma organisationsnummer som Administration. "
        "Ändra numret där det är fel och aktivera igen.",
        "en": "None of the companies has the same organisation number as Administration. "
        "Change the number where it is wrong and activate again.",
    },
    "wizard.company.help": {
        "sv": "Listan visar varje företag som inloggningen når, med organisationsnummer. "
        "Ett företag med ett annat nummer än i Administration kan inte väljas: ändra då "
        "numret i Tid (Inställningar - Generellt - Företagsinställningar) eller i "
        "Administration (steget Organisationsnummer).",
        "en": "The list shows every company the login reaches, with its organisation "
        "number. A company with another number than Administration's cannot be chosen: "
        "change the number in Tid (Inställningar - Generellt - Företagsinställningar) or "
        "in Administration (the Organisation number step).",
    },
    # 4b Organisationsnummer i Tid (only where Tid names no company)
    "wizard.tid_orgnr.title": {
        "sv": "Organisationsnummer i Tid",
        "en": "Organisation number in Tid",
    },
    "wizard.tid_orgnr.why": {
        "sv": "Tid visar inte organisationsnumret för programmet. Läs det i Tid och skriv in "
        "det här; det jämförs med numret i Administration.",
        "en": "Tid does not show this program its organisation number. Read it in Tid and "
        "type it here; it is compared with Administration's.",
    },
    "wizard.tid_orgnr.label": {"sv": "Organisationsnummer i Tid", "en": "Number in Tid"},
    "wizard.tid_orgnr.where": {
        "sv": "Var finns numret?\n  Visma Tid Smart: {menu}\nSkriv det som det står där.",
        "en": "Where is the number?\n  Visma Tid Smart: {menu}\nType it as it is shown there.",
    },
    "wizard.tid_orgnr.help": {
        "sv": "Tids API visar inte företagets organisationsnummer, så programmet kan inte läsa "
        "det självt. Öppna Visma Tid Smart, välj Inställningar - Generellt - "
        "Företagsinställningar och skriv in numret här.\n\n"
        "Det kontrolleras som annars: ett giltigt organisationsnummer, detsamma som i "
        "Administration. Skiljer de sig, ändra numret där det är fel.\n\n"
        "Numret sparas i inställningarna, och tidwizard status visar att det skrevs in.",
        "en": "Tid's API does not show the company's organisation number, so the program "
        "cannot read it itself. Open Visma Tid Smart, choose Inställningar - Generellt - "
        "Företagsinställningar and type the number here.\n\n"
        "It is checked as usual: a valid organisation number, the same as in Administration. "
        "If they differ, change the number where it is wrong.\n\n"
        "The number is saved in the settings, and tidwizard status shows that it was typed.",
    },
    # 5 Påminnelse och sökväg
    "wizard.reminder.title": {"sv": "Påminnelse och sökväg", "en": "Reminder and address"},
    "wizard.reminder.why": {
        "sv": "Programmet kan påminna dig när det finns underlag från Tid att läsa in.",
        "en": "The program can remind you when there are bases from Tid to read in.",
    },
    "wizard.reminder.on": {
        "sv": "Automatisk påminnelse när det finns underlag att läsa in",
        "en": "Automatic reminder when there are bases to read in",
    },
    "wizard.reminder.every": {"sv": "Hur ofta (minuter)", "en": "How often (minutes)"},
    "wizard.reminder.url_heading": {
        "sv": "Sökväg (adressen till Tid)",
        "en": "Path (the address of Tid)",
    },
    "wizard.reminder.unlock": {"sv": "Lås upp", "en": "Unlock"},
    "wizard.reminder.warning": {
        "sv": "Sökvägen är förifylld och bör inte ändras.",
        "en": "The path is prefilled and should not be changed.",
    },
    "wizard.reminder.bad_minutes": {
        "sv": "Skriv hur ofta, i hela minuter från 1 till {most}.",
        "en": "Enter how often, in whole minutes from 1 to {most}.",
    },
    "wizard.reminder.help": {
        "sv": "Med påminnelsen på säger programmet vid start, och med jämna mellanrum medan "
        "det är öppet, hur många underlag som väntar. Mellanslag slår av och på.\n\n"
        "Sökvägen är förifylld och bör inte ändras. Behöver du ändå ändra den, välj Lås upp. "
        "Vanlig http tillåts bara till den egna datorn. Ändras adressen måste du aktivera "
        "igen.",
        "en": "With the reminder on, the program says on start, and every so often while it "
        "is open, how many bases are waiting. Space turns it on and off.\n\n"
        "The path is prefilled and should not be changed. If you still need to change it, "
        "choose Unlock. Plain http is allowed only to this computer. If the address changes "
        "you must activate again.",
    },
    # 6 Faktura eller order
    "wizard.import_as.title": {"sv": "Faktura eller order", "en": "Invoice or order"},
    "wizard.import_as.why": {
        "sv": "Välj om underlagen från Tid ska läsas in som fakturor eller ordrar.",
        "en": "Choose whether the bases from Tid are read in as invoices or orders.",
    },
    "wizard.import_as.invoice_means": {
        "sv": "  En faktura direkt; lagret minskar.",
        "en": "  An invoice at once; stock goes down.",
    },
    "wizard.import_as.order_means": {
        "sv": "  En order som du fakturerar senare; disponibelt antal hålls aktuellt.",
        "en": "  An order you invoice later; the available quantity stays current.",
    },
    "wizard.import_as.help": {
        "sv": "Ordrar finns bara i Administration 1000 och 2000. Att läsa in underlag som "
        "ordrar gör att disponibelt antal i lager hålls aktuellt tills du fakturerar.",
        "en": "Orders exist only in Administration 1000 and 2000. Reading bases in as "
        "orders keeps the available quantity in stock current until you invoice.",
    },
    # 7 Sammanfattning
    "wizard.summary.title": {"sv": "Sammanfattning", "en": "Summary"},
    "wizard.summary.why": {
        "sv": "Kontrollera valen. Välj en rad (pilar, Enter) för att ändra den.",
        "en": "Check the choices. Choose a line (arrows, Enter) to change it.",
    },
    "wizard.summary.administration": {"sv": "Administration", "en": "Administration"},
    "wizard.summary.orgnr": {"sv": "Organisationsnr", "en": "Organisation no."},
    "wizard.summary.login": {"sv": "API-applikation", "en": "API application"},
    "wizard.summary.secret_kept": {
        "sv": "  (nyckeln sparas säkert)",
        "en": "  (secret kept safely)",
    },
    "wizard.summary.tid_company": {"sv": "Företag i Tid", "en": "Company in Tid"},
    "wizard.summary.only_company": {
        "sv": "  (enda företaget)",
        "en": "  (the only company)",
    },
    "wizard.summary.typed_orgnr": {
        "sv": "  (inskrivet)",
        "en": "  (typed)",
    },
    "wizard.summary.not_activated": {"sv": "inte aktiverat", "en": "not activated"},
    "wizard.summary.not_chosen": {"sv": "inte valt", "en": "not chosen"},
    "wizard.summary.reminder": {"sv": "Påminnelse", "en": "Reminder"},
    "wizard.summary.reminder_off": {"sv": "av", "en": "off"},
    "wizard.summary.url": {"sv": "Sökväg", "en": "Path"},
    "wizard.summary.import_as": {"sv": "Läses in som", "en": "Read in as"},
    "wizard.summary.no_orders": {
        "sv": "  ({edition} har inga ordrar)",
        "en": "  ({edition} has no orders)",
    },
    "wizard.summary.save": {"sv": "Spara", "en": "Save"},
    "wizard.summary.ready": {
        "sv": "Allt är klart. Tryck Enter för att spara.",
        "en": "All is ready. Press Enter to save.",
    },
    "wizard.summary.saving": {"sv": "Sparar …", "en": "Saving …"},
    "wizard.summary.activate_again": {
        "sv": "Inloggningen är inte aktiverad med de här uppgifterna. Gå till Aktivera.",
        "en": "The login is not activated with these details. Go to Activate.",
    },
    "wizard.summary.save_failed": {
        "sv": "Det gick inte att spara: {reason}",
        "en": "Could not save: {reason}",
    },
    "wizard.summary.help": {
        "sv": "Enter på en rad går till steget där valet görs; allt du skrivit finns kvar. "
        "Spara skriver inställningarna och lägger den hemliga nyckeln i nyckelringen (eller "
        "en fil som bara du kan läsa), aldrig i inställningsfilen.",
        "en": "Enter on a line goes to the step where the choice is made; everything you "
        "typed is kept. Save writes the settings and puts the secret in the keyring (or a "
        "file only you can read), never in the settings file.",
    },
}
