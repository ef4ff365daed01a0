"""The vehicle window's actions, menu bar and toolbar: File (new from an inventory, open, save,
export, close) and Edit (undo, redo and the commands on its properties). The file actions and
the toolbar are made as the main window makes its own (:mod:`..document_files`).

:class:`VehicleMenus` is a part of :class:`.window.VehicleWindow`, whose commands the actions
trigger; the menus are made again when the window is rebuilt in another language.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from ...i18n import tr


class VehicleMenus:
    """Makes the actions (``act_open``, ``act_add_file``, … found by tests by object name)
    and the menus and toolbar that show them."""

    def _actions(self) -> None:
        lang, bar = self.lang, self.menuBar()
        bar.clear()
        self._file_actions(self.export_workbook)
        self.act_new = self._action("new_inventory", self.new_from_inventory)
        self.act_close = self._action("close", self.close, QKeySequence.StandardKey.Close)
        self.act_add_embedded = self._action("add_embedded", lambda: self.add_models(False))
        self.act_add_file = self._action("add_file", lambda: self.add_models(True))
        self.act_add_inventory = self._action("add_inventory", self.add_from_inventory)
        self.act_remove = self._action("remove", self.remove_selected,
                                       QKeySequence.StandardKey.Delete)
        self.act_open_model = self._action("open_model", self.open_model,
                                           QKeySequence("Ctrl+Return"))
        files = bar.addMenu(tr("gui.menu.file", lang))
        for act in (self.act_new, self.act_open, None, self.act_save, self.act_save_as, None,
                    self.act_export, None, self.act_close):
            files.addSeparator() if act is None else files.addAction(act)
        edit = bar.addMenu(tr("gui.menu.edit", lang))
        for act in (self.act_undo, self.act_redo, None, self.act_add_embedded,
                    self.act_add_file, self.act_add_inventory, self.act_remove, None,
                    self.act_open_model):
            edit.addSeparator() if act is None else edit.addAction(act)
        self._file_toolbar()
        self.act_open_model.setEnabled(self.main is not None)
