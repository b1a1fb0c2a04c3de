"""How to reach the organiser's mail server, and what an e-mail address must look like.

The server's host, port, security, user and sender are remembered in ``Event.settings["smtp"]``
so the second run needs no options; the password never is. It is not a field of
:class:`SmtpSettings` at all, so no code path can store, journal (sync copies the journal to
other desks and to bundle files) or print it by accident: it comes from an environment variable
or a prompt each time and lives only in the transport that logs in.
"""

from __future__ import annotations

import dataclasses
import enum
import ipaddress
import ssl
from typing import Any

from sqlalchemy.orm import Session

from catchdesk.core.errors import CatchDeskError
from catchdesk.core.models import Event

SETTINGS_KEY = "smtp"
DEFAULT_TIMEOUT_S = 30.0
MAX_LOCAL_PART = 64
MAX_ADDRESS = 254
_FORBIDDEN_IN_ADDRESS = set(' \t\r\n,;:<>()[]\\"')


class MailError(CatchDeskError):
    """The mail server cannot be used at all (wrong password, unreachable, bad settings)."""

    exit_code = 6


class InvalidAddress(CatchDeskError):
    """One e-mail address is malformed; only that message fails."""


class Security(enum.StrEnum):
    """How the connection is protected: STARTTLS (port 587), TLS from the start (465), none."""

    STARTTLS = "starttls"
    TLS = "tls"
    NONE = "none"


DEFAULT_PORTS = {Security.STARTTLS: 587, Security.TLS: 465, Security.NONE: 25}


@dataclasses.dataclass(frozen=True)
class SmtpSettings:
    """Everything needed to reach the server except the password (see the module docstring).

    ``ca_file`` is an extra certificate authority to trust, for organisations whose mail server
    uses their own; the system's authorities are always trusted too.
    """

    host: str = ""
    port: int = DEFAULT_PORTS[Security.STARTTLS]
    security: Security = Security.STARTTLS
    user: str = ""
    sender: str = ""
    reply_to: str = ""
    timeout: float = DEFAULT_TIMEOUT_S
    ca_file: str = ""

    def stored_form(self) -> dict[str, object]:
        """What goes into ``Event.settings["smtp"]``: plain values, never a secret."""
        form: dict[str, object] = {
            "host": self.host,
            "port": self.port,
            "security": self.security.value,
            "user": self.user,
            "sender": self.sender,
            "reply_to": self.reply_to,
        }
        if self.timeout != DEFAULT_TIMEOUT_S:
            form["timeout"] = self.timeout
        if self.ca_file:
            form["ca_file"] = self.ca_file
        return form

    def describe(self) -> str:
        """``smtp.example.be:587 (starttls, user events@example.be)`` for messages and logs."""
        who = f", user {self.user}" if self.user else ""
        return f"{self.host}:{self.port} ({self.security.value}{who})"

    @property
    def is_loopback(self) -> bool:
        if self.host.lower() == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False


def stored_smtp(event: Event) -> dict[str, Any]:
    stored = (event.settings or {}).get(SETTINGS_KEY)
    return dict(stored) if isinstance(stored, dict) else {}


def _security(text: object) -> Security | None:
    if text in (None, ""):
        return None
    try:
        return Security(str(text).lower())
    except ValueError as exc:
        raise MailError(
            f"'{text}' is not a mail security mode: use starttls, tls or none."
        ) from exc


def _port(value: object) -> int | None:
    if value in (None, ""):
        return None
    try:
        port = int(str(value))
    except ValueError as exc:
        raise MailError(f"'{value}' is not a port number (587, 465 or 25).") from exc
    if not 0 < port < 65536:
        raise MailError(f"{port} is not a port number (587, 465 or 25).")
    return port


def resolve_smtp_settings(
    event: Event,
    *,
    host: str | None = None,
    port: int | None = None,
    security: str | None = None,
    user: str | None = None,
    sender: str | None = None,
    reply_to: str | None = None,
) -> SmtpSettings:
    """Options given now win over the event's stored ones, which win over the defaults.

    A port without a mode guesses the mode people mean (465 is TLS from the start, anything
    else STARTTLS); a mode without a port takes its usual port. Without a sender, a user name
    that is an address is the sender, as most providers require.
    """
    stored = stored_smtp(event)
    given_security = _security(security)
    given_port = _port(port)
    if given_security is None and given_port is not None:
        given_security = Security.TLS if given_port == 465 else None
    chosen_security = given_security or _security(stored.get("security")) or Security.STARTTLS
    if given_port is not None:
        chosen_port = given_port
    elif given_security is not None or stored.get("port") in (None, ""):
        chosen_port = DEFAULT_PORTS[chosen_security]
    else:
        chosen_port = _port(stored.get("port")) or DEFAULT_PORTS[chosen_security]
    chosen_user = (user if user is not None else str(stored.get("user") or "")).strip()
    chosen_sender = (sender if sender is not None else str(stored.get("sender") or "")).strip()
    if not chosen_sender and "@" in chosen_user:
        chosen_sender = chosen_user
    chosen_reply = (reply_to if reply_to is not None else str(stored.get("reply_to") or "")).strip()
    try:
        timeout = float(stored.get("timeout") or DEFAULT_TIMEOUT_S)
    except (TypeError, ValueError):
        timeout = DEFAULT_TIMEOUT_S
    return SmtpSettings(
        host=(host if host is not None else str(stored.get("host") or "")).strip(),
        port=chosen_port,
        security=chosen_security,
        user=chosen_user,
        sender=_own_address(chosen_sender, "--sender"),
        reply_to=_own_address(chosen_reply, "--reply-to"),
        timeout=timeout,
        ca_file=str(stored.get("ca_file") or ""),
    )


def _own_address(text: str, option: str) -> str:
    """The organiser's own addresses: a typo there would fail every message, so it stops now."""
    if not text:
        return ""
    try:
        return normalise_address(text)
    except InvalidAddress as exc:
        raise MailError(f"{option}: {exc}") from exc


def remember_smtp_settings(session: Session, event: Event, settings: SmtpSettings) -> bool:
    """Store the settings as the event's defaults; True when they changed.

    A new dict is assigned (not the stored one mutated) so the ORM sees the change and the
    journal records it for the other desks.
    """
    current = session.get(Event, event.id)
    if current is None:
        return False
    wanted = settings.stored_form()
    if stored_smtp(current) == wanted:
        return False
    current.settings = {**(current.settings or {}), SETTINGS_KEY: wanted}
    return True


def require_server(settings: SmtpSettings) -> None:
    """One sentence for each setting a real sending run cannot do without."""
    if not settings.host:
        raise MailError(
            "No mail server is set for this event: give --smtp-host (and --smtp-user, "
            "--sender); they are remembered for the next run."
        )
    require_sender(settings)
    if settings.user and settings.security is Security.NONE and not settings.is_loopback:
        raise MailError(
            f"CatchDesk will not send the password of {settings.user} unencrypted to "
            f"{settings.host}: use --smtp-security starttls or tls."
        )


def require_sender(settings: SmtpSettings) -> None:
    if not settings.sender:
        raise MailError(
            "The e-mails need a sender address: give --sender ADDRESS (it is remembered)."
        )


def ssl_context(settings: SmtpSettings) -> ssl.SSLContext:
    """The system's trusted authorities (plus ``ca_file``), with host names checked."""
    context = ssl.create_default_context()
    if settings.ca_file:
        try:
            context.load_verify_locations(cafile=settings.ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise MailError(
                f"The certificate authority file {settings.ca_file} cannot be read ({exc})."
            ) from exc
    return context


def normalise_address(text: str) -> str:
    """A plain ``local@domain`` address, its domain in ASCII (IDNA), or :class:`InvalidAddress`.

    Registration exports carry typing slips (spaces, two addresses in one cell, a missing
    ``@``); each is refused here with the reason, so that message fails alone and the organiser
    can correct the address. Accented letters before the ``@`` are refused too: they need the
    SMTPUTF8 extension, which many servers lack, and the message would bounce later instead.
    """
    address = text.strip()
    if address.lower().startswith("mailto:"):
        address = address[len("mailto:") :]
    if address.startswith("<") and address.endswith(">"):
        address = address[1:-1].strip()
    shown = address or text
    if any(ch in _FORBIDDEN_IN_ADDRESS or ord(ch) < 32 for ch in address):
        raise InvalidAddress(
            f"'{shown}' is not one e-mail address (spaces, commas or brackets in it)."
        )
    if address.count("@") != 1:
        raise InvalidAddress(f"'{shown}' is not an e-mail address (it needs one @).")
    local, domain = address.split("@")
    if not local or not domain:
        raise InvalidAddress(f"'{shown}' is not an e-mail address (something is missing).")
    if not local.isascii():
        raise InvalidAddress(
            f"'{shown}' has accented letters before the @, which most mail servers refuse."
        )
    if local.startswith(".") or local.endswith(".") or ".." in local:
        raise InvalidAddress(f"'{shown}' is not an e-mail address (misplaced dots).")
    try:
        ascii_domain = domain.rstrip(".").encode("idna").decode("ascii").lower()
    except UnicodeError as exc:
        raise InvalidAddress(f"'{shown}' has a domain name that cannot exist.") from exc
    labels = ascii_domain.split(".")
    if (
        len(labels) < 2
        or not all(labels)
        or any(label.startswith("-") or label.endswith("-") for label in labels)
    ):
        raise InvalidAddress(f"'{shown}' has a domain name that cannot exist.")
    result = f"{local}@{ascii_domain}"
    if len(local) > MAX_LOCAL_PART or len(result) > MAX_ADDRESS:
        raise InvalidAddress(f"'{shown}' is too long to be an e-mail address.")
    return result
