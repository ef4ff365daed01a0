"""The catalogue speaks both languages with the same placeholders."""

import string

import pytest

from pppmodeler.i18n import CATALOGUE, LANGUAGES


def _fields(text):
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_entry_has_both_languages_and_the_same_placeholders(key):
    entry = CATALOGUE[key]
    assert set(entry) == set(LANGUAGES)
    assert _fields(entry["es"]) == _fields(entry["en"])
    assert entry["es"].strip() and entry["en"].strip()
