"""Messages of the commands `status`, `check` and `setup --yes`."""

MESSAGES: dict[str, dict[str, str]] = {
    "cli.not_set_up": {
        "sv": "tidwizard är inte inställt ännu. Kör tidwizard setup för att koppla ihop Visma Tid "
        "med Administration.",
        "en": "tidwizard is not set up yet. Run tidwizard setup to connect Visma Tid to "
        "Administration.",
    },
    "cli.no_secret": {
        "sv": "Den hemliga nyckeln till API-applikationen {client_id} i Visma Tid finns inte "
        "sparad. Kör tidwizard setup igen, eller ange nyckeln i miljövariabeln TIDWIZARD_SECRET.",
        "en": "The secret of the Visma Tid API application {client_id} is not saved. Run "
        "tidwizard setup again, or give the secret in the TIDWIZARD_SECRET environment variable.",
    },
    "cli.check.none_waiting": {
        "sv": "Inga fakturaunderlag väntar",
        "en": "No invoice bases are waiting",
    },
    "cli.check.one_waiting": {
        "sv": "1 fakturaunderlag väntar på att läsas in",
        "en": "1 invoice basis is waiting to be read in",
    },
    "cli.check.many_waiting": {
        "sv": "{count} fakturaunderlag väntar på att läsas in",
        "en": "{count} invoice bases are waiting to be read in",
    },
    "cli.status.title": {"sv": "tidwizard – status", "en": "tidwizard – status"},
    "cli.status.url": {"sv": "Visma Tid-adress", "en": "Visma Tid address"},
    "cli.status.client_id": {"sv": "API-applikation (id)", "en": "API application (id)"},
    "cli.status.secret": {"sv": "Hemlig nyckel", "en": "Secret"},
    "cli.status.secret_missing": {"sv": "saknas", "en": "missing"},
    "cli.status.secret_file": {"sv": "Nyckelfilen", "en": "Secret file"},
    "cli.status.secret_made_private": {
        "sv": "var läsbar för andra (behörighet {mode}); nu privat (0600)",
        "en": "was readable by others (permissions {mode}); made private (0600)",
    },
    "cli.status.tid_company": {"sv": "Tid-företag", "en": "Tid company"},
    "cli.status.administration": {"sv": "Administration", "en": "Administration"},
    "cli.status.administration_path": {"sv": "Företagsfil", "en": "Company file"},
    "cli.status.import_as": {"sv": "Läses in som", "en": "Read in as"},
    "cli.status.as_invoice": {"sv": "fakturor", "en": "invoices"},
    "cli.status.as_order": {"sv": "ordrar", "en": "orders"},
    "cli.status.reminder": {"sv": "Påminnelse", "en": "Reminder"},
    "cli.status.reminder_off": {"sv": "av", "en": "off"},
    "cli.status.company_line": {
        "sv": "{name} ({orgnr}), id {id}",
        "en": "{name} ({orgnr}), id {id}",
    },
    "cli.status.administration_line": {
        "sv": "{name} ({orgnr}), Administration {edition} version {version}",
        "en": "{name} ({orgnr}), Administration {edition} version {version}",
    },
    "cli.status.tid": {"sv": "Visma Tid svarar", "en": "Visma Tid answers"},
    "cli.status.tid_ok": {
        "sv": "ja, inloggningen fungerar",
        "en": "yes, the login works",
    },
    "cli.status.tid_not_ok": {"sv": "nej", "en": "no"},
    "cli.status.tid_unchecked": {"sv": "inte kontrollerat", "en": "not checked"},
    "cli.status.orgnr": {"sv": "Organisationsnummer", "en": "Organisation number"},
    "cli.status.orgnr_match": {
        "sv": "samma i Tid och Administration",
        "en": "the same in Tid and Administration",
    },
    "cli.status.orgnr_unchecked": {
        "sv": "Organisationsnumret kunde inte jämföras: Tid visar det inte, och inget nummer "
        "från Tid sparades vid inställningen. Läs det i Tid ({menu}) och kör tidwizard setup "
        "igen (utan skärm: --tid-orgnr NNNNNN-NNNN).",
        "en": "The organisation number could not be compared: Tid does not show it, and no "
        "number from Tid was saved at setup. Read it in Tid ({menu}) and run tidwizard setup "
        "again (without a screen: --tid-orgnr NNNNNN-NNNN).",
    },
    "cli.status.orgnr_source": {"sv": "Kontrollerat", "en": "Checked"},
    "cli.status.orgnr_source_tid": {
        "sv": "mot Tids företagsuppgifter",
        "en": "against Tid's company details",
    },
    "cli.status.orgnr_source_typed": {
        "sv": "mot numret som skrevs in från Tid vid inställningen (Tid visar det inte)",
        "en": "against the number typed from Tid at setup (Tid does not show it)",
    },
    "cli.status.own_company_line": {
        "sv": "API-applikationens eget företag ({orgnr})",
        "en": "the API application's own company ({orgnr})",
    },
    "cli.status.orgnr_mismatch": {
        "sv": "skiljer sig mellan Tid och Administration",
        "en": "differs between Tid and Administration",
    },
    "cli.status.pending": {"sv": "Fakturaunderlag", "en": "Invoice bases"},
    "cli.status.pending_count": {
        "sv": "{count} väntar på att läsas in",
        "en": "{count} waiting to be read in",
    },
    "cli.status.problems": {"sv": "Att åtgärda:", "en": "To fix:"},
    "cli.status.all_well": {
        "sv": "Allt är klart för att läsa in fakturaunderlag.",
        "en": "All is ready to read invoice bases in.",
    },
    "cli.setup.need_client_id": {
        "sv": "Ange API-applikationens id med --client-id ID (Tid: Inställningar - "
        "Integrationer - API-applikationer).",
        "en": "Give the API application's id with --client-id ID (Tid: Inställningar - "
        "Integrationer - API-applikationer).",
    },
    "cli.setup.need_secret": {
        "sv": "Den hemliga nyckeln saknas. Ange den i miljövariabeln TIDWIZARD_SECRET eller på "
        "standard input, till exempel: printf '%s' \"$NYCKEL\" | tidwizard setup --yes ...",
        "en": "The secret is missing. Give it in the TIDWIZARD_SECRET environment variable or "
        "on standard input, for example: printf '%s' \"$SECRET\" | tidwizard setup --yes ...",
    },
    "cli.setup.orders_not_available": {
        "sv": "Obs: Administration {edition} kan bara läsa in fakturaunderlag som fakturor "
        "(order finns i Administration 1000 och 2000). Inställningen sparas som faktura.",
        "en": "Note: Administration {edition} can read invoice bases in only as invoices "
        "(orders exist in Administration 1000 and 2000). The setting is saved as invoice.",
    },
    "cli.setup.saved": {
        "sv": "Klart: Visma Tid-företaget {tid_name} ({tid_orgnr}) är kopplat till {admin_name} "
        "i Administration.",
        "en": "Done: the Visma Tid company {tid_name} ({tid_orgnr}) is connected to "
        "{admin_name} in Administration.",
    },
    "cli.setup.saved_own_company": {
        "sv": "Klart: API-applikationens eget företag i Visma Tid (organisationsnummer "
        "{tid_orgnr}, inskrivet från Tid) är kopplat till {admin_name} i Administration.",
        "en": "Done: the API application's own company in Visma Tid (organisation number "
        "{tid_orgnr}, typed from Tid) is connected to {admin_name} in Administration.",
    },
    "cli.setup.saved_details": {
        "sv": "Fakturaunderlag läses in som {import_as}; påminnelse: {reminder}; hemlig nyckel "
        "sparad i {backend}.",
        "en": "Invoice bases are read in as {import_as}; reminder: {reminder}; secret saved in "
        "{backend}.",
    },
}
