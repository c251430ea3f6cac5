"""Sending master data to Tid from the screen: the wizard step and the screen from the import."""

MESSAGES: dict[str, dict[str, str]] = {
    # The wizard step (its title, why and help follow the wizard's key pattern).
    "wizard.master_data.title": {"sv": "Grunduppgifter", "en": "Master data"},
    "wizard.master_data.why": {
        "sv": "Innan du börjar arbeta i Visma Tid Smart kan du föra över kunder, artiklar, "
        "projekt och resultatenheter från Administration, så att du har grunduppgifter att "
        "arbeta vidare med i Tid. Du kan också hoppa över steget.",
        "en": "Before you start working in Visma Tid Smart you can transfer customers, articles, "
        "projects and result units from Administration, so that Tid has master data to work "
        "with. You can also skip this step.",
    },
    "wizard.master_data.help": {
        "sv": "Här skickas de kunder, artiklar, projekt och resultatenheter som är markerade "
        "”skicka till Tid” i Administration. Tabellen visar för varje register hur många "
        "poster som är nya, ändrade och oförändrade jämfört med Tid.\n\n"
        "Nya poster skapas i Tid. Ändrade artiklar och projekt uppdateras; ändrade kunder och "
        "resultatenheter skickas inte, eftersom de ändras i Tid. Det som inte kan skickas "
        "visas med namn och skäl. Att skicka igen ändrar ingenting som redan är skickat.\n\n"
        "Tangenter: pilar väljer register, Mellanslag markerar eller avmarkerar det, S skickar "
        "de markerade, X avbryter en pågående överföring, F5 räknar om. Enter går vidare "
        "till sammanfattningen, med eller utan att något skickats; Esc går tillbaka. "
        "Överföringen kan också göras senare från importskärmen (M).",
        "en": "This sends the customers, articles, projects and result units that are marked "
        '"send to Tid" in Administration. The table shows, per register, how many records '
        "are new, changed and unchanged compared with Tid.\n\n"
        "New records are created in Tid. Changed articles and projects are updated; changed "
        "customers and result units are not sent, since they are edited in Tid. What cannot "
        "be sent is listed by name, with the reason. Sending again changes nothing that was "
        "already sent.\n\n"
        "Keys: arrows choose a register, Space marks or unmarks it, S sends the marked ones, "
        "X stops a transfer under way, F5 counts again. Enter goes on to the summary, whether "
        "anything was sent or not; Esc goes back. The transfer can also be made later from "
        "the import screen (M).",
    },
    "masterdata.activate_first": {
        "sv": "Aktivera API-applikationen och välj företag (eller skriv in Tids "
        "organisationsnummer) först; sedan kan grunduppgifterna skickas. Du kan också hoppa "
        "över steget med Enter.",
        "en": "Activate the API application and choose the company (or type Tid's "
        "organisation number) first; then the master data can be sent. You can also skip this "
        "step with Enter.",
    },
    # Keys shown in the Footer.
    "masterdata.key.toggle": {"sv": "Markera", "en": "Mark"},
    "masterdata.key.send": {"sv": "Skicka", "en": "Send"},
    "masterdata.key.stop": {"sv": "Avbryt", "en": "Stop"},
    "masterdata.key.refresh": {"sv": "Räkna om", "en": "Count again"},
    "masterdata.key.close": {"sv": "Stäng", "en": "Close"},
    "masterdata.key.open": {"sv": "Grunduppgifter", "en": "Master data"},
    # The table.
    "masterdata.column.register": {"sv": "Register", "en": "Register"},
    "masterdata.column.new": {"sv": "Nya", "en": "New"},
    "masterdata.column.changed": {"sv": "Ändrade", "en": "Changed"},
    "masterdata.column.unchanged": {"sv": "Oförändrade", "en": "Unchanged"},
    "masterdata.note.differs": {"sv": "skiljer sig: {count}", "en": "differ: {count}"},
    "masterdata.note.refused": {"sv": "kan inte skickas: {count}", "en": "cannot go: {count}"},
    # The action and what it says.
    "masterdata.send": {"sv": "Skicka", "en": "Send"},
    "masterdata.planning": {
        "sv": "Jämför Administration med Tid …",
        "en": "Comparing Administration with Tid …",
    },
    "masterdata.ready": {
        "sv": "Att skicka: {count}. Skicka med S, eller gå vidare med Enter.",
        "en": "To send: {count}. Send with S, or go on with Enter.",
    },
    "masterdata.ready_in_sync": {
        "sv": "Tid har redan allt som går att skicka. Gå vidare med Enter.",
        "en": "Tid already has everything that can be sent. Go on with Enter.",
    },
    "masterdata.sending": {"sv": "Skickar till Tid …", "en": "Sending to Tid …"},
    "masterdata.sending_count": {
        "sv": "Skickar till Tid (att skicka: {count}) …",
        "en": "Sending to Tid (to send: {count}) …",
    },
    "masterdata.stopping": {
        "sv": "Avbryter efter posten som skickas nu …",
        "en": "Stopping after the record being sent now …",
    },
    "masterdata.not_sent": {
        "sv": "Inget skickades: {reason}",
        "en": "Nothing was sent: {reason}",
    },
    # The result.
    "masterdata.result.line": {"sv": "{register} – {what}", "en": "{register} – {what}"},
    "masterdata.result.created": {"sv": "skapade: {count}", "en": "created: {count}"},
    "masterdata.result.updated": {"sv": "uppdaterade: {count}", "en": "updated: {count}"},
    "masterdata.result.already_there": {
        "sv": "fanns redan: {count}",
        "en": "already there: {count}",
    },
    "masterdata.result.refused": {
        "sv": "kan inte skickas: {count}",
        "en": "cannot be sent: {count}",
    },
    "masterdata.result.failed": {"sv": "misslyckades: {count}", "en": "failed: {count}"},
    "masterdata.result.nothing": {"sv": "inget att skicka", "en": "nothing to send"},
    "masterdata.result.all_sent": {
        "sv": "Klart. Skickade till Tid: {written}.",
        "en": "Done. Sent to Tid: {written}.",
    },
    "masterdata.result.some_left": {
        "sv": "Skickade: {written}. Kunde inte skickas: {left} (se nedan).",
        "en": "Sent: {written}. Could not be sent: {left} (see below).",
    },
    "masterdata.result.ended": {
        "sv": "Överföringen avbröts: {reason}",
        "en": "The transfer ended early: {reason}",
    },
    "masterdata.result.stopped_heading": {
        "sv": "Skickades inte (avbrutet; skickas nästa gång):",
        "en": "Not sent (stopped; sent next time):",
    },
    "masterdata.result.not_sent": {"sv": "inte skickad än", "en": "not sent yet"},
    # The wizard's summary line.
    "masterdata.summary.label": {"sv": "Grunduppgifter", "en": "Master data"},
    "masterdata.summary.skipped": {
        "sv": "hoppades över (kan skickas senare från importskärmen)",
        "en": "skipped (can be sent later from the import screen)",
    },
    "masterdata.summary.sent": {
        "sv": "skickade till Tid: {written}",
        "en": "sent to Tid: {written}",
    },
    "masterdata.summary.sent_some_left": {
        "sv": "skickade: {written}, kunde inte skickas: {left}",
        "en": "sent: {written}, could not be sent: {left}",
    },
    # The screen opened from the import screen.
    "masterdata.screen.title": {
        "sv": "tidwizard · Grunduppgifter till Tid",
        "en": "tidwizard · Master data to Tid",
    },
    "masterdata.screen.why": {
        "sv": "Skicka kunder, artiklar, projekt och resultatenheter som är markerade ”skicka "
        "till Tid” i Administration, så att Tid har grunduppgifter att arbeta vidare med.",
        "en": 'Send the customers, articles, projects and result units marked "send to Tid" '
        "in Administration, so that Tid has master data to work with.",
    },
    "masterdata.screen.help": {
        "sv": "Tabellen visar för varje register hur många poster som är nya, ändrade och "
        "oförändrade jämfört med Tid. Nya poster skapas i Tid; ändrade artiklar och projekt "
        "uppdateras; ändrade kunder och resultatenheter ändras i Tid och skickas inte. Det som "
        "inte kan skickas visas med namn och skäl. Att skicka igen ändrar ingenting som redan "
        "är skickat.\n\n"
        "Tangenter: pilar väljer register, Mellanslag markerar eller avmarkerar det, S skickar "
        "de markerade, X avbryter en pågående överföring, F5 räknar om, Esc stänger.",
        "en": "The table shows, per register, how many records are new, changed and unchanged "
        "compared with Tid. New records are created in Tid; changed articles and projects are "
        "updated; changed customers and result units are edited in Tid and not sent. What "
        "cannot be sent is listed by name, with the reason. Sending again changes nothing that "
        "was already sent.\n\n"
        "Keys: arrows choose a register, Space marks or unmarks it, S sends the marked ones, X "
        "stops a transfer under way, F5 counts again, Esc closes.",
    },
}
