"""Messages of the setup service (shared by the wizard and ``tidwizard setup --yes``)."""

MESSAGES: dict[str, dict[str, str]] = {
    "setup.doctor_hint": {
        "sv": "Se vad tjänsten stöder: tidwizard doctor --url {url} --client-id {client_id} "
        "(den hemliga nyckeln på standard in eller i TIDWIZARD_SECRET; inget skrivs).",
        "en": "See what the service supports: tidwizard doctor --url {url} --client-id "
        "{client_id} (the secret on standard input or in TIDWIZARD_SECRET; nothing is written).",
    },
    "setup.problem.version_too_old": {
        "sv": "Administration version {version} saknar integrationen med Visma Tid, som finns "
        "från version {minimum}. Uppdatera Administration och starta sedan inställningen igen.",
        "en": "Administration version {version} lacks the Visma Tid integration, which exists "
        "from version {minimum}. Update Administration, then start the setup again.",
    },
    "setup.problem.orgnr_invalid": {
        "sv": "Organisationsnumret i Administration ({orgnr}) går inte att använda: {reason} "
        "Rätta det under {menu} och starta sedan inställningen igen.",
        "en": "The organisation number in Administration ({orgnr}) cannot be used: {reason} "
        "Correct it under {menu}, then start the setup again.",
    },
    "setup.error.missing_client_id": {
        "sv": "Ange API-applikationens applikations-id (inloggningsuppgifterna till Visma Tid).",
        "en": "Enter the API application's application id (the Visma Tid credentials).",
    },
    "setup.error.missing_secret": {
        "sv": "Ange API-applikationens hemliga nyckel.",
        "en": "Enter the API application's secret.",
    },
    "setup.error.no_companies": {
        "sv": "Inloggningen fungerar, men den når inget företag i Visma Tid. Kontrollera att "
        "användaren har behörighet till företaget i Tid och försök igen.",
        "en": "The login works but reaches no company in Visma Tid. Check that the user has "
        "access to the company in Tid and try again.",
    },
    "setup.error.unknown_company": {
        "sv": "Inloggningen når inget Tid-företag med id {id}. Företagen den når:\n{companies}",
        "en": "The login reaches no Tid company with id {id}. The companies it reaches:\n"
        "{companies}",
    },
    "setup.error.choose_company": {
        "sv": "Inloggningen når flera Tid-företag med samma organisationsnummer. Välj ett med "
        "--company ID:\n{companies}",
        "en": "The login reaches several Tid companies with the same organisation number. "
        "Choose one with --company ID:\n{companies}",
    },
    "setup.error.no_matching_company": {
        "sv": "Inget av Tid-företagen har organisationsnumret {orgnr} som Administration har. "
        "Organisationsnumret måste vara detsamma i båda programmen: ändra det i Tid under "
        "{tid_menu} eller i Administration under {admin_menu}. Företagen inloggningen når:\n"
        "{companies}",
        "en": "None of the Tid companies has the organisation number {orgnr} that "
        "Administration has. The organisation number must be the same in both programs: change "
        "it in Tid under {tid_menu} or in Administration under {admin_menu}. The companies the "
        "login reaches:\n{companies}",
    },
    "setup.error.orgnr_mismatch": {
        "sv": "Organisationsnumret skiljer sig: {name} har {tid_orgnr} i Tid, men Administration "
        "har {admin_orgnr}. Det måste vara detsamma i båda programmen: ändra det i Tid under "
        "{tid_menu} eller i Administration under {admin_menu}, och aktivera sedan igen.",
        "en": "The organisation numbers differ: {name} has {tid_orgnr} in Tid, but "
        "Administration has {admin_orgnr}. It must be the same in both programs: change it in "
        "Tid under {tid_menu} or in Administration under {admin_menu}, then activate again.",
    },
    "setup.company.mismatch_note": {
        "sv": "(annat organisationsnummer, kan inte väljas)",
        "en": "(different organisation number, cannot be chosen)",
    },
    "setup.company.own": {
        "sv": "API-applikationens eget företag",
        "en": "the API application's own company",
    },
    "setup.error.tid_orgnr_missing": {
        "sv": "Skriv organisationsnumret som står i Visma Tid under {menu}.",
        "en": "Enter the organisation number shown in Visma Tid under {menu}.",
    },
    "setup.error.tid_orgnr_invalid": {
        "sv": "Organisationsnumret från Tid går inte att använda: {reason}",
        "en": "The organisation number from Tid cannot be used: {reason}",
    },
    "setup.error.typed_orgnr_mismatch": {
        "sv": "Organisationsnumret skiljer sig: i Tid står {tid_orgnr} (som du skrev in), men "
        "Administration har {admin_orgnr}. Det måste vara detsamma i båda programmen: ändra det "
        "i Tid under {tid_menu} eller i Administration under {admin_menu}.",
        "en": "The organisation numbers differ: Tid has {tid_orgnr} (as you typed it), but "
        "Administration has {admin_orgnr}. It must be the same in both programs: change it in "
        "Tid under {tid_menu} or in Administration under {admin_menu}.",
    },
    "setup.error.tid_orgnr_needed": {
        "sv": "Tid visar inte organisationsnumret för programmet (tjänsten har ingen "
        "företagsadress). Läs numret i Visma Tid under {menu} och ange det med "
        "--tid-orgnr NNNNNN-NNNN. Inget sparades.",
        "en": "Tid does not show this program its organisation number (the service has no "
        "company endpoint). Read the number in Visma Tid under {menu} and give it with "
        "--tid-orgnr NNNNNN-NNNN. Nothing was saved.",
    },
    "setup.error.tid_orgnr_differs": {
        "sv": "--tid-orgnr {typed} är inte numret Tid anger för {name} ({tid_orgnr}). "
        "Kontrollera numret i Tid, eller utelämna --tid-orgnr: Tid anger det själv.",
        "en": "--tid-orgnr {typed} is not the number Tid gives for {name} ({tid_orgnr}). "
        "Check the number in Tid, or leave out --tid-orgnr: Tid gives it itself.",
    },
    "setup.error.company_not_listed": {
        "sv": "Tid listar inga företag för de här inloggningsuppgifterna; API-applikationens "
        "eget företag används. Utelämna --company.",
        "en": "Tid lists no companies for these credentials; the API application's own "
        "company is used. Leave out --company.",
    },
}
