"""The scenario file (``.pppm``): a model, its scenarios and metadata, as one document.

A file is JSON, indented by 2, in UTF-8, with keys in declaration order::

    {"format": "pppmodeler-scenario", "version": 1,
     "metadata": {"author", "created", "modified", "app_version", "notes", "content_hash"},
     "model": {...the inputs of core/inputs.py...},
     "scenarios": [{"name", "description", "overrides": {PATH: value}}],
     "analyses": {...settings of the analyses, pppmodeler/analysis/settings.py...}}

Opening a file (:func:`load`, :func:`loads`) reads JSON and nothing else: no code, class name or
pickle in a file is ever run or looked up. It checks the size, the encoding and the JSON, upgrades
an older format version (:mod:`.migrations`), then validates strictly (:mod:`.validate`) and
reports every problem at once in one :class:`FileFormatError`. Inside metadata, the model, its
sections and its lines a missing key takes its default; a missing top-level key is an error.

Saving (:func:`save`) is atomic (:mod:`.atomic`) and stamps ``modified``, ``app_version`` and
``content_hash``. The content hash (:func:`content_hash`) covers the model, the scenarios and the
analyses, not the metadata, so saving again does not change it; a report names it so that a
reviewer can tell which inputs produced the report. Analyses left entirely at their defaults
hash as ``{}``, as format version 1 wrote them, so the hash of a version-1 file still holds.
"""

from __future__ import annotations

import datetime
import hashlib
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable

from pppmodeler import __version__
from pppmodeler.analysis.settings import Analyses
from pppmodeler.core.inputs import Model, from_dict, to_dict
from pppmodeler.core.specs import printable, show
from pppmodeler.i18n.messages import Joined, Phrase, in_language, phrase_of

from . import migrations, strictjson, validate
from .atomic import write_atomic
from .wrapper import FORMAT_NAME, Metadata, Scenario

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Larger files are refused before they are read (a large portfolio model is well under 1 MB)."""

SUFFIX = ".pppm"
HASHED_KEYS = ("model", "scenarios", "analyses")


class FileFormatError(ValueError):
    """A file or text that is not a valid scenario file.

    ``source`` names it (the file's path); ``messages`` lists every problem, each saying where
    (``model.financing.rate``) and what, in English as ``str`` and in ``lang`` by
    :func:`~pppmodeler.i18n.messages.in_language`. ``str(error)`` reads as before in English;
    ``text(lang)`` says it in ``lang``.
    """

    def __init__(self, source: str, messages: Iterable[str]):
        # A phrase ("document not saved") is kept whole to be said in the reader's language.
        self.source = source if isinstance(source, Phrase) else printable(str(source))
        self.messages = tuple(messages)
        if len(self.messages) == 1:
            said = Phrase("file.problem", where=self.source, problem=self.messages[0])
        else:
            said = Joined([Phrase("file.problems", source=self.source, n=len(self.messages)),
                           *self.messages], "\n  ")
        super().__init__(said)

    def __str__(self) -> str:
        # The phrase itself rather than a plain copy of its English, as PathError does: a
        # vehicle that names a file it cannot open carries str(error) into its own problems.
        return self.args[0]

    def text(self, lang: str = "es") -> str:
        return in_language(self.args[0], lang)


@dataclass
class Document:
    """What a scenario file holds."""

    metadata: Metadata = field(default_factory=Metadata)
    model: Model = field(default_factory=Model)
    scenarios: list[Scenario] = field(default_factory=list)
    analyses: Analyses = field(default_factory=Analyses)
    # Inputs the file left out and loading filled with defaults (not saved, not compared).
    defaulted: tuple = field(default=(), compare=False, repr=False)


# ---------------------------------------------------------------------------------------------
# Reading


def load(path: str | os.PathLike) -> Document:
    """The document in the file at ``path``.

    :class:`FileFormatError` (naming the file) when it is not a valid scenario file, too large,
    not UTF-8 or not JSON; ``OSError`` when it cannot be read at all (missing, no permission).
    """
    path = Path(path)
    return loads(read_limited(path, MAX_FILE_BYTES), source=str(path))


def read_limited(path: Path, max_bytes: int) -> bytes:
    """The bytes of the regular file at ``path``, refused unread when over ``max_bytes``."""
    info = path.stat()
    if not path.is_file():
        raise FileFormatError(str(path), [Phrase("file.error.not_regular")])
    if info.st_size > max_bytes:
        raise FileFormatError(str(path), [_too_large(info.st_size, max_bytes)])
    with path.open("rb") as stream:
        raw = stream.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise FileFormatError(str(path), [_too_large(len(raw), max_bytes)])
    return raw


def _too_large(size: int, limit: int = MAX_FILE_BYTES) -> Phrase:
    return Phrase("file.error.too_large", size=size / 2**20, limit=limit // 2**20)


def loads(text: str | bytes, source: str = "<text>") -> Document:
    """The document in a JSON text (or UTF-8 bytes); :class:`FileFormatError` otherwise."""
    return from_data(json_data(text, source, MAX_FILE_BYTES), source)


def json_data(text: str | bytes, source: str, max_bytes: int) -> Any:
    """The strict JSON data of a text (or UTF-8 bytes of at most ``max_bytes``), or a
    :class:`FileFormatError` naming ``source``."""
    try:
        if isinstance(text, (bytes, bytearray)):
            if len(text) > max_bytes:
                raise strictjson.JsonError(_too_large(len(text), max_bytes))
            text = strictjson.decode(bytes(text))
        return strictjson.parse(text)
    except strictjson.JsonError as problem:
        raise FileFormatError(source, [phrase_of(problem)]) from None


def from_data(data: Any, source: str = "<data>") -> Document:
    """The document in parsed JSON data of any supported format version."""
    try:
        data = migrations.migrate(_identified(data))
        normal = validate.normalised(data)
    except migrations.MigrationError as problem:
        raise FileFormatError(source, [phrase_of(problem)]) from None
    except validate.ValidationError as problem:
        raise FileFormatError(source, problem.messages) from None
    return replace(_document(normal), defaulted=tuple(validate.missing_inputs(data["model"])))


def _identified(data: Any) -> dict:
    if not isinstance(data, dict):
        raise migrations.MigrationError(Phrase("file.error.not_object", value=show(data)))
    if data.get("format") != FORMAT_NAME:
        found = Phrase("file.found.format", value=show(data["format"])) if "format" in data \
            else Phrase("file.found.no_format")
        raise migrations.MigrationError(Phrase("file.error.not_scenario_file", found=found,
                                               name=FORMAT_NAME))
    return data


def _document(normal: dict) -> Document:
    return Document(metadata=Metadata(**normal["metadata"]),
                    model=from_dict(Model, normal["model"]),
                    scenarios=[Scenario(**s) for s in normal["scenarios"]],
                    analyses=from_dict(Analyses, normal["analyses"]))


# ---------------------------------------------------------------------------------------------
# Writing


def to_data(doc: Document) -> dict:
    """The JSON data of a document, normalised (defaults filled in, floats as floats, whole
    numbers as ints); :class:`FileFormatError` if the document is not valid."""
    data = {"format": FORMAT_NAME, "version": migrations.CURRENT_VERSION,
            "metadata": to_dict(doc.metadata), "model": to_dict(doc.model),
            "scenarios": [to_dict(s) for s in doc.scenarios], "analyses": to_dict(doc.analyses)}
    try:
        return validate.normalised(data)
    except validate.ValidationError as problem:
        raise FileFormatError(Phrase("file.not_saved"), problem.messages) from None


def dumps(doc: Document) -> str:
    """The text of the scenario file of ``doc`` (metadata as it is; see :func:`save`)."""
    return strictjson.pretty(to_data(doc))


def content_hash(doc: Document) -> str:
    """``sha256:<hex>`` of the canonical JSON of the model, scenarios and analyses."""
    data = to_data(doc)
    if data["analyses"] == to_dict(Analyses()):
        data["analyses"] = {}
    payload = strictjson.canonical({key: data[key] for key in HASHED_KEYS})
    return "sha256:" + hashlib.sha256(payload).hexdigest()


def hash_is_current(doc: Document) -> bool:
    """Whether the hash stored in the metadata is the hash of the content: False when the file
    was edited outside pppmodeler (or never saved) since its hash was stamped."""
    return doc.metadata.content_hash == content_hash(doc)


def save(doc: Document, path: str | os.PathLike) -> Document:
    """Write ``doc`` to ``path`` atomically; returns the document as saved (``doc`` itself is
    not changed) with ``modified``, ``app_version`` and ``content_hash`` stamped, and
    ``created`` too if it was empty."""
    now = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    meta = replace(doc.metadata, created=doc.metadata.created or now, modified=now,
                   app_version=__version__, content_hash=content_hash(doc))
    saved = replace(doc, metadata=meta)
    write_atomic(path, dumps(saved).encode("utf-8"))
    return saved
