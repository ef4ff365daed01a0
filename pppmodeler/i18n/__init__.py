"""One catalogue of user-facing texts in Spanish (es-CO, the default) and English.

Texts are keyed; placeholders use ``str.format`` names and must be the same in both languages
(a test checks it). The core, the command line, the report and the GUI all look up their texts
here, so none of them needs Qt to speak Spanish. Each module of this package holds the texts of
one part of pppmodeler as ``TEXTS`` (key -> {"es", "en"}); keys may not repeat across modules.
"""

from __future__ import annotations

LANGUAGES = ("es", "en")
DEFAULT_LANGUAGE = "es"

# Imported by name, not looked up from a list of names: PyInstaller only bundles the modules
# it sees imported, and the frozen application must carry every text.
from . import (analysis, cli_help, core, files, gui, gui_analysis, gui_vehicle,  # noqa: E402
               messages, report, report_analysis, report_vehicle, vehicle)

MODULES = (core, files, gui, report, analysis, vehicle, gui_analysis, report_analysis,
           report_vehicle, gui_vehicle, messages, cli_help)
PARTS = tuple(m.__name__.rsplit(".", 1)[1] for m in MODULES)


def _catalogue() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for module in MODULES:
        repeated = merged.keys() & module.TEXTS.keys()
        if repeated:
            raise RuntimeError(f"{module.__name__} repeats keys: {sorted(repeated)[:5]}")
        merged.update(module.TEXTS)
    return merged


CATALOGUE: dict[str, dict[str, str]] = _catalogue()


def tr(key: str, lang: str = DEFAULT_LANGUAGE, **values) -> str:
    """The text ``key`` in ``lang`` with its placeholders filled."""
    entry = CATALOGUE[key]
    return entry.get(lang, entry[DEFAULT_LANGUAGE]).format(**values)
