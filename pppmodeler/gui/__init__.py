"""The desktop application (PySide6).

Widgets never hold the truth: :mod:`.state` holds the document and the undo stack, the forms
are generated from the declarations of :mod:`pppmodeler.core.inputs` (:mod:`.forms`,
:mod:`.tables`), evaluation runs off the GUI thread (:mod:`.worker`), and the results view
(:mod:`.results_view`) embeds the matplotlib figures of :mod:`pppmodeler.charts`. Start it with
:func:`.app.run` (``pppmodeler`` with no command).
"""
