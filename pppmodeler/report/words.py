"""The report's texts, from the one catalogue (``pppmodeler.i18n``), in the report's language.

Report texts are the catalogue keys ``report.<key>``; a key without that prefix (``unit.years``,
``metric.project_irr``, ``status.never``) is one the command line shares.

Numbers inside a text are written in the reader's convention (:meth:`Words.number`: 10.000 in
Spanish, 10,000 in English); a count with its noun is a phrase of its own, ``count.<noun>``,
with a singular form ``count.<noun>.one`` (:meth:`Words.count`: "1 iteración", "2 iteraciones").
"""

from __future__ import annotations

from ..i18n import CATALOGUE, LANGUAGES, tr
from ..present import localise, number


class Words:
    def __init__(self, lang: str):
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
        self.lang = lang

    def __call__(self, key: str, **values) -> str:
        full = f"report.{key}"
        return tr(full if full in CATALOGUE else key, self.lang, **values)

    def number(self, value: float, decimals: int = 0) -> str:
        """A number inside a text: ``10.000`` (es) / ``10,000`` (en)."""
        return number(value, self.lang, decimals)

    def short(self, value: float) -> str:
        """A number inside a text with the decimals it needs, at most six: ``0,25``,
        ``1.500``, ``0,333333`` (es) / ``0.25``, ``1,500``, ``0.333333`` (en)."""
        text = f"{value:,.6f}".rstrip("0").rstrip(".")
        return localise("0" if text == "-0" else text, self.lang)

    def count(self, noun: str, n: int) -> str:
        """``n`` and its noun, ``count.<noun>`` or, for one, ``count.<noun>.one``."""
        key = f"count.{noun}.one" if n == 1 else f"count.{noun}"
        return self(key, n=self.number(n))
