"""The main window's actions, menu bar and toolbar: File (with New from a sample, Recent and
the vehicle's submenu), Edit (undo, redo), Language and Help.

:class:`Menus` is a part of :class:`.app.MainWindow`, whose commands the actions trigger; the
menus are made again when the window is rebuilt (another language, another document).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMessageBox, QStyle, QToolBar

from .. import __version__, bundled
from ..i18n import tr
from .dialogs import make_action
from .files import sample_title
from .vehicle.link import vehicle_menu


class Menus:
    """Makes the actions (``act_open``, ``act_save``, … found by tests by object name) and
    the menus and toolbar that show them."""

    def _build_menus(self) -> None:
        lang, bar = self.lang, self.menuBar()
        bar.clear()
        for toolbar in self.findChildren(QToolBar):
            self.removeToolBar(toolbar)
            toolbar.deleteLater()
        style = self.style()

        def action(key: str, slot, shortcut=None, icon=None) -> QAction:
            return make_action(self, tr(f"gui.action.{key}", lang), f"action.{key}", slot,
                               shortcut, icon)

        sp = QStyle.StandardPixmap
        self.act_open = action("open", self.open_file, QKeySequence.StandardKey.Open,
                               sp.SP_DialogOpenButton)
        self.act_save = action("save", self.save_file, QKeySequence.StandardKey.Save,
                               sp.SP_DialogSaveButton)
        self.act_save_as = action("save_as", self.save_file_as, QKeySequence("Ctrl+Shift+S"))
        self.act_open_review = action("open_review", self.open_for_review)
        self.act_edit_copy = action("edit_copy", self.edit_copy)
        self.act_edit_copy.setEnabled(self.state.read_only)
        self.act_save.setEnabled(not self.state.read_only)
        self.act_save_as.setEnabled(not self.state.read_only)
        self.act_export = action("export", self.export_report, QKeySequence("Ctrl+E"),
                                 sp.SP_FileDialogDetailedView)
        self.act_quit = action("quit", self.close, QKeySequence.StandardKey.Quit)
        undo = self.state.undo_stack
        self.act_undo = undo.createUndoAction(self, tr("gui.action.undo", lang))
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_undo.setIcon(style.standardIcon(sp.SP_ArrowBack))
        self.act_undo.setObjectName("action.undo")
        self.act_redo = undo.createRedoAction(self, tr("gui.action.redo", lang))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.act_redo.setIcon(style.standardIcon(sp.SP_ArrowForward))
        self.act_redo.setObjectName("action.redo")
        self.act_about = action("about", self.about)
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
        toolbar = self.addToolBar(tr("gui.toolbar", lang))
        toolbar.setObjectName("toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for act in (self.act_open, self.act_save, self.act_export, self.act_undo,
                    self.act_redo):
            toolbar.addAction(act)
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
