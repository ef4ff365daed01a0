"""The report's texts, from the one catalogue (``pppmodeler.i18n``), in the report's language.

Report texts are the catalogue keys ``report.<key>``; a key without that prefix (``unit.years``,
``metric.project_irr``, ``status.never``) is one the command line shares.
"""

from __future__ import annotations

from ..i18n import CATALOGUE, LANGUAGES, tr


class Words:
    def __init__(self, lang: str):
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
        self.lang = lang

    def __call__(self, key: str, **values) -> str:
        full = f"report.{key}"
        return tr(full if full in CATALOGUE else key, self.lang, **values)
