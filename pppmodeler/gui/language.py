"""Qt's own texts in the application's language: the buttons of message boxes and file
dialogs (Qt's translations) and the default locale (Spanish of Colombia, or English)."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

# Qt 6.2 renamed QLocale.Country to Territory; some PySide6 builds (6.12 here) expose only
# the old name, others only the new one.
COLOMBIA = getattr(QLocale, "Territory", getattr(QLocale, "Country", None)).Colombia


def install_qt_translations(app: QApplication | None, lang: str) -> None:
    """Qt's own dialogs (buttons of message boxes, file dialogs) in the chosen language."""
    if app is None:
        return
    for old in getattr(app, "_pppm_translators", []):
        app.removeTranslator(old)
    app._pppm_translators = []
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, COLOMBIA)
                       if lang == "es" else QLocale(QLocale.Language.English))
    if lang == "en":
        return
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase", "qt"):
        translator = QTranslator(app)
        if translator.load(f"{name}_{lang}", folder):
            app.installTranslator(translator)
            app._pppm_translators.append(translator)
