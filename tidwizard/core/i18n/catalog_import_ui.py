"""The live import screen: the bases table, preview, consent, summary, history and documents."""

MESSAGES: dict[str, dict[str, str]] = {
    "importui.title": {
        "sv": "tidwizard · Fakturaunderlag från Tid",
        "en": "tidwizard · Invoice bases from Tid",
    },
    # Keys (the Footer shows only those that work right now).
    "importui.key.select": {"sv": "Välj", "en": "Select"},
    "importui.key.select_all": {"sv": "Alla", "en": "All"},
    "importui.key.preview": {"sv": "Förhandsvisa", "en": "Preview"},
    "importui.key.import": {"sv": "Läs in", "en": "Import"},
    "importui.key.retry": {"sv": "Försök igen", "en": "Retry"},
    "importui.key.details": {"sv": "Detaljer", "en": "Details"},
    "importui.key.refresh": {"sv": "Uppdatera", "en": "Refresh"},
    "importui.key.setup": {"sv": "Inställningar", "en": "Setup"},
    "importui.key.history": {"sv": "Historik", "en": "History"},
    "importui.key.documents": {"sv": "Dokument", "en": "Documents"},
    "importui.key.stop": {"sv": "Stoppa", "en": "Stop"},
    "importui.key.help": {"sv": "Hjälp", "en": "Help"},
    "importui.key.close": {"sv": "Stäng", "en": "Close"},
    "importui.key.yes": {"sv": "Ja", "en": "Yes"},
    "importui.key.no": {"sv": "Nej", "en": "No"},
    "importui.key.reimport": {"sv": "Läs in igen", "en": "Read in again"},
    "importui.key.quit": {"sv": "Avsluta", "en": "Quit"},
    # The table.
    "importui.col.date": {"sv": "Datum", "en": "Date"},
    "importui.col.customer": {"sv": "Kund", "en": "Customer"},
    "importui.col.project": {"sv": "Projekt", "en": "Project"},
    "importui.col.period": {"sv": "Period", "en": "Period"},
    "importui.col.status": {"sv": "Status", "en": "Status"},
    "importui.status.waiting": {"sv": "väntar", "en": "waiting"},
    "importui.status.unreadable": {"sv": "✗ kan ej listas", "en": "✗ not listable"},
    "importui.status.working": {"sv": "läser in …", "en": "reading …"},
    "importui.status.imported": {"sv": "✓ {kind} {number}", "en": "✓ {kind} {number}"},
    "importui.status.refused": {"sv": "✗ nekas", "en": "✗ refused"},
    "importui.status.consent": {"sv": "? nya poster", "en": "? new records"},
    "importui.status.failed": {"sv": "! fel", "en": "! failed"},
    "importui.status.would": {"sv": "→ {kind}", "en": "→ {kind}"},
    "importui.kind.invoice": {"sv": "faktura", "en": "invoice"},
    "importui.kind.order": {"sv": "order", "en": "order"},
    "importui.kind.credit": {"sv": "kredit", "en": "credit"},
    # What the screen says in its status line.
    "importui.connecting": {"sv": "Ansluter till Tid …", "en": "Connecting to Tid …"},
    "importui.listing": {
        "sv": "Hämtar väntande fakturaunderlag …",
        "en": "Fetching the waiting invoice bases …",
    },
    "importui.none_waiting": {
        "sv": "Inga fakturaunderlag väntar i Tid. F5 frågar igen.",
        "en": "No invoice bases wait in Tid. F5 asks again.",
    },
    "importui.running": {
        "sv": "Läser in {done} av {total} … (x stoppar efter underlaget i hand)",
        "en": "Reading in {done} of {total} … (x stops after the basis in hand)",
    },
    "importui.asking": {
        "sv": "Väntar på ditt svar: ska nya poster skapas i Administration?",
        "en": "Waiting for your answer: create new records in Administration?",
    },
    "importui.stopping": {
        "sv": "Stoppar efter underlaget i hand …",
        "en": "Stopping after the basis in hand …",
    },
    "importui.opening": {"sv": "Hämtar underlag {id} …", "en": "Fetching basis {id} …"},
    "importui.no_secret": {
        "sv": "Den hemliga nyckeln saknas. Tryck s och aktivera igen.",
        "en": "The secret is missing. Press s and activate again.",
    },
    # The consent dialog.
    "importui.consent.title": {
        "sv": "Skapa nya poster i Administration?",
        "en": "Create new records in Administration?",
    },
    # Other questions.
    "importui.quit.title": {"sv": "Avsluta under inläsning?", "en": "Quit during an import?"},
    "importui.quit.text": {
        "sv": "En inläsning pågår. Ska den stoppas efter underlaget i hand och programmet "
        "avslutas? Inget underlag blir halvt inläst.",
        "en": "An import is running. Stop it after the basis in hand and quit? No basis is "
        "left half read.",
    },
    "importui.reimport.title": {
        "sv": "Läsa in underlag {id} igen?",
        "en": "Read basis {id} in again?",
    },
    "importui.reimport.text": {
        "sv": "Underlag {id} är redan inläst som {kind} {number}. Läser du in det igen skapas "
        "ett nytt dokument; Tid behåller numret från första gången.",
        "en": "Basis {id} was read in as {kind} {number}. Reading it in again creates a new "
        "document; Tid keeps the number of the first time.",
    },
    "importui.reimport.done": {
        "sv": "Underlag {id} är inläst igen som {kind} {number}.",
        "en": "Basis {id} was read in again as {kind} {number}.",
    },
    "importui.reimport.not": {
        "sv": "Underlag {id} lästes inte in igen: {reason}",
        "en": "Basis {id} was not read in again: {reason}",
    },
    # Preview.
    "importui.preview.needs": {
        "sv": "    skapar först: {records}",
        "en": "    creates first: {records}",
    },
    # Summary.
    "importui.summary.title": {"sv": "Inläsningen är klar", "en": "The import is done"},
    "importui.summary.title_stopped": {
        "sv": "Inläsningen stoppades",
        "en": "The import was stopped",
    },
    "importui.summary.invoices": {"sv": "Nya fakturor: {numbers}", "en": "New invoices: {numbers}"},
    "importui.summary.orders": {"sv": "Nya ordrar: {numbers}", "en": "New orders: {numbers}"},
    "importui.summary.created": {"sv": "Skapade poster:", "en": "Records created:"},
    "importui.summary.refused": {"sv": "Nekade:", "en": "Refused:"},
    "importui.summary.failed": {
        "sv": "Misslyckade (r försöker igen):",
        "en": "Failed (r tries again):",
    },
    # "Underlag": the bare Tid id would read like an invoice number (both start at 1001).
    "importui.summary.line": {"sv": "  Underlag {id}: {reason}", "en": "  Basis {id}: {reason}"},
    "importui.summary.nothing": {
        "sv": "Inget underlag lästes in.",
        "en": "No basis was read in.",
    },
    # One basis.
    "importui.basis.title": {"sv": "Underlag {id}", "en": "Basis {id}"},
    "importui.basis.head": {
        "sv": "Kund: {customer} ({number})\nProjekt: {project}   Resultatenhet: {unit}\n"
        "Fakturadatum: {date}   Period: {period}\nVår referens: {ours}   Er referens: {yours}\n"
        "Summa: {sum} kr",
        "en": "Customer: {customer} ({number})\nProject: {project}   Result unit: {unit}\n"
        "Invoice date: {date}   Period: {period}\nOur reference: {ours}   Your reference: {yours}\n"
        "Sum: {sum} kr",
    },
    "importui.basis.rows": {"sv": "Rader:", "en": "Rows:"},
    "importui.basis.header_row": {"sv": "  [rubrik] {text}", "en": "  [header] {text}"},
    "importui.basis.sum_row": {"sv": "  [summa] {text}  {sum}", "en": "  [sum] {text}  {sum}"},
    "importui.basis.becomes": {
        "sv": "Blir: {kind} till kund {number}: netto {net}, moms {vat}, öresavrundning "
        "{rounding}, totalt {total} kr",
        "en": "Becomes: {kind} for customer {number}: net {net}, VAT {vat}, rounding "
        "{rounding}, total {total} kr",
    },
    "importui.basis.refused": {"sv": "Nekas: {reason}", "en": "Refused: {reason}"},
    "importui.basis.failed": {"sv": "Kunde inte hämtas: {error}", "en": "Could not fetch: {error}"},
    # History.
    "importui.history.title": {"sv": "Historik: inlästa underlag", "en": "History: bases read in"},
    "importui.history.empty": {
        "sv": "Inget underlag är inläst ännu.",
        "en": "No basis has been read in yet.",
    },
    "importui.history.col.basis": {"sv": "Underlag", "en": "Basis"},
    "importui.history.col.document": {"sv": "Dokument", "en": "Document"},
    "importui.history.col.state": {"sv": "Läge", "en": "State"},
    "importui.history.col.when": {"sv": "När", "en": "When"},
    "importui.history.confirmed": {"sv": "klar", "en": "done"},
    "importui.history.pending": {"sv": "ej bekräftad", "en": "unconfirmed"},
    "importui.history.working": {"sv": "Läser in igen …", "en": "Reading in again …"},
    # Administration's documents.
    "importui.documents.title": {
        "sv": "Administration: fakturor och ordrar",
        "en": "Administration: invoices and orders",
    },
    "importui.documents.empty": {
        "sv": "Administration har inga fakturor eller ordrar ännu.",
        "en": "Administration has no invoices or orders yet.",
    },
    "importui.documents.col.document": {"sv": "Dokument", "en": "Document"},
    "importui.documents.col.basis": {"sv": "Underlag", "en": "Basis"},
    "importui.documents.totals": {
        "sv": "Netto {net} · moms {vat} · öresavrundning {rounding} · totalt {total} kr",
        "en": "Net {net} · VAT {vat} · rounding {rounding} · total {total} kr",
    },
    # One row, the same in a basis and in the document it became; a document adds its VAT.
    "importui.row": {
        "sv": "  {article} {text}  {quantity} {unit} à {price}{discount} = {total}",
        "en": "  {article} {text}  {quantity} {unit} at {price}{discount} = {total}",
    },
    "importui.row.discount": {"sv": " −{discount} %", "en": " −{discount} %"},
    "importui.row.vat": {"sv": " (moms {vat_rate} %)", "en": " (VAT {vat_rate} %)"},
    "importui.row.text": {"sv": "  {text}", "en": "  {text}"},
    # The line above the keys: what waits, what is chosen, what was read in since the listing.
    "importui.waiting": {"sv": "{parts}", "en": "{parts}"},
    "importui.waiting_count.one": {
        "sv": "{count} fakturaunderlag väntar",
        "en": "{count} invoice basis waits",
    },
    "importui.waiting_count.other": {
        "sv": "{count} fakturaunderlag väntar",
        "en": "{count} invoice bases wait",
    },
    "importui.selected_count.one": {
        "sv": "{count} valt",
        "en": "{count} selected",
    },
    "importui.selected_count.other": {
        "sv": "{count} valda",
        "en": "{count} selected",
    },
    "importui.read_in_count.one": {
        "sv": "{count} inläst (F5 listar igen)",
        "en": "{count} read in (F5 lists again)",
    },
    "importui.read_in_count.other": {
        "sv": "{count} inlästa (F5 listar igen)",
        "en": "{count} read in (F5 lists again)",
    },
    "importui.previewing.one": {
        "sv": "Förhandsvisar {count} underlag …",
        "en": "Previewing {count} basis …",
    },
    "importui.previewing.other": {
        "sv": "Förhandsvisar {count} underlag …",
        "en": "Previewing {count} bases …",
    },
    "importui.reminder.one": {
        "sv": "Påminnelse {time}: {count} fakturaunderlag väntar i Tid (F5 visar dem).",
        "en": "Reminder {time}: {count} invoice basis waits in Tid (F5 shows it).",
    },
    "importui.reminder.other": {
        "sv": "Påminnelse {time}: {count} fakturaunderlag väntar i Tid (F5 visar dem).",
        "en": "Reminder {time}: {count} invoice bases wait in Tid (F5 shows them).",
    },
    "importui.reminder_new.one": {
        "sv": "{count} nytt fakturaunderlag har kommit i Tid. Tryck F5.",
        "en": "{count} new invoice basis arrived in Tid. Press F5.",
    },
    "importui.reminder_new.other": {
        "sv": "{count} nya fakturaunderlag har kommit i Tid. Tryck F5.",
        "en": "{count} new invoice bases arrived in Tid. Press F5.",
    },
    "importui.consent.text.one": {
        "sv": "{count} underlag hänvisar till poster som saknas i Administration. Ska de skapas "
        "så att underlaget kan läsas in? Svarar du nej nekas underlaget och väntar kvar i "
        "Tid.",
        "en": "{count} basis refers to records Administration lacks. Create them so the basis can "
        "be read in? If you answer no, the basis is refused and stays waiting in Tid.",
    },
    "importui.consent.text.other": {
        "sv": "{count} underlag hänvisar till poster som saknas i Administration. Ska de skapas "
        "så att underlagen kan läsas in? Svarar du nej nekas underlagen och väntar kvar i "
        "Tid.",
        "en": "{count} bases refer to records Administration lacks. Create them so the bases can "
        "be read in? If you answer no, those bases are refused and stay waiting in Tid.",
    },
    "importui.preview.title.one": {
        "sv": "Förhandsvisning: {count} underlag",
        "en": "Preview: {count} basis",
    },
    "importui.preview.title.other": {
        "sv": "Förhandsvisning: {count} underlag",
        "en": "Preview: {count} bases",
    },
    # A preview: nothing is written, so it says what each basis would become.
    "importui.preview.would": {
        "sv": "Underlag {id} · {customer}\n    skulle bli {kind} till kund {number}, {total} kr "
        "({rows})",
        "en": "Basis {id} · {customer}\n    would become {kind} for customer {number}, {total} kr "
        "({rows})",
    },
    "importui.preview.refused": {
        "sv": "Underlag {id} · {customer}\n    skulle nekas: {reason}\n    {next_step}",
        "en": "Basis {id} · {customer}\n    would be refused: {reason}\n    {next_step}",
    },
    "importui.preview.failed": {
        "sv": "Underlag {id}\n    kunde inte hämtas: {error}",
        "en": "Basis {id}\n    could not be fetched: {error}",
    },
    "importui.summary.stopped": {
        "sv": "Inläsningen stoppades efter {done}; {left} i Tid (i läser in resten).",
        "en": "The import was stopped after {done}; {left} in Tid (i reads in the rest).",
    },
    "importui.summary.earlier_invoices": {
        "sv": "Fakturor från en tidigare körning, nu klara i Tid: {numbers}",
        "en": "Invoices from an earlier run, now done in Tid: {numbers}",
    },
    "importui.summary.earlier_orders": {
        "sv": "Ordrar från en tidigare körning, nu klara i Tid: {numbers}",
        "en": "Orders from an earlier run, now done in Tid: {numbers}",
    },
    "importui.col.basis": {"sv": "Underlag", "en": "Basis"},
    # A basis's sum in Tid is before VAT; a document's total in Administration includes it.
    "importui.col.sum": {"sv": "Exkl. moms", "en": "Excl. VAT"},
    "importui.documents.col.total": {"sv": "Inkl. moms", "en": "Incl. VAT"},
    # Which time this basis was read in: 1 the first, 2 when it was read in again.
    "importui.history.col.generation": {"sv": "Inläsning nr", "en": "Read-in no."},
    # Help.
    "importui.help": {
        "sv": "Här visas fakturaunderlagen som väntar i Tid.\n\n"
        "mellanslag väljer raden, a väljer alla (eller inga)\n"
        "p förhandsvisar vad de valda blir och varför några nekas\n"
        "i läser in de valda (eller alla när inget är valt)\n"
        "x stoppar efter underlaget i hand; inget blir halvt inläst\n"
        "r försöker igen med de misslyckade\n"
        "enter visar underlaget med dess rader\n"
        "h historik, där ett underlag kan läsas in igen; där jämför k Tid med filen\n"
        "c visar fakturor och ordrar i Administration\n"
        "m Grunduppgifter: skickar kunder, artiklar, projekt och resultatenheter till Tid\n"
        "F5 hämtar listan igen, s öppnar inställningarna, Ctrl+Q avslutar.\n\n"
        "Nya kunder, projekt och resultatenheter skapas bara om du svarar ja.",
        "en": "This lists the invoice bases waiting in Tid.\n\n"
        "space selects the row, a selects all (or none)\n"
        "p previews what the selected become and why some are refused\n"
        "i reads in the selected (or all when none is selected)\n"
        "x stops after the basis in hand; no basis is left half read\n"
        "r retries the failed ones\n"
        "enter shows the basis with its rows\n"
        "h history, where a basis can be read in again; there k reconciles with Tid\n"
        "c shows Administration's invoices and orders\n"
        "m master data: sends customers, articles, projects and result units to Tid\n"
        "F5 fetches the list again, s opens setup, Ctrl+Q quits.\n\n"
        "New customers, projects and result units are created only when you say yes.",
    },
}
