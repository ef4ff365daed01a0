"""What a scenario file holds around the model: its metadata and its named scenarios.

Declared like the inputs in :mod:`pppmodeler.core.inputs` (field metadata with labels and
rules), so that the validator and the JSON Schema read them the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pppmodeler.i18n.messages import Phrase

FORMAT_NAME = "pppmodeler-scenario"
"""The value of the ``format`` key: what tells a scenario file from any other JSON file."""

TOP_LEVEL_KEYS = ("format", "version", "metadata", "model", "scenarios", "analyses")
"""The keys of a scenario file, in the order they are written. Each one is required."""

TIMESTAMP_PATTERN = (r"^([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?"
                     r"(Z|[+-][0-9]{2}:[0-9]{2})?)?$")
HASH_PATTERN = r"^(sha256:[0-9a-f]{64})?$"
_TIMESTAMP_FORM = Phrase("file.form.timestamp")


def _text(es: str, en: str, *, default: Any = "", **rules: Any) -> Any:
    """A declared text field; ``rules`` may say ``multiline``, ``pattern`` (with ``form``, the
    pattern in words, a phrase) and ``required``."""
    meta = {"es": es, "en": en, "unit": "", **rules}
    if default is None:
        return field(metadata=meta)
    return field(default=default, metadata=meta)


@dataclass
class Metadata:
    """Who made the file and when, and the hash of its content when it was last saved."""

    author: str = _text("Autor", "Author")
    created: str = _text("Creado", "Created", pattern=TIMESTAMP_PATTERN, form=_TIMESTAMP_FORM)
    modified: str = _text("Modificado", "Modified", pattern=TIMESTAMP_PATTERN,
                          form=_TIMESTAMP_FORM)
    app_version: str = _text("Versión de pppmodeler", "pppmodeler version")
    notes: str = _text("Notas", "Notes", multiline=True)
    content_hash: str = _text("Huella del contenido", "Content hash", pattern=HASH_PATTERN,
                              form=Phrase("file.form.hash"))


@dataclass
class Scenario:
    """A named set of changes to the base model: ``overrides`` maps input paths (see
    :mod:`pppmodeler.core.paths`) to values."""

    name: str = _text("Nombre", "Name", default=None, required=True, pattern=r"\S",
                      form=Phrase("file.form.name"))
    description: str = _text("Descripción", "Description", multiline=True)
    overrides: dict = field(default_factory=dict, metadata={
        "es": "Cambios sobre el caso base", "en": "Changes to the base case",
        "overrides": True})
