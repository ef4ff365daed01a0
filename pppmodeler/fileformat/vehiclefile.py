"""The vehicle file (``.pppv``): a corporate vehicle and its properties, as one document.

Same guarantees as the scenario file (:mod:`.document`): JSON in UTF-8, indented by 2, keys in
declaration order; opening it reads JSON and nothing else; it is validated strictly against the
declarations (:mod:`pppmodeler.vehicle.terms`, and each embedded property model against
:mod:`pppmodeler.core.inputs`) with every problem reported at once, each with its JSON path;
saving is atomic and stamps a content hash of the vehicle::

    {"format": "pppmodeler-vehicle", "version": 1,
     "metadata": {"author", "created", "modified", "app_version", "notes", "content_hash"},
     "vehicle": {...pppmodeler/vehicle/terms.py...}}

A property is embedded (its whole model) or referenced (a ``.pppm`` path, relative to the
vehicle file's folder where one exists, with forward slashes; :mod:`.references` has the rules
and reads older absolute or backslashed paths too). Embedded models follow the inputs of the
scenario file's current format: a change of the inputs that needs a new scenario-file version
needs a new vehicle-file version with its own upgrade step too. As in a scenario file, an input
an embedded model leaves out takes its default, and :attr:`VehicleDocument.defaulted` names it.
"""

from __future__ import annotations

import datetime
import hashlib
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pppmodeler import __version__
from pppmodeler.core.inputs import Model, from_dict, to_dict
from pppmodeler.core.specs import show
from pppmodeler.i18n.messages import Phrase
from pppmodeler.vehicle.terms import Vehicle

from . import references, strictjson, validate
from .atomic import write_atomic
from .document import FileFormatError, json_data, read_limited
from .wrapper import Metadata

FORMAT_NAME = "pppmodeler-vehicle"
VERSION = 1
SUFFIX = ".pppv"
KEYS = ("format", "version", "metadata", "vehicle")
MAX_FILE_BYTES = 200 * 1024 * 1024
"""A vehicle of all 3,520 properties with embedded models is about 40 MB; larger is refused."""


@dataclass
class VehicleDocument:
    metadata: Metadata = field(default_factory=Metadata)
    vehicle: Vehicle = field(default_factory=Vehicle)
    # The folder of the file it was read from or saved to: referenced paths are absolute in
    # memory and written relative to it (None: never saved; relative paths stay as they are).
    folder: Path | None = field(default=None, compare=False, repr=False)
    # ``(holding position, input paths within its model)`` of every embedded model the file
    # read left inputs out of, which loading filled with defaults (not saved, not compared).
    defaulted: tuple = field(default=(), compare=False, repr=False)


def load(path: str | os.PathLike) -> VehicleDocument:
    """The vehicle in the file at ``path`` (:class:`FileFormatError` naming the file), its
    referenced paths resolved against the file's folder."""
    path = Path(path)
    return loads(read_limited(path, MAX_FILE_BYTES), source=str(path),
                 folder=path.absolute().parent)


def loads(text: str | bytes, source: str = "<text>",
          folder: Path | None = None) -> VehicleDocument:
    """The vehicle in a JSON text (or UTF-8 bytes) of a file in ``folder``;
    :class:`FileFormatError` otherwise."""
    return from_data(json_data(text, source, MAX_FILE_BYTES), source, folder)


def from_data(data: Any, source: str = "<data>", folder: Path | None = None) -> VehicleDocument:
    """The document in parsed JSON data of a file in ``folder``; :class:`FileFormatError`
    listing every problem."""
    if not isinstance(data, dict):
        raise FileFormatError(source, [Phrase("vehiclefile.error.not_object", value=show(data))])
    problems = _envelope(data)
    if problems:
        raise FileFormatError(source, problems)
    try:
        normal = validate.normalised_parts({"metadata": (Metadata, data["metadata"]),
                                            "vehicle": (Vehicle, data["vehicle"])})
    except validate.ValidationError as problem:
        raise FileFormatError(source, problem.messages) from None
    vehicle = references.resolved(from_dict(Vehicle, normal["vehicle"]), folder)
    return VehicleDocument(Metadata(**normal["metadata"]), vehicle, folder,
                           _defaulted(data["vehicle"].get("holdings", [])))


def _defaulted(holdings: list) -> tuple:
    found = []
    for i, holding in enumerate(holdings):
        if holding.get("source", "embedded") == "embedded":
            left_out = validate.missing_inputs(holding.get("model", {}), Model, "model")
            if left_out:
                found.append((i, tuple(p.removeprefix("model.") for p in left_out)))
    return tuple(found)


def _envelope(data: dict) -> list[Phrase]:
    keys = ", ".join(KEYS)
    found = [Phrase("file.problem", where=key,
                    problem=Phrase("vehiclefile.error.missing_key", keys=keys))
             for key in KEYS if key not in data]
    found += [Phrase("vehiclefile.error.unknown_key", name=show(key), keys=keys)
              for key in data if key not in KEYS]
    if data.get("format", FORMAT_NAME) != FORMAT_NAME:
        found.insert(0, Phrase("file.problem", where="format", problem=Phrase(
            "vehiclefile.error.not_vehicle_file", value=show(data["format"]), name=FORMAT_NAME)))
    version = data.get("version", VERSION)
    if version != VERSION or isinstance(version, bool):
        found.append(Phrase("file.problem", where="version", problem=Phrase(
            "vehiclefile.error.version", value=show(version), app=__version__,
            version=VERSION)))
    return found


def to_data(doc: VehicleDocument) -> dict:
    """The JSON data of a vehicle document, normalised (:class:`FileFormatError` if invalid),
    its referenced paths as a file in the document's folder holds them."""
    data = {"format": FORMAT_NAME, "version": VERSION, "metadata": to_dict(doc.metadata),
            "vehicle": to_dict(references.written(doc.vehicle, doc.folder))}
    try:
        normal = validate.normalised_parts({"metadata": (Metadata, data["metadata"]),
                                            "vehicle": (Vehicle, data["vehicle"])})
    except validate.ValidationError as problem:
        raise FileFormatError(Phrase("vehiclefile.not_saved"), problem.messages) from None
    return {**data, **normal}


def dumps(doc: VehicleDocument) -> str:
    return strictjson.pretty(to_data(doc))


def content_hash(doc: VehicleDocument) -> str:
    """``sha256:<hex>`` of the canonical JSON of the vehicle (not its metadata)."""
    payload = strictjson.canonical({"vehicle": to_data(doc)["vehicle"]})
    return "sha256:" + hashlib.sha256(payload).hexdigest()


def save(doc: VehicleDocument, path: str | os.PathLike) -> VehicleDocument:
    """Write ``doc`` atomically; returns it as saved, with its metadata stamped, in the folder
    of ``path`` (its referenced paths written relative to that folder, so a vehicle saved to
    another folder still names the same files)."""
    folder = Path(path).absolute().parent
    moved = replace(doc, vehicle=references.resolved(doc.vehicle, doc.folder or folder),
                    folder=folder)
    now = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    meta = replace(doc.metadata, created=doc.metadata.created or now, modified=now,
                   app_version=__version__, content_hash=content_hash(moved))
    saved = replace(moved, metadata=meta, defaulted=())    # the file now holds every input
    write_atomic(path, dumps(saved).encode("utf-8"))
    return saved
