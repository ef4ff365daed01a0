"""Import the agency's property inventory from a CSV or XLSX file.

:func:`import_inventory` reads the file (:mod:`.sources`), matches its headers to the fields of
:class:`.records.InventoryRecord` (:mod:`.columns`), reads every row and returns an
:class:`ImportResult`: the records it could take and a :class:`RowProblem` for everything it
could not, each naming the row (as the user sees it in the file: the header of a file that
starts with it is row 1), the column (its header in the file) and what is wrong. Good rows are
kept when others are bad; a file that cannot be read as an inventory at all raises
:class:`.sources.InventoryError`. The header is the first row with a column for every field a
record needs, so title rows above it are passed over (and a note says so).

Rules for each row:

- **Refused** (outcome ``rejected``): no code, matrícula or CBML; no name; a kind that is not
  uso público, fiscal or BIC (:func:`.records.parse_kind`); an area that is missing, not a
  number (:mod:`.numbers`) or not more than 0.
- **Kept without the value** (outcome ``kept``; the field is left empty, never set to zero):
  coordinates outside Medellín's box (:data:`.records.LATITUDE_RANGE`,
  :data:`.records.LONGITUDE_RANGE`), one coordinate without the other, a cadastral value or
  current income that is not a number or is negative. Optional fields are optional: empty is
  not a problem.
- **Kept, with a warning**: a text field that Excel turned into a date (it is kept as the date
  written ``YYYY-MM-DD``: check it); a code already used by another row for a property with
  another matrícula and CBML.
- **Duplicates** (outcome ``duplicate``): a row whose matrícula (:func:`.records.identity_key`),
  or else CBML, is that of an earlier imported row is left out, and the problem names the row it
  repeats. The first occurrence is kept; a refused row does not count as one.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from pppmodeler.i18n.messages import Joined, Phrase, in_language, phrase_of

from .columns import Columns, match_columns
from .numbers import column_decimal, conventions, parse_number, readings
from .records import (
    IDENTITY_FIELDS,
    LATITUDE_RANGE,
    LONGITUDE_RANGE,
    NUMBER_FIELDS,
    TEXT_FIELDS,
    InventoryRecord,
    identity_key,
    parse_kind,
)
from .sources import InventoryError, Table, is_blank, read_table

REJECTED, DUPLICATE, KEPT = "rejected", "duplicate", "kept"
COORDINATES = ("latitude", "longitude")
HEADER_SEARCH = 10
"""Rows (not blank) in which the header is looked for; the rows above it are titles."""


@dataclass(frozen=True)
class RowProblem:
    """What is wrong with one row: ``row`` as the user sees it, ``column`` (the header in the
    file; empty when about the row as a whole), ``message``, and ``outcome``: whether the row
    was ``rejected``, left out as a ``duplicate``, or ``kept`` without the value. ``message``
    is a :class:`~pppmodeler.i18n.messages.Phrase` (English as ``str``); ``text(lang)`` and
    ``reason(lang)`` say the problem in ``lang``."""

    row: int
    column: str
    message: str
    outcome: str

    def __str__(self) -> str:
        return self.text("en")

    def reason(self, lang: str = "es") -> str:
        """What is wrong, in ``lang``."""
        return in_language(self.message, lang)

    def text(self, lang: str = "es") -> str:
        """The problem with its row, column and outcome, in ``lang``."""
        where = Phrase("inventory.where.cell", row=self.row, column=repr(self.column)) \
            if self.column else Phrase("inventory.where.row", row=self.row)
        then = Phrase("inventory.outcome.imported" if self.outcome == KEPT
                      else "inventory.outcome.not_imported")
        return Phrase("inventory.problem", where=where, message=self.message,
                      then=then).text(lang)


@dataclass
class ImportResult:
    """The records imported, every problem found, and how the file was read."""

    source: str
    records: list[InventoryRecord]
    problems: list[RowProblem]
    columns: dict[str, str]              # field -> the header of its column
    unused_columns: list[str]            # headers not used, with the reason
    notes: list[str] = field(default_factory=list)   # encoding, delimiter, conventions assumed
    rows_read: int = 0                   # data rows that were not blank

    def counts(self) -> dict[str, int]:
        """Rows read, imported, rejected, left out as duplicates, imported with a warning."""
        by = {outcome: {p.row for p in self.problems if p.outcome == outcome}
              for outcome in (REJECTED, DUPLICATE, KEPT)}
        imported = {r.row for r in self.records}
        return {"rows": self.rows_read, "imported": len(self.records),
                "rejected": len(by[REJECTED]), "duplicates": len(by[DUPLICATE]),
                "with_warnings": len(by[KEPT] & imported)}

    def summary(self, lang: str = "en") -> str:
        return Phrase("inventory.summary", source=self.source, **self.counts()).text(lang)


def import_inventory(path: str | os.PathLike, mapping: Mapping[str, str] | None = None,
                     sheet: str | None = None) -> ImportResult:
    """Import the inventory at ``path`` (CSV or XLSX; ``sheet`` picks an XLSX sheet by name).

    ``mapping`` names the column of a field whose header is not recognised:
    ``{"area_m2": "Superficie útil"}``. Raises :class:`InventoryError` when the file cannot be
    read, has no header, or lacks a column the records need.
    """
    table = read_table(path, sheet)
    header, columns = _header(table, mapping)
    rows = [(number, cells) for number, cells in table.rows[header + 1:] if not is_blank(cells)]
    reader = _RowReader(columns, rows)
    result = ImportResult(table.source, [], [], {f: columns.header(f) for f in columns.positions},
                          columns.unused, table.notes + reader.notes, len(rows))
    if header != next(i for i, (_, cells) in enumerate(table.rows) if not is_blank(cells)):
        result.notes.append(Phrase("inventory.note.titles", row=table.rows[header][0]))
    for number, cells in rows:
        record, problems = reader.read(number, cells)
        if record is not None and not any(p.outcome == REJECTED for p in problems):
            result.records.append(record)
        result.problems.extend(problems)
    _deduplicate(result)
    result.problems.sort(key=lambda p: p.row)
    return result


def _header(table: Table, mapping: Mapping[str, str] | None) -> tuple[int, Columns]:
    """The position of the header row in ``table.rows`` and its columns.

    The header is the first non-blank row, among the first :data:`HEADER_SEARCH`, that has a
    column for every field a record needs, so that title rows above it are passed over.
    When none has, the first non-blank row is taken and the error says what it lacks.
    """
    candidates = [i for i, (_, cells) in enumerate(table.rows) if not is_blank(cells)]
    for i in candidates[:HEADER_SEARCH]:
        try:
            columns = match_columns(_texts(table.rows[i][1]), mapping)
        except ValueError:
            continue
        if not columns.missing():
            return i, columns
    first = candidates[0]
    number, cells = table.rows[first]
    try:
        columns = match_columns(_texts(cells), mapping)
    except ValueError as exc:
        raise InventoryError(table.source, Phrase("inventory.error.mapping", problem=phrase_of(
            exc), row=number)) from None
    unused = Phrase("inventory.error.unrecognised", columns=Joined(columns.unused)) \
        if columns.unused else ""
    raise InventoryError(table.source, Phrase(
        "inventory.error.missing_columns", fields=Joined(columns.missing()), row=number,
        unused=unused))


def _texts(cells: list[object]) -> list[str]:
    return ["" if c is None else str(c).strip() for c in cells]


class _RowReader:
    """Reads the cells of one row into a record, with the conventions of each column."""

    def __init__(self, columns: Columns, rows: list[tuple[int, list[object]]]):
        self.columns = columns
        self.decimal: dict[str, str | None] = {}
        self.notes: list[str] = []
        for name in NUMBER_FIELDS:
            if name in columns.positions and name not in COORDINATES:
                self._convention(name, [self._cell(cells, name) for _, cells in rows])

    def _convention(self, name: str, cells: list[object]) -> None:
        """The decimal separator of a number column, noted when it had to be assumed."""
        shown = conventions(cells)
        self.decimal[name] = column_decimal(shown)
        two_ways = [c for c in cells if isinstance(c, str) and len(set(readings(c).values())) > 1]
        if two_ways and not shown:
            self.notes.append(Phrase("inventory.note.es_co", column=repr(self.columns.header(
                name)), text=repr(two_ways[0])))

    def _cell(self, cells: list[object], name: str) -> object:
        position = self.columns.positions.get(name)
        if position is None or position >= len(cells):
            return None
        cell = cells[position]
        return None if isinstance(cell, str) and not cell.strip() else cell

    def read(self, number: int, cells: list[object]) -> tuple[InventoryRecord | None,
                                                             list[RowProblem]]:
        problems: list[RowProblem] = []

        def problem(name: str, message: str, outcome: str) -> None:
            column = self.columns.header(name) if name in self.columns.positions else ""
            problems.append(RowProblem(number, column, message, outcome))

        values: dict[str, object] = {name: self._text(number, cells, name, problem)
                                     for name in TEXT_FIELDS}
        if not any(values[name] for name in IDENTITY_FIELDS):
            problems.append(RowProblem(number, "", Phrase("inventory.problem.no_identity"),
                                       REJECTED))
        if not values["name"]:
            problem("name", Phrase("inventory.problem.no_name"), REJECTED)
        values["kind"] = self._kind(values["kind"], problem)
        values["area_m2"] = self._area(cells, problem)
        values.update(self._coordinates(cells, problem))
        for name in ("cadastral_value", "current_income"):
            values[name] = self._optional_amount(cells, name, problem)
        if any(p.outcome == REJECTED for p in problems):
            return None, [RowProblem(p.row, p.column, p.message, REJECTED) for p in problems]
        return InventoryRecord(**values, row=number), problems

    def _text(self, number: int, cells: list[object], name: str, problem) -> str:
        cell = self._cell(cells, name)
        if cell is None:
            return ""
        if isinstance(cell, (datetime.date, datetime.time)):
            shown = cell.date().isoformat() if isinstance(cell, datetime.datetime) and \
                cell.time() == datetime.time() else cell.isoformat()
            problem(name, Phrase("inventory.problem.date_text", shown=repr(shown)), KEPT)
            return shown
        if isinstance(cell, float) and cell.is_integer():
            return str(int(cell))   # a code typed into a numeric cell: 1234.0 is "1234"
        return str(cell).strip()

    def _kind(self, text: str, problem) -> str:
        if not text:
            problem("kind", Phrase("inventory.problem.no_kind"), REJECTED)
            return ""
        try:
            return parse_kind(text)
        except ValueError as exc:
            problem("kind", phrase_of(exc), REJECTED)
            return ""

    def _number(self, cells: list[object], name: str, problem, outcome: str) -> float | None:
        """The number in a column; None (and a problem) when it is missing or unreadable."""
        cell = self._cell(cells, name)
        if cell is None:
            return None
        try:
            return parse_number(cell, self.decimal.get(name), plain=name in COORDINATES)
        except ValueError as exc:
            problem(name, phrase_of(exc), outcome)
            return None

    def _area(self, cells: list[object], problem) -> float:
        if self._cell(cells, "area_m2") is None:
            problem("area_m2", Phrase("inventory.problem.no_area"), REJECTED)
            return 0.0
        area = self._number(cells, "area_m2", problem, REJECTED)
        if area is not None and area <= 0:
            problem("area_m2", Phrase("inventory.problem.area", area=area), REJECTED)
        return area or 0.0

    def _optional_amount(self, cells: list[object], name: str, problem) -> float | None:
        value = self._number(cells, name, problem, KEPT)
        if value is not None and value < 0:
            problem(name, Phrase("inventory.problem.negative", value=value), KEPT)
            return None
        return value

    def _coordinates(self, cells: list[object], problem) -> dict[str, float | None]:
        """Both coordinates within Medellín's box, or neither (and a problem saying why)."""
        lat = self._number(cells, "latitude", problem, KEPT)
        lon = self._number(cells, "longitude", problem, KEPT)
        nothing = {"latitude": None, "longitude": None}
        if lat is None and lon is None:
            return nothing
        if lat is None or lon is None:
            given, other = ("latitude", "longitude") if lon is None else ("longitude",
                                                                          "latitude")
            if self._cell(cells, other) is None:
                problem(given, Phrase("inventory.problem.one_coordinate",
                                      other=Phrase(f"inventory.word.{other}")), KEPT)
            return nothing
        if _inside(lat, lon):
            return {"latitude": lat, "longitude": lon}
        hint = Phrase("inventory.problem.swapped") if _inside(lon, lat) else ""
        problem("latitude", Phrase("inventory.problem.outside", lat=lat, lon=lon,
                                   lat_lo=LATITUDE_RANGE[0], lat_hi=LATITUDE_RANGE[1],
                                   lon_lo=LONGITUDE_RANGE[0], lon_hi=LONGITUDE_RANGE[1],
                                   hint=hint), KEPT)
        return nothing


def _inside(lat: float, lon: float) -> bool:
    return (LATITUDE_RANGE[0] <= lat <= LATITUDE_RANGE[1]
            and LONGITUDE_RANGE[0] <= lon <= LONGITUDE_RANGE[1])


def _deduplicate(result: ImportResult) -> None:
    """Leave out every record whose matrícula, or else CBML, an earlier record has."""
    first: dict[tuple[str, str], InventoryRecord] = {}
    by_code: dict[str, InventoryRecord] = {}
    kept = []
    for record in result.records:
        keys = [(name, identity_key(getattr(record, name))) for name in ("matricula", "cbml")]
        keys = [k for k in keys if k[1]]
        earlier = next((first[k] for k in keys if k in first), None)
        if earlier is not None:
            result.problems.append(_duplicate(result, record, earlier))
            continue
        first.update({k: record for k in keys})
        if record.code and record.code in by_code:
            result.problems.append(RowProblem(
                record.row, result.columns.get("code", ""), Phrase(
                    "inventory.problem.code_twice", code=repr(record.code),
                    row=by_code[record.code].row), KEPT))
        by_code.setdefault(record.code, record)
        kept.append(record)
    result.records = kept


def _duplicate(result: ImportResult, record: InventoryRecord,
               earlier: InventoryRecord) -> RowProblem:
    same = "matricula" if record.matricula and \
        identity_key(record.matricula) == identity_key(earlier.matricula) else "cbml"
    labels = {"matricula": "matrícula", "cbml": "CBML"}
    other = "cbml" if same == "matricula" else "matricula"
    differs = ""
    if getattr(record, other) and getattr(earlier, other) and \
            identity_key(getattr(record, other)) != identity_key(getattr(earlier, other)):
        differs = Phrase("inventory.problem.differs", label=labels[other],
                         here=repr(getattr(record, other)), there=repr(getattr(earlier, other)))
    return RowProblem(record.row, result.columns.get(same, ""), Phrase(
        "inventory.problem.duplicate", row=earlier.row, label=labels[same],
        value=repr(getattr(record, same)), differs=differs), DUPLICATE)
