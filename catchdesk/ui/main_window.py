"""The desk's main window: one navigation between screens, a title and a status bar.

Screens are declared in :data:`catchdesk.ui.pages.PAGES`; the first is built with the window,
the others when first shown. Every screen receives the same
:class:`~catchdesk.ui.context.DeskContext`; none reaches back into the window: the window
looks for optional hooks instead (``attendee_checked_in``, ``event_changed``, ``reload``,
``apply_settings``).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QFont, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from catchdesk import APP_NAME
from catchdesk.core.errors import CatchDeskError
from catchdesk.core.timeutil import local_time
from catchdesk.ui.context import DeskContext
from catchdesk.ui.first_frame import AfterFirstFrame
from catchdesk.ui.pages import PAGES, Page, build_screen, screen_available, screen_class

if TYPE_CHECKING:
    from catchdesk.ui.sync_actions import SyncControls

log = logging.getLogger(__name__)

COUNTS_REFRESH_MS = 30_000
RECOUNT_DELAY_MS = 2_000
"""After a check-in, recount from the store once no scan came for this long."""
FIRST_COUNT_DELAY_MS = 300
"""The first count waits until the scan field is ready: staff scan before they read counts."""
CLOCK_TICK_MS = 1_000
FINISH_FALLBACK_MS = 300
"""The icons and sync controls come after the first frame, or after this long without one."""


class MainWindow(QMainWindow):
    """The window desk staff live in: navigation, screens, counts and the clock."""

    page_changed = Signal(int)
    """The visible screen changed (its index in the navigation)."""

    def __init__(
        self,
        context: DeskContext,
        parent: QWidget | None = None,
        pages: tuple[Page, ...] = PAGES,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._timezone = ""
        self.setObjectName("mainWindow")
        self.setMinimumSize(QSize(640, 480))
        self._was_maximized = False

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        # The scanner types into the screen, never into the list: it must not take the focus.
        self.navigation.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.navigation.setIconSize(QSize(24, 24))
        nav_font = QFont(self.font())
        nav_font.setPointSizeF(nav_font.pointSizeF() * 1.25)
        self.navigation.setFont(nav_font)
        self.navigation.setStyleSheet("QListWidget#navigation::item { padding: 10px 12px; }")
        self.stack = QStackedWidget()
        self.stack.setObjectName("screens")

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.screens: dict[str, QWidget] = {}
        """The screens built so far, by class name."""
        self._blank: QIcon | None = None
        self._finished = False
        """Whether the navigation has its icons and the window its sync controls."""
        self._pages: list[Page] = []
        """The pages of the navigation, by row."""
        self._pending: dict[int, tuple[Page, type[QWidget] | None]] = {}
        """Screens of the navigation not built yet, by row: built when first shown."""
        self._by_row: dict[int, QWidget] = {}
        """The built screens by navigation row (the stack holds only those)."""
        for page in pages:
            # Only the first screen's module is imported now; the others when first shown
            # (their import alone is tens of ms that the scan field should not wait for).
            if not self._by_row:
                cls = screen_class(page)
                if cls is not None:
                    self.add_page(page, cls)
            elif screen_available(page):
                self.add_page(page, None)
        self.navigation.currentRowChanged.connect(self._show_row)
        self._fit_navigation()

        self._build_status_bar()
        self._sync: SyncControls | None = None
        # The Sync menu and indicator and the navigation's icons come right after the first
        # frame: the scan field should not wait for them (loading the sync controls and Qt's
        # style enums is ~20 ms).
        AfterFirstFrame(self, self._finish_building, FINISH_FALLBACK_MS)
        self.counts = (0, 0)
        self.refresh_title()
        self._tick()
        # Counting takes tens of ms on a big store: after the first paint, not before it. A child
        # timer (not QTimer.singleShot) so a window closed at once never counts for nothing.
        first_count = QTimer(self)
        first_count.setSingleShot(True)
        first_count.timeout.connect(self.refresh_counts)
        first_count.start(FIRST_COUNT_DELAY_MS)
        self._recount_timer = QTimer(self)
        self._recount_timer.setSingleShot(True)
        self._recount_timer.setInterval(RECOUNT_DELAY_MS)
        self._recount_timer.timeout.connect(self.refresh_counts)
        self._counts_timer = QTimer(self)
        self._counts_timer.setInterval(COUNTS_REFRESH_MS)
        self._counts_timer.timeout.connect(self.refresh_counts)
        self._counts_timer.start()
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(CLOCK_TICK_MS)
        self._clock_timer.timeout.connect(self._tick)
        self._clock_timer.start()

        self._restore_layout()
        if self.navigation.count():
            row = self.row_of(context.settings.last_screen)
            self.navigation.setCurrentRow(row)
            self._show_row(row)

    # -- navigation -------------------------------------------------------------------------

    def add_page(self, page: Page, cls: type[QWidget] | None) -> None:
        """Append a page to the navigation, with Ctrl+N for the first nine.

        The first page is built at once (the desk must be ready to scan); the others when they
        are first shown, so that opening the window costs only the screen staff see first.
        """
        index = self.navigation.count()
        if not self._by_row:
            screen = build_screen(page, cls, self.context, self)
            if screen is None:
                return
            self.stack.addWidget(screen)
            self._by_row[index] = screen
            self._adopt(page, screen)
        else:
            self._pending[index] = (page, cls)
        title = QCoreApplication.translate("MainWindow", page.title)
        icon = self._style_icon(page) if self._finished else self._blank_icon()
        item = QListWidgetItem(icon, title)
        item.setData(Qt.ItemDataRole.UserRole, page.class_name)
        self.navigation.addItem(item)
        self._pages.append(page)
        if index < 9:
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, row=index: self.show_screen(row))
            self.go_menu.addAction(action)
            self.addAction(action)

    def _blank_icon(self) -> QIcon:
        """An empty icon the size of the real ones, so titles do not move when they come."""
        if self._blank is None:
            size = self.navigation.iconSize()
            blank = QPixmap(size)
            blank.fill(Qt.GlobalColor.transparent)
            self._blank = QIcon(blank)
        return self._blank

    def _style_icon(self, page: Page) -> QIcon:
        from PySide6.QtWidgets import QStyle  # its Python enums take ~10 ms to create

        return self.style().standardIcon(getattr(QStyle.StandardPixmap, page.icon))

    def _finish_building(self) -> None:
        """What the first frame does without: the navigation's icons, the sync controls."""
        if self._finished:
            return
        self._finished = True
        for row, page in enumerate(self._pages):
            self.navigation.item(row).setIcon(self._style_icon(page))
        _ = self.sync

    @property
    def sync(self) -> SyncControls:
        """The Sync menu, the sync indicator and the background worker (built on first use)."""
        if self._sync is None:
            from catchdesk.ui.sync_actions import SyncControls

            self._sync = SyncControls(self, self.context)
            self._sync.hook_screens()
        return self._sync

    def _adopt(self, page: Page, screen: QWidget) -> None:
        self.screens[page.class_name] = screen
        self._adopt_event_changes(screen)
        checked = getattr(screen, "attendee_checked_in", None)
        if checked is not None:
            checked.connect(self._on_arrival if page.entrance else self._on_admission)

    def _build_pending(self, row: int) -> None:
        page, cls = self._pending.pop(row)
        screen = build_screen(page, cls, self.context, self)
        if screen is None:
            self.statusBar().showMessage(
                self.tr("This screen could not be opened; the log says why."), 10_000
            )
            self._by_row[row] = QWidget()  # an empty page, not the previous screen's
            self.stack.addWidget(self._by_row[row])
            return
        self.stack.addWidget(screen)
        self._by_row[row] = screen
        self._adopt(page, screen)

    def row_of(self, class_name: str) -> int:
        """The navigation row of a screen by its class name; the first screen if unknown."""
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == class_name:
                return row
        return 0

    def show_screen(self, row: int) -> None:
        """Show the screen at ``row`` of the navigation."""
        if 0 <= row < self.navigation.count():
            self.navigation.setCurrentRow(row)

    def current_screen(self) -> QWidget | None:
        return self.stack.currentWidget()

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        if row in self._pending:
            self._build_pending(row)
        screen = self._by_row[row]
        self.stack.setCurrentWidget(screen)
        self._focus_screen(screen)
        self.page_changed.emit(row)

    def _focus_screen(self, screen: QWidget) -> None:
        """Give the keyboard to the screen: its last focused field, its scan field, or itself."""
        target = screen.focusWidget() or screen.findChild(QWidget, "scanInput") or screen
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit_navigation(self) -> None:
        """Wide enough for the longest title in any language, never a scroll bar."""
        width = self.navigation.sizeHintForColumn(0) if self.navigation.count() else 0
        self.navigation.setFixedWidth(max(180, width + 40))

    # -- menus ------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        desk_menu = menu_bar.addMenu(self.tr("&Desk"))
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        desk_menu.addAction(self.settings_action)
        self.import_action = QAction(self.tr("&Import registrations…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.open_import)
        desk_menu.addAction(self.import_action)
        desk_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        desk_menu.addAction(self.quit_action)

        self.go_menu = menu_bar.addMenu(self.tr("&View"))
        self.full_screen_action = QAction(self.tr("&Full screen (kiosk)"), self)
        self.full_screen_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.triggered.connect(self.toggle_full_screen)
        self.go_menu.addAction(self.full_screen_action)
        self.go_menu.addSeparator()
        # Window-level actions keep their shortcuts when the menu bar is hidden in kiosk mode.
        for action in (
            self.settings_action,
            self.import_action,
            self.quit_action,
            self.full_screen_action,
        ):
            self.addAction(action)

    def open_settings(self) -> None:
        """Edit the settings; the title and the screens follow the new choices at once."""
        from catchdesk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.context.settings, self, device_name=self.context.store.device_name
        )
        if dialog.exec():
            self.refresh_title()
            for screen in self.screens.values():
                apply = getattr(screen, "apply_settings", None)
                if apply is not None:
                    apply()
            self.sync.restart()

    def open_import(self) -> None:
        """The import wizard on this event; counts and open screens follow what it added."""
        from catchdesk.ui.import_wizard import open_import_wizard

        if open_import_wizard(self.context, self):
            self.refresh_counts()
            for screen in self.screens.values():
                reload = getattr(screen, "reload", None)
                if reload is not None:
                    reload()

    def _adopt_event_changes(self, screen: QWidget) -> None:
        changed = getattr(screen, "event_changed", None)
        if changed is not None:
            changed.connect(self._on_event_changed)

    def _on_event_changed(self) -> None:
        """The organiser edited the event or its programme: the title and doors follow."""
        self.refresh_title()
        for screen in self.screens.values():
            reload = getattr(screen, "reload_workshops", None)
            if reload is not None:
                reload()

    def toggle_full_screen(self) -> None:
        """Kiosk mode: the screens fill the display, the menu bar goes away; F11 comes back."""
        if self.isFullScreen():
            self.menuBar().show()
            if self._was_maximized:
                self.showMaximized()
            else:
                self.showNormal()
        else:
            self._was_maximized = self.isMaximized()
            self.menuBar().hide()
            self.showFullScreen()
        self.full_screen_action.setChecked(self.isFullScreen())

    # -- title and status bar ---------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        bar_font = QFont(bar.font())
        bar_font.setPointSizeF(bar_font.pointSizeF() * 1.1)
        bar.setFont(bar_font)
        self.store_label = QLabel(self.context.store.describe())
        self.store_label.setObjectName("storeLabel")
        self.store_label.setToolTip(self.tr("Where this desk's data is stored"))
        self.counts_label = QLabel()
        self.counts_label.setObjectName("countsLabel")
        counts_font = QFont(self.counts_label.font())
        counts_font.setBold(True)
        self.counts_label.setFont(counts_font)
        self.clock_label = QLabel()
        self.clock_label.setObjectName("clockLabel")
        bar.addWidget(self.store_label, 1)
        bar.addPermanentWidget(self.counts_label)
        bar.addPermanentWidget(self.clock_label)

    def refresh_title(self) -> None:
        """Event, desk, application: staff see at a glance where a scan will be recorded."""
        try:
            name, self._timezone = self.context.heading()
        except CatchDeskError as exc:
            log.warning("cannot read the event for the title: %s", exc)
            name = "?"
        self.setWindowTitle(f"{name} — {self.context.desk_name} — {APP_NAME}")

    def refresh_counts(self) -> None:
        """Checked in / registered, recounted from the store (other desks count too)."""
        from catchdesk.core.stats import headline_counts  # ORM classes: after the first paint

        try:
            with self.context.store.read() as session:
                checked_in, registered = headline_counts(session, self.context.event_id)
        except CatchDeskError as exc:
            log.warning("cannot count attendees: %s", exc)
            self.counts_label.setText(self.tr("Counts unavailable"))
            return
        self._show_counts(checked_in, registered)

    def _show_counts(self, checked_in: int, registered: int) -> None:
        self.counts = (checked_in, registered)
        text = self.tr("%1 checked in / %2 registered")
        self.counts_label.setText(
            text.replace("%1", str(checked_in)).replace("%2", str(registered))
        )

    def _on_arrival(self, _attendee_id: str) -> None:
        """Count the new arrival at once; recount from the store once the queue pauses.

        Recounting takes tens of milliseconds on a 100,000-attendee store: done after every
        scan it would eat the 50 ms a verdict has to appear, so it waits for a quiet moment.
        """
        checked_in, registered = self.counts
        self._show_counts(checked_in + 1, registered)
        self._recount_timer.start()
        self.sync.sync_now()

    def _on_admission(self, _attendee_id: str) -> None:
        """A workshop admission: the counts are recounted in the next quiet moment."""
        self._recount_timer.start()
        self.sync.sync_now()

    def _tick(self) -> None:
        """The venue's wall clock (the event's time zone), as in the list of last scans."""
        now = dt.datetime.now(dt.UTC)
        try:
            now = local_time(now, self._timezone) if self._timezone else now.astimezone()
        except (ValueError, KeyError):  # an unknown zone name: the computer's clock will do
            now = now.astimezone()
        self.clock_label.setText(now.strftime("%H:%M:%S"))

    # -- geometry ---------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        """Size, position and state of the last run; the screen is restored by the caller."""
        settings = self.context.settings
        if not settings.window_geometry or not self.restoreGeometry(settings.window_geometry):
            self.resize(1280, 800)
        if settings.window_state:
            self.restoreState(settings.window_state)

    def save_layout(self) -> None:
        """Remember size, position and state for the next start."""
        settings = self.context.settings
        settings.window_geometry = bytes(self.saveGeometry().data())
        settings.window_state = bytes(self.saveState().data())
        current = self.navigation.currentItem()
        if current is not None:
            settings.last_screen = str(current.data(Qt.ItemDataRole.UserRole))
        settings.save()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._sync is not None:
            self._sync.stop()
        self.save_layout()
        super().closeEvent(event)
