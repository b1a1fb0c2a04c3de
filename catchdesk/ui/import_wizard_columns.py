"""The columns page: which column of the file feeds which attendee field, and a preview.

One drop-down per column of the file, set to what CatchDesk recognised (French, Dutch and
English headers, Eventbrite, pretix); the person corrects any of them or leaves a column out.
The preview of the first rows below follows every change, so a wrong choice shows as names in
the e-mail column before anything is checked. The page is complete once the mapping names
the people (a name) and tells them apart (an e-mail or a ticket code), the rule of
:meth:`~catchdesk.core.importing.Mapping.require_usable`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from catchdesk.core.importing import FIELDS, Mapping, Table
from catchdesk.ui.import_wizard_state import (
    IGNORED,
    ImportState,
    columns_of,
    corrected_mapping,
    describe_preset,
    field_label,
    summarise_table,
)
from catchdesk.ui.import_wizard_widgets import Notice

PREVIEW_ROWS = 8
EXAMPLE_ROWS = 20
CELL_CHARS = 60
COMBO_WIDTH = 300
PREVIEW_MAX_WIDTH = 320
IGNORED_COLOUR = QColor("#5f6368")
"""Grey for columns left out; 6:1 contrast on white, still readable."""

Index = QModelIndex | QPersistentModelIndex


def shown(text: str, limit: int = CELL_CHARS) -> str:
    """A cell on one line, cut to ``limit`` characters."""
    one_line = " ⏎ ".join(part.strip() for part in text.splitlines() if part.strip())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


def header_text(table: Table, index: int) -> str:
    name = table.headers[index] if index < len(table.headers) else ""
    if name:
        return name
    untitled = QCoreApplication.translate("ImportWizard", "(column {number}, no name)")
    return untitled.format(number=index + 1)


class PreviewModel(QAbstractTableModel):
    """The first rows of the file, each header saying which field its column feeds."""

    def __init__(self, table: Table, targets: dict[int, str]) -> None:
        super().__init__()
        self.table = table
        self.rows = table.rows[:PREVIEW_ROWS]
        self.targets = dict(targets)

    def set_targets(self, targets: dict[int, str]) -> None:
        self.targets = dict(targets)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        cells = self.rows[index.row()].cells
        text = cells[index.column()] if index.column() < len(cells) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(text)
        if role == Qt.ItemDataRole.ToolTipRole and len(text) > CELL_CHARS:
            return text
        if role == Qt.ItemDataRole.ForegroundRole and index.column() not in self.targets:
            return QBrush(IGNORED_COLOUR)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and section < len(self.rows):
                return str(self.rows[section].line)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            target = self.targets.get(section, IGNORED)
            return f"{header_text(self.table, section)}\n→ {field_label(target)}"
        if role == Qt.ItemDataRole.FontRole and section in self.targets:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and section not in self.targets:
            return QBrush(IGNORED_COLOUR)
        return None


class ColumnsPage(QWizardPage):
    """One drop-down per column, the preview under them; see the module docstring."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importColumnsPage")
        self.state = state
        self.combos: list[QComboBox] = []
        self.preview_model: PreviewModel | None = None
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr(
                "Check what each column of the file holds and correct it in its drop-down. "
                "Columns set to “— not imported —” are left out."
            )
        )
        self.read_as = QLabel(objectName="importReadAs")
        self.read_as.setWordWrap(True)
        self.columns = QTableWidget(0, 3, objectName="importColumns")
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Example"), self.tr("Imported as")]
        )
        self.columns.verticalHeader().hide()
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.columns.verticalHeader().setDefaultSectionSize(QComboBox().sizeHint().height() + 6)
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(2, COMBO_WIDTH)
        self.preview = QTableView(objectName="importPreview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.verticalHeader().setToolTip(self.tr("Line in the file"))
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_title = QLabel(self.tr("The first rows as they will be read (line numbers left)"))
        preview_title.setObjectName("importPreviewTitle")
        preview_layout.addWidget(preview_title)
        preview_layout.addWidget(self.preview)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.columns)
        splitter.addWidget(preview_box)
        splitter.setSizes([330, 250])
        self.notice = Notice("importColumnsMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_as)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notice)

    def initializePage(self) -> None:
        table, detected = self.state.table, self.state.detected
        if table is None or detected is None:
            return
        mapping = self.state.mapping
        if mapping is None or mapping.headers != table.headers:
            mapping = self.state.mapping = detected
        self.read_as.setText(
            self.tr("<b>{file}</b> · {details} · recognised as {preset}").format(
                file=html.escape(table.name),
                details=html.escape(summarise_table(table)),
                preset=describe_preset(detected.preset),
            )
        )
        self._fill(table, mapping)
        if not columns_of(detected):
            self.notice.say(
                self.tr(
                    "CatchDesk did not recognise any column of this file. Choose in the "
                    "drop-downs which column holds the names and which the e-mail addresses "
                    "or ticket codes."
                ),
                "warning",
            )
        else:
            self._check()

    def _fill(self, table: Table, mapping: Mapping) -> None:
        targets = columns_of(mapping)
        self.columns.setRowCount(len(table.headers))
        self.combos = []
        for index in range(len(table.headers)):
            name = QTableWidgetItem(header_text(table, index))
            self.columns.setItem(index, 0, name)
            self.columns.setItem(index, 1, QTableWidgetItem(self._example(table, index)))
            combo = QComboBox()
            combo.setObjectName(f"importColumn{index}")
            combo.setAccessibleName(
                self.tr("Field for column {name}").format(name=header_text(table, index))
            )
            combo.addItem(field_label(IGNORED), IGNORED)
            for target in FIELDS:
                combo.addItem(field_label(target), target)
            combo.setCurrentIndex(max(0, combo.findData(targets.get(index, IGNORED))))
            combo.currentIndexChanged.connect(self._changed)
            self.columns.setCellWidget(index, 2, combo)
            self.combos.append(combo)
        self.preview_model = PreviewModel(table, targets)
        self.preview.setModel(self.preview_model)
        self._fit_preview()

    def _fit_preview(self) -> None:
        """Columns wide enough for their two-line headers (bold when imported), never huge."""
        self.preview.resizeColumnsToContents()
        header = self.preview.horizontalHeader()
        header.setMinimumHeight(header.fontMetrics().lineSpacing() * 2 + 14)
        for column in range(header.count()):
            width = max(header.sectionSize(column), header.sectionSizeHint(column)) + 16
            header.resizeSection(column, min(width, PREVIEW_MAX_WIDTH))

    @staticmethod
    def _example(table: Table, index: int) -> str:
        for row in table.rows[:EXAMPLE_ROWS]:
            if index < len(row.cells) and row.cells[index].strip():
                return shown(row.cells[index], 40)
        return ""

    def choices(self) -> dict[int, str]:
        """Column index -> the field chosen in its drop-down (``IGNORED`` for none)."""
        return {index: str(combo.currentData()) for index, combo in enumerate(self.combos)}

    def choose(self, column: int, target: str) -> None:
        """Set the drop-down of ``column`` to ``target`` (a field name, or ``IGNORED``)."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(target))

    def _changed(self, _index: int) -> None:
        detected = self.state.detected
        if detected is None:
            return
        self.state.mapping = corrected_mapping(detected, self.choices())
        self.state.checked = None
        if self.preview_model is not None:
            self.preview_model.set_targets(columns_of(self.state.mapping))
            self._fit_preview()
        self._check()

    def missing(self) -> list[str]:
        """What the mapping lacks to be imported, in words; empty when it is usable."""
        mapping = self.state.mapping
        if mapping is None:
            return [self.tr("No file was read yet.")]
        problems = []
        if not any(mapping.has(f) for f in ("first_name", "last_name", "full_name")):
            problems.append(
                self.tr(
                    "Choose the column of the names: “First name” and “Last name”, or "
                    "“Full name (split in two)”."
                )
            )
        if not any(mapping.has(f) for f in ("email", "external_code", "order_code")):
            problems.append(
                self.tr(
                    "Choose the column of the e-mail addresses or of the ticket codes: people "
                    "are told apart by one of them."
                )
            )
        return problems

    def _check(self) -> None:
        problems = self.missing()
        if problems:
            self.notice.say(" ".join(problems), "error")
        else:
            self.notice.clear_notice()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.state.table is not None and not self.missing()
