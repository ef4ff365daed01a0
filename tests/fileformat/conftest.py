"""Fixtures of the file-format tests."""

from __future__ import annotations

import pytest

from pppmodeler.fileformat import Document

from .samples import sample_document


@pytest.fixture
def doc() -> Document:
    """A complete document: two revenue lines, a cost line, a capex item, one scenario."""
    return sample_document()
