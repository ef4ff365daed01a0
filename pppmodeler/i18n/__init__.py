"""One catalogue of user-facing texts in Spanish (es-CO, the default) and English.

Texts are keyed; placeholders use ``str.format`` names and must be the same in both languages
(a test checks it). The core, the command line, the report and the GUI all look up their texts
here, so none of them needs Qt to speak Spanish. Each module of this package holds the texts of
one part of pppmodeler as ``TEXTS`` (key -> {"es", "en"}); keys may not repeat across modules.
"""

from __future__ import annotations

from importlib import import_module

LANGUAGES = ("es", "en")
DEFAULT_LANGUAGE = "es"
PARTS = ("core", "report", "analysis", "vehicle", "gui_analysis", "report_analysis",
         "report_vehicle", "gui_vehicle", "messages")


def _catalogue() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for part in PARTS:
        texts = import_module(f"{__name__}.{part}").TEXTS
        repeated = merged.keys() & texts.keys()
        if repeated:
            raise RuntimeError(f"i18n.{part} repeats keys: {sorted(repeated)[:5]}")
        merged.update(texts)
    return merged


CATALOGUE: dict[str, dict[str, str]] = _catalogue()


def tr(key: str, lang: str = DEFAULT_LANGUAGE, **values) -> str:
    """The text ``key`` in ``lang`` with its placeholders filled."""
    entry = CATALOGUE[key]
    return entry.get(lang, entry[DEFAULT_LANGUAGE]).format(**values)
