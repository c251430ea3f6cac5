"""Messages of the Tid client: what went wrong talking to Tid, and what to do next."""

MESSAGES: dict[str, dict[str, str]] = {
    "tid.error.tid_error": {
        "sv": "Något gick fel i kontakten med Visma Tid. Försök igen om en stund.",
        "en": "Something went wrong talking to Visma Tid. Try again in a moment.",
    },
    "tid.error.invalid_url": {
        "sv": "”{url}” är ingen giltig adress till Tid. Ange en fullständig adress som börjar "
        "med https://, till exempel den förifyllda {default}.",
        "en": "“{url}” is not a valid Tid address. Enter a full address that starts with "
        "https://, such as the prefilled {default}.",
    },
    "tid.error.insecure_url": {
        "sv": "Adressen {url} använder okrypterad http, och då skulle inloggningsuppgifterna "
        "skickas i klartext. Använd https:// (http tillåts bara till den egna datorn).",
        "en": "The address {url} uses unencrypted http, which would send your login in plain "
        "text. Use https:// (http is only allowed to this computer itself).",
    },
    "tid.error.invalid_credentials": {
        "sv": "Tid godkände inte inloggningsuppgifterna. Kontrollera applikations-id och hemlig "
        "nyckel för API-applikationen (Tid: Inställningar - Integrationer - API-applikationer) "
        "och försök igen.",
        "en": "Tid did not accept the login. Check the application id and secret of the API "
        "application (Tid: Inställningar - Integrationer - API-applikationer) and try again.",
    },
    "tid.error.access_refused": {
        "sv": "Tid känner igen API-applikationen men släpper inte in den härifrån (HTTP 403). "
        "Har applikationen en lista över tillåtna IP-adresser (Tid: Inställningar - "
        "Integrationer - API-applikationer), lägg till den här datorns publika adress. En "
        "byrå använder kundföretagets egen API-applikation, inte en inloggning från "
        "partnerportalen.",
        "en": "Tid knows the API application but does not let it in from here (HTTP 403). If "
        "the application has an IP allow-list (Tid: Inställningar - Integrationer - "
        "API-applikationer), add this computer's public address to it. An agency uses the "
        "client company's own API application, not a partner-portal login.",
    },
    "tid.error.permission_missing": {
        "sv": "API-applikationen saknar en behörighet i Tid: {permission}. En administratör "
        "lägger till den under Inställningar - Integrationer - API-applikationer; försök "
        "sedan igen.",
        "en": "The API application lacks a permission in Tid: {permission}. An administrator "
        "adds it under Inställningar - Integrationer - API-applikationer; then try again.",
    },
    "tid.error.register_unavailable": {
        "sv": "Tid tar inte emot {register} via sitt API. Lägg in dem direkt i Tid.",
        "en": "Tid does not take {register} through its API. Add them in Tid itself.",
    },
    "tid.permission.line": {"sv": "{area}: {access}", "en": "{area}: {access}"},
    "tid.register.invoices": {"sv": "fakturaunderlag", "en": "invoice bases"},
    "tid.register.contacts": {"sv": "kontakter (kunder)", "en": "contacts (customers)"},
    "tid.register.projects": {"sv": "projekt", "en": "projects"},
    "tid.register.articles": {"sv": "artiklar", "en": "articles"},
    "tid.register.costcenters": {"sv": "resultatenheter", "en": "result units"},
    "tid.register.company": {"sv": "företagsuppgifter", "en": "company details"},
    "tid.register.other": {"sv": "den här delen av API:et", "en": "this part of the API"},
    "tid.access.read": {"sv": "läsa", "en": "read"},
    "tid.access.write": {"sv": "skriva", "en": "write"},
    "tid.access.mark": {"sv": "markera som överförda", "en": "mark as transferred"},
    "tid.error.unreachable": {
        "sv": "Det gick inte att nå Tid på {url}. Kontrollera internetanslutningen och att "
        "adressen stämmer, och försök sedan igen.",
        "en": "Tid could not be reached at {url}. Check the internet connection and that the "
        "address is right, then try again.",
    },
    "tid.error.unreachable_local": {
        "sv": "Det gick inte att nå Tid på {url}, här på den egna datorn. Kontrollera att "
        "tjänsten är igång och att adressen stämmer, och försök sedan igen.",
        "en": "Tid could not be reached at {url}, on this computer itself. Check that the "
        "service is running and that the address is right, then try again.",
    },
    "tid.error.refused": {
        "sv": "Ingenting svarar på {address}: är tjänsten igång? Anslutningen nekades direkt, så "
        "datorn där nås men ingen tjänst lyssnar på den porten. Kontrollera adressen {url} "
        "och försök igen.",
        "en": "Nothing answers at {address}: is the service running? The connection was "
        "refused at once, so the computer there is reached but no service listens on that "
        "port. Check the address {url} and try again.",
    },
    "tid.error.name_not_found": {
        "sv": "Namnet {host} finns inte: ingen namnserver känner till det. Kontrollera att "
        "adressen {url} är rätt stavad (den förifyllda ska inte ändras).",
        "en": "The name {host} is not found: no name server knows it. Check that the address "
        "{url} is spelled right (the prefilled one should not be changed).",
    },
    "tid.error.connect_timeout": {
        "sv": "Tid på {url} svarade inte när anslutningen öppnades (väntade {seconds} "
        "sekunder). Kontrollera internetanslutningen, att en brandvägg inte stoppar den och "
        "att adressen stämmer, och försök sedan igen.",
        "en": "Tid at {url} did not answer when the connection was opened (waited {seconds} "
        "seconds). Check the internet connection, that no firewall stops it and that the "
        "address is right, then try again.",
    },
    "tid.error.connect_timeout_local": {
        "sv": "Tjänsten på {address}, här på den egna datorn, tog inte emot anslutningen "
        "(väntade {seconds} sekunder). Den kan vara upptagen eller hängd: starta om den och "
        "försök igen.",
        "en": "The service at {address}, on this computer itself, did not take the connection "
        "(waited {seconds} seconds). It may be busy or stuck: restart it and try again.",
    },
    "tid.error.timeout": {
        "sv": "Tid på {url} tog emot anslutningen men svarade inte i tid, inte heller när det "
        "provades igen. Kontrollera internetanslutningen och försök igen om en stund; "
        "kvarstår det, kör tidwizard doctor.",
        "en": "Tid at {url} took the connection but did not answer in time, also when tried "
        "again. Check the internet connection and try again in a while; if it persists, run "
        "tidwizard doctor.",
    },
    "tid.error.timeout_local": {
        "sv": "Tjänsten på {address}, här på den egna datorn, tog emot anslutningen men svarade "
        "inte i tid, inte heller när det provades igen. Den kan vara upptagen eller hängd: "
        "starta om den och försök igen.",
        "en": "The service at {address}, on this computer itself, took the connection but did "
        "not answer in time, also when tried again. It may be busy or stuck: restart it and "
        "try again.",
    },
    "tid.error.connection_cut": {
        "sv": "Tid på {url} bröt anslutningen mitt i ett svar, också när det provades igen. Det "
        "brukar gå över: försök igen om en stund. Inget halvfärdigt sparades.",
        "en": "Tid at {url} cut the connection in the middle of an answer, also when tried "
        "again. It usually passes: try again in a while. Nothing half-done was saved.",
    },
    "tid.error.deadline": {
        "sv": "Tid på {url} svarade inte färdigt inom {seconds} sekunder. Försök igen om en "
        "stund; kvarstår det, kör tidwizard doctor.",
        "en": "Tid at {url} did not finish answering within {seconds} seconds. Try again in a "
        "while; if it persists, run tidwizard doctor.",
    },
    "tid.error.answer_too_large": {
        "sv": "Tid skickade ett svar större än {megabytes} MB på {path}, och det lästes inte. "
        "Försök igen senare, och kontakta Vismas support om det kvarstår.",
        "en": "Tid sent an answer larger than {megabytes} MB for {path}, and it was not read. "
        "Try again later, and contact Visma support if it persists.",
    },
    "tid.error.rate_limited": {
        "sv": "Tid tar emot för många anrop just nu och ber oss vänta. Vänta minst {seconds} "
        "sekunder och försök sedan igen.",
        "en": "Tid is receiving too many calls right now and asks us to wait. Wait at least "
        "{seconds} seconds, then try again.",
    },
    "tid.error.untrusted_certificate": {
        "sv": "Tids certifikat på {url} gick inte att verifiera, så ingenting skickades dit. "
        "Kontrollera att adressen stämmer; den förifyllda adressen ska inte ändras.",
        "en": "The certificate of Tid at {url} could not be verified, so nothing was sent there. "
        "Check that the address is right; the prefilled address should not be changed.",
    },
    "tid.error.certificate_file": {
        "sv": "Miljövariabeln {variable} pekar på {path}, men där finns inga certifikat att "
        "lita på ({reason}), så ingen anslutning till Tid kan kontrolleras. Rätta sökvägen "
        "till en fil med certifikat, eller ta bort variabeln så används de inbyggda "
        "certifikaten.",
        "en": "The environment variable {variable} points to {path}, but there are no "
        "certificates to trust there ({reason}), so no connection to Tid can be checked. Point "
        "it at a file of certificates, or remove the variable to use the built-in ones.",
    },
    "tid.error.malformed_answer": {
        "sv": "Tid skickade ett svar som inte går att läsa: fältet ”{field}” i {object} är "
        "felaktigt. Inget har ändrats. Försök igen senare, och kontakta Vismas support om "
        "felet kvarstår.",
        "en": "Tid sent an answer that cannot be read: the field “{field}” in {object} is "
        "invalid. Nothing was changed. Try again later, and contact Visma support if it "
        "persists.",
    },
    "tid.error.already_transferred": {
        "sv": "Fakturaunderlag {basis} är redan överfört till Administration med nummer {other}, "
        "så det markerades inte med {number}. Kontrollera i Administration att underlaget inte "
        "har lästs in två gånger.",
        "en": "Invoice basis {basis} has already been transferred to Administration as number "
        "{other}, so it was not marked with {number}. Check in Administration that the basis "
        "has not been read in twice.",
    },
    "tid.error.already_transferred_unknown": {
        "sv": "Fakturaunderlag {basis} är redan överfört till Administration med ett annat "
        "nummer än {number}. Kontrollera i Tid vilket nummer underlaget fick och att det "
        "inte har lästs in två gånger.",
        "en": "Invoice basis {basis} has already been transferred to Administration with a "
        "number other than {number}. Check in Tid which number it got and that it has "
        "not been read in twice.",
    },
    "tid.error.not_found": {
        "sv": "Tid hittar inte det som efterfrågades ({path}). Det kan ha tagits bort i Tid. "
        "Uppdatera listan och försök igen.",
        "en": "Tid cannot find what was asked for ({path}). It may have been removed in Tid. "
        "Refresh the list and try again.",
    },
    "tid.error.http_error": {
        "sv": "Tid svarade med ett fel (HTTP {status}: {message}). Försök igen om en stund, och "
        "kontakta Vismas support om felet kvarstår.",
        "en": "Tid answered with an error (HTTP {status}: {message}). Try again in a moment, "
        "and contact Visma support if it persists.",
    },
}
