"""Door 2: bootstrap of the GUI — the application object, its identity and its translations.

Kept apart from the screens so the desk window, the tests and the PyInstaller bundle all start
Qt the same way: names set before anything reads settings (QSettings and QStandardPaths use
them), and the interface language chosen once, from the user's override or the system.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from catchdesk import APP_NAME, __version__
from catchdesk.assets import asset
from catchdesk.core.i18n import DEFAULT_LANGUAGE, LANGUAGES


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


def create_application(
    argv: Sequence[str] | None = None, language: str | None = None
) -> QApplication:
    """The one QApplication of the process, named and translated."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    chosen = interface_language(language)
    QLocale.setDefault(QLocale(chosen))
    app.setProperty("catchdesk_language", chosen)
    install_translations(app, chosen)
    return app
