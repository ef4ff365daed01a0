"""Review mode: the banner that says a file is read-only, with its metadata and whether its
content hash matches its content, and the button to edit a copy instead."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ..fileformat import Document, hash_is_current
from ..i18n import tr

FIELDS = ("author", "created", "modified", "app_version", "content_hash", "notes")


def metadata_rows(doc: Document, path: Path | None, lang: str) -> list[tuple[str, str, str]]:
    """(key, label, value) of every line of the panel, the hash check last."""
    empty = tr("gui.meta.empty", lang)
    rows = [("file", tr("gui.meta.file", lang), str(path) if path else empty)]
    for key in FIELDS:
        value = str(getattr(doc.metadata, key) or "").strip()
        rows.append((key, tr(f"gui.meta.{key}", lang), value or empty))
    current = hash_is_current(doc)
    rows.append(("hash_state", tr("gui.meta.hash_state", lang),
                 tr("gui.meta.hash_ok" if current else "gui.meta.hash_bad", lang)))
    return rows


class ReviewPanel(QFrame):
    """Shown above the pages while a file is open for review."""

    edit_copy = Signal()

    def __init__(self, doc: Document, path: Path | None, lang: str, parent=None):
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        name = path.name if path else doc.model.property.name
        self.banner = QLabel(tr("gui.review_banner", lang, name=name))
        self.banner.setObjectName("reviewBanner")
        self.banner.setWordWrap(True)
        self.button = QPushButton(tr("gui.action.edit_copy", lang))
        self.button.setObjectName("editCopy")
        self.button.clicked.connect(self.edit_copy)
        top = QHBoxLayout()
        top.addWidget(self.banner, 1)
        top.addWidget(self.button)
        heading = QLabel(tr("gui.meta.heading", lang))
        heading.setObjectName("heading")
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.values: dict[str, QLabel] = {}
        for i, (key, label, value) in enumerate(metadata_rows(doc, path, lang)):
            shown = QLabel(value)
            shown.setObjectName(f"meta.{key}")
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if key == "hash_state":
                shown.setProperty("hash", "ok" if hash_is_current(doc) else "bad")
            self.values[key] = shown
            row, col = divmod(i, 2)
            title = QLabel(label + ":")
            title.setObjectName("metaLabel")
            grid.addWidget(title, row, col * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(shown, row, col * 2 + 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 6, 10, 6)
        box.addLayout(top)
        box.addWidget(heading)
        box.addLayout(grid)
