"""The hand-off to bookkeeping: created invoices as an SIE type 4 file.

``accounts`` (the roles, BAS's accounts and a company's changes), ``booking`` (one invoice as one
verifikation), ``writer`` (records, quoting, PC8, CR LF), ``export`` (a company's invoices in a
date range, the fiscal years).
"""
