"""Sending master data (customers, articles, projects, result units) from Administration to Tid."""

MESSAGES: dict[str, dict[str, str]] = {
    # The registers, as the plan, the progress and the report name them.
    "export.register.costcenters": {"sv": "Resultatenheter", "en": "Result units"},
    "export.register.customers": {"sv": "Kunder", "en": "Customers"},
    "export.register.articles": {"sv": "Artiklar", "en": "Articles"},
    "export.register.projects": {"sv": "Projekt", "en": "Projects"},
    # Fields, as a refusal or a difference names them.
    "export.field.name": {"sv": "namnet", "en": "the name"},
    "export.field.title": {"sv": "benämningen", "en": "the title"},
    "export.field.code": {"sv": "koden", "en": "the code"},
    "export.field.customer_number": {"sv": "kundnumret", "en": "the customer number"},
    "export.field.article_number": {"sv": "artikelnumret", "en": "the article number"},
    "export.field.order_number": {"sv": "projektkoden", "en": "the project code"},
    "export.field.organizational_or_social_security_number": {
        "sv": "organisationsnumret",
        "en": "the organisation number",
    },
    "export.field.email": {"sv": "e-postadressen", "en": "the e-mail address"},
    "export.field.unit": {"sv": "enheten", "en": "the unit"},
    "export.field.price": {"sv": "priset", "en": "the price"},
    "export.field.is_package": {"sv": "paketartikel", "en": "package article"},
    "export.field.customer": {"sv": "kunden", "en": "the customer"},
    "export.field.cost_center": {"sv": "resultatenheten", "en": "the result unit"},
    "export.field.end_date": {"sv": "slutdatumet", "en": "the end date"},
    # Why a record is not sent.
    "export.refused.customer_number": {
        "sv": "Kundnumret {number} är inte numeriskt. Tid och Administration kräver siffror; "
        "ändra kundnumret i Administration.",
        "en": "The customer number {number} is not numeric. Tid and Administration need digits; "
        "change the customer number in Administration.",
    },
    "export.refused.too_long": {
        "sv": "För långt: {field} har {length} tecken, men Tid tar emot högst {limit}. "
        "Korta det i Administration.",
        "en": "Too long: {field} has {length} characters, but Tid accepts at most {limit}. "
        "Shorten it in Administration.",
    },
    "export.refused.empty": {
        "sv": "Uppgift saknas: {field}. Fyll i den i Administration.",
        "en": "Missing: {field}. Fill it in in Administration.",
    },
    "export.refused.invalid": {
        "sv": "Tid tar inte emot {field} {value}. Rätta det i Administration.",
        "en": "Tid does not accept {field} {value}. Correct it in Administration.",
    },
    "export.refused.customer_not_flagged": {
        "sv": "Projektets kund {key} är inte markerad för att skickas till Tid och finns inte där. "
        "Markera kunden i Administration och skicka igen.",
        "en": "The project's customer {key} is not marked to be sent to Tid and is not there. "
        "Mark the customer in Administration and send again.",
    },
    "export.refused.customer_missing": {
        "sv": "Projektets kund {key} finns varken i Administration eller i Tid.",
        "en": "The project's customer {key} exists neither in Administration nor in Tid.",
    },
    "export.refused.customer_refused": {
        "sv": "Projektets kund {key} kan inte skickas (se kunderna), så inte heller projektet.",
        "en": "The project's customer {key} cannot be sent (see the customers), so neither "
        "can the project.",
    },
    "export.refused.customer_not_selected": {
        "sv": "Projektets kund {key} finns inte i Tid än. Skicka kunderna samtidigt.",
        "en": "The project's customer {key} is not in Tid yet. Send the customers too.",
    },
    "export.refused.result_unit_not_flagged": {
        "sv": "Projektets resultatenhet {key} är inte markerad för att skickas till Tid och finns "
        "inte där. Markera den i Administration och skicka igen.",
        "en": "The project's result unit {key} is not marked to be sent to Tid and is not there. "
        "Mark it in Administration and send again.",
    },
    "export.refused.result_unit_missing": {
        "sv": "Projektets resultatenhet {key} finns varken i Administration eller i Tid.",
        "en": "The project's result unit {key} exists neither in Administration nor in Tid.",
    },
    "export.refused.result_unit_refused": {
        "sv": "Projektets resultatenhet {key} kan inte skickas (se resultatenheterna), så inte "
        "heller projektet.",
        "en": "The project's result unit {key} cannot be sent (see the result units), so neither "
        "can the project.",
    },
    "export.refused.result_unit_not_selected": {
        "sv": "Projektets resultatenhet {key} finns inte i Tid än. Skicka resultatenheterna "
        "samtidigt.",
        "en": "The project's result unit {key} is not in Tid yet. Send the result units too.",
    },
    # What happened to a record during the run.
    "export.outcome.created": {"sv": "skapad i Tid", "en": "created in Tid"},
    "export.outcome.updated": {"sv": "uppdaterad i Tid", "en": "updated in Tid"},
    "export.outcome.already_there": {"sv": "fanns redan i Tid", "en": "already in Tid"},
    "export.outcome.failed": {"sv": "misslyckades", "en": "failed"},
    "export.failed.unavailable": {
        "sv": "Skickades inte: Tid tar inte emot {register} via sitt API. Lägg in dem direkt i "
        "Tid; de andra registren skickas som vanligt.",
        "en": "Not sent: Tid does not take {register} through its API. Add them in Tid "
        "itself; the other registers are sent as usual.",
    },
    "export.failed.customer": {
        "sv": "Skickades inte: projektets kund {key} kunde inte skapas i Tid.",
        "en": "Not sent: the project's customer {key} could not be created in Tid.",
    },
    "export.failed.result_unit_in_tid": {
        "sv": "Skickades inte: projektets resultatenhet {key} finns inte i Tid, och Tid tar inte "
        "emot resultatenheter via sitt API. Lägg in den i Tid och skicka igen.",
        "en": "Not sent: the project's result unit {key} is not in Tid, and Tid does not take "
        "result units through its API. Add it in Tid and send again.",
    },
    "export.failed.result_unit": {
        "sv": "Skickades inte: projektets resultatenhet {key} kunde inte skapas i Tid.",
        "en": "Not sent: the project's result unit {key} could not be created in Tid.",
    },
    "export.differs": {
        "sv": "Skiljer sig i Tid ({fields}). Kunder och resultatenheter ändras i Tid, inte "
        "härifrån.",
        "en": "Differs in Tid ({fields}). Customers and result units are edited in Tid, not "
        "from here.",
    },
    # The summary.
    # "label: count", as on the master-data screen: "1 nya" or "1 differ" never reads.
    "export.plan.line": {
        "sv": "{register} – nya: {new}, ändrade: {changed}, oförändrade: {unchanged}, "
        "skiljer sig: {differs}, kan inte skickas: {refused}",
        "en": "{register} – new: {new}, changed: {changed}, unchanged: {unchanged}, "
        "differ: {differs}, cannot be sent: {refused}",
    },
    "export.report.line": {
        "sv": "{register} – skapade: {created}, uppdaterade: {updated}, oförändrade: "
        "{unchanged}, skiljer sig: {differs}, kan inte skickas: {refused}, misslyckades: "
        "{failed}",
        "en": "{register} – created: {created}, updated: {updated}, unchanged: {unchanged}, "
        "differ: {differs}, cannot be sent: {refused}, failed: {failed}",
    },
    "export.in_sync": {
        "sv": "Inget att skicka: Tid har redan allt som går att skicka.",
        "en": "Nothing to send: Tid already has everything that can be sent.",
    },
    "export.dry_run": {
        "sv": "Provkörning: inget skickades till Tid.",
        "en": "Dry run: nothing was sent to Tid.",
    },
    "export.stopped": {
        "sv": "Exporten avbröts. Kör den igen för att skicka resten; inget skickas två gånger.",
        "en": "The export was stopped. Run it again to send the rest; nothing is sent twice.",
    },
    "export.difference": {
        "sv": "{field}: {administration} i Administration, {tid} i Tid",
        "en": "{field}: {administration} in Administration, {tid} in Tid",
    },
    "export.heading.differs": {
        "sv": "Skiljer sig i Tid men skickas inte (ändras i Tid):",
        "en": "Differ in Tid but are not sent (edited in Tid):",
    },
    "export.heading.refused": {"sv": "Kan inte skickas:", "en": "Cannot be sent:"},
    "export.heading.failed": {"sv": "Misslyckades:", "en": "Failed:"},
    "export.cli.not_set_up": {
        "sv": "tidwizard är inte inställt än. Kör tidwizard setup först.",
        "en": "tidwizard is not set up yet. Run tidwizard setup first.",
    },
    "export.cli.no_secret": {
        "sv": "Det finns ingen sparad hemlig nyckel för API-applikationen {client_id} i Tid. Kör "
        "tidwizard setup igen, eller ange den i TIDWIZARD_SECRET.",
        "en": "No secret is saved for the Tid API application {client_id}. Run tidwizard setup "
        "again, or give it in TIDWIZARD_SECRET.",
    },
    "export.record.line": {"sv": "  {key} {name}: {message}", "en": "  {key} {name}: {message}"},
    "export.usage.only": {
        "sv": "Okänt register i --only: {name}. Välj bland {choices}.",
        "en": "Unknown register in --only: {name}. Choose from {choices}.",
    },
}
