from __future__ import annotations

import pytest

from pppmodeler import bundled
from pppmodeler.fileformat import document


@pytest.fixture(scope="session")
def sample_document():
    """The default bundled sample as a document (its model and analysis settings)."""
    return document.loads(bundled.sample_text("heritage_building"))


@pytest.fixture
def model(sample_document):
    return sample_document.model
