"""The report of an inventory import, before anything is made of it: how many rows were read
and taken, every row not taken (or taken without a value) and why, and how the file was read.
The person then creates the vehicle (or adds the properties) or cancels; nothing changes
before they choose."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...i18n.messages import in_language
from ...present import number
from ...vehicle.inventory import ImportResult


class ImportDialog(QDialog):
    """``adding``: the properties go into the open vehicle (no name is asked)."""

    def __init__(self, result: ImportResult, lang: str, adding: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("vehicle.import_dialog")
        self.setWindowTitle(tr("gui.vehicle.import_title", lang))
        self.resize(900, 560)
        self.result, self.lang = result, lang
        c = result.counts()
        box = QVBoxLayout(self)
        source = QLabel(tr("gui.vehicle.import_source", lang, source=result.source))
        source.setObjectName("heading")
        source.setWordWrap(True)
        box.addWidget(source)
        self.summary = QLabel(tr("gui.vehicle.import_counts", lang, **{
            k: number(v, lang, 0) for k, v in c.items()}))
        self.summary.setObjectName("vehicle.import_summary")
        self.summary.setWordWrap(True)
        box.addWidget(self.summary)
        if result.notes or result.unused_columns:
            notes = QLabel("\n".join([*(in_language(n, lang) for n in result.notes), *(
                tr("gui.vehicle.import_unused", lang, column=in_language(u, lang))
                for u in result.unused_columns)]))
            notes.setObjectName("hint")
            notes.setWordWrap(True)
            box.addWidget(notes)
        heading = QLabel(tr("gui.vehicle.import_problems", lang, n=len(result.problems)))
        heading.setObjectName("heading")
        box.addWidget(heading)
        self.problems = QTableWidget(len(result.problems), 4)
        self.problems.setObjectName("vehicle.import_problems")
        self.problems.setHorizontalHeaderLabels(
            [tr(f"gui.vehicle.import_column.{k}", lang)
             for k in ("row", "column", "message", "outcome")])
        self.problems.verticalHeader().setVisible(False)
        self.problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.problems.setAlternatingRowColors(True)
        self.problems.setWordWrap(True)
        for r, p in enumerate(result.problems):
            for c_, text in enumerate((str(p.row), p.column, p.reason(lang),
                                       tr(f"gui.vehicle.outcome.{p.outcome}", lang))):
                self.problems.setItem(r, c_, QTableWidgetItem(text))
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.problems.resizeRowsToContents()
        box.addWidget(self.problems, 1)
        self.name = QLineEdit()
        self.name.setObjectName("vehicle.import_name")
        if not adding:
            form = QFormLayout()
            form.addRow(tr("gui.vehicle.import_name", lang), self.name)
            box.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        key = "gui.vehicle.import_add" if adding else "gui.vehicle.import_create"
        self.accept_button = buttons.addButton(tr(key, lang, n=number(c["imported"], lang, 0)),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.accept_button.setObjectName("vehicle.import_accept")
        self.accept_button.setEnabled(bool(result.records))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        if not result.records:
            none = QLabel(tr("gui.vehicle.import_nothing", lang))
            none.setProperty("problem", True)
            box.insertWidget(box.count() - 1, none)
