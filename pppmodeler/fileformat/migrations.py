"""The versions of the scenario file format and the steps that upgrade old files.

``version`` in a file is the format version, not the application's version. It changes
whenever what a file may hold changes (an input added, renamed or removed in
``core/inputs.py``, a new key in the wrapper); the test of the committed schema fails until it
does. To publish version ``k + 1``:

1. set ``CURRENT_VERSION = k + 1``;
2. add ``MIGRATIONS[k]``: a pure function from the data of a version-``k`` file (plain dicts and
   lists as read from JSON) to the data of version ``k + 1``; it may change what it is given;
   :func:`migrate` sets ``version`` after it. Never import the model classes here: a step works
   on plain data, so it keeps working after the classes change again;
3. write ``resources/schema/pppm-<k+1>.schema.json`` (``python -m pppmodeler.fileformat.schema``)
   and keep the old schema files;
4. add ``tests/fileformat/versions/v<k+1>.pppm`` and keep every older file: each must still open.
"""

from __future__ import annotations

import copy
from typing import Any, Callable

from pppmodeler import __version__
from pppmodeler.core.specs import printable, show
from pppmodeler.i18n.messages import Phrase

CURRENT_VERSION = 2
"""The format version this pppmodeler writes."""

FIRST_VERSION = 1
"""The oldest format version this pppmodeler reads (1 was the first published)."""



def _analyses_declared(data: dict) -> dict:
    """1 → 2: ``analyses`` was reserved (always ``{}``); version 2 declares its settings, and
    ``{}`` means every setting at its default, so the data stays as it is."""
    return data


MIGRATIONS: dict[int, Callable[[dict], dict]] = {1: _analyses_declared}
"""Version ``k`` → the step that upgrades data of version ``k`` to ``k + 1``."""


class MigrationError(ValueError):
    """A file whose version this pppmodeler cannot read or upgrade; its argument is a phrase,
    said in the reader's language by the :class:`FileFormatError` that carries it."""


def _problem(reason: Phrase) -> MigrationError:
    return MigrationError(Phrase("file.problem", where="version", problem=reason))


def migrate(data: dict) -> dict:
    """``data`` upgraded to :data:`CURRENT_VERSION` (``data`` itself is not changed)."""
    version = _version_of(data)
    if version == CURRENT_VERSION:
        return data
    data = copy.deepcopy(data)
    for step_from in range(version, CURRENT_VERSION):
        data = _upgrade(data, step_from)
    return data


def _version_of(data: dict) -> int:
    if "version" not in data:
        raise _problem(Phrase("file.version.missing"))
    version = data["version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise _problem(Phrase("spec.error.not_whole", value=show(version)))
    if version > CURRENT_VERSION:
        raise _problem(_newer(data, version))
    if version < FIRST_VERSION:
        raise _problem(Phrase("file.version.unknown", version=version, first=FIRST_VERSION,
                              current=CURRENT_VERSION))
    return version


def _newer(data: dict, version: int) -> Phrase:
    meta = data.get("metadata")
    made_by = meta.get("app_version") if isinstance(meta, dict) else None
    by = f"pppmodeler {printable(made_by[:30])}" if isinstance(made_by, str) and made_by \
        else Phrase("file.version.newer_app")
    return Phrase("file.version.newer", by=by, version=version, app=__version__,
                  current=CURRENT_VERSION)


def _upgrade(data: dict, version: int) -> dict:
    step: Callable[[dict], dict] | None = MIGRATIONS.get(version)
    if step is None:
        raise _problem(Phrase("file.version.no_upgrade", old=version, new=version + 1))
    try:
        upgraded: Any = step(data)
    except (KeyError, IndexError, TypeError, ValueError, AttributeError) as exc:
        raise _problem(Phrase("file.version.upgrade_failed", old=version, new=version + 1,
                              error=f"{type(exc).__name__}: {show(str(exc))}")) from exc
    if not isinstance(upgraded, dict):
        raise _problem(Phrase("file.version.upgrade_gave", old=version, new=version + 1,
                              value=show(upgraded)))
    upgraded["version"] = version + 1
    return upgraded
