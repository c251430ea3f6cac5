"""``tidwizard doctor``: a read-only probe of a Tid service, as typed findings.

:func:`diagnose` sends only GETs (and the token call) through a :class:`TidClient`, so it keeps to
the client's rate limit, and returns a :class:`DoctorReport`. It knows nothing of printing: each
finding carries catalogue messages that the command line (or a screen) renders.
"""

from tidwizard.core.doctor.findings import DoctorReport, Finding, Message, Status
from tidwizard.core.doctor.run import diagnose

__all__ = ["DoctorReport", "Finding", "Message", "Status", "diagnose"]
