"""The guard every import passes first: the company file is the paired one, and its journal is
not behind Tid. Either failing stops the run before anything is written or marked.

Behind Tid is what a company file restored from a backup looks like: bases it read in after the
backup are transferred in Tid under numbers of its own series that it no longer holds, and its
next numbers would be those numbers again. Which transferred bases count (:meth:`FileFacts.ahead`):

- the journal has no entry for the basis (one it has is this file's, whatever the number says;
  a different number there is ``reconcile``'s mismatch, not a collision to come);
- Tid transferred it on or after the day this file began importing (``identity_since``): what
  was transferred before then was read in by something else, such as the demo's October bases;
- its number is a whole number that falls in one of this file's document series (from the
  series' first number up to the next series' first number), and is at or above that series'
  next number: exactly the numbers this file would hand out again.

A number below the next one that the journal lacks does not collide with anything to come; it is
left to ``tidwizard reconcile``, which lists it.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace

from tidwizard.core.admin import documents, journal
from tidwizard.core.clients import Client, Clients
from tidwizard.core.i18n import t, tn
from tidwizard.core.importer.journal_writer import TransactionalStore
from tidwizard.core.paths import Home
from tidwizard.core.settings import Settings, SettingsError
from tidwizard.core.wire import InvoiceBasis

log = logging.getLogger("tidwizard.import")


@dataclass(frozen=True, slots=True)
class TransferredBasis:
    """A basis Tid shows as transferred: its id, the number Tid records ("" if none), the day."""

    tid_invoice_id: int
    number: str
    date: dt.date | None

    @classmethod
    def of(cls, basis: InvoiceBasis) -> TransferredBasis:
        sent = basis.sent_to_economy_system
        day = sent.date() if isinstance(sent, dt.datetime) else sent
        return cls(basis.id, (basis.economy_system_invoice_number or "").strip(), day)

    @property
    def whole_number(self) -> int | None:
        return int(self.number) if self.number.isascii() and self.number.isdigit() else None


@dataclass(frozen=True)
class FileFacts:
    """What the guard and ``reconcile`` need of the company file."""

    identity: str
    since: dt.date | None
    next_numbers: dict[str, int]  # per document series: invoice, order
    starts: dict[str, int]  # each series' first number
    journaled: frozenset[int]  # the bases asked about that have a journal entry

    def series_of(self, number: int) -> str | None:
        return documents.series_of(self.starts, number)

    def ours(self, basis: TransferredBasis) -> bool:
        """A basis this file could have read in: transferred since it began importing (a day's
        margin: the file keeps UTC, Tid the local day), under a number of one of its series."""
        if self.since is None or basis.date is None:
            return False
        if basis.date < self.since - dt.timedelta(days=1):
            return False
        number = basis.whole_number
        return number is not None and self.series_of(number) is not None

    def ahead(self, basis: TransferredBasis) -> bool:
        """Transferred under a number this file would hand out again (see the module)."""
        if basis.tid_invoice_id in self.journaled or not self.ours(basis):
            return False
        number = basis.whole_number
        series = self.series_of(number) if number is not None else None
        return number is not None and series is not None and number >= self.next_numbers[series]


class GuardStopped(Exception):
    """The import stopped before writing anything; the message names ``tidwizard reconcile``."""

    def __init__(self, kind: str, message: str, bases: Sequence[TransferredBasis] = ()) -> None:
        super().__init__(message)
        self.kind = kind  # "other_file" or "behind"
        self.bases = tuple(bases)


def read_file_facts(store: TransactionalStore, tid_invoice_ids: Sequence[int]) -> FileFacts:
    """The file's identity, number series and which of these bases its journal holds (blocking:
    the engine calls it in its store thread)."""
    with store.transaction() as conn:
        company = conn.execute("SELECT identity, identity_since FROM company WHERE id = 1")
        identity, since = company.fetchone() or ("", None)
        next_numbers = dict(conn.execute("SELECT type, next_number FROM number_series"))
        starts = documents.series_starts(conn)
        journaled = journal.journaled(conn, tid_invoice_ids)
    return FileFacts(
        identity or "",
        dt.datetime.fromisoformat(since).date() if since else None,
        next_numbers,
        starts,
        frozenset(journaled),
    )


def check(facts: FileFacts, paired_identity: str, transferred: Sequence[TransferredBasis]) -> None:
    """Raise :class:`GuardStopped` when the file is not the paired one, or is behind Tid."""
    if paired_identity and facts.identity != paired_identity:
        raise GuardStopped("other_file", t("guard.other_file"))
    ahead = [basis for basis in transferred if facts.ahead(basis)]
    if ahead:
        ids = ", ".join(str(basis.tid_invoice_id) for basis in ahead[:10])
        more = "" if len(ahead) <= 10 else " …"
        raise GuardStopped("behind", tn("guard.behind", len(ahead), ids=ids + more), ahead)


def paired_identity(home: Home, settings: Settings, file_identity: str) -> str:
    """The identity the pairing records; a pairing saved before identities existed records the
    file's now (its first import), so from then on another file at that path is told apart."""
    if settings.company_identity:
        return settings.company_identity
    client = _client_of(home, settings)
    if client is not None and file_identity:
        updated = replace(client.settings, company_identity=file_identity)
        try:
            Clients(home).write(Client(client.name, updated, client.path))
        except SettingsError as error:  # the guard still checks this run against the file
            log.warning("could not record the company file's identity: %s", error)
    return file_identity


def _client_of(home: Home, settings: Settings) -> Client | None:
    try:
        clients = Clients(home).all()
    except SettingsError:
        return None
    for client in clients:
        same = client.settings.secret_key == settings.secret_key
        if same and client.settings.administration_path == settings.administration_path:
            return client
    return None
