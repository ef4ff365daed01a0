"""The JSON Schema (draft 2020-12) of the scenario file, built from the declarations.

The schema is published for other tools (editors, the agency's other systems) and committed as
``resources/schema/pppm-<version>.schema.json``; a test checks that the committed copy is what
this module builds. Regenerate it with::

    python -m pppmodeler.fileformat.schema            # writes the committed copy
    python -m pppmodeler.fileformat.schema --check    # exit status 1 if it is out of date

pppmodeler itself validates with :mod:`.validate`, which applies the same rules and a few a
schema cannot express: distinct line and scenario names, override paths that name an existing
input of the base model with a valid value, no lone surrogates in text.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import fields
from pathlib import Path
from typing import Any

from pppmodeler.core.inputs import Model
from pppmodeler.core.paths import PATH_PATTERN
from pppmodeler.core.specs import (DATE_PATTERN, MAX_MAGNITUDE, MULTI_LINE_FORBIDDEN,
                                   SINGLE_LINE_FORBIDDEN, Spec, is_lines, is_section, spec_of)

from pppmodeler.analysis.settings import Analyses

from . import migrations
from .strictjson import pretty
from .validate import default_value
from .wrapper import FORMAT_NAME, TOP_LEVEL_KEYS, Metadata, Scenario

DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_DIR = Path(__file__).resolve().parents[2] / "resources" / "schema"


def file_name(version: int | None = None) -> str:
    """``pppm-<version>.schema.json``, the current version by default."""
    return f"pppm-{version or migrations.CURRENT_VERSION}.schema.json"


def build() -> dict:
    """The schema of a scenario file of the current format version."""
    version = migrations.CURRENT_VERSION
    defs: dict[str, Any] = {}
    for cls in (Metadata, Scenario):
        _define(cls, defs)
    model_ref = _define(Model, defs)
    analyses_ref = _define(Analyses, defs)
    return {
        "$schema": DIALECT,
        "$id": f"urn:pppmodeler:scenario-file:{version}",
        "title": f"pppmodeler scenario file (.pppm), format version {version}",
        "description": ("A concession cash-flow model with its named scenarios. Generated from "
                        "pppmodeler/core/inputs.py; pppmodeler also requires distinct line and "
                        "scenario names and override paths that name an input of the model."),
        "type": "object",
        "properties": {
            "format": {"const": FORMAT_NAME},
            "version": {"const": version},
            "metadata": {"$ref": "#/$defs/Metadata"},
            "model": model_ref,
            "scenarios": {"type": "array", "items": {"$ref": "#/$defs/Scenario"}},
            "analyses": analyses_ref,
        },
        "required": list(TOP_LEVEL_KEYS),
        "additionalProperties": False,
        "$defs": dict(sorted(defs.items())),
    }


def _define(cls: type, defs: dict) -> dict:
    """Add the object schema of ``cls`` (and of the classes it holds) to ``defs``."""
    name = cls.__name__
    if name not in defs:
        defs[name] = {}  # placeholder while the fields are built
        defs[name] = _object(cls, defs)
    return {"$ref": f"#/$defs/{name}"}


def _object(cls: type, defs: dict) -> dict:
    schema: dict[str, Any] = {"title": cls.__name__}
    doc = (cls.__doc__ or "").strip()
    if doc and not doc.startswith(f"{cls.__name__}("):  # not the signature dataclass writes
        schema["description"] = " ".join(doc.split("\n\n")[0].split())
    schema.update({"type": "object",
                   "properties": {f.name: _field(f, defs) for f in fields(cls)},
                   "additionalProperties": False})
    required = [f.name for f in fields(cls) if f.metadata.get("required")]
    if required:
        schema["required"] = required
    return schema


def _field(f: Any, defs: dict) -> dict:
    labels = {"title": f.metadata["en"], "description": f.metadata["es"]}
    if is_section(f):
        return {**labels, **_define(f.default_factory, defs)}
    if is_lines(f):
        return {**labels, "type": "array", "items": _define(f.metadata["line"], defs)}
    if f.metadata.get("overrides"):
        return {**labels, **_overrides()}
    spec = spec_of(f)
    unit = f" [{spec.unit}]" if spec.unit and spec.kind != "date" else ""
    schema = {"title": labels["title"] + unit, "description": labels["description"] + unit,
              **_value(spec)}
    if not f.metadata.get("required"):
        schema["default"] = default_value(f)
    return schema


def _value(spec: Spec) -> dict:
    if spec.kind in ("number", "integer"):
        return {"type": spec.kind,
                "minimum": _bound(spec.lo, -MAX_MAGNITUDE),
                "maximum": _bound(spec.hi, MAX_MAGNITUDE)}
    if spec.kind == "boolean":
        return {"type": "boolean"}
    if spec.kind == "choice":
        kind = "integer" if all(isinstance(c, int) for c in spec.choices) else "string"
        return {"type": kind, "enum": list(spec.choices)}
    if spec.kind == "date":
        return {"type": "string", "format": "date", "pattern": DATE_PATTERN,
                "not": {"pattern": SINGLE_LINE_FORBIDDEN}}
    if spec.kind == "list":
        return {"type": "array", "items": _value(spec.element)}
    forbidden = MULTI_LINE_FORBIDDEN if spec.multiline else SINGLE_LINE_FORBIDDEN
    schema = {"type": "string", "not": {"pattern": forbidden}}
    if spec.pattern:
        schema["pattern"] = spec.pattern
    return schema


def _bound(value: float | None, limit: float) -> float:
    if value is None or abs(value) > MAX_MAGNITUDE:
        return limit
    return value


def _overrides() -> dict:
    number = {"type": "number", "minimum": -MAX_MAGNITUDE, "maximum": MAX_MAGNITUDE}
    return {"type": "object",
            "propertyNames": {"pattern": PATH_PATTERN,
                              "not": {"pattern": SINGLE_LINE_FORBIDDEN}},
            "additionalProperties": {"anyOf": [
                number, {"type": "boolean"},
                {"type": "string", "not": {"pattern": MULTI_LINE_FORBIDDEN}},
                {"type": "array", "items": number}]}}


def text() -> str:
    """The schema as written to the committed file."""
    return pretty(build())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pppmodeler.fileformat.schema",
                                     description="Write or check the JSON Schema of .pppm files.")
    parser.add_argument("--check", action="store_true",
                        help="only check that the committed copy is up to date")
    parser.add_argument("--output", type=Path, default=SCHEMA_DIR / file_name(),
                        help="where to write (default: %(default)s)")
    args = parser.parse_args(argv)
    wanted = text()
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else None
        print(f"{args.output}: {'up to date' if current == wanted else 'OUT OF DATE'}")
        return 0 if current == wanted else 1
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(wanted, encoding="utf-8", newline="\n")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
