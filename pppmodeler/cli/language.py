"""The language of the command line's own texts: its help and argparse's messages.

The help is written when the parser is built, so the language is read from the arguments
before argparse parses them (:func:`requested`). argparse's own texts ("usage:", "the following
arguments are required", …) are said through the catalogue (:func:`argparse_in`).
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator, Sequence

from ..i18n import CATALOGUE, DEFAULT_LANGUAGE, LANGUAGES

# argparse's message ids (the English texts of the ``argparse.*`` entries) -> catalogue keys.
_MESSAGE_KEYS = {entry["en"]: key for key, entry in CATALOGUE.items()
                 if key.startswith("argparse.")}


def requested(argv: Sequence[str]) -> str:
    """The language ``--lang en`` or ``--lang=en`` asks for in ``argv`` (the last one, as
    argparse takes the last); the default for any other value and without one."""
    asked = None
    for k, arg in enumerate(argv):
        if arg == "--":     # what follows is an operand, never an option
            break
        if arg == "--lang":
            asked = argv[k + 1] if k + 1 < len(argv) else None
        elif arg.startswith("--lang="):
            asked = arg.partition("=")[2]
    return asked if asked in LANGUAGES else DEFAULT_LANGUAGE


@contextlib.contextmanager
def argparse_in(lang: str) -> Iterator[None]:
    """argparse speaking ``lang`` while the parser is built and used inside the block.

    argparse asks gettext for every text of its own, through the ``_`` and ``ngettext`` it
    imports at module level (``from gettext import gettext as _, ngettext``, unchanged from
    Python 3.2 to 3.14). The documented way to translate it is a compiled ``.mo`` catalogue
    bound to gettext's global domain: that would keep a second catalogue beside ours, make the
    frozen build carry it and change the domain for the whole process. Overriding argparse's
    methods instead would copy its internals, which differ between versions. So these two
    names are replaced by look-ups in our catalogue, keyed by argparse's own message ids, for
    the duration of the block only; a message we do not know (a newer Python's) stays in
    English, as gettext leaves an untranslated message."""
    def gettext(message: str) -> str:
        key = _MESSAGE_KEYS.get(message)
        # The entries are %-templates for argparse to fill, so they are taken as they are,
        # not through tr()'s str.format.
        return message if key is None else CATALOGUE[key].get(lang, message)

    def ngettext(singular: str, plural: str, n: int) -> str:
        return gettext(singular if n == 1 else plural)

    saved = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = gettext, ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved
