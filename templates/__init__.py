"""Report styles and new-model templates; installs as ``pppmodeler.templates``.

Read them with :func:`pppmodeler.bundled.template`, not by path.
"""
