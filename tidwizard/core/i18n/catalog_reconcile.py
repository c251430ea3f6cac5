"""Messages of the import's guard and of `tidwizard reconcile`."""

MESSAGES: dict[str, dict[str, str]] = {
    "guard.other_file": {
        "sv": "Företagsfilen är inte den som kopplades ihop med Tid (en annan fil ligger på "
        "samma plats). Inget lästes in. Kör tidwizard reconcile för att se hur Tid och filen "
        "skiljer sig, eller tidwizard setup för att koppla ihop den här filen.",
        "en": "The company file is not the one paired with Tid (another file is at the same "
        "place). Nothing was read in. Run tidwizard reconcile to see how Tid and the file "
        "differ, or tidwizard setup to pair this file.",
    },
    "guard.behind.one": {
        "sv": "Företagsfilen ligger efter Tid: {count} underlag ({ids}) är överfört i Tid med "
        "ett nummer i filens nummerserie som filen saknar, som efter en återställd "
        "säkerhetskopia. Nästa nummer skulle krocka, så inget lästes in. Kör tidwizard "
        "reconcile.",
        "en": "The company file is behind Tid: {count} basis ({ids}) is transferred in Tid under "
        "a number of the file's series that the file does not hold, as after restoring a "
        "backup. Its next numbers would collide, so nothing was read in. Run tidwizard "
        "reconcile.",
    },
    "guard.behind.other": {
        "sv": "Företagsfilen ligger efter Tid: {count} underlag ({ids}) är överförda i Tid med "
        "nummer i filens nummerserie som filen saknar, som efter en återställd "
        "säkerhetskopia. Nästa nummer skulle krocka, så inget lästes in. Kör tidwizard "
        "reconcile.",
        "en": "The company file is behind Tid: {count} bases ({ids}) are transferred in Tid "
        "under numbers of the file's series that the file does not hold, as after restoring "
        "a backup. Its next numbers would collide, so nothing was read in. Run tidwizard "
        "reconcile.",
    },
    "reconcile.kind.missing_here": {
        "sv": "Underlag {tid_invoice_id}: överfört i Tid som nummer {tid_number}, men filen har "
        "ingen journalpost för det (en återställd säkerhetskopia, eller inläst någon annanstans).",
        "en": "Basis {tid_invoice_id}: transferred in Tid as number {tid_number}, but the file "
        "has no journal entry for it (a restored backup, or read in elsewhere).",
    },
    "reconcile.kind.mark_lost": {
        "sv": "Underlag {tid_invoice_id}: {kind} {number} finns här, men Tid visar underlaget "
        "som väntande (markeringen gick förlorad).",
        "en": "Basis {tid_invoice_id}: {kind} {number} is here, but Tid shows the basis as "
        "waiting (the mark was lost).",
    },
    "reconcile.kind.number_mismatch": {
        "sv": "Underlag {tid_invoice_id}: {kind} {number} här, men Tid visar nummer {tid_number}.",
        "en": "Basis {tid_invoice_id}: {kind} {number} here, but Tid shows number {tid_number}.",
    },
    "reconcile.kind.pending": {
        "sv": "Underlag {tid_invoice_id}: journalposten för {kind} {number} väntar fortfarande "
        "på att Tid ska få numret.",
        "en": "Basis {tid_invoice_id}: the journal entry of {kind} {number} is still pending: "
        "Tid may not have been told the number.",
    },
    "reconcile.repair.reimport_if_asked": {
        "sv": "{how} läser in det igen",
        "en": "{how} reads it in again",
    },
    "reconcile.repair.mark": {
        "sv": "{how} markerar det i Tid med numret här",
        "en": "{how} marks it in Tid with the number here",
    },
    "reconcile.repair.complete": {
        "sv": "{how} slutför posten (markerar i Tid, bekräftar)",
        "en": "{how} completes the entry (marks it in Tid, confirms)",
    },
    "reconcile.repair.by_hand": {
        "sv": "kontrollera för hand; {how} ändrar inget",
        "en": "check it by hand; {how} changes nothing",
    },
    "reconcile.reimport.not_missing": {
        "sv": "Underlag {tid_invoice_id} saknas inte i filen; det lästes inte in igen.",
        "en": "Basis {tid_invoice_id} is not missing from the file; it was not read in again.",
    },
    "reconcile.done.marked": {
        "sv": "markerat i Tid med nummer {number}",
        "en": "marked in Tid with number {number}",
    },
    "reconcile.done.document": {"sv": "{kind} {number}", "en": "{kind} {number}"},
    "reconcile.cli.none": {
        "sv": "Tid, dokumenten och importjournalen stämmer överens.",
        "en": "Tid, the documents and the import journal agree.",
    },
    "reconcile.cli.line_repaired": {
        "sv": "Underlag {tid_invoice_id}: åtgärdat: {detail}",
        "en": "Basis {tid_invoice_id}: repaired: {detail}",
    },
    "reconcile.cli.line_failed": {
        "sv": "Underlag {tid_invoice_id}: inte åtgärdat: {detail}",
        "en": "Basis {tid_invoice_id}: not repaired: {detail}",
    },
    "reconcile.cli.remaining.one": {
        "sv": "{count} avvikelse kvarstår.",
        "en": "{count} finding remains.",
    },
    "reconcile.cli.remaining.other": {
        "sv": "{count} avvikelser kvarstår.",
        "en": "{count} findings remain.",
    },
    "reconcile.cli.reimport_warning": {
        "sv": "Att läsa in underlag {ids} igen skapar nya dokument i den här filen. Fakturorna "
        "kan redan finnas i en annan kopia av företaget (filen som användes när de lästes in "
        "första gången); kontrollera det innan de skickas till kunder.",
        "en": "Reading bases {ids} in again makes new documents in this file. The invoices may "
        "already exist in another copy of the company (the file used when they were first "
        "read in); check that before they go to customers.",
    },
    "reconcile.cli.confirm": {
        "sv": "Läsa in dem igen? [j/N] ",
        "en": "Read them in again? [y/N] ",
    },
    "reconcile.cli.cancelled": {
        "sv": "Avbrutet; inget ändrades.",
        "en": "Cancelled; nothing was changed.",
    },
    "reconcile.cli.reimport_needs_repair": {
        "sv": "--reimport kräver --repair.",
        "en": "--reimport needs --repair.",
    },
    "reconcile.cli.reimport_needs_yes": {
        "sv": "Utan terminal krävs --yes (eller --json) för --reimport.",
        "en": "Without a terminal, --reimport needs --yes (or --json).",
    },
    "reconcile.cli.reimport_one_client": {
        "sv": "--reimport gäller en klient; ange --client i stället för --all-clients.",
        "en": "--reimport is for one client; give --client instead of --all-clients.",
    },
    "reconcile.cli.client_or_all": {
        "sv": "Ange antingen --client eller --all-clients, inte båda.",
        "en": "Give either --client or --all-clients, not both.",
    },
    "reconcile.cli.client": {"sv": "Klient {name}", "en": "Client {name}"},
}
