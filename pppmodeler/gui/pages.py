"""The main window's pages: the navigation list of sections on the left, the page of each
(the forms and tables generated from the declarations, the results, the analyses), and going
to a page or to an input's editor.

:class:`Pages` is a part of :class:`.app.MainWindow`; it uses the window's ``state``, ``lang``
and ``analysis_runs``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QLabel, QListWidget, QListWidgetItem, QScrollArea,
                               QStackedWidget, QTabWidget, QVBoxLayout, QWidget)

from ..i18n import tr
from .analysis import PANES
from .forms import SectionForm, page_header
from .results_view import ChartsPanel, MessagesList, PeriodTable, titled
from .tables import LinesTable

# The navigation: (key, kind, model field names shown on the page).
PAGES = (("property", "form", ("property",)), ("timeline", "form", ("timeline", "macro")),
         ("revenues", "lines", ("revenues",)), ("costs", "lines", ("costs",)),
         ("capex", "lines", ("capex",)), ("district", "form", ("district",)),
         ("taxes", "form", ("taxes",)), ("working_capital", "form", ("working_capital",)),
         ("financing", "form", ("financing",)), ("end", "form", ("end",)),
         ("valuation", "form", ("valuation",)), ("results", "results", ()),
         ("analyses", "heading", ()), ("scenarios", "analysis", ()),
         ("sensitivity", "analysis", ()), ("breakeven", "analysis", ()),
         ("montecarlo", "analysis", ()))


class Pages:
    """Makes ``nav``, ``pages`` (one a row of ``nav``), ``page_keys`` and ``forms`` (the
    editors by model field name, the analysis panes by page key)."""

    def _build_pages(self) -> None:
        lang = self.lang
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(210)
        self.pages = QStackedWidget()
        self.page_keys: list[str] = []
        self.forms: dict[str, Any] = {}
        for key, kind, names in PAGES:
            item = QListWidgetItem(tr(f"gui.page.{key}", lang))
            if kind == "heading":
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.nav.addItem(item)
            self.page_keys.append(key)
            self.pages.addWidget(self._page(key, kind, names))
        self.nav.currentRowChanged.connect(self._show_page)

    def _page(self, key: str, kind: str, names: tuple) -> QWidget:
        lang = self.lang
        if kind == "results":
            return self._results_page()
        if kind == "heading":
            return QWidget()
        if kind == "analysis":
            self.forms[key] = PANES[key](self.state, self.analysis_runs, lang)
            return self.forms[key]
        body = QWidget()
        box = QVBoxLayout(body)
        box.setContentsMargins(16, 12, 16, 12)
        page_header(box, key, lang)
        for name in names:
            if kind == "lines":
                widget = LinesTable(self.state, name, lang)
                box.addWidget(widget, 1)
            else:
                widget = SectionForm(self.state, name, lang)
                if len(names) > 1:
                    sub = QLabel(tr(f"gui.section.{name}", lang))
                    sub.setObjectName("heading")
                    box.addWidget(sub)
                box.addWidget(widget)
            self.forms[name] = widget
        if kind == "lines":
            return body
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        return scroll

    def _results_page(self) -> QWidget:
        lang = self.lang
        self.messages = MessagesList(lang)
        self.messages.go_to.connect(self.go_to)
        self.periods = PeriodTable(lang)
        self.charts = ChartsPanel(lang)
        tabs = QTabWidget()
        tabs.setObjectName("resultTabs")
        tabs.addTab(self.charts, tr("gui.tab.charts", lang))
        tabs.addTab(self.periods, tr("gui.tab.periods", lang))
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(16, 12, 16, 12)
        page_header(box, "results", lang, about=False)
        box.addWidget(titled(tr("gui.messages", lang), self.messages))
        box.addWidget(tabs, 1)
        return page

    def _show_page(self, row: int) -> None:
        self.pages.setCurrentIndex(row)

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(self.page_keys.index(key))

    def go_to(self, path: str) -> None:
        """Show the page of an input path and put the cursor in its editor."""
        head = path.split(".")[0].split("[")[0]
        for key, _kind, names in PAGES:
            if head in names:
                self.show_page(key)
                editor = self.findChild(QWidget, path)
                if editor is not None:
                    editor.setFocus()
                return
