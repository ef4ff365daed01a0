"""Data bundled with pppmodeler (sample models, schema); installs as ``pppmodeler.resources``.

Read it with :mod:`pppmodeler.bundled`, not by path.
"""
