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
    assert out.exists() and seen[0] == 0.0 and seen == sorted(seen)

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


def test_cancel_stops_a_running_export_and_writes_nothing(window, dialogs, qtbot, tmp_path,
                                                          monkeypatch):
    import threading

    import pppmodeler.gui.export as export_module

    release = threading.Event()
    real = export_module.export_report

    def slow(doc, model, path, lang="es", file_name="", progress=None):
        def gate(fraction, what=""):
            progress(fraction, what)
            release.wait(5)                     # hold the export until the click is in
        return real(doc, model, path, lang, file_name, progress=gate)

    monkeypatch.setattr(export_module, "export_report", slow)
    target = tmp_path / "informe.xlsx"
    dialogs.save_path = str(target)
    window.act_export.trigger()
    assert window.cancel_export.isVisible() and window.cancel_export.text() == "Cancelar"
    qtbot.mouseClick(window.cancel_export, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=TIMEOUT)
    assert "cancelada" in window.statusBar().currentMessage()
    assert not target.exists()
    assert not window.cancel_export.isVisible() and window.act_export.isEnabled()
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


def menu_actions(menu):
    menu.aboutToShow.emit()
    return [a for a in menu.actions() if not a.isSeparator()]


def test_recent_files_remember_what_was_opened_and_saved(window, dialogs, settings, tmp_path):
    first = saved_sample(window, tmp_path / "uno.pppm")
    second = saved_sample(window, tmp_path / "dos.pppm")
    assert [a.text() for a in menu_actions(window.recent_menu)] == ["(ninguno)"]
    for path in (first, second):
        dialogs.open_path = str(path)
        window.act_open.trigger()
    dialogs.save_path = str(tmp_path / "tres.pppm")
    window.act_save_as.trigger()
    assert window.recent.paths() == [tmp_path / "tres.pppm", second, first]
    actions = menu_actions(window.recent_menu)
    assert actions[0].text().startswith("&1 tres.pppm")
    actions[1].trigger()                               # dos.pppm
    assert window.state.path == second
    assert window.recent.paths()[0] == second
    # kept in the (temporary) settings: a new window sees them
    from pppmodeler.gui.session import RecentFiles
    assert RecentFiles(settings).paths()[0] == second
    second.unlink()
    menu_actions(window.recent_menu)[0].trigger()      # gone: says so, leaves the list
    assert dialogs.shown[-1][0] == "critical" and second not in window.recent.paths()
    assert window.state.path == second                 # the open model is unchanged
    menu_actions(window.recent_menu)[-1].trigger()     # clear the list
    assert window.recent.paths() == []


def test_new_from_a_bundled_sample_is_an_unsaved_document(window, dialogs, tmp_path):
    from pppmodeler import bundled
    from pppmodeler.fileformat import loads
    names = [a.objectName() for a in window.new_menu.actions()]
    assert names == [f"action.new.{n}" for n in bundled.sample_names()]
    assert "Nuevo desde el ejemplo" in window.new_menu.actions()[0].text()
    window.findChild(type(window.act_open), "action.new.public_parking").trigger()
    want = loads(bundled.sample_text("public_parking")).model
    assert window.state.model == want and window.state.path is None
    dialogs.save_path = str(tmp_path / "parqueadero.pppm")
    window.act_save.trigger()                          # asks for a name
    assert (tmp_path / "parqueadero.pppm").exists()


def test_autosave_writes_a_recovery_copy_and_a_clean_close_deletes_it(window, qtbot,
                                                                      recovery_dir):
    from .test_window import type_into
    window.autosave.setInterval(50)
    window.show_page("financing")
    type_into(qtbot, window.forms["financing"].rows["financing.rate"].editor, "12,5")
    copy = recovery_dir / "recovery.pppm"
    qtbot.waitUntil(copy.exists, timeout=TIMEOUT)
    from pppmodeler.fileformat import load
    assert load(copy).model.financing.rate == 0.125
    window.state.undo_stack.setClean()
    window.close()
    assert not copy.exists()


def recovery_window(qtbot, settings, recovery_dir):
    from pppmodeler.gui.app import MainWindow
    w = MainWindow(settings=settings, recovery_dir=recovery_dir)
    qtbot.addWidget(w)
    w.show()
    return w


def crashed_session(window, recovery_dir):
    """What a session that did not close cleanly leaves: a recovery copy of edited work."""
    from dataclasses import replace

    from pppmodeler.gui.session import Recovery
    model = window.state.model
    edited = replace(model, financing=replace(model.financing, rate=0.125))
    Recovery(recovery_dir).write(replace(window.state.document, model=edited))
    return edited


def test_after_a_crash_the_recovery_copy_is_offered_and_opened_unsaved(window, dialogs, qtbot,
                                                                      settings, recovery_dir):
    edited = crashed_session(window, recovery_dir)
    dialogs.answer = dialogs_yes()
    w = recovery_window(qtbot, settings, recovery_dir)
    assert w.offer_recovery()
    kind, title, text = dialogs.shown[-1]
    assert kind == "question" and title == "Recuperar el trabajo" and "no se cerró bien" in text
    assert w.state.model == edited and w.state.path is None and w.isWindowModified()
    w.worker.wait(5000)


def test_declining_the_recovery_copy_deletes_it(window, dialogs, qtbot, settings,
                                                recovery_dir):
    crashed_session(window, recovery_dir)
    dialogs.answer = dialogs_no()
    w = recovery_window(qtbot, settings, recovery_dir)
    before = w.state.model
    assert not w.offer_recovery()
    assert not (recovery_dir / "recovery.pppm").exists() and w.state.model == before
    assert not w.offer_recovery()                      # nothing more to offer
    w.worker.wait(5000)


def dialogs_yes():
    from PySide6.QtWidgets import QMessageBox
    return QMessageBox.StandardButton.Yes


def dialogs_no():
    from PySide6.QtWidgets import QMessageBox
    return QMessageBox.StandardButton.No


def drop(window, *paths):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = window.rect().center()
    enter = QDragEnterEvent(QPointF(where), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(where), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    return True


def test_dropping_a_pppm_opens_it_asking_first_about_unsaved_changes(window, dialogs, qtbot,
                                                                     tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from .test_window import type_into
    path = saved_sample(window, tmp_path / "soltado.pppm", author="Luis")
    assert not drop(window, tmp_path / "otro.txt")                 # not a scenario file
    assert not drop(window, path, path)                            # one file at a time
    window.show_page("financing")
    type_into(qtbot, window.forms["financing"].rows["financing.rate"].editor, "12,5")
    dialogs.answer = QMessageBox.StandardButton.Cancel
    assert drop(window, path)
    assert dialogs.shown[-1][0] == "question" and window.state.path is None
    assert window.state.model.financing.rate == 0.125              # the work is untouched
    dialogs.answer = QMessageBox.StandardButton.Discard
    assert drop(window, path)
    assert window.state.path == path and window.state.document.metadata.author == "Luis"
    assert not window.isWindowModified() and window.recent.paths()[0] == path


def test_a_file_that_leaves_out_inputs_says_which(window, dialogs, tmp_path):
    import json

    from pppmodeler import bundled

    data = json.loads(bundled.sample_text("heritage_building"))
    del data["model"]["financing"]["rate"]
    path = tmp_path / "editado.pppm"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert window.open_path(path)
    kind, _title, text = dialogs.shown[-1]
    assert kind == "warning" and "model.financing.rate" in text


def test_analysis_settings_that_cannot_run_are_said_on_opening(window, dialogs, tmp_path):
    import json

    from pppmodeler import bundled

    data = json.loads(bundled.sample_text("heritage_building"))
    data["analyses"]["montecarlo"]["distributions"][0].update(
        {"kind": "pert", "low": 3.0, "mode": 2.0, "high": 4.0})
    data["analyses"]["montecarlo"]["correlations"] = []
    path = tmp_path / "ajustes.pppm"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert window.open_path(path)
    kind, _title, text = dialogs.shown[-1]
    assert kind == "warning" and "analyses.montecarlo.distributions[0]" in text


def test_a_broken_file_is_explained_in_the_users_language(window, dialogs, tmp_path):
    import json

    from pppmodeler import bundled

    data = json.loads(bundled.sample_text("heritage_building"))
    data["model"]["financing"]["rate"] = 7
    path = tmp_path / "roto.pppm"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = window.state.model
    assert not window.open_path(path)
    kind, _title, text = dialogs.shown[-1]
    assert kind == "critical"
    assert "model.financing.rate" in text and "supera el máximo" in text
    assert "above the maximum" not in text
    assert window.state.model is before                 # nothing the user had is lost


def test_a_model_the_engine_refuses_is_not_called_an_analysis_problem(window, dialogs,
                                                                       qtbot, tmp_path):
    import json

    from pppmodeler import bundled

    data = json.loads(bundled.sample_text("heritage_building"))
    data["model"]["financing"]["tenor_years"] = 40          # past the concession's end
    path = tmp_path / "plazo.pppm"
    path.write_text(json.dumps(data), encoding="utf-8")
    shown = len(dialogs.shown)
    assert window.open_path(path)
    assert len(dialogs.shown) == shown                      # no dialog about the analyses
    qtbot.waitUntil(lambda: window.error is not None, timeout=30_000)
    listed = [window.messages.item(i).text() for i in range(window.messages.count())]
    assert any("vence" in text for text in listed)           # the model's own error, in words
