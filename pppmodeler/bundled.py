"""Files that ship with pppmodeler: sample models, the file schema, report and model templates.

They live at the top of the repository, in ``resources/`` and ``templates/``, and install as the
sub-packages ``pppmodeler.resources`` and ``pppmodeler.templates`` (``[tool.setuptools]`` in
pyproject.toml). Reaching them through :mod:`importlib.resources`, never through paths relative
to this file, is what makes the same code work in an editable install, an installed wheel and
the frozen application.
"""

from __future__ import annotations

from functools import reduce
from importlib.resources import files
from importlib.resources.abc import Traversable

SAMPLE_SUFFIX = ".pppm"


def _under(package: str, parts: tuple[str, ...]) -> Traversable:
    return reduce(lambda node, part: node / part, parts, files(package))


def resource(*parts: str) -> Traversable:
    """``resources/<parts>``, e.g. ``resource("samples", "plaza.pppm")``; may not exist."""
    return _under("pppmodeler.resources", parts)


def template(*parts: str) -> Traversable:
    """``templates/<parts>``: report styles and new-model templates; may not exist."""
    return _under("pppmodeler.templates", parts)


def sample_names() -> list[str]:
    """Names of the bundled sample models: the stems of ``resources/samples/*.pppm``, sorted."""
    return sorted(
        entry.name[: -len(SAMPLE_SUFFIX)]
        for entry in resource("samples").iterdir()
        if entry.name.endswith(SAMPLE_SUFFIX) and entry.is_file()
    )


def sample_text(name: str) -> str:
    """The text of the bundled sample model ``name`` (a stem as given by :func:`sample_names`).

    Raises KeyError naming the available samples when there is no such sample.
    """
    names = sample_names()
    if name not in names:
        available = ", ".join(names) if names else "none"
        raise KeyError(f"no bundled sample model named {name!r}; available: {available}")
    return resource("samples", name + SAMPLE_SUFFIX).read_text(encoding="utf-8")
