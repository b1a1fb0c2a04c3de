"""Door 2: bootstrap of the GUI — the application object, its identity and its translations.

Kept apart from the screens so the desk window, the tests and the PyInstaller bundle all start
Qt the same way: names set before anything reads settings (QSettings and QStandardPaths use
them), and the interface language chosen once, from the user's override or the system.
"""

from __future__ import annotations

import contextlib
import gc
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QLoggingCategory,
    QSettings,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QWidget

from catchdesk import APP_NAME, __version__
from catchdesk.assets import asset
from catchdesk.core.errors import CatchDeskError, NotFoundError
from catchdesk.core.event_lookup import find_event_id
from catchdesk.core.i18n import DEFAULT_LANGUAGE, LANGUAGES
from catchdesk.core.store import Store, open_store

if TYPE_CHECKING:
    from catchdesk.ui.settings import Settings


def interface_language(override: str | None = None) -> str:
    """The override if it is one of ours, else the system language, else French."""
    if override in LANGUAGES:
        return override  # type: ignore[return-value]
    for name in QLocale.system().uiLanguages():
        code = name[:2].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Load Qt's own strings and ours for ``language``; English needs neither."""
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [
        (f"qtbase_{language}", qt_dir),
        (f"catchdesk_{language}", str(asset("translations"))),
    ]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


QUIET_QT_LOGS = "qt.multimedia.symbolsresolver=false\nqt.multimedia.ffmpeg.info=false"
"""Qt Multimedia lists every optional video library it did not find at each start: a dozen
lines that bury the one that matters (ours, saying whether sounds are on)."""


def create_application(
    argv: Sequence[str] | None = None, language: str | None = None
) -> QApplication:
    """The one QApplication of the process, named and translated."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    QLoggingCategory.setFilterRules(QUIET_QT_LOGS)
    chosen = interface_language(language)
    QLocale.setDefault(QLocale(chosen))
    app.setProperty("catchdesk_language", chosen)
    install_translations(app, chosen)
    return app


SCAN_FIELDS = frozenset({"scanInput", "doorScanInput"})
"""The scan fields of the screens a desk can open on (the window restores the last one)."""
SMOKE_TIMEOUT_MS = 20_000
SMOKE_POLL_MS = 5


def run_gui(
    store_location: str | None,
    event_selector: str | None,
    desk: str | None,
    smoke: bool = False,
    *,
    started_at: float | None = None,
    qsettings: QSettings | None = None,
    argv: Sequence[str] | None = None,
    language: str | None = None,
) -> int:
    """Open the desk window on the store and event given, and run until it closes.

    Every failure a user can meet before the window exists (a store that cannot be opened, no
    event, a cancelled choice) is told in words: a message box normally, one line on stderr
    with ``smoke`` (which must never block on a dialog). Returns the process exit code.
    ``language`` (``--lang``) wins over the settings' language for this run only.
    """
    from catchdesk.ui.settings import Settings

    started = started_at if started_at is not None else time.perf_counter()
    settings = Settings.load(qsettings if qsettings is not None else QSettings(APP_NAME, APP_NAME))
    app = create_application(argv, language=language or settings.language or None)
    try:
        store = open_store(store_location, desk=desk)
    except CatchDeskError as exc:
        return _fail(
            QCoreApplication.translate("run_gui", "The store cannot be opened."), str(exc), smoke
        )
    try:
        event_id = _choose_event(store, event_selector, smoke, settings)
        if event_id is None:
            return 1
        return _run_window(app, store, event_id, settings, desk, smoke, started)
    finally:
        gc.enable()
        store.close()


def _run_window(
    app: QApplication,
    store: Store,
    event_id: str,
    settings: Settings,
    desk: str | None,
    smoke: bool,
    started: float,
) -> int:
    from catchdesk.ui.context import DeskContext
    from catchdesk.ui.main_window import MainWindow

    context = DeskContext(store=store, event_id=event_id, settings=settings, desk_override=desk)
    window = MainWindow(context)
    if smoke and "DeskScreen" not in window.screens:
        return _fail(
            QCoreApplication.translate("run_gui", "The desk screen is missing."),
            QCoreApplication.translate(
                "run_gui", "The scan field cannot take the focus: the desk screen did not load."
            ),
            smoke,
        )
    window.show()
    if app.platformName() != "offscreen":  # the offscreen plugin warns that it cannot raise
        window.raise_()
    window.activateWindow()
    # Everything built so far lives as long as the window. Frozen, the collector stops walking
    # it: a full collection during an import or a batch held both threads for 100-190 ms.
    gc.freeze()
    gc.enable()  # off since ``catchdesk gui`` started: start-up builds, it throws nothing away
    if smoke:
        return _smoke(app, started)
    return app.exec()


def _smoke(app: QApplication, started: float) -> int:
    """Wait for the scan field to hold the focus, print how long that took, then how long until
    the scan path was warmed up, and leave."""
    outcome: dict[str, int] = {}

    def say(line: str) -> None:
        with contextlib.suppress(OSError):  # stdout closed (``| head -1``): the exit code tells
            print(line, flush=True)

    def check(*_args: object) -> None:
        if "code" in outcome or "focused" in outcome:
            return
        widget = QApplication.focusWidget()
        if widget is not None and widget.objectName() in SCAN_FIELDS:
            outcome["focused"] = 1
            say(f"gui smoke: scan field focused after {_ms_since(started)} ms")
            _await_scan_path(widget, finish)

    def finish() -> None:
        if "code" not in outcome:
            outcome["code"] = 0
            app.exit(0)
            say(f"gui smoke: scan path ready after {_ms_since(started)} ms")

    def give_up() -> None:
        if "code" in outcome:
            return
        if "focused" in outcome:
            problem = "the scan path was not warmed up in time"
        else:
            widget = QApplication.focusWidget()
            where = widget.objectName() if widget is not None else "nothing"
            problem = (
                f"the scan field never got the focus (focus on {where or type(widget).__name__})"
            )
        print(f"catchdesk: gui smoke: {problem}", file=sys.stderr)
        outcome["code"] = 1
        app.exit(1)

    app.focusChanged.connect(check)
    poll = QTimer(app)
    poll.setInterval(SMOKE_POLL_MS)
    poll.timeout.connect(check)
    poll.start()
    QTimer.singleShot(SMOKE_TIMEOUT_MS, give_up)
    check()
    if "code" not in outcome:
        app.exec()
    poll.stop()
    return outcome.get("code", 1)


def _ms_since(started: float) -> str:
    return f"{(time.perf_counter() - started) * 1000:.0f}"


def _await_scan_path(scan_field: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` once the screen of ``scan_field`` has readied its scan path (at once if
    it has none to ready): the smoke reports both the focus and the first scan's readiness."""
    screen = scan_field.parentWidget()
    while screen is not None and not hasattr(screen, "scan_path_ready"):
        screen = screen.parentWidget()
    if screen is None or getattr(screen, "scan_path_is_ready", True):
        then()
    else:
        screen.scan_path_ready.connect(then)


def _choose_event(
    store: Store, selector: str | None, smoke: bool, settings: Settings | None = None
) -> str | None:
    """The event to open: the one named, the only one, or the user's pick among several.

    With no event at all, the welcome window offers the ways in (create, demo, import) and
    returns the event it made; ``smoke`` never opens it (it must not block) and says so.
    """
    try:
        with store.read() as session:
            return find_event_id(session, selector)
    except NotFoundError as exc:
        if selector is not None:
            _fail(
                QCoreApplication.translate("run_gui", "This event is not in the store."),
                str(exc),
                smoke,
            )
            return None
        if not smoke and settings is not None:
            from catchdesk.ui.welcome import WelcomeWindow

            gc.enable()  # the welcome may stay open for a long while
            welcome = WelcomeWindow(store, settings)
            chosen = welcome.choose()
            welcome.deleteLater()
            return chosen
        _fail(
            QCoreApplication.translate("run_gui", "There is no event yet."),
            QCoreApplication.translate(
                "run_gui",
                "This store has no event yet. To try CatchDesk, run “catchdesk demo” in a "
                "terminal; to prepare your own event, run “catchdesk event new --name NAME "
                "--date YYYY-MM-DD”.",
            ),
            smoke,
        )
        return None
    except CatchDeskError as exc:
        if selector is not None or smoke:
            _fail(QCoreApplication.translate("run_gui", "Several events match."), str(exc), smoke)
            return None
    from catchdesk.core.events import list_events

    with store.read() as session:
        events = [(e.id, f"{e.name} — {e.starts_on.isoformat()}") for e, _n in list_events(session)]
    labels = [label for _id, label in events]
    from PySide6.QtWidgets import QInputDialog  # only with several events (~2 ms to load)

    label, ok = QInputDialog.getItem(
        None,
        QCoreApplication.translate("run_gui", "Choose the event"),
        QCoreApplication.translate(
            "run_gui", "This store holds several events. Which one does this desk work on?"
        ),
        labels,
        0,
        False,
    )
    if not ok:
        return None
    return events[labels.index(label)][0]


def _fail(title: str, message: str, smoke: bool) -> int:
    """Say what went wrong in words: on stderr for --smoke, in a message box otherwise."""
    if smoke:
        print(f"catchdesk: {title} {message}", file=sys.stderr)
    else:
        from PySide6.QtWidgets import QMessageBox  # only on failure (~2 ms to load)

        QMessageBox.critical(None, f"{APP_NAME} — {title}", message)
    return 1
