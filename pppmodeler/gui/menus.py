"""The main window's actions, menu bar and toolbar: File (with New from a sample, Recent and
the vehicle's submenu), Edit (undo, redo), Language and Help. The file actions and the toolbar
are made as the vehicle's window makes its own (:mod:`.document_files`).

:class:`Menus` is a part of :class:`.app.MainWindow`, whose commands the actions trigger; the
menus are made again when the window is rebuilt (another language, another document).
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMessageBox

from .. import __version__, bundled
from ..i18n import tr
from .files import sample_title
from .vehicle.link import vehicle_menu


class Menus:
    """Makes the actions (``act_open``, ``act_save``, … found by tests by object name) and
    the menus and toolbar that show them."""

    def _build_menus(self) -> None:
        lang, bar = self.lang, self.menuBar()
        bar.clear()
        self._file_actions(self.export_report)
        self.act_open_review = self._action("open_review", self.open_for_review)
        self.act_edit_copy = self._action("edit_copy", self.edit_copy)
        self.act_edit_copy.setEnabled(self.state.read_only)
        self.act_save.setEnabled(not self.state.read_only)
        self.act_save_as.setEnabled(not self.state.read_only)
        self.act_quit = self._action("quit", self.close, QKeySequence.StandardKey.Quit)
        self.act_about = self._action("about", self.about)
        files = bar.addMenu(tr("gui.menu.file", lang))
        self.new_menu = files.addMenu(tr("gui.menu.new", lang))
        self.new_menu.setObjectName("menu.new")
        for name in bundled.sample_names():
            act = QAction(tr("gui.new_from", lang, name=sample_title(name)), self)
            act.setObjectName(f"action.new.{name}")
            act.triggered.connect(lambda _checked, n=name: self.new_from_sample(n))
            self.new_menu.addAction(act)
        for act in (self.act_open, self.act_open_review, self.act_edit_copy):
            files.addAction(act)
        self.recent_menu = files.addMenu(tr("gui.menu.recent", lang))
        self.recent_menu.setObjectName("menu.recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        vehicle_menu(self, files)
        files.addSeparator()
        for act in (self.act_save, self.act_save_as):
            files.addAction(act)
        files.addSeparator()
        files.addAction(self.act_export)
        files.addSeparator()
        files.addAction(self.act_quit)
        edit = bar.addMenu(tr("gui.menu.edit", lang))
        edit.addAction(self.act_undo)
        edit.addAction(self.act_redo)
        view = bar.addMenu(tr("gui.menu.language", lang))
        group = QActionGroup(self)
        self.act_lang = {}
        for code in ("es", "en"):
            act = QAction(tr(f"gui.language.{code}", lang), self, checkable=True)
            act.setObjectName(f"action.lang.{code}")
            act.setChecked(code == lang)
            act.triggered.connect(lambda _checked, c=code: self.set_language(c))
            group.addAction(act)
            view.addAction(act)
            self.act_lang[code] = act
        helps = bar.addMenu(tr("gui.menu.help", lang))
        helps.addAction(self.act_about)
        self._file_toolbar()
        self.act_export.setEnabled(not self.tasks.busy)

    def _fill_recent(self) -> None:
        menu, lang = self.recent_menu, self.lang
        menu.clear()
        paths = self.recent.paths()
        for i, path in enumerate(paths, 1):
            act = menu.addAction(f"&{i} {path.name}  —  {path.parent}")
            act.setObjectName(f"action.recent.{i}")
            act.setToolTip(str(path))
            act.triggered.connect(lambda _checked, p=path: self.open_recent(p))
        if not paths:
            menu.addAction(tr("gui.recent_none", lang)).setEnabled(False)
            return
        menu.addSeparator()
        menu.addAction(tr("gui.recent_clear", lang), self.recent.clear)

    def about(self) -> None:
        QMessageBox.about(self, tr("gui.action.about", self.lang),
                          tr("gui.about_text", self.lang, version=__version__))
