"""The Administration company database and `tidwizard company`."""

MESSAGES: dict[str, dict[str, str]] = {
    # Errors -----------------------------------------------------------------------------------
    "admin.error.not_found": {
        "sv": "Företagsdatabasen {path} finns inte. Kontrollera sökvägen eller skapa företaget "
        "med: tidwizard company create",
        "en": "The company database {path} does not exist. Check the path or create the company "
        "with: tidwizard company create",
    },
    "admin.error.not_a_company": {
        "sv": "{path} är ingen företagsdatabas för tidwizard. Ange rätt fil.",
        "en": "{path} is not a tidwizard company database. Give the right file.",
    },
    "admin.error.locked": {
        "sv": "{path} används av ett annat program (kanske Visma Administration) och är låst. "
        "Inget har skrivits till hälften. Stäng företaget i det andra programmet eller vänta en "
        "stund, och försök igen.",
        "en": "{path} is in use by another program (perhaps Visma Administration) and is locked. "
        "Nothing was half-written. Close the company in the other program or wait a while, then "
        "try again.",
    },
    "admin.error.disk_full": {
        "sv": "Disken där {path} ligger är full. Inget har skrivits till hälften. Frigör utrymme "
        "på disken och försök igen.",
        "en": "The disk holding {path} is full. Nothing was half-written. Free some space on the "
        "disk and try again.",
    },
    "admin.error.read_only": {
        "sv": "{path} går inte att skriva till: {reason}. Filen är inte skadad, så ersätt den "
        "inte. Ge din användare skrivrätt till filen och till mappen den ligger i (SQLite skriver "
        "filerna -wal och -shm bredvid den) och försök igen.",
        "en": "{path} cannot be written to: {reason}. The file is not damaged, so do not replace "
        "it. Give your user write permission on the file and on the folder it is in (SQLite "
        "writes its -wal and -shm files beside it), then try again.",
    },
    "admin.error.no_access": {
        "sv": "{path} går inte att öppna: {reason}. Filen är inte skadad, så ersätt den inte. Ge "
        "din användare läs- och skrivrätt till filen och rätt att öppna mapparna på vägen dit, "
        "och försök igen.",
        "en": "{path} cannot be opened: {reason}. The file is not damaged, so do not replace it. "
        "Give your user read and write permission on the file and permission to open the folders "
        "on the way to it, then try again.",
    },
    "admin.error.io_error": {
        "sv": "Det gick inte att läsa eller skriva {path} ({reason}). Inget har skrivits till "
        "hälften. Kontrollera disken och försök igen.",
        "en": "Reading or writing {path} failed ({reason}). Nothing was half-written. Check the "
        "disk, then try again.",
    },
    "admin.reason.file_read_only": {
        "sv": "filen är skrivskyddad för din användare",
        "en": "the file is read-only for your user",
    },
    "admin.reason.folder_read_only": {
        "sv": "mappen {folder} är skrivskyddad för din användare",
        "en": "the folder {folder} is read-only for your user",
    },
    "admin.reason.no_permission": {
        "sv": "din användare saknar behörighet till {place}",
        "en": "your user has no permission for {place}",
    },
    "admin.error.too_new": {
        "sv": "{path} har skapats av en nyare version av tidwizard (databasversion {found}, den "
        "här versionen klarar upp till {supported}). Uppdatera tidwizard för att öppna den.",
        "en": "{path} was created by a newer tidwizard (database version {found}, this version "
        "handles up to {supported}). Update tidwizard to open it.",
    },
    "admin.error.exists": {
        "sv": "{path} finns redan och skrivs inte över. Välj ett annat namn eller en annan sökväg "
        "(--path).",
        "en": "{path} already exists and is not overwritten. Choose another name or path (--path).",
    },
    "admin.error.invalid_edition": {
        "sv": "Okänd utgåva ”{edition}”. Välj 500, 1000, 2000 eller fakturering.",
        "en": "Unknown edition “{edition}”. Choose 500, 1000, 2000 or fakturering.",
    },
    "admin.error.invalid_version": {
        "sv": "Programversionen ”{version}” ska skrivas som år och nummer, till exempel 2024.1.",
        "en": "The program version “{version}” must be a year and a number, for example 2024.1.",
    },
    "admin.error.empty_name": {
        "sv": "Ange företagets namn.",
        "en": "Enter the company's name.",
    },
    "admin.error.invalid_vat_rate": {
        "sv": "Artikel {key}: momssatsen {rate} % finns inte. Använd 0, 6, 12 eller 25 %.",
        "en": "Article {key}: there is no VAT rate of {rate} %. Use 0, 6, 12 or 25 %.",
    },
    "admin.error.duplicate_customer": {
        "sv": "Kundnummer {key} finns redan.",
        "en": "Customer number {key} already exists.",
    },
    "admin.error.duplicate_article": {
        "sv": "Artikelnummer {key} finns redan.",
        "en": "Article number {key} already exists.",
    },
    "admin.error.duplicate_project": {
        "sv": "Projekt {key} finns redan.",
        "en": "Project {key} already exists.",
    },
    "admin.error.duplicate_result_unit": {
        "sv": "Resultatenhet {key} finns redan.",
        "en": "Result unit {key} already exists.",
    },
    "admin.error.unknown_customer": {
        "sv": "Det finns ingen kund med kundnummer {key}.",
        "en": "There is no customer with customer number {key}.",
    },
    "admin.error.unknown_article": {
        "sv": "Det finns ingen artikel med artikelnummer {key}.",
        "en": "There is no article with article number {key}.",
    },
    "admin.error.unknown_project": {
        "sv": "Det finns inget projekt {key}.",
        "en": "There is no project {key}.",
    },
    "admin.error.unknown_result_unit": {
        "sv": "Det finns ingen resultatenhet {key}.",
        "en": "There is no result unit {key}.",
    },
    "admin.error.unknown_register": {
        "sv": "Okänt register ”{register}”. Välj ett av: {known}.",
        "en": "Unknown register “{register}”. Choose one of: {known}.",
    },
    "admin.error.already_imported": {
        "sv": "Fakturaunderlag {tid_invoice_id} är redan inläst. Vill du läsa in det igen, gör "
        "det från historiken och bekräfta.",
        "en": "Invoice basis {tid_invoice_id} has already been read in. To read it in again, "
        "do so from the history and confirm.",
    },
    "admin.error.reimport_stale": {
        "sv": "Fakturaunderlag {tid_invoice_id} har lästs in på nytt sedan du bekräftade. Titta "
        "i historiken och försök igen.",
        "en": "Invoice basis {tid_invoice_id} has been read in again since you confirmed. Look "
        "at the history and try again.",
    },
    "admin.error.reimport_unconfirmed": {
        "sv": "Den senaste inläsningen av fakturaunderlag {tid_invoice_id} är ännu inte "
        "bekräftad i Tid. Kör importen en gång till först, så bekräftas den.",
        "en": "The latest import of invoice basis {tid_invoice_id} is not yet confirmed in Tid. "
        "Run the import once more first, which confirms it.",
    },
    "admin.error.no_companies": {
        "sv": "Det finns inget företag i {folder}. Skapa ett med: tidwizard company create "
        "(eller --demo för demoföretaget).",
        "en": "There is no company in {folder}. Create one with: tidwizard company create "
        "(or --demo for the demo company).",
    },
    "admin.error.several_companies": {
        "sv": "Det finns flera företag; ange vilket: {choices}.",
        "en": "There are several companies; say which one: {choices}.",
    },
    "admin.error.unknown_company": {
        "sv": "Hittar inget företag ”{name}”. Finns: {choices}.",
        "en": "No company “{name}” found. Available: {choices}.",
    },
    # Editions ---------------------------------------------------------------------------------
    "admin.edition.500": {"sv": "Visma Administration 500", "en": "Visma Administration 500"},
    "admin.edition.1000": {"sv": "Visma Administration 1000", "en": "Visma Administration 1000"},
    "admin.edition.2000": {"sv": "Visma Administration 2000", "en": "Visma Administration 2000"},
    "admin.edition.fakturering": {"sv": "Visma Fakturering", "en": "Visma Fakturering"},
    # tidwizard company ------------------------------------------------------------------------
    "admin.cli.choose_action": {
        "sv": "Ange vad du vill göra: create, show, list, registers eller flag.",
        "en": "Say what to do: create, show, list, registers or flag.",
    },
    "admin.cli.create_needs": {
        "sv": "Ange även {options} (eller --demo för demoföretaget).",
        "en": "Also give {options} (or --demo for the demo company).",
    },
    "admin.cli.demo_fixed": {
        "sv": "Demoföretaget har fasta uppgifter; ta bort {options} eller --demo.",
        "en": "The demo company has fixed settings; leave out {options} or --demo.",
    },
    "admin.cli.sandbox_company_needs_demo": {
        "sv": "--sandbox-company gäller demoföretaget; lägg till --demo.",
        "en": "--sandbox-company is for the demo company; add --demo.",
    },
    "admin.cli.sandbox_company_range": {
        "sv": "Ogiltigt värde för --sandbox-company: ange ett heltal från 1 till {maximum}.",
        "en": "Invalid --sandbox-company: give a whole number from 1 to {maximum}.",
    },
    "admin.cli.created": {
        "sv": "Företaget {name} har skapats.",
        "en": "Created the company {name}.",
    },
    "admin.cli.demo_registers": {
        "sv": "Med demoregister: {customers} kunder, {articles} artiklar, {projects} projekt och "
        "{result_units} resultatenheter.",
        "en": "With demo registers: {customers} customers, {articles} articles, {projects} "
        "projects and {result_units} result units.",
    },
    "admin.cli.version_too_old": {
        "sv": "Obs: integrationen med Tid kräver version {minimum} eller senare.",
        "en": "Note: the integration with Tid needs version {minimum} or later.",
    },
    "admin.cli.with_orders": {"sv": "fakturor eller ordrar", "en": "invoices or orders"},
    "admin.cli.invoices_only": {"sv": "endast fakturor", "en": "invoices only"},
    "admin.cli.none_yet": {
        "sv": "Det finns inga företag i {folder} ännu. Skapa ett med: tidwizard company create",
        "en": "There are no companies in {folder} yet. Create one with: tidwizard company create",
    },
    "admin.cli.list_heading": {"sv": "Företag i {folder}:", "en": "Companies in {folder}:"},
    "admin.cli.unreadable": {"sv": "kan inte läsas: {problem}", "en": "cannot be read: {problem}"},
    "admin.cli.empty": {"sv": "(inga)", "en": "(none)"},
    "admin.cli.customers": {"sv": "Kunder", "en": "Customers"},
    "admin.cli.articles": {"sv": "Artiklar", "en": "Articles"},
    "admin.cli.projects": {"sv": "Projekt", "en": "Projects"},
    "admin.cli.result_units": {"sv": "Resultatenheter", "en": "Result units"},
    "admin.cli.invoices": {"sv": "Fakturor", "en": "Invoices"},
    "admin.cli.orders": {"sv": "Ordrar", "en": "Orders"},
    "admin.cli.credit": {"sv": "(kredit)", "en": "(credit)"},
    "admin.cli.from_basis": {"sv": "Från fakturaunderlag {id}", "en": "From invoice basis {id}"},
    "admin.cli.net": {"sv": "Netto", "en": "Net"},
    "admin.cli.vat_total": {"sv": "Moms", "en": "VAT"},
    "admin.cli.rounding": {"sv": "Öresavrundning", "en": "Rounding"},
    "admin.cli.total": {"sv": "Att betala", "en": "Total"},
    "admin.cli.col.file": {"sv": "Fil", "en": "File"},
    "admin.cli.col.name": {"sv": "Namn", "en": "Name"},
    "admin.cli.col.orgnr": {"sv": "Organisationsnr", "en": "Org. number"},
    "admin.cli.col.program": {"sv": "Program", "en": "Program"},
    "admin.cli.col.edition": {"sv": "Utgåva", "en": "Edition"},
    "admin.cli.orgnr": {"sv": "Organisationsnummer", "en": "Organisation number"},
    "admin.cli.program": {
        "sv": "{edition}, version {version}",
        "en": "{edition}, version {version}",
    },
    "admin.cli.bases_become": {"sv": "Underlag blir", "en": "Bases become"},
    "admin.cli.col.version": {"sv": "Version", "en": "Version"},
    "admin.cli.col.number": {"sv": "Nr", "en": "No."},
    "admin.cli.col.to_tid": {"sv": "Till Tid", "en": "To Tid"},
    "admin.cli.col.unit": {"sv": "Enhet", "en": "Unit"},
    "admin.cli.col.price": {"sv": "Pris", "en": "Price"},
    "admin.cli.col.vat": {"sv": "Moms", "en": "VAT"},
    "admin.cli.col.stock": {"sv": "Lager", "en": "Stock"},
    "admin.cli.col.available": {"sv": "Disp.", "en": "Avail."},
    "admin.cli.col.package": {"sv": "Paket", "en": "Package"},
    "admin.cli.col.code": {"sv": "Kod", "en": "Code"},
    "admin.cli.col.title": {"sv": "Benämning", "en": "Title"},
    "admin.cli.col.customer": {"sv": "Kund", "en": "Customer"},
    "admin.cli.col.project": {"sv": "Projekt", "en": "Project"},
    "admin.cli.col.result_unit": {"sv": "Resultatenhet", "en": "Result unit"},
    "admin.cli.col.article": {"sv": "Artikel", "en": "Article"},
    "admin.cli.col.text": {"sv": "Text", "en": "Text"},
    "admin.cli.col.quantity": {"sv": "Antal", "en": "Quantity"},
    "admin.cli.col.discount": {"sv": "Rabatt", "en": "Discount"},
    "admin.cli.col.amount": {"sv": "Belopp", "en": "Amount"},
}
