"""Typed errors of the Tid client. Each has a stable ``code`` and a catalogue ``user_message()``.

``str(error)`` is a short English text for logs and developers; ``user_message()`` is what a user
reads: what happened and what to do next. Neither ever contains the secret, a header or a token.
"""

from __future__ import annotations

from typing import ClassVar
from urllib.parse import urlsplit

from tidwizard.core import malformed
from tidwizard.core.i18n import t
from tidwizard.core.tid.address import DEFAULT_TID_URL, is_loopback_host


class TidError(Exception):
    """Anything that went wrong talking to Tid."""

    code: ClassVar[str] = "tid_error"

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail

    @property
    def temporary(self) -> bool:
        """Whether trying again later may work by itself (the service unreachable, busy or
        rate limiting), not only after the user changed something: the commands exit 75 for
        it (``EX_TEMPFAIL``), ``doctor`` says "try later". The one place that decides."""
        return False

    def user_message(self, lang: str | None = None) -> str:
        return t(f"tid.error.{self.code}", lang, **self._message_params(lang))

    def _message_params(self, lang: str | None = None) -> dict[str, object]:
        return {}


class InvalidUrl(TidError):
    code = "invalid_url"

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"not a usable Tid address: {url!r} ({reason})")
        self.url = url
        self.reason = reason

    def _message_params(self, lang: str | None = None) -> dict[str, object]:
        return {"url": self.url, "default": DEFAULT_TID_URL}


class InsecureUrl(TidError):
    code = "insecure_url"

    def __init__(self, url: str) -> None:
        super().__init__(f"plain http is allowed only for loopback addresses: {url!r}")
        self.url = url

    def _message_params(self, lang: str | None = None) -> dict[str, object]:
        return {"url": self.url}


class InvalidCredentials(TidError):
    """401 on the token call: no API application with this id and secret."""

    code = "invalid_credentials"

    def __init__(self, detail: str = "Tid refused the credentials") -> None:
        super().__init__(detail)


class AccessRefused(TidError):
    """403 on the token call: Tid knows the credentials but does not let them in from here.

    Decided on the status alone: an API application whose IP allow-list lacks this machine, or
    an agency's partner-portal login, which cannot integrate a client company."""

    code = "access_refused"

    def __init__(self, message: str = "") -> None:
        super().__init__(
            "Tid refused the token call (HTTP 403)" + (f": {message}" if message else "")
        )
        self.message = message


class PermissionMissing(TidError):
    """403 on a call with a valid token: the API application lacks the permission for it."""

    code = "permission_missing"

    def __init__(self, method: str, path: str, message: str = "") -> None:
        super().__init__(
            f"Tid refused {method} {path} (HTTP 403)" + (f": {message}" if message else "")
        )
        self.method = method
        self.path = path
        self.message = message

    def _message_params(self, lang: str | None = None) -> dict[str, object]:
        from tidwizard.core.tid.permissions import permission_for

        return {"permission": permission_for(self.method, self.path, lang)}


class RegisterUnavailable(TidError):
    """A master-data register that Tid's API does not offer (404/405 on every path we know)."""

    code = "register_unavailable"

    def __init__(self, register: str, method: str, status: int) -> None:
        super().__init__(f"Tid does not take {method} on {register} through its API ({status})")
        self.register = register
        self.method = method
        self.status = status

    def _message_params(self, lang: str | None = None) -> dict[str, object]:
        return {"register": t(f"tid.register.{self.register}", lang)}


class TidUnreachable(TidError):
    """DNS, connect, dropped connections or timeouts that outlasted every retry.

    The message says to check the internet connection only for an address beyond this machine;
    a subclass names its cause (refused, a name not found, a connect timeout) instead."""

    code = "unreachable"
    # Repeating it would meet the same, so it is not retried before the service has answered
    # once (a refused connection, a name not found): it is told at once.
    settled: ClassVar[bool] = False
    # The catalogue has a variant ``<key>_local`` for a loopback address, without "internet".
    local_variant: ClassVar[bool] = True

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"Tid at {url} could not be reached: {reason}")
        self.url = url
        self.reason = reason

    @property
    def temporary(self) -> bool:
        return True

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or self.url

    @property
    def address(self) -> str:
        """host:port, the port written out also where the address leaves it implied."""
        parts = urlsplit(self.url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        host = parts.hostname or self.url
        return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"

    def user_message(self, lang: str | None = None) -> str:
        key = f"tid.error.{self.code}"
        if self.local_variant and is_loopback_host(self.host):
            key += "_local"
        return t(key, lang, **self._message_params(lang))

    def _message_params(self, lang: str | None = None) -> dict[str, object]:
        return {"url": self.url, "host": self.host, "address": self.address}


class ConnectionRefused(TidUnreachable):
    """The host answered that nothing listens on the port (ECONNREFUSED)."""

    code = "refused"
    settled = True
    local_variant = False


class NameNotFound(TidUnreachable):
    """The address's host name does not exist (DNS answered: no such name)."""

    code = "name_not_found"
    settled = True
    local_variant = False


class ConnectTimedOut(TidUnreachable):
    """Nothing answered the connection within the connect timeout (a firewall that drops, a
    wrong address, a service too busy to accept)."""

    code = "connect_timeout"
    settled = True

    def __init__(self, url: str, reason: str, seconds: float) -> None:
        super().__init__(url, reason)
        self.seconds = seconds

    def _message_params(self, lang: str | None = None) -> dict[str, object]:
        return {**super()._message_params(lang), "seconds": f"{self.seconds:g}"}


class AnswerTimedOut(TidUnreachable):
    """The connection was made, but no (whole) answer came in time, also when tried again."""

    code = "timeout"


class ConnectionCut(TidUnreachable):
    """Tid closed the connection in the middle of an answer, after every retry: the network was
    there, the service (or something on the way) cut it."""

    code = "connection_cut"
    local_variant = False


class TidDeadline(TidUnreachable):
    """Tid's answers to a task (a count, a probe) took longer than it may take as a whole."""

    code = "deadline"
    local_variant = False

    def __init__(self, url: str, seconds: float) -> None:
        super().__init__(url, f"no answer within {seconds:g} s")
        self.seconds = seconds

    def _message_params(self, lang: str | None = None) -> dict[str, object]:
        return {"url": self.url, "seconds": f"{self.seconds:g}"}


class AnswerTooLarge(TidError):
    """An answer larger than any the program expects: not read, so memory stays bounded."""

    code = "answer_too_large"

    def __init__(self, method: str, path: str, limit: int) -> None:
        super().__init__(f"Tid's answer to {method} {path} is larger than {limit} bytes")
        self.method = method
        self.path = path
        self.limit = limit

    def _message_params(self, lang: str | None = None) -> dict[str, object]:
        return {"path": self.path, "megabytes": self.limit // (1024 * 1024)}


class UntrustedCertificate(TidUnreachable):
    """TLS refused the server's certificate: nothing was sent, and nothing is until it is fixed."""

    code = "untrusted_certificate"
    local_variant = False

    @property
    def temporary(self) -> bool:
        return False  # the certificate will be the same the next time


class CertificateFileError(TidError):
    """The environment names a file of trusted certificates that cannot be used (missing, or
    holding none). Nothing can be verified, so nothing is sent; verification stays on."""

    code = "certificate_file"

    def __init__(self, variable: str, path: str, reason: str) -> None:
        super().__init__(f"{variable}={path!r} cannot be used: {reason}")
        self.variable = variable
        self.path = path
        self.reason = reason

    def _message_params(self, lang: str | None = None) -> dict[str, object]:
        return {"variable": self.variable, "path": self.path, "reason": self.reason}


class RateLimited(TidError):
    """Tid kept answering 429 after every retry."""

    code = "rate_limited"

    def __init__(self, retry_after: float) -> None:
        super().__init__(f"Tid is still rate limiting (asked to wait {retry_after:g} s)")
        self.retry_after = retry_after

    @property
    def temporary(self) -> bool:
        return True

    def _message_params(self, lang: str | None = None) -> dict[str, object]:
        return {"seconds": max(1, round(self.retry_after))}


class MalformedAnswer(TidError, malformed.MalformedAnswer):
    """An answer that breaks the contract, with the object and field the wire error named.

    It is also a ``malformed.MalformedAnswer``, so code that catches that error catches this too.
    """

    code = "malformed_answer"

    def __init__(self, object_name: str, field: str, problem: str) -> None:
        malformed.MalformedAnswer.__init__(self, object_name, field, problem)
        self.detail = str(self)

    @classmethod
    def wrap(cls, error: malformed.MalformedAnswer) -> MalformedAnswer:
        if isinstance(error, cls):
            return error
        return cls(error.object_name, error.field, error.problem)

    def _message_params(self, lang: str | None = None) -> dict[str, object]:
        return {"object": self.object_name, "field": self.field}


class AlreadyTransferred(TidError):
    """409 on setsenttoeconomysystem: the basis is already marked with another number."""

    code = "already_transferred"

    def __init__(self, basis_id: int, number: str, other_number: str | None) -> None:
        known = f" as {other_number}" if other_number else ""
        super().__init__(f"invoice basis {basis_id} is already transferred{known}, not as {number}")
        self.basis_id = basis_id
        self.number = number
        self.other_number = other_number

    def user_message(self, lang: str | None = None) -> str:
        key = "tid.error.already_transferred"
        if self.other_number is None:
            key += "_unknown"
        return t(key, lang, basis=self.basis_id, number=self.number, other=self.other_number or "")


class NotFound(TidError):
    code = "not_found"

    def __init__(self, path: str, message: str = "") -> None:
        super().__init__(f"Tid has no {path}" + (f": {message}" if message else ""))
        self.path = path

    def _message_params(self, lang: str | None = None) -> dict[str, object]:
        return {"path": self.path}


class TidHttpError(TidError):
    """Any other error status, with the message of Tid's error body when it sent one."""

    code = "http_error"

    def __init__(self, status: int, message: str = "") -> None:
        super().__init__(f"Tid answered HTTP {status}" + (f" ({message})" if message else ""))
        self.status = status
        self.message = message

    @property
    def temporary(self) -> bool:
        return self.status >= 500  # the service's own trouble, after every retry

    def _message_params(self, lang: str | None = None) -> dict[str, object]:
        return {"status": self.status, "message": self.message or "-"}
