"""Organisationsnummer: what is wrong with a typed number and how to fix it."""

MESSAGES: dict[str, dict[str, str]] = {
    "orgnr.error.empty": {
        "sv": "Ange organisationsnumret, till exempel 556677-8899.",
        "en": "Enter the organisation number, for example 556677-8899.",
    },
    "orgnr.error.not_digits": {
        "sv": "Organisationsnumret får bara innehålla siffror, mellanslag och bindestreck, "
        "men innehåller ”{char}”.",
        "en": "The organisation number may only contain digits, spaces and a dash, "
        "but it contains “{char}”.",
    },
    "orgnr.error.wrong_length.one": {
        "sv": "Organisationsnumret ska ha 10 siffror (NNNNNN-NNNN), men {count} siffra angavs.",
        "en": "The organisation number must have 10 digits (NNNNNN-NNNN), but {count} was given.",
    },
    "orgnr.error.wrong_length.other": {
        "sv": "Organisationsnumret ska ha 10 siffror (NNNNNN-NNNN), men {count} siffror angavs.",
        "en": "The organisation number must have 10 digits (NNNNNN-NNNN), but {count} were given.",
    },
    "orgnr.error.bad_prefix": {
        "sv": "Ett organisationsnummer med 12 siffror ska börja med 16 eller, för en enskild "
        "firma, med århundradet (19 eller 20), men det börjar med {prefix}. Ange de 10 siffrorna "
        "NNNNNN-NNNN.",
        "en": "A 12-digit organisation number must begin with 16 or, for a sole trader, with the "
        "century (19 or 20), but it begins with {prefix}. Enter the 10 digits NNNNNN-NNNN.",
    },
    "orgnr.error.checksum": {
        "sv": "Kontrollsiffran (den sista siffran) stämmer inte. Kontrollera att inga siffror har "
        "skrivits fel eller bytt plats.",
        "en": "The check digit (the last digit) does not match. Check that no digit was mistyped "
        "or swapped.",
    },
    "orgnr.error.not_an_organisation": {
        "sv": "Det här är inget organisationsnummer: den tredje siffran ska vara 2 eller högre, "
        "och det är inte heller ett giltigt personnummer för en enskild firma. Kontrollera numret.",
        "en": "This is not an organisation number: the third digit must be 2 or higher, and it "
        "is not a valid personal identity number of a sole trader either. Check the number.",
    },
    "orgnr.error.bad_date": {
        "sv": "Personnumret innehåller ett datum som inte finns eller ligger i framtiden ({date}). "
        "Kontrollera födelsedatumet.",
        "en": "The personal identity number contains a date that does not exist or lies in the "
        "future ({date}). Check the date of birth.",
    },
}
