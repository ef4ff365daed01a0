"""Export, review mode, recent files, samples, recovery and drag-and-drop, driven as a person
does (menus and toolbar, dialogs answered by the ``dialogs`` fixture)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar

from pppmodeler.gui.tasks import export_report
from pppmodeler.gui.worker import Cancelled

openpyxl = pytest.importorskip("openpyxl")

TIMEOUT = 30_000


def test_export_report_is_a_pure_function_with_progress_and_cancel(window, tmp_path):
    seen = []
    out = export_report(window.state.document, window.state.model, tmp_path / "a.xlsx",
                        progress=lambda f, w: seen.append(f))
    assert out.exists() and seen[0] == 0.0 and seen[-1] == 1.0

    def stop(_f, _w):
        raise Cancelled()
    with pytest.raises(Cancelled):
        export_report(window.state.document, window.state.model, tmp_path / "b.xlsx",
                      progress=stop)
    assert not (tmp_path / "b.xlsx").exists()


def test_export_from_the_toolbar_writes_a_workbook_off_the_gui_thread(window, dialogs, qtbot,
                                                                      tmp_path):
    target = tmp_path / "informe"            # the suffix is added
    dialogs.save_path = str(target)
    toolbar = window.findChild(QToolBar, "toolbar")
    assert window.act_export in toolbar.actions()
    assert window.act_export.shortcut().toString() == "Ctrl+E"
    window.act_export.trigger()
    assert window.progress.isVisible()                 # the window is not blocked meanwhile
    assert not window.act_export.isEnabled()
    written = tmp_path / "informe.xlsx"
    qtbot.waitUntil(lambda: written.exists() and not window.tasks.busy, timeout=TIMEOUT)
    book = openpyxl.load_workbook(written)
    assert len(book.sheetnames) > 3
    assert str(written) in window.statusBar().currentMessage()
    assert not window.progress.isVisible() and window.act_export.isEnabled()
    assert dialogs.shown == []


def test_an_export_that_fails_says_what_in_a_dialog(window, dialogs, qtbot, tmp_path):
    dialogs.save_path = str(tmp_path / "no such folder" / "informe.xlsx")
    window.act_export.trigger()
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=TIMEOUT)
    kind, title, text = dialogs.shown[0]
    assert kind == "critical" and title == "No se pudo exportar el informe"
    assert "no such folder" in text
    assert window.act_export.isEnabled() and not window.progress.isVisible()


def saved_sample(window, path, author="Ana Revisora", notes="Versión para el comité"):
    from dataclasses import replace

    from pppmodeler.fileformat import save
    doc = window.state.document
    save(replace(doc, metadata=replace(doc.metadata, author=author, notes=notes)), path)
    return path


def test_review_mode_shows_metadata_and_refuses_edits_then_edit_a_copy(window, dialogs, qtbot,
                                                                       tmp_path):
    from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

    from .test_window import type_into
    path = saved_sample(window, tmp_path / "revisar.pppm")
    dialogs.open_path = str(path)
    window.act_open_review.trigger()
    assert window.state.read_only
    qtbot.waitUntil(window.review_panel.isVisible, timeout=TIMEOUT)
    assert "Solo lectura — revisión" in window.review_panel.banner.text()
    assert "Solo lectura" in window.windowTitle()
    meta = {key: label.text() for key, label in window.review_panel.values.items()}
    assert meta["author"] == "Ana Revisora" and meta["notes"] == "Versión para el comité"
    assert meta["content_hash"].startswith("sha256:") and meta["hash_state"].startswith("Sí")
    assert meta["app_version"] and meta["created"] and meta["modified"]
    before = window.state.model
    window.show_page("financing")
    rate = window.findChild(QLineEdit, "financing.rate")
    type_into(qtbot, rate, "12,5")
    assert rate.isReadOnly() and rate.text() == "10,5 %"
    assert window.state.model is before and window.state.undo_stack.count() == 0
    assert not window.findChild(QComboBox, "financing.repayment").isEnabled()
    window.show_page("revenues")
    add = window.findChild(QPushButton, "revenues.add")
    assert not add.isEnabled()
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert window.state.model is before
    assert not window.act_save.isEnabled() and not window.act_undo.isEnabled()
    assert window.findChild(QLabel, "meta.hash_state") is not None

    qtbot.mouseClick(window.review_panel.button, Qt.MouseButton.LeftButton)
    assert not window.state.read_only and window.state.path is None
    assert window.review_panel is None and window.isWindowModified()
    assert window.state.model == before
    window.show_page("financing")
    rate = window.forms["financing"].rows["financing.rate"].editor   # the rebuilt form's
    assert not rate.isReadOnly()
    type_into(qtbot, rate, "12,5")
    assert window.state.model.financing.rate == 0.125
    copy = tmp_path / "copia.pppm"
    dialogs.save_path = str(copy)
    window.act_save.trigger()                          # no file yet: asks for a new name
    assert copy.exists() and window.state.path == copy and not window.isWindowModified()
    assert path.read_text(encoding="utf-8") != copy.read_text(encoding="utf-8")


def test_review_of_a_file_edited_outside_says_the_hash_does_not_match(window, dialogs,
                                                                      tmp_path):
    path = saved_sample(window, tmp_path / "tocado.pppm")
    text = path.read_text(encoding="utf-8").replace('"rate": 0.105', '"rate": 0.11')
    assert '"rate": 0.11' in text
    path.write_text(text, encoding="utf-8")
    dialogs.open_path = str(path)
    window.act_open_review.trigger()
    assert window.review_panel.values["hash_state"].text().startswith("No")
