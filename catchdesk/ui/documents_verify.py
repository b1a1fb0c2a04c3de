"""The Verify tab: scan or type a certificate code, see whether it is genuine and what it states.

A certificate's QR code holds its whole code (about 300 letters and digits), so a USB scanner
types it in one burst; :class:`~catchdesk.ui.scanner_input.ScannerInput` takes such a burst
wherever the focus is on this tab, as at the desk, and the core reads it under every keyboard
layout mix-up (:func:`catchdesk.core.verify.verify_scanned`): a US scanner on a Belgian laptop
still verifies. Verifying needs only the public keys in the store, no network, a millisecond.

The verdict is a word, a symbol and a colour (never colour alone), then what the certificate
states. A code that is not genuine still shows what it *claims*, marked as not verified, so the
person checking can tell a typo (same name, one letter off) from a forgery.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from catchdesk.core.certificate_code import Statement
from catchdesk.core.models import Event
from catchdesk.core.verify import Reason, VerificationResult, verify_scanned
from catchdesk.documents.certificate_texts import duration
from catchdesk.ui.context import DeskContext
from catchdesk.ui.documents_widgets import primary, secondary
from catchdesk.ui.scanner_input import ScannerInput

# (background, text): contrast at least 4.5 : 1, as the desk's verdict colours.
VERDICT_COLOURS = {
    "valid": ("#1b5e20", "#ffffff"),
    "superseded": ("#ffb300", "#1a1a1a"),
    "invalid": ("#b71c1c", "#ffffff"),
    "neutral": ("#eceff1", "#263238"),
}


class VerifyTab(QWidget):
    """A code field (scanner or keyboard), the verdict, and what the certificate states."""

    verified = Signal(object)
    """The :class:`~catchdesk.core.verify.VerificationResult` of the last code."""

    def __init__(
        self, context: DeskContext, parent: QWidget | None = None, *, language: str = "fr"
    ) -> None:
        super().__init__(parent)
        self.setObjectName("verifyTab")
        self.context = context
        self.language = language
        self.result: VerificationResult | None = None
        self._build()
        self.scanner = ScannerInput.for_settings(self.code_input, context.settings, self)
        self.scanner.scan_received.connect(self.verify)
        self.code_input.returnPressed.connect(lambda: self.verify(self.code_input.text()))

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Scan the QR code of a certificate, or type or paste the code printed under "
                "it, then press Enter."
            )
        )
        intro.setWordWrap(True)
        self.code_input = QLineEdit(objectName="verifyInput")
        self.code_input.setPlaceholderText(self.tr("Certificate code"))
        self.code_input.setClearButtonEnabled(True)
        font = self.code_input.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.code_input.setFont(font)
        self.verify_button = primary(QPushButton(self.tr("Verify"), objectName="verifyButton"))
        self.verify_button.clicked.connect(lambda: self.verify(self.code_input.text()))
        self.clear_button = secondary(QPushButton(self.tr("Clear"), objectName="verifyClear"))
        self.clear_button.clicked.connect(self.clear)
        row = QHBoxLayout()
        row.addWidget(self.code_input, 1)
        row.addWidget(self.verify_button)
        row.addWidget(self.clear_button)

        self.banner = QFrame(objectName="verifyBanner")
        self.headline = QLabel(objectName="verifyHeadline")
        big = self.headline.font()
        big.setPointSizeF(big.pointSizeF() * 1.9)
        big.setBold(True)
        self.headline.setFont(big)
        self.message = QLabel(objectName="verifyMessage")
        self.message.setWordWrap(True)
        message_font = self.message.font()
        message_font.setPointSizeF(message_font.pointSizeF() * 1.15)
        self.message.setFont(message_font)
        banner_layout = QVBoxLayout(self.banner)
        banner_layout.setContentsMargins(18, 14, 18, 14)
        banner_layout.addWidget(self.headline)
        banner_layout.addWidget(self.message)

        self.facts_title = QLabel(objectName="verifyFactsTitle")
        title_font = self.facts_title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.facts_title.setFont(title_font)
        self.facts = QWidget(objectName="verifyFacts")
        self.facts_form = QFormLayout(self.facts)
        self.facts_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.facts_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        facts_font = self.facts.font()
        facts_font.setPointSizeF(facts_font.pointSizeF() * 1.15)
        self.facts.setFont(facts_font)
        self.facts_form.setHorizontalSpacing(16)
        self.facts_form.setVerticalSpacing(8)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("participant", self.tr("Participant:")),
            ("event", self.tr("Event:")),
            ("date", self.tr("Date:")),
            ("time", self.tr("Total time:")),
            ("workshops", self.tr("Workshops:")),
            ("coaching", self.tr("Coaching:")),
            ("serial", self.tr("Serial:")),
            ("key", self.tr("Signed with key:")),
        ):
            value = QLabel(objectName=f"verify_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            self.facts_form.addRow(label, value)
        name_font = self.fields["participant"].font()
        name_font.setPointSizeF(name_font.pointSizeF() * 1.35)
        name_font.setBold(True)
        self.fields["participant"].setFont(name_font)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.banner)
        layout.addWidget(self.facts_title)
        layout.addWidget(self.facts)
        layout.addStretch(1)
        self.clear()

    # -- verifying ---------------------------------------------------------------------------

    def verify(self, text: str) -> VerificationResult | None:
        """Check ``text`` against the store's keys and show the verdict; the result."""
        if not text.strip():
            self.clear()
            return None
        if self.code_input.text() != text:
            self.code_input.setText(text)
        with self.context.store.read() as session:
            result = verify_scanned(text, session)
            event = session.get(Event, result.event_id) if result.event_id else None
            event_name = event.name if event is not None else ""
        self.result = result
        self._show(result, event_name)
        self.code_input.selectAll()
        self.verified.emit(result)
        return result

    def clear(self) -> None:
        self.result = None
        self.code_input.clear()
        self._paint("neutral")
        self.headline.setText(self.tr("No code yet"))
        self.message.setText(self.tr("The verdict appears here."))
        self.facts_title.hide()
        self.facts.hide()
        self.code_input.setFocus()

    def _paint(self, kind: str) -> None:
        background, ink = VERDICT_COLOURS[kind]
        self.banner.setStyleSheet(
            f"QFrame#verifyBanner {{ background: {background}; border-radius: 8px; }}"
            f" QFrame#verifyBanner QLabel {{ color: {ink}; background: transparent; }}"
        )

    def _show(self, result: VerificationResult, event_name: str) -> None:
        if result.valid and result.superseded:
            self._paint("superseded")
            self.headline.setText("! " + self.tr("Genuine, but replaced"))
        elif result.valid:
            self._paint("valid")
            self.headline.setText("✔ " + self.tr("Valid certificate"))
        else:
            self._paint("invalid")
            self.headline.setText("✘ " + self.tr("Not valid"))
        self.message.setText(self._message(result, event_name))
        self.message.setToolTip(result.message)
        statement = result.statement
        if statement is None:
            self.facts_title.hide()
            self.facts.hide()
            return
        self.facts_title.setText(
            self.tr("What it certifies")
            if result.valid
            else self.tr("What the code claims (NOT verified)")
        )
        self._fill(statement, result)
        self.facts_title.show()
        self.facts.show()

    def _message(self, result: VerificationResult, event_name: str) -> str:
        if result.valid:
            text = self.tr("A genuine certificate of %1, signed with its key.").replace(
                "%1", event_name or (result.statement.event if result.statement else "")
            )
            if result.superseded:
                text += " " + self.tr(
                    "A later version (%1) was issued since: ask the holder for it."
                ).replace("%1", str(result.current_version))
            return text
        return {
            Reason.UNREADABLE: self.tr(
                "This is not a readable certificate code: a part is missing or mistyped. Scan "
                "the QR code, or compare the code letter by letter."
            ),
            Reason.ALTERED: self.tr(
                "The signature does not match: the code was altered or mistyped. Compare it "
                "letter by letter, or scan the QR code."
            ),
            Reason.OTHER_KEY: self.tr(
                "No event in this store signed this code: it belongs to another event, or its "
                "first letters were mistyped."
            ),
            Reason.NO_KEY: self.tr("No event in this store has a key to check codes with."),
        }.get(result.reason, result.message)

    def _fill(self, statement: Statement, result: VerificationResult) -> None:
        f = self.fields
        f["participant"].setText(statement.participant)
        f["event"].setText(statement.event)
        f["date"].setText(self._dates(statement.dates))
        f["time"].setText(
            duration(statement.minutes, self.language)
            if statement.minutes
            else self.tr("presence (no timed session)")
        )
        f["workshops"].setText("\n".join(statement.workshops) or "—")
        coaching = [
            self.tr("%1 with %2")
            .replace("%1", topic or self.tr("personal advice"))
            .replace("%2", organisation)
            for topic, organisation in statement.coaching
        ]
        f["coaching"].setText("\n".join(coaching) or "—")
        f["serial"].setText(
            self.tr("%1 (version %2)")
            .replace("%1", statement.serial)
            .replace("%2", str(statement.version))
        )
        f["key"].setText(result.key_fingerprint or result.key_id or "—")

    def _dates(self, dates: str) -> str:
        """``2026-11-26`` or ``2026-11-26/2026-11-27`` in the interface's long date format."""
        locale = QLocale(self.language)
        shown = []
        for part in dates.split("/"):
            try:
                day = dt.date.fromisoformat(part)
            except ValueError:
                return dates
            shown.append(locale.toString(day, QLocale.FormatType.LongFormat))
        return " – ".join(shown)

    def shutdown(self) -> None:
        self.scanner.detach()
