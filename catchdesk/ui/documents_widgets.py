"""Small pieces the documents tabs share: a coloured notice line, and where files go by default.

A notice says what just happened in words and colour *and* a leading symbol (✔ done, ! look at
this, ✘ failed), so colour is never the only signal (DESIGN.md §10).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# (background, text, symbol): every pair keeps a contrast of at least 4.5 : 1.
NOTICE_STYLES: dict[str, tuple[str, str, str]] = {
    "info": ("#e8eef5", "#1b2a3a", ""),
    "ok": ("#e3f1e4", "#1b4d20", "✔ "),
    "warning": ("#fff3d6", "#4d3800", "! "),
    "error": ("#fbe4e2", "#8a1c14", "✘ "),
}


class Notice(QLabel):
    """A one-paragraph message under an action; hidden until there is something to say."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = ""
        self.hide()

    def show_message(self, kind: str, text: str) -> None:
        background, ink, symbol = NOTICE_STYLES[kind]
        self.kind = kind
        self.setStyleSheet(
            f"QLabel {{ background: {background}; color: {ink}; border-radius: 6px;"
            " padding: 8px 10px; }"
        )
        self.setText(symbol + text)
        self.show()

    def clear_message(self) -> None:
        self.kind = ""
        self.clear()
        self.hide()


def primary(button: QPushButton) -> QPushButton:
    """The one main action of a tab: default button, drawn as such by the style."""
    button.setDefault(True)
    button.setAutoDefault(True)
    font = button.font()
    font.setBold(True)
    button.setFont(font)
    return button


def secondary(button: QPushButton) -> QPushButton:
    """Enter in a field must not trigger it (only the primary action answers Enter)."""
    button.setAutoDefault(False)
    return button


def file_stem(text: str) -> str:
    """An event name as part of a file name: letters, digits and dashes only."""
    stem = re.sub(r"[^\w-]+", "-", text, flags=re.UNICODE).strip("-")
    return stem[:60] or "event"


def documents_folder() -> Path:
    """The user's documents folder (where save dialogs start), else their home."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


class FolderChooser(QGroupBox):
    """A folder to write into: its path, Choose… (native dialog) and Open (file manager)."""

    missing = Signal()
    """Open was pressed for a folder that does not exist yet."""

    def __init__(
        self, title: str, folder: Path, hint: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.path_input = QLineEdit(str(folder), objectName="folderPath")
        self.choose_button = secondary(QPushButton(self.tr("Choose…"), objectName="folderChoose"))
        self.open_button = secondary(QPushButton(self.tr("Open"), objectName="folderOpen"))
        self.choose_button.clicked.connect(self.choose)
        self.open_button.clicked.connect(self.open)
        row = QHBoxLayout()
        row.addWidget(self.path_input, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        if hint:
            note = QLabel(hint)
            note.setWordWrap(True)
            note.setStyleSheet("color: palette(placeholder-text);")
            layout.addWidget(note)

    def folder(self) -> Path:
        return Path(self.path_input.text().strip()).expanduser()

    def choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.title(), str(self.folder()))
        if chosen:
            self.path_input.setText(chosen)

    def open(self) -> None:
        folder = self.folder()
        if folder.is_dir():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        else:
            self.missing.emit()
