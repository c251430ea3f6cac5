"""The import's counts in words, the same on the screen and on the command line.

Each count takes its own singular or plural form ("1 inläst", "2 inlästa"); a dry run and a
preview speak in the conditional ("16 skulle läsas in"), since nothing was read in.
"""

from __future__ import annotations

from tidwizard.core.i18n import t, tn
from tidwizard.core.importer.events import ImportReport


def outcome_counts(report: ImportReport) -> str:
    """ "20 inlästa, 4 nekade, 0 misslyckade." — the documents an earlier run wrote, which this
    run only completed in Tid, counted apart from those written now."""
    earlier = len(report.completed_earlier)
    now = len(report.read_in_now)
    parts = [tn("import.count.read_in_now" if earlier else "import.count.read_in", now)]
    if earlier:
        parts.append(tn("import.count.completed_earlier", earlier))
    parts.append(tn("import.count.refused", len(report.refused)))
    parts.append(tn("import.count.failed", len(report.failed)))
    return t("import.count.sentence", parts=", ".join(parts))


def would_counts(would: int, refused: int, failed: int, consent: int | None = None) -> str:
    """ "16 skulle läsas in, 2 skulle nekas, 0 kunde inte hämtas." for a dry run or a preview;
    ``consent``: those that would need new records, when they are counted apart."""
    parts = [tn("import.count.would", would)]
    if consent is not None:
        parts.append(tn("import.count.would_need_records", consent))
    parts.append(tn("import.count.would_refuse", refused))
    parts.append(tn("import.count.not_fetched", failed))
    return t("import.count.sentence", parts=", ".join(parts))


def stopped_counts(report: ImportReport) -> tuple[str, str]:
    """("5 underlag", "195 väntar kvar"): how many the stopped run finished, how many wait."""
    return tn("import.count.bases", report.finished), tn("import.count.still_wait", report.left)


def numbers_list(numbers: list[str]) -> str:
    """Document numbers in order, a run of consecutive ones as "1001–3000" (2,000 numbers
    one by one would fill the summary and take the screen a moment to lay out)."""
    whole = sorted({int(n) for n in numbers if n.isdigit()})
    parts: list[str] = []
    start = 0
    for end in range(len(whole)):
        if end + 1 == len(whole) or whole[end + 1] != whole[end] + 1:
            first, last = whole[start], whole[end]
            parts.append(str(first) if first == last else f"{first}–{last}")
            start = end + 1
    others = sorted(n for n in numbers if not n.isdigit())
    return ", ".join(parts + others)
