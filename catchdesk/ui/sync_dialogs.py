"""The small windows of the Sync menu: a join passphrase typed twice, and a result in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

MIN_PASSPHRASE = 8
"""Shorter join passphrases are refused: a lost bundle must not open with a guess."""


class PassphraseDialog(QDialog):
    """A join passphrase, typed twice so a typo does not lock the new laptops out."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        intro = QLabel(text)
        intro.setWordWrap(True)
        self.first = QLineEdit(objectName="passphraseFirst")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit(objectName="passphraseSecond")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel(objectName="passphraseProblem")
        self.problem.setStyleSheet("color: #7f1d1d;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Again:"), self.second)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def passphrase(self) -> str:
        return self.first.text()

    def accept(self) -> None:
        """Only two equal passphrases of a useful length close the window."""
        if len(self.first.text()) < MIN_PASSPHRASE:
            self._refuse(
                self.tr(
                    "Use at least %1 characters: a few words are easy to say and to type."
                ).replace("%1", str(MIN_PASSPHRASE))
            )
        elif self.first.text() != self.second.text():
            self._refuse(self.tr("The two passphrases differ; type the same one twice."))
        else:
            super().accept()

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.second.clear()
        self.second.setFocus(Qt.FocusReason.OtherFocusReason)


def ask_passphrase(parent: QWidget, title: str, text: str) -> str | None:
    """The passphrase the person chose, or None if they cancelled."""
    dialog = PassphraseDialog(title, text, parent)
    try:
        return dialog.passphrase() if dialog.exec() else None
    finally:
        dialog.deleteLater()


def tell(parent: QWidget, title: str, text: str, *, error: bool = False) -> QMessageBox:
    """A result in a message box that does not block (the desk goes on scanning behind it)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information,
        title,
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("syncMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box
