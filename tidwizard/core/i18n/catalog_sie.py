"""The SIE 4 hand-off: account names, verifikation texts, `company sie` and `company accounts`."""

MESSAGES: dict[str, dict[str, str]] = {
    # The accounts' names as BAS gives them (#KONTO in the file).
    "sie.account.receivables": {"sv": "Kundfordringar", "en": "Accounts receivable"},
    "sie.account.sales-25": {
        "sv": "Försäljning inom Sverige, 25 % moms",
        "en": "Sales within Sweden, 25 % VAT",
    },
    "sie.account.sales-12": {
        "sv": "Försäljning inom Sverige, 12 % moms",
        "en": "Sales within Sweden, 12 % VAT",
    },
    "sie.account.sales-6": {
        "sv": "Försäljning inom Sverige, 6 % moms",
        "en": "Sales within Sweden, 6 % VAT",
    },
    "sie.account.sales-0": {
        "sv": "Försäljning inom Sverige, momsfri",
        "en": "Sales within Sweden, VAT-free",
    },
    "sie.account.vat-25": {
        "sv": "Utgående moms på försäljning inom Sverige, 25 %",
        "en": "Output VAT on sales within Sweden, 25 %",
    },
    "sie.account.vat-12": {
        "sv": "Utgående moms på försäljning inom Sverige, 12 %",
        "en": "Output VAT on sales within Sweden, 12 %",
    },
    "sie.account.vat-6": {
        "sv": "Utgående moms på försäljning inom Sverige, 6 %",
        "en": "Output VAT on sales within Sweden, 6 %",
    },
    "sie.account.rounding": {"sv": "Öres- och kronutjämning", "en": "Öre and krona rounding"},
    "sie.voucher.invoice": {
        "sv": "Faktura {number} {customer}",
        "en": "Invoice {number} {customer}",
    },
    "sie.voucher.credit": {
        "sv": "Kreditfaktura {number} {customer}",
        "en": "Credit invoice {number} {customer}",
    },
    "sie.error.unknown_role": {
        "sv": "Okänd kontoroll ”{role}”. Välj en av: {known}.",
        "en": "Unknown account role “{role}”. Choose one of: {known}.",
    },
    "sie.error.bad_account": {
        "sv": "”{account}” är inget kontonummer för {role}: ett konto i BAS är fyra siffror, "
        "1000-8999. Inget har ändrats.",
        "en": "“{account}” is no account number for {role}: a BAS account is four digits, "
        "1000-8999. Nothing was changed.",
    },
    "sie.error.bad_setting": {
        "sv": "”{setting}” säger inte vilket konto: skriv ROLL=KONTO, till exempel "
        "receivables=1511. Inget har ändrats.",
        "en": "“{setting}” does not say which account: write ROLE=ACCOUNT, for example "
        "receivables=1511. Nothing was changed.",
    },
    "sie.error.does_not_add_up": {
        "sv": "Faktura {number}: raderna stämmer inte med fakturans summor, så den kan inte "
        "bokföras. Ingen SIE-fil har skrivits.",
        "en": "Invoice {number}: its rows do not add up to its totals, so it cannot be "
        "booked. No SIE file was written.",
    },
    "sie.error.no_account": {
        "sv": "Faktura {number} har momssatsen {rate} %, som inget konto finns för. Ingen "
        "SIE-fil har skrivits.",
        "en": "Invoice {number} has the VAT rate {rate} %, which has no account. No SIE file "
        "was written.",
    },
    "sie.error.bad_date": {
        "sv": "”{date}” är inget datum: skriv ÅÅÅÅ-MM-DD, till exempel 2026-11-30.",
        "en": "“{date}” is not a date: write YYYY-MM-DD, for example 2026-11-30.",
    },
    "sie.error.range": {
        "sv": "--from {start} ligger efter --to {end}.",
        "en": "--from {start} is after --to {end}.",
    },
    "sie.error.terminal": {
        "sv": "En SIE-fil är inte text för terminalen: ange --output FIL eller skicka "
        "utdata till en fil (> fil.se).",
        "en": "An SIE file is not text for the terminal: give --output FILE or send the "
        "output to a file (> file.se).",
    },
    "sie.error.unwritable": {
        "sv": "Kunde inte skriva {path}: {reason}",
        "en": "Could not write {path}: {reason}",
    },
    "sie.cli.written.one": {
        "sv": "{count} faktura bokförd som verifikation i {path} (räkenskapsår {years}).",
        "en": "{count} invoice booked as a verifikation in {path} (fiscal year {years}).",
    },
    "sie.cli.written.other": {
        "sv": "{count} fakturor bokförda som verifikationer i {path} (räkenskapsår {years}).",
        "en": "{count} invoices booked as verifikationer in {path} (fiscal years {years}).",
    },
    "sie.cli.accounts_heading": {
        "sv": "Bokföringskonton för SIE-filen (BAS om inget annat valts):",
        "en": "Bookkeeping accounts of the SIE file (BAS unless chosen otherwise):",
    },
    "sie.cli.col.role": {"sv": "Roll", "en": "Role"},
    "sie.cli.col.account": {"sv": "Konto", "en": "Account"},
    "sie.cli.col.name": {"sv": "Namn", "en": "Name"},
    "sie.cli.col.bas": {"sv": "BAS", "en": "BAS"},
    "sie.cli.change_hint": {
        "sv": "Ändra med: tidwizard company accounts --set ROLL=KONTO [--reset ROLL]",
        "en": "Change with: tidwizard company accounts --set ROLE=ACCOUNT [--reset ROLE]",
    },
}
