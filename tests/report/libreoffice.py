"""LibreOffice headless for the report tests: forced recalculation and rendering.

LibreOffice keeps the cached values of a file it opens unless its profile says to always
recalculate (TESTING.md, "Excel files and LibreOffice"); each run gets its own profile folder,
since two soffice processes sharing a profile make the second fail.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

_ITEM = ('<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="{}" '
         'oor:op="fuse"><value>0</value></prop></item>')
FORCED_RECALC = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                 '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
                 'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
                 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
                 + _ITEM.format("OOXMLRecalcMode") + "\n" + _ITEM.format("ODFRecalcMode")
                 + "\n</oor:items>\n")


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        raise RuntimeError("LibreOffice (soffice) is not installed: run .ci/setup "
                           "(.ci/apt-packages.txt lists libreoffice-calc-nogui)")
    return found


def convert(files: list[Path], target: str, outdir: Path, timeout: int = 240) -> list[Path]:
    """Convert ``files`` with one soffice process and a fresh forced-recalculation profile;
    ``target`` is ``xlsx`` (recalculated) or ``pdf``. Returns the converted paths."""
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        user = Path(profile) / "user"
        user.mkdir()
        (user / "registrymodifications.xcu").write_text(FORCED_RECALC, encoding="utf-8")
        done = subprocess.run(
            [soffice(), f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
             "--norestore", "--convert-to", target, "--outdir", str(outdir),
             *map(str, files)], capture_output=True, text=True, timeout=timeout)
    out = [outdir / f"{f.stem}.{target}" for f in files]
    missing = [p.name for p in out if not p.is_file()]
    if done.returncode != 0 or missing:
        raise AssertionError(f"soffice failed (exit {done.returncode}; missing {missing}):\n"
                             f"{done.stdout}\n{done.stderr}")
    return out
