"""Messages of the import: refusals, failures, consent and the `tidwizard import` command."""

MESSAGES: dict[str, dict[str, str]] = {
    # Refusals: each names its culprit.
    "import.refused.customer_number": {
        "sv": "Kundnumret ”{customer_number}” är inte numeriskt; Administration kräver numeriska "
        "kundnummer.",
        "en": 'Customer number "{customer_number}" is not numeric; Administration requires numeric '
        "customer numbers.",
    },
    "import.refused.customer_number_too_large": {
        "sv": "Kundnumret ”{customer_number}” är för stort för Administration.",
        "en": 'Customer number "{customer_number}" is too large for Administration.',
    },
    "import.refused.customer_number_zero": {
        "sv": "Kundnumret ”{customer_number}” är 0; Administration numrerar kunder från 1.",
        "en": 'Customer number "{customer_number}" is 0; Administration numbers customers from 1.',
    },
    "import.refused.project_code": {
        "sv": "Projektet ”{project}” har inget projektnummer i Tid, och Administration känner "
        "projekt bara på numret.",
        "en": 'The project "{project}" has no project number in Tid, and Administration knows '
        "projects only by their number.",
    },
    "import.refused.result_unit_code": {
        "sv": "Resultatenheten ”{result_unit}” har ingen kod i Tid, och Administration känner "
        "resultatenheter bara på koden.",
        "en": 'The result unit "{result_unit}" has no code in Tid, and Administration knows '
        "result units only by their code.",
    },
    "import.refused.customer_name": {
        "sv": "Kund {customer_number} saknar namn i Tid och kan inte skapas i Administration.",
        "en": "Customer {customer_number} has no name in Tid and cannot be created in "
        "Administration.",
    },
    "import.refused.no_rows": {
        "sv": "Underlaget har inga rader och skulle bli en tom faktura.",
        "en": "The basis has no rows and would become an empty invoice.",
    },
    "import.refused.missing_article": {
        "sv": "Artikel {article_number} ({article}) finns inte i Administration.",
        "en": "Article {article_number} ({article}) does not exist in Administration.",
    },
    "import.refused.package_article": {
        "sv": "Underlag med paketartiklar kan inte hämtas (artikel {article_number}, {article}).",
        "en": "Invoice bases with package articles cannot be read in (article {article_number}, "
        "{article}).",
    },
    "import.refused.row_sum": {
        "sv": "Rad {row} går inte ihop: {value} × {rate} med {discount} % rabatt blir {expected}, "
        "men raden säger {actual}.",
        "en": "Row {row} does not add up: {value} × {rate} with {discount} % discount makes "
        "{expected}, but the row says {actual}.",
    },
    "import.refused.discount": {
        "sv": "Rad {row} har rabatten {discount} %; en rabatt ligger mellan 0 och 100 %.",
        "en": "Row {row} has a discount of {discount} %; a discount lies between 0 and 100 %.",
    },
    "import.refused.quantity": {
        "sv": "Rad {row} har antalet {value}, som syns som 0,00 på fakturan.",
        "en": "Row {row} has the quantity {value}, which shows as 0.00 on the invoice.",
    },
    "import.refused.total_too_large": {
        "sv": "Underlaget blir {total} med moms, mer än Administration kan hålla (under {limit}).",
        "en": "The basis comes to {total} with VAT, more than Administration can hold (below "
        "{limit}).",
    },
    "import.refused.sum_mismatch": {
        "sv": "Raderna summerar till {rows_total} men underlagets summa är {basis_sum}.",
        "en": "The rows add up to {rows_total} but the basis sum is {basis_sum}.",
    },
    "import.refused.amount_without_article": {
        "sv": "Rad {row} ({text}) har beloppet {amount} men ingen artikel; en sådan rad kan inte "
        "bli en textrad utan att beloppet försvinner.",
        "en": "Row {row} ({text}) has the amount {amount} but no article; such a row cannot become "
        "a text row without losing the amount.",
    },
    "import.refused.needs_consent": {
        "sv": "Behöver nya poster i Administration: {records}.",
        "en": "Needs new records in Administration: {records}.",
    },
    "import.refused.already_transferred": {
        "sv": "Underlaget är redan överfört till ekonomisystemet med nummer {number}.",
        "en": "The basis has already been transferred to the economy system as number {number}.",
    },
    "import.refused.order_edition": {
        "sv": "Order finns bara i Administration 1000 och 2000; företaget har {edition}.",
        "en": "Orders exist only in Administration 1000 and 2000; the company has {edition}.",
    },
    # What to do about each refusal (Refusal.next_step), one per RefusalReason.
    "import.next_step": {"sv": "Gör så här: {step}", "en": "What to do: {step}"},
    "import.next.customer_number": {
        "sv": "ge kunden ett kundnummer av bara siffror i Tid och läs in underlaget igen.",
        "en": "give the customer a number of digits only in Tid and read the basis in again.",
    },
    "import.next.customer_number_too_large": {
        "sv": "ge kunden ett kortare kundnummer i Tid och läs in underlaget igen.",
        "en": "give the customer a shorter customer number in Tid and read the basis in again.",
    },
    "import.next.customer_number_zero": {
        "sv": "ge kunden ett kundnummer från 1 och uppåt i Tid och läs in underlaget igen.",
        "en": "give the customer a number from 1 up in Tid and read the basis in again.",
    },
    "import.next.customer_name": {
        "sv": "ge kunden ett namn i Tid och läs in underlaget igen.",
        "en": "give the customer a name in Tid and read the basis in again.",
    },
    "import.next.project_code": {
        "sv": "ge projektet ett projektnummer i Tid och läs in underlaget igen.",
        "en": "give the project a project number in Tid and read the basis in again.",
    },
    "import.next.result_unit_code": {
        "sv": "ge resultatenheten en kod i Tid och läs in underlaget igen.",
        "en": "give the result unit a code in Tid and read the basis in again.",
    },
    "import.next.no_rows": {
        "sv": "lägg till rader på underlaget i Tid och läs in det igen, eller ta bort det i Tid.",
        "en": "add rows to the basis in Tid and read it in again, or delete it in Tid.",
    },
    "import.next.missing_article": {
        "sv": "lägg upp artikel {article_number} i Administration (eller byt artikel på raden "
        "i Tid) och läs in underlaget igen.",
        "en": "add article {article_number} in Administration (or change the row's article in "
        "Tid) and read the basis in again.",
    },
    "import.next.package_article": {
        "sv": "ersätt paketartikel {article_number} med vanliga artiklar på underlaget i Tid och "
        "läs in det igen.",
        "en": "replace package article {article_number} with ordinary articles on the basis in "
        "Tid and read it in again.",
    },
    "import.next.row_sum": {
        "sv": "rätta antal, pris eller rabatt på rad {row} i Tid och läs in underlaget igen.",
        "en": "correct the quantity, price or discount of row {row} in Tid and read the basis "
        "in again.",
    },
    "import.next.discount": {
        "sv": "rätta rabatten på rad {row} i Tid och läs in underlaget igen.",
        "en": "correct the discount of row {row} in Tid and read the basis in again.",
    },
    "import.next.quantity": {
        "sv": "rätta antalet på rad {row} i Tid och läs in underlaget igen.",
        "en": "correct the quantity of row {row} in Tid and read the basis in again.",
    },
    "import.next.total_too_large": {
        "sv": "dela upp underlaget i flera mindre i Tid och läs in dem.",
        "en": "split the basis into smaller ones in Tid and read those in.",
    },
    "import.next.sum_mismatch": {
        "sv": "rätta underlaget i Tid så att raderna och summan stämmer, och läs in det igen.",
        "en": "correct the basis in Tid so that its rows and its sum agree, and read it in again.",
    },
    "import.next.amount_without_article": {
        "sv": "ange en artikel på rad {row} i Tid och läs in underlaget igen.",
        "en": "give row {row} an article in Tid and read the basis in again.",
    },
    "import.next.needs_consent": {
        "sv": "läs in igen och svara ja när programmet frågar om posterna ska skapas (på "
        "kommandoraden: kör med --create-missing).",
        "en": "import again and answer yes when asked to create the records (on the command "
        "line: run with --create-missing).",
    },
    "import.next.already_transferred": {
        "sv": "inget, om nummer {number} är ert: underlaget är redan överfört. Annars, ta reda "
        "på vilket system som har det innan något faktureras två gånger.",
        "en": "nothing, if number {number} is yours: the basis is transferred already. "
        "Otherwise find out which system has it before anything is invoiced twice.",
    },
    "import.next.order_edition": {
        "sv": "läs in som fakturor (--as invoice, eller i inställningarna), eller använd ett "
        "företag i Administration 1000 eller 2000.",
        "en": "read in as invoices (--as invoice, or in the settings), or use a company in "
        "Administration 1000 or 2000.",
    },
    # Counts (core.importer.tally), each in its singular and plural form.
    "import.count.sentence": {"sv": "{parts}.", "en": "{parts}."},
    "import.count.read_in.one": {"sv": "{count} inläst", "en": "{count} read in"},
    "import.count.read_in.other": {"sv": "{count} inlästa", "en": "{count} read in"},
    "import.count.read_in_now.one": {"sv": "{count} inläst nu", "en": "{count} read in now"},
    "import.count.read_in_now.other": {"sv": "{count} inlästa nu", "en": "{count} read in now"},
    "import.count.completed_earlier.one": {
        "sv": "{count} slutfört från en tidigare körning",
        "en": "{count} completed from an earlier run",
    },
    "import.count.completed_earlier.other": {
        "sv": "{count} slutförda från en tidigare körning",
        "en": "{count} completed from an earlier run",
    },
    "import.count.refused.one": {"sv": "{count} nekat", "en": "{count} refused"},
    "import.count.refused.other": {"sv": "{count} nekade", "en": "{count} refused"},
    "import.count.failed.one": {"sv": "{count} misslyckat", "en": "{count} failed"},
    "import.count.failed.other": {"sv": "{count} misslyckade", "en": "{count} failed"},
    "import.count.would.one": {"sv": "{count} skulle läsas in", "en": "{count} would be read in"},
    "import.count.would.other": {"sv": "{count} skulle läsas in", "en": "{count} would be read in"},
    "import.count.would_need_records.one": {
        "sv": "{count} skulle kräva nya poster",
        "en": "{count} would need new records",
    },
    "import.count.would_need_records.other": {
        "sv": "{count} skulle kräva nya poster",
        "en": "{count} would need new records",
    },
    "import.count.would_refuse.one": {
        "sv": "{count} skulle nekas",
        "en": "{count} would be refused",
    },
    "import.count.would_refuse.other": {
        "sv": "{count} skulle nekas",
        "en": "{count} would be refused",
    },
    "import.count.not_fetched.one": {
        "sv": "{count} kunde inte hämtas",
        "en": "{count} could not be fetched",
    },
    "import.count.not_fetched.other": {
        "sv": "{count} kunde inte hämtas",
        "en": "{count} could not be fetched",
    },
    "import.count.bases.one": {"sv": "{count} underlag", "en": "{count} invoice basis"},
    "import.count.bases.other": {"sv": "{count} underlag", "en": "{count} invoice bases"},
    "import.count.still_wait.one": {"sv": "{count} väntar kvar", "en": "{count} still waits"},
    "import.count.still_wait.other": {"sv": "{count} väntar kvar", "en": "{count} still wait"},
    "import.count.rows.one": {"sv": "{count} rad", "en": "{count} row"},
    "import.count.rows.other": {"sv": "{count} rader", "en": "{count} rows"},
    # Records that need consent, as they are listed.
    "import.missing.customer": {"sv": "kund {number} {name}", "en": "customer {number} {name}"},
    "import.missing.project": {"sv": "projekt {code} {title}", "en": "project {code} {title}"},
    "import.missing.result_unit": {
        "sv": "resultatenhet {code} {name}",
        "en": "result unit {code} {name}",
    },
    # Failures.
    # Settling a journal entry by hand (`import --resolve`).
    "import.resolve.explain_settled": {
        "sv": "Underlag {tid_invoice_id}: Administration har {kind} {number} för det, men Tid "
        "visar det överfört med nummer {tid_number}. Att avsluta posten behåller {kind} {number} "
        "i Administration, noterar journalposten som avslutad för hand och gör att senare "
        "importer slutar rapportera underlaget; Tid ändras inte. Kontrollera först var nummer "
        "{tid_number} kommer ifrån: är underlaget fakturerat även där, kreditera den ena "
        "fakturan så att kunden bara faktureras en gång.",
        "en": "Basis {tid_invoice_id}: Administration has {kind} {number} for it, but Tid shows "
        "it transferred as number {tid_number}. Settling keeps {kind} {number} in "
        "Administration, records the journal entry as settled by hand and stops later imports "
        "from reporting the basis; Tid is not changed. Check first where number {tid_number} "
        "comes from: if the basis is invoiced there too, credit one of the two invoices so the "
        "customer is invoiced only once.",
    },
    "import.resolve.explain_confirmed": {
        "sv": "Underlag {tid_invoice_id}: Tid har redan nummer {number} för det, som {kind} "
        "{number} i Administration; journalposten bekräftas.",
        "en": "Basis {tid_invoice_id}: Tid already has number {number} for it, as {kind} "
        "{number} in Administration; the journal entry is confirmed.",
    },
    "import.resolve.explain_waiting": {
        "sv": "Underlag {tid_invoice_id}: Tid visar det som väntande, så det finns inget att "
        "avsluta; nästa import markerar det med {kind} {number}.",
        "en": "Basis {tid_invoice_id}: Tid shows it as waiting, so there is nothing to settle; "
        "the next import marks it with {kind} {number}.",
    },
    "import.resolve.none": {
        "sv": "Underlag {tid_invoice_id} har ingen väntande journalpost; det finns inget att "
        "avsluta.",
        "en": "Basis {tid_invoice_id} has no pending journal entry; there is nothing to settle.",
    },
    "import.resolve.confirm": {
        "sv": "Avsluta posten? [j/N] ",
        "en": "Settle the entry? [y/N] ",
    },
    "import.resolve.cancelled": {
        "sv": "Avbrutet; inget ändrades.",
        "en": "Cancelled; nothing was changed.",
    },
    "import.resolve.settled": {
        "sv": "Underlag {tid_invoice_id}: avslutat för hand; {kind} {number} finns kvar i "
        "Administration.",
        "en": "Basis {tid_invoice_id}: settled by hand; {kind} {number} stays in Administration.",
    },
    "import.resolve.ours": {
        "sv": "Underlag {tid_invoice_id}: bekräftat; Tid har {kind} {number}.",
        "en": "Basis {tid_invoice_id}: confirmed; Tid has {kind} {number}.",
    },
    "import.opt.resolve": {
        "sv": "avsluta för hand en väntande journalpost vars underlag Tid visar med ett annat "
        "nummer: dokumentet i Administration behålls och senare importer rapporterar inte "
        "underlaget längre. Kontrollera först var Tids nummer kommer ifrån, så att kunden inte "
        "faktureras två gånger (med --dry-run: visa bara vad som skulle göras)",
        "en": "settle by hand a pending journal entry whose basis Tid shows with another "
        "number: the document in Administration is kept and later imports stop reporting the "
        "basis. Check first where Tid's number comes from, so the customer is not invoiced "
        "twice (with --dry-run: only show what would be done)",
    },
    "import.failed.conflict": {
        "sv": "Tid har redan underlaget överfört med nummer {tid_number}; {kind} {number} togs "
        "bort igen i Administration.",
        "en": "Tid already has the basis transferred as number {tid_number}; {kind} {number} was "
        "removed again from Administration.",
    },
    "import.failed.recovery_conflict": {
        "sv": "Tid har underlaget överfört med nummer {tid_number}, men Administration har {kind} "
        "{number} för det. Kontrollera dokumentet för hand och avsluta sedan posten med "
        "tidwizard import --resolve {tid_invoice_id}.",
        "en": "Tid has the basis transferred as number {tid_number}, but Administration has {kind} "
        "{number} for it. Check the document by hand, then settle the entry with "
        "tidwizard import --resolve {tid_invoice_id}.",
    },
    "import.failed.unconfirmed": {
        "sv": "{kind} {number} är skapad men Tid kunde inte meddelas ({error}). Det görs vid "
        "nästa import.",
        "en": "{kind} {number} was created but Tid could not be told ({error}). That happens on "
        "the next import.",
    },
    "import.failed.unwritable": {
        "sv": "Administration kunde inte spara underlaget ({error}); inget av det skrevs och det "
        "väntar kvar i Tid. Rätta underlaget i Tid och läs in igen.",
        "en": "Administration could not save the basis ({error}); nothing of it was written and "
        "it is still waiting in Tid. Correct the basis in Tid and import again.",
    },
    "import.failed.fetch": {
        "sv": "Underlaget kunde inte hämtas: {error}",
        "en": "The basis could not be fetched: {error}",
    },
    "import.failed.not_found": {
        "sv": "Underlaget {tid_invoice_id} finns inte i Tid.",
        "en": "Invoice basis {tid_invoice_id} does not exist in Tid.",
    },
    "import.failed.not_transferred": {
        "sv": "Underlaget {tid_invoice_id} är inte inläst än; det importeras på vanligt sätt.",
        "en": "Invoice basis {tid_invoice_id} has not been read in yet; import it the usual way.",
    },
    # Document kinds as they appear inside sentences.
    "import.kind.invoice": {"sv": "faktura", "en": "invoice"},
    "import.kind.credit": {"sv": "kreditfaktura", "en": "credit invoice"},
    "import.kind.order": {"sv": "order", "en": "order"},
    "import.cli.help": {
        "sv": "läs in fakturaunderlag från Tid som fakturor eller ordrar",
        "en": "read invoice bases from Tid in as invoices or orders",
    },
    "import.opt.as": {
        "sv": "läs in som faktura eller order (standard: enligt inställningarna)",
        "en": "read in as invoices or orders (default: from the settings)",
    },
    "import.opt.id": {
        "sv": "bara dessa fakturaunderlag (Tids id), i denna ordning",
        "en": "only these invoice bases (Tid ids), in this order",
    },
    "import.opt.dry_run": {
        "sv": "visa vad varje underlag blir, utan att skriva något",
        "en": "show what each basis becomes, without writing anything",
    },
    "import.opt.yes": {"sv": "läs in utan att fråga", "en": "read in without asking"},
    "import.opt.create_missing": {
        "sv": "skapa nya kunder, projekt och resultatenheter som underlagen behöver",
        "en": "create the new customers, projects and result units the bases need",
    },
    "import.opt.json": {
        "sv": "skriv resultatet som ett JSON-dokument",
        "en": "print the result as one JSON document",
    },
    "import.cli.needs_yes": {
        "sv": "Importen frågar inte utan skärm. Lägg till --yes (eller --dry-run för att bara "
        "titta).",
        "en": "The import does not ask without a screen. Add --yes (or --dry-run to only look).",
    },
    "import.cli.id_out_of_range": {
        "sv": "{option} {id}: ett fakturaunderlags id är ett heltal från 1 till {max}.",
        "en": "{option} {id}: an invoice basis id is a whole number from 1 to {max}.",
    },
    "import.cli.answer_yes": {"sv": "j", "en": "y"},
    "import.cli.stopping": {
        "sv": "Stoppar efter underlaget i hand … (Ctrl+C en gång till avslutar direkt; det som "
        "blir kvar slutförs nästa gång)",
        "en": "Stopping after the basis in hand … (Ctrl+C once more ends at once; what is left "
        "is completed next time)",
    },
    "import.cli.nothing": {
        "sv": "Inga fakturaunderlag väntar i Tid.",
        "en": "No invoice bases are waiting in Tid.",
    },
    "import.cli.cancelled": {
        "sv": "Avbrutet; inget lästes in.",
        "en": "Cancelled; nothing read in.",
    },
    "import.cli.line_imported": {
        "sv": "Underlag {tid_invoice_id}: inläst som {kind} {number}",
        "en": "Basis {tid_invoice_id}: read in as {kind} {number}",
    },
    "import.cli.line_would": {
        "sv": "Underlag {tid_invoice_id}: skulle bli {kind} till kund {customer}, {total} kr",
        "en": "Basis {tid_invoice_id}: would become {kind} for customer {customer}, {total} SEK",
    },
    "import.cli.line_refused": {
        "sv": "Underlag {tid_invoice_id}: nekat: {reason}",
        "en": "Basis {tid_invoice_id}: refused: {reason}",
    },
    "import.cli.line_failed": {
        "sv": "Underlag {tid_invoice_id}: misslyckades: {error}",
        "en": "Basis {tid_invoice_id}: failed: {error}",
    },
    "import.cli.line_created": {"sv": "Skapat: {record}", "en": "Created: {record}"},
    "import.cli.stopped": {
        "sv": "Stoppad efter {done}; {left}. Kör tidwizard import igen för att fortsätta.",
        "en": "Stopped after {done}; {left}. Run tidwizard import again to go on.",
    },
    "import.cli.stopped_at_once.one": {
        "sv": "Avslutad direkt; {count} underlag var inte klart. Inget är halvskrivet: nästa "
        "tidwizard import slutför det som hann skrivas och läser in resten.",
        "en": "Ended at once; {count} invoice basis was not finished. Nothing is half-written: "
        "the next tidwizard import completes what was written and reads the rest in.",
    },
    "import.cli.stopped_at_once.other": {
        "sv": "Avslutad direkt; {count} underlag var inte klara. Inget är halvskrivet: nästa "
        "tidwizard import slutför det som hann skrivas och läser in resten.",
        "en": "Ended at once; {count} invoice bases were not finished. Nothing is half-written: "
        "the next tidwizard import completes what was written and reads the rest in.",
    },
    "import.cli.confirm.one": {
        "sv": "Läsa in {count} underlag som {kind}? [j/N] ",
        "en": "Read in {count} basis as {kind}? [y/N] ",
    },
    "import.cli.confirm.other": {
        "sv": "Läsa in {count} underlag som {kind}? [j/N] ",
        "en": "Read in {count} bases as {kind}? [y/N] ",
    },
    "import.cli.recovered.one": {
        "sv": "Slutförde {count} import som en tidigare körning avbröts i: dokumentet fanns redan, "
        "Tid har nu fått numret.",
        "en": "Completed {count} import an earlier run was stopped in: the document was there "
        "already, Tid now has its number.",
    },
    "import.cli.recovered.other": {
        "sv": "Slutförde {count} importer som en tidigare körning avbröts i: dokumenten fanns "
        "redan, Tid har nu fått numren.",
        "en": "Completed {count} imports an earlier run was stopped in: the documents were "
        "there already, Tid now has their numbers.",
    },
}
