"""The analyses of a model: scenarios, sensitivities, break-even and Monte Carlo.

Each runs on the engine (:func:`pppmodeler.core.results.evaluate`) with the varied inputs as
arrays, so many cases are one vectorised evaluation. Like the core, nothing here imports Qt,
openpyxl or matplotlib: the command line, the desktop and the report call the same functions.
Long runs take a ``progress(fraction, what)`` callback that may raise to cancel.
"""
