"""What the application remembers between sessions: recent files (in QSettings) and the
recovery copy of unsaved work (a scenario file in a per-user data folder).

Both take where they keep things as an argument, so tests use temporary places."""

from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from ..fileformat import Document, load, save

RECENT_KEY = "recent_files"
MAX_RECENT = 8
RECOVERY_NAME = "recovery.pppm"


class RecentFiles:
    """The most recently opened or saved files, newest first, without duplicates."""

    def __init__(self, settings: QSettings):
        self.settings = settings

    def paths(self) -> list[Path]:
        value = self.settings.value(RECENT_KEY, [])
        if isinstance(value, str):      # QSettings gives a one-element list back as a str
            value = [value]
        return [Path(p) for p in (value or []) if p]

    def _store(self, paths: list[Path]) -> None:
        self.settings.setValue(RECENT_KEY, [str(p) for p in paths[:MAX_RECENT]])
        self.settings.sync()

    def add(self, path: str | Path) -> None:
        path = Path(path).absolute()
        self._store([path] + [p for p in self.paths() if p != path])

    def remove(self, path: str | Path) -> None:
        path = Path(path).absolute()
        self._store([p for p in self.paths() if p != path])

    def clear(self) -> None:
        self._store([])


def default_recovery_dir() -> Path:
    """The per-user data folder of the application (``.../pppmodeler/recovery``)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base or Path.home() / ".pppmodeler") / "recovery"


class Recovery:
    """The recovery copy: written (atomically, by :func:`fileformat.save`) while there are
    unsaved changes, deleted on a clean close; if it is there at start-up, the last session
    did not close cleanly."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.path = self.folder / RECOVERY_NAME

    def exists(self) -> bool:
        return self.path.is_file()

    def write(self, doc: Document) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        save(doc, self.path)
        return self.path

    def load(self) -> Document:
        return load(self.path)

    def saved_at(self) -> str:
        stamp = datetime.datetime.fromtimestamp(self.path.stat().st_mtime)
        return stamp.strftime("%Y-%m-%d %H:%M")

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)
