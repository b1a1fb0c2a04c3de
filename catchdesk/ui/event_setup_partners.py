"""The partners tab of event setup: who helps (coworking spaces, incubators, schools…).

The list is short, so a plain table widget shows it; each change is saved at once through
:mod:`catchdesk.core.event_setup` and asked about or refused in words like every setup action.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from catchdesk.core.event_setup import (
    PARTNER_KINDS,
    Partner,
    get_event,
    partners,
    remove_partner,
    save_partner,
)
from catchdesk.ui.context import DeskContext
from catchdesk.ui.event_setup_messages import attempt

KIND_LABELS: dict[str, str] = {
    "sponsor": QT_TRANSLATE_NOOP("PartnersTab", "Sponsor"),
    "coworking": QT_TRANSLATE_NOOP("PartnersTab", "Coworking space"),
    "incubator": QT_TRANSLATE_NOOP("PartnersTab", "Incubator"),
    "school": QT_TRANSLATE_NOOP("PartnersTab", "School"),
    "agency": QT_TRANSLATE_NOOP("PartnersTab", "Agency"),
    "public": QT_TRANSLATE_NOOP("PartnersTab", "Public body"),
    "other": QT_TRANSLATE_NOOP("PartnersTab", "Other"),
}
COL_NAME, COL_KIND, COL_CONTACT, COL_WEBSITE = range(4)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def kind_label(kind: str) -> str:
    """A suggested kind in the interface language; a kind typed by hand as it was typed."""
    label = KIND_LABELS.get(kind)
    return QCoreApplication.translate("PartnersTab", label) if label else kind


class PartnerDialog(QDialog):
    """A partner's name, kind, contact and website."""

    def __init__(self, partner: Partner | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnerDialog")
        self.partner_id = partner.id if partner else ""
        self.name = QLineEdit(objectName="partnerName")
        self.kind = QComboBox(objectName="partnerKind")
        self.kind.setEditable(True)
        self.kind.addItem("", "")
        for kind in PARTNER_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.contact = QLineEdit(objectName="partnerContact")
        self.contact.setPlaceholderText(self.tr("Name, phone or e-mail of the person to call"))
        self.website = QLineEdit(objectName="partnerWebsite")
        self.website.setPlaceholderText("www.example.be")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Contact"), self.contact)
        form.addRow(self.tr("Website"), self.website)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        if partner is not None:
            self.name.setText(partner.name)
            self.kind.setCurrentText(kind_label(partner.kind))
            self.contact.setText(partner.contact)
            self.website.setText(partner.website)

    def partner(self) -> Partner:
        typed = self.kind.currentText().strip()
        kind = next((k for k in PARTNER_KINDS if kind_label(k) == typed), typed)
        return Partner(
            name=self.name.text(),
            kind=kind,
            contact=self.contact.text(),
            website=self.website.text(),
            id=self.partner_id,
        )


class PartnersTab(QWidget):
    """The event's partners: add, edit, remove."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table = QTableWidget(0, 4, objectName="partnerTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Kind"), self.tr("Contact"), self.tr("Website")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_partner())
        self.add_button = QPushButton(self.tr("Add partner…"), objectName="partnerAdd")
        self.edit_button = QPushButton(self.tr("Edit…"), objectName="partnerEdit")
        self.remove_button = QPushButton(self.tr("Remove"), objectName="partnerRemove")
        self.add_button.clicked.connect(self.add_partner)
        self.edit_button.clicked.connect(self.edit_partner)
        self.remove_button.clicked.connect(self.remove_partner)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.partners: list[Partner] = []
        self.reload()

    def reload(self) -> None:
        with self.context.store.read() as session:
            self.partners = partners(get_event(session, self.context.event_id))
        self.table.setRowCount(len(self.partners))
        for row, partner in enumerate(self.partners):
            values = (partner.name, kind_label(partner.kind), partner.contact, partner.website)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, partner.id)
                self.table.setItem(row, column, item)
        self._update_buttons()

    def _selected(self) -> Partner | None:
        rows = self.table.selectionModel().selectedRows()
        return self.partners[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self._selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _edit(self, partner: Partner | None, title: str) -> None:
        dialog = PartnerDialog(partner, self)
        dialog.setWindowTitle(title)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            wanted = dialog.partner()

            def action(_confirm: bool, wanted: Partner = wanted) -> Partner:
                with self.context.store.write() as session:
                    return save_partner(session, self.context.event_id, wanted)

            if attempt(self, title, action) is not None:
                self.reload()
                return

    def add_partner(self) -> None:
        self._edit(None, self.tr("New partner"))

    def edit_partner(self) -> None:
        partner = self._selected()
        if partner is not None:
            self._edit(partner, self.tr("Edit partner"))

    def remove_partner(self) -> None:
        partner = self._selected()
        if partner is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove partner"),
            self.tr("Remove {name} from the partners?").format(name=partner.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def action(_confirm: bool) -> bool:
            with self.context.store.write() as session:
                remove_partner(session, self.context.event_id, partner.id)
            return True

        if attempt(self, self.tr("Remove partner"), action):
            self.reload()
