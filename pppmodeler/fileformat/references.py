"""The property files a vehicle references, and what opening a vehicle has to tell its user.

Paths
-----
A vehicle file is shared: on the agency's shared drive, opened from Windows and macOS
workstations, moved as a folder. So a referenced holding's ``file`` is written

- relative to the folder of the ``.pppv`` (``modelos/edificio.pppm``, ``../comun/plaza.pppm``)
  whenever a relative path exists, so the folder can move and keep working;
- absolute only when none exists (a model on another Windows drive or network share);
- with forward slashes, which every system reads, so a file written on Windows opens on macOS
  and the other way round.

Reading takes a backslash as a separator (files written on Windows before this rule) and an
absolute path as it is (older files), and resolves relative paths against the ``.pppv``'s
folder: in memory a referenced path is absolute once the vehicle's folder is known, so an edit,
an undo or a "Save as" to another folder never changes which file a holding names; writing
(:func:`stored`) makes it relative to the folder written to. The path arithmetic is lexical
(``..`` folds the previous part, links are not followed), so a path reads as its user typed or
picked it, and it works on any system's paths (``PureWindowsPath`` in the tests too).

Opening
-------
:func:`opening` says, per holding, which referenced files are missing (and where they were
looked for) and which inputs a model left out, filled with their defaults as for a ``.pppm``
(:attr:`pppmodeler.fileformat.document.Document.defaulted`); :meth:`Opening.text` in the user's
language. :func:`explaining` turns the system's "No such file" of a holding that cannot be
evaluated into the same words.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
from typing import Iterator

from pppmodeler.core import paths
from pppmodeler.core.inputs import Model
from pppmodeler.i18n import tr
from pppmodeler.i18n.messages import Phrase
from pppmodeler.vehicle.evaluate import VehicleError, holding_label, included
from pppmodeler.vehicle.terms import Holding, Vehicle

from .document import FileFormatError, load

SHOWN_HOLDINGS = 20
SHOWN_INPUTS = 10


# ---------------------------------------------------------------------------------------------
# Paths


def portable(file: str) -> str:
    """``file`` with forward slashes. Windows forbids a backslash in a name, so in a file meant
    for both systems a backslash can only be a Windows separator."""
    return file.replace("\\", "/")


def _anchored(text: str) -> bool:
    """Whether ``text`` is absolute (or drive-relative) on some system: then it is not relative
    to the vehicle's folder, even where this system cannot use it (``D:/x`` on macOS)."""
    return bool(PurePosixPath(text).root or PureWindowsPath(text).anchor)


def _lexical(path: PurePath) -> PurePath:
    parts: list[str] = []
    for part in path.parts[1:]:
        if part != "..":
            parts.append(part)
        elif parts:
            parts.pop()
    return type(path)(path.anchor, *parts)


def relative(target: PurePath, start: PurePath) -> str | None:
    """The path from folder ``start`` to ``target`` (both absolute, without ``..``), with
    forward slashes; None when there is none (another drive or share). Parts compare as the
    system compares names (Windows ignores case)."""
    same = type(start)
    if same(target.anchor) != same(start.anchor):
        return None
    common = 0
    for mine, theirs in zip(target.parts, start.parts):
        if same(mine) != same(theirs):
            break
        common += 1
    return "/".join([".."] * (len(start.parts) - common) + list(target.parts[common:]))


def located(file: str, folder: PurePath | None) -> str:
    """Where ``file``, as a vehicle in ``folder`` names it, is: absolute in the system's form
    when ``folder`` is known (a path of another system stays as it is)."""
    text = portable(file)
    if folder is None or not text:
        return text
    path = type(folder)(text)
    if path.is_absolute():
        return str(path)
    if _anchored(text):
        return text
    return str(_lexical(folder / path))


def stored(file: str, folder: PurePath | None) -> str:
    """How a vehicle written in ``folder`` names ``file``: relative to it when a relative path
    exists, else absolute; forward slashes either way."""
    text = portable(file)
    path = type(folder)(text) if folder is not None else None
    if path is None or not path.is_absolute():
        return text
    found = relative(_lexical(path), _lexical(folder))
    return path.as_posix() if found is None else found


def _each_file(vehicle: Vehicle, rewrite) -> Vehicle:
    """``vehicle`` with every holding's file rewritten; itself when none changes (the desktop
    tells a new vehicle from the same one by identity)."""
    holdings, changed = [], False
    for h in vehicle.holdings:
        file = rewrite(h.file)
        changed |= file != h.file
        holdings.append(h if file == h.file else replace(h, file=file))
    return replace(vehicle, holdings=holdings) if changed else vehicle


def resolved(vehicle: Vehicle, folder: PurePath | None) -> Vehicle:
    """``vehicle`` as read from a file in ``folder``, its files located (:func:`located`)."""
    return _each_file(vehicle, lambda file: located(file, folder))


def written(vehicle: Vehicle, folder: PurePath | None) -> Vehicle:
    """``vehicle`` as a file in ``folder`` holds it, its files :func:`stored`."""
    return _each_file(vehicle, lambda file: stored(file, folder))


def _missing(holding: Holding, folder: Path | None) -> str | None:
    """Where a referenced holding's file was looked for, when it is not there."""
    if holding.source != "file" or not holding.file:
        return None
    where = located(holding.file, folder)
    return None if Path(where).is_file() else where


# ---------------------------------------------------------------------------------------------
# Opening


@dataclass
class Defaulted:
    """The inputs holding ``holding``'s model left out (paths within the model); ``where`` is
    its file, or empty for a model embedded in the vehicle."""

    holding: str
    where: str
    inputs: tuple[str, ...]
    model: Model = field(repr=False)


@dataclass
class Opening:
    """What the user is told on opening a vehicle: holdings whose file is missing, as
    ``(label, path looked for)``, and models that left inputs out."""

    missing: list[tuple[str, str]] = field(default_factory=list)
    defaulted: list[Defaulted] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.missing or self.defaulted)

    def text(self, lang: str) -> str:
        parts = []
        if self.missing:
            parts.append("\n".join(
                [tr("vehiclefile.opening.missing", lang, n=len(self.missing))]
                + _capped([tr("vehiclefile.opening.missing_item", lang, name=name, path=path)
                           for name, path in self.missing], lang)))
        if self.defaulted:
            parts.append("\n".join(
                [tr("vehiclefile.opening.defaulted", lang, n=len(self.defaulted))]
                + _capped(["\n".join(_defaulted_lines(d, lang)) for d in self.defaulted],
                          lang)))
        return "\n\n".join(parts)


def _capped(items: list[str], lang: str) -> list[str]:
    more = len(items) - SHOWN_HOLDINGS
    return items[:SHOWN_HOLDINGS] + ([tr("vehiclefile.opening.more_holdings", lang, n=more)]
                                     if more > 0 else [])


def _defaulted_lines(d: Defaulted, lang: str) -> list[str]:
    where = d.where or tr("vehiclefile.opening.embedded", lang)
    lines = [tr("vehiclefile.opening.defaulted_item", lang, name=d.holding, where=where,
                count=len(d.inputs))]
    lines += [tr("vehiclefile.opening.input", lang, label=paths.label(p, lang, d.model), path=p)
              for p in d.inputs[:SHOWN_INPUTS]]
    if len(d.inputs) > SHOWN_INPUTS:
        lines.append(tr("vehiclefile.opening.more_inputs", lang,
                        n=len(d.inputs) - SHOWN_INPUTS))
    return lines


def opening(doc) -> Opening:
    """What opening the vehicle document ``doc`` (:mod:`.vehiclefile`) has to tell: every
    holding's, included or not. Referenced files are read for it; one that cannot be read is
    left to the evaluation, which names what is wrong with it."""
    said = Opening()
    left_out = dict(doc.defaulted)
    for i, h in enumerate(doc.vehicle.holdings):
        name, gone = holding_label(h, i), _missing(h, doc.folder)
        if gone is not None:
            said.missing.append((name, gone))
        elif h.source == "embedded" and i in left_out:
            said.defaulted.append(Defaulted(name, "", left_out[i], h.model))
        elif h.source == "file" and h.file:
            where = located(h.file, doc.folder)
            try:
                model_doc = load(where)
            except (FileFormatError, OSError):
                continue
            if model_doc.defaulted:
                said.defaulted.append(Defaulted(name, where, tuple(
                    p.removeprefix("model.") for p in model_doc.defaulted), model_doc.model))
    return said


@contextmanager
def explaining(vehicle: Vehicle, folder: Path | None) -> Iterator[None]:
    """Evaluate ``vehicle`` inside: a holding that cannot be used because its file is missing
    is said so in the user's words, with the path looked for, instead of by the system."""
    try:
        yield
    except VehicleError as error:
        missing = {holding_label(h, i): gone for i, h in included(vehicle)
                   if (gone := _missing(h, folder)) is not None}
        raise VehicleError([
            (name, Phrase("vehiclefile.missing", path=missing[name]) if name in missing
             else reason) for name, reason in error.problems]) from None
