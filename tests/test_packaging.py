"""An installed pppmodeler carries its code and its bundled files, and finds them.

``resources/`` and ``templates/`` sit at the top of the repository but install as
``pppmodeler.resources`` and ``pppmodeler.templates``; a file type missing from the package-data
patterns, or a sub-package missing from the package list in pyproject.toml, would still work in
the editable install the tests run in and only break a real install. So these tests build the
wheel (no install, no dependencies) and look inside it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from pppmodeler import bundled

REPO = Path(__file__).resolve().parents[1]
# Where each folder of the repository lands in the wheel.
INSTALLED_AS = {"pppmodeler": "pppmodeler", "resources": "pppmodeler/resources",
                "templates": "pppmodeler/templates"}
NEVER_SHIPPED = {"__pycache__", ".DS_Store"}


def _source_copy_ignore(folder: str, names: list[str]) -> set[str]:
    """What a build must not see: VCS data, earlier build output, caches."""
    ignored = {n for n in names if n in NEVER_SHIPPED or n.endswith((".pyc", ".egg-info"))}
    if Path(folder) == REPO:
        ignored |= {n for n in names if n.startswith(".") or n in {"build", "dist"}}
    return ignored


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel built from a clean copy of the work tree (a build in place would leave
    build/ and *.egg-info behind, and a stale build/ could hide a missing file)."""
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "source"
    shutil.copytree(REPO, source, ignore=_source_copy_ignore)
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check",
         "-w", str(tmp / "out"), str(source)],
        capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"pip wheel failed:\n{done.stdout}\n{done.stderr}"
    (built,) = (tmp / "out").glob("pppmodeler-*.whl")
    return built


def wheel_names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_wheel_carries_bundled_files_and_the_core(wheel):
    names = wheel_names(wheel)
    for expected in ("pppmodeler/resources/samples/README.md", "pppmodeler/templates/README.md",
                     "pppmodeler/core/inputs.py", "pppmodeler/bundled.py"):
        assert expected in names


def shipped_files() -> set[str]:
    """Every file of pppmodeler/, resources/ and templates/, named as in the wheel."""
    shipped = set()
    for folder, target in INSTALLED_AS.items():
        for path in (REPO / folder).rglob("*"):
            relative = path.relative_to(REPO / folder)
            if path.is_file() and path.suffix != ".pyc" and not NEVER_SHIPPED & set(relative.parts):
                shipped.add(f"{target}/{relative.as_posix()}")
    return shipped


def test_wheel_carries_every_file_of_the_package_resources_and_templates(wheel):
    missing = sorted(shipped_files() - wheel_names(wheel))
    assert not missing, (
        "not in the wheel (add the sub-package to [tool.setuptools] packages or the file type "
        f"to package-data in pyproject.toml): {missing}")


def test_installed_wheel_finds_bundled_files_from_another_folder(wheel, tmp_path):
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)  # what installing a pure-Python wheel amounts to
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    probe = ("import json; from pppmodeler import bundled; print(json.dumps({"
             "'samples': str(bundled.resource('samples')),"
             "'is_dir': bundled.resource('samples').is_dir(),"
             "'readme': bundled.template('README.md').is_file(),"
             "'names': bundled.sample_names()}))")
    # -S: no site-packages, hence not the editable install of this work tree either.
    env = {**os.environ, "PYTHONPATH": str(site)}
    done = subprocess.run([sys.executable, "-S", "-c", probe], cwd=elsewhere, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert Path(found["samples"]) == site / "pppmodeler" / "resources" / "samples"
    assert found["is_dir"] and found["readme"]
    assert found["names"] == bundled.sample_names()


def test_resource_samples_is_a_folder():
    assert bundled.resource("samples").is_dir()
    assert bundled.resource("samples", "README.md").is_file()
    assert bundled.template("README.md").is_file()


def test_sample_names_are_the_pppm_stems_sorted():
    names = bundled.sample_names()
    assert names == sorted(names)
    assert "README" not in names
    for name in names:
        assert bundled.sample_text(name).strip()


def test_unknown_sample_names_the_available_ones():
    with pytest.raises(KeyError, match="no bundled sample model named 'nowhere'; available: "):
        bundled.sample_text("nowhere")


def test_build_spec_is_python():
    compile((REPO / "build.spec").read_text(encoding="utf-8"), "build.spec", "exec")


def test_no_module_is_imported_by_a_computed_name():
    """PyInstaller bundles only the modules it sees imported: a module found at run time by
    ``importlib.import_module(name)`` is missing from the frozen application (the texts were,
    once, and it did not start)."""
    import re

    package = Path(__file__).resolve().parents[1] / "pppmodeler"
    dynamic = [f"{p.relative_to(package.parent)}:{n}"
               for p in package.rglob("*.py")
               for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1)
               if re.search(r"\bimport_module\(|__import__\(", line)]
    assert dynamic == []
