"""The history screen's reconcile view (k). Its sentences are the command line's (the finding,
the repair, the re-import warning in catalog_reconcile); here only the screen's own words."""

MESSAGES: dict[str, dict[str, str]] = {
    "reconcileui.title": {
        "sv": "Kontroll: Tid, dokumenten och journalen",
        "en": "Reconcile: Tid, the documents, the journal",
    },
    "reconcileui.key.open": {"sv": "Kontrollera mot Tid", "en": "Reconcile with Tid"},
    "reconcileui.key.repair": {"sv": "Åtgärda", "en": "Repair"},
    "reconcileui.key.check": {"sv": "Kontrollera igen", "en": "Check again"},
    "reconcileui.col.basis": {"sv": "Underlag", "en": "Basis"},
    "reconcileui.col.tid": {"sv": "I Tid", "en": "In Tid"},
    "reconcileui.col.here": {"sv": "Här", "en": "Here"},
    "reconcileui.col.kind": {"sv": "Avvikelse", "en": "Finding"},
    "reconcileui.col.repair": {"sv": "Åtgärd", "en": "Repair"},
    "reconcileui.kind.missing_here": {"sv": "saknas här", "en": "missing here"},
    "reconcileui.kind.mark_lost": {"sv": "markering förlorad", "en": "mark lost"},
    "reconcileui.kind.number_mismatch": {"sv": "olika nummer", "en": "numbers differ"},
    "reconcileui.kind.pending": {"sv": "ej bekräftad", "en": "unconfirmed"},
    "reconcileui.checking": {
        "sv": "Jämför Tid, dokumenten och importjournalen …",
        "en": "Comparing Tid, the documents and the import journal …",
    },
    "reconcileui.repairing": {"sv": "Åtgärdar …", "en": "Repairing …"},
    "reconcileui.repair.title": {
        "sv": "Åtgärda det som kan åtgärdas?",
        "en": "Repair what can be repaired?",
    },
    "reconcileui.repair.text": {
        "sv": "Tid får numret på dokument som redan finns här, och journalposter som väntar "
        "slutförs. Inga nya dokument skapas; underlag som saknas här läses bara in igen "
        "med r, ett i taget.",
        "en": "Tid is told the number of documents that are already here, and pending journal "
        "entries are completed. No new document is made; a basis missing here is read in "
        "again only with r, one at a time.",
    },
    "importui.guard.reconcile": {
        "sv": "Tryck h och sedan k: där syns skillnaderna mot Tid, och där åtgärdas de.",
        "en": "Press h, then k: there the differences from Tid are shown and repaired.",
    },
}
