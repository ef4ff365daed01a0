"""The desktop application (PySide6).

Widgets never hold the truth: :mod:`.state` holds the document and the undo stack, the forms
are generated from the declarations of :mod:`pppmodeler.core.inputs` (:mod:`.forms`,
:mod:`.tables`), evaluation runs off the GUI thread (:mod:`.worker`), and the results view
(:mod:`.results_view`) embeds the matplotlib figures of :mod:`pppmodeler.charts`. The main
window (:mod:`.app`) is assembled from its parts: actions and menus (:mod:`.menus`), the
navigation and pages (:mod:`.pages`), file commands with recent files and recovery
(:mod:`.files`), the Excel export (:mod:`.export`) and Qt's own texts (:mod:`.language`); the
analysis pages live in :mod:`.analysis`, the corporate vehicle's window in :mod:`.vehicle`. What
both windows do the same way with their document's file (title, open, save, the question about
unsaved changes, the file actions and toolbar) is in :mod:`.document_files`.
Start it with :func:`.app.run` (``pppmodeler`` with no command).
"""

import sys


def _void_calls_release_none() -> bool:
    """Whether this PySide6 releases a reference to None on every call of a method that
    returns nothing. PySide6 6.12 wheels do under Python 3.11 (they count on None being
    immortal, as it is from Python 3.12): None's ~40,000 references then run out after as
    many calls and the interpreter aborts ("none_dealloc"), e.g. after a few seconds of
    processEvents() while an export runs, or minutes of editing."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(10):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


def _pin_none() -> None:
    """Give None more references than such a session can ever release."""
    if sys.version_info < (3, 12) and _void_calls_release_none():
        import ctypes
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


_pin_none()
