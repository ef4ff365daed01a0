"""Atomic replacement of a file: a crash or an error mid-write never damages the old file.

The new content goes to a temporary file in the same directory (so the final rename does not
cross file systems), is flushed and synced to disk, and then renamed over the target with
``os.replace`` (atomic on POSIX and on Windows). On POSIX the directory is synced too, so the
rename itself survives a power cut; Windows has no such call and NTFS journals the rename.
"""

from __future__ import annotations

import os
import stat
import uuid
from pathlib import Path

_CHUNK = 1 << 20


def write_atomic(path: str | os.PathLike, data: bytes) -> Path:
    """Replace the file at ``path`` (following a symbolic link) by ``data``; the real path."""
    target = Path(os.path.realpath(path))
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}.tmp")
    try:
        _write_synced(temporary, data, _mode_of(target))
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_directory(target.parent)
    return target


def _mode_of(target: Path) -> int | None:
    """The permission bits to keep: those of the file replaced, if there is one."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return None


def _write_synced(temporary: Path, data: bytes, mode: int | None) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(temporary, flags, 0o666)  # the user's umask applies, as for any new file
    with open(fd, "wb") as out:
        write_all(out, data)
        out.flush()
        os.fsync(out.fileno())
    if mode is not None:
        os.chmod(temporary, mode)


def write_all(out, data: bytes) -> None:
    """Write ``data`` in chunks (a separate function so tests can make it fail midway)."""
    view = memoryview(data)
    for start in range(0, len(view), _CHUNK):
        out.write(view[start: start + _CHUNK])


def _sync_directory(directory: Path) -> None:
    if os.name == "nt":
        return
    try:
        fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a directory; the data itself is synced
    finally:
        os.close(fd)
