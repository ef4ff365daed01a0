"""The financial core, the analyses and the file format never import Qt, openpyxl or matplotlib.

They are the library that the desktop application, the command line and the report build on;
they must import, and so run headless and fast, on a machine where those are absent. Each check
runs in a fresh interpreter that refuses those imports and records every attempt, so an import
hidden behind ``try/except ImportError`` is caught too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BOUNDED = ("pppmodeler.core", "pppmodeler.analysis", "pppmodeler.fileformat")

IMPORT_ALL = textwrap.dedent(
    """
    import importlib, importlib.abc, json, pkgutil, sys

    FORBIDDEN = {"PySide6", "shiboken6", "PySide2", "PyQt5", "PyQt6", "openpyxl", "matplotlib"}
    attempts = []

    class Refuse(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.partition(".")[0] in FORBIDDEN:
                attempts.append(name)
                raise ImportError(f"{name} may not be imported here")
            return None

    sys.meta_path.insert(0, Refuse())

    def reraise(name):
        raise

    modules = []
    for root in sys.argv[1:]:
        try:
            package = importlib.import_module(root)
        except ModuleNotFoundError as exc:
            if exc.name != root:
                raise
            continue  # the package is not written yet
        names = [root] + [info.name for info in
                          pkgutil.walk_packages(package.__path__, root + ".", onerror=reraise)]
        for name in names:
            if getattr(importlib.import_module(name), "__file__", None):  # not a bare folder
                modules.append(name)
    print(json.dumps({"modules": modules, "attempts": attempts}))
    """
)


def import_all(*packages: str, path: Path | None = None) -> dict:
    """Import every module of ``packages`` in a fresh interpreter with the imports refused."""
    env = dict(os.environ)
    if path is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(path), env.get("PYTHONPATH")]))
    done = subprocess.run([sys.executable, "-c", IMPORT_ALL, *packages], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"importing {packages} failed:\n{done.stderr}"
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_core_and_fileformat_import_without_qt_openpyxl_matplotlib():
    result = import_all(*BOUNDED)
    assert result["attempts"] == [], (
        f"the core or the file format tried to import {sorted(set(result['attempts']))}")
    core = [name for name in result["modules"] if name.startswith("pppmodeler.core")]
    assert core, f"no module of pppmodeler.core was imported: {result}"


def test_the_check_catches_a_guarded_import(tmp_path):
    package = tmp_path / "leaky"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "charts.py").write_text(
        "try:\n    import matplotlib.pyplot\nexcept ImportError:\n    pass\n")
    result = import_all("leaky", path=tmp_path)
    assert result["modules"] == ["leaky", "leaky.charts"]
    assert result["attempts"] == ["matplotlib"]


# The corporate vehicle (pppmodeler.vehicle) is a library too: no Qt, no matplotlib, and
# openpyxl only in the module that reads workbooks, which the others import only when a
# workbook is read.
VEHICLE = "pppmodeler.vehicle"
XLSX_READER = "pppmodeler.vehicle.xlsxfile"

IMPORT_SOME = textwrap.dedent(
    """
    import importlib, importlib.abc, json, pkgutil, sys

    forbidden, excluded, root = set(sys.argv[1].split(",")), sys.argv[2], sys.argv[3]
    attempts = []

    class Refuse(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.partition(".")[0] in forbidden:
                attempts.append(name)
                raise ImportError(f"{name} may not be imported here")
            return None

    sys.meta_path.insert(0, Refuse())
    package = importlib.import_module(root)
    names = [root] + [info.name for info in pkgutil.walk_packages(package.__path__, root + ".")]
    modules = [name for name in names if name != excluded]
    for name in modules:
        importlib.import_module(name)
    print(json.dumps({"modules": modules, "attempts": attempts}))
    """
)
QT_AND_PLOTS = ("PySide6", "shiboken6", "PySide2", "PyQt5", "PyQt6", "matplotlib")


def import_some(root: str, forbidden: tuple[str, ...], excluded: str = "") -> dict:
    """Import every module of ``root`` but ``excluded`` with ``forbidden`` refused."""
    done = subprocess.run([sys.executable, "-c", IMPORT_SOME, ",".join(forbidden), excluded,
                           root], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"importing {root} failed:\n{done.stderr}"
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_vehicle_imports_without_qt_matplotlib_and_openpyxl_but_in_its_xlsx_reader():
    result = import_some(VEHICLE, QT_AND_PLOTS + ("openpyxl",), excluded=XLSX_READER)
    assert result["attempts"] == [], (
        f"pppmodeler.vehicle tried to import {sorted(set(result['attempts']))} outside "
        f"{XLSX_READER}")
    assert f"{VEHICLE}.inventory" in result["modules"]
    assert XLSX_READER not in result["modules"]


def test_vehicle_xlsx_reader_imports_openpyxl_and_nothing_of_qt_or_matplotlib():
    result = import_some(VEHICLE, QT_AND_PLOTS)
    assert result["attempts"] == []
    assert XLSX_READER in result["modules"]
