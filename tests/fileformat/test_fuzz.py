"""Whatever the bytes, opening them gives a Document or a FileFormatError, never anything else."""

from __future__ import annotations

import copy
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pppmodeler.fileformat import Document, FileFormatError, dumps, loads

from .samples import sample_document
from .strategies import documents, json_values, mutated

SAMPLE_TEXT = dumps(sample_document())
FUZZ = settings(max_examples=300, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def opens_or_refuses(text) -> Document | None:
    try:
        return loads(text, source="fuzz.pppm")
    except FileFormatError as error:
        assert error.messages and all(isinstance(m, str) and m for m in error.messages)
        str(error).encode("utf-8")  # printable, even with lone surrogates in the input
        return None


@FUZZ
@given(st.text())
def test_random_text(text):
    opens_or_refuses(text)


@FUZZ
@given(st.binary())
def test_random_bytes(raw):
    opens_or_refuses(raw)


@FUZZ
@given(json_values)
def test_random_json(value):
    opens_or_refuses(json.dumps(value))


@FUZZ
@given(st.data())
def test_random_edits_of_a_valid_file(data):
    text = SAMPLE_TEXT
    for _ in range(data.draw(st.integers(1, 3))):
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, min(len(text), start + 20)))
        text = text[:start] + data.draw(st.text(max_size=5)) + text[end:]
    opens_or_refuses(text)


@FUZZ
@given(st.integers(0, len(SAMPLE_TEXT)))
def test_truncated_files(n):
    doc = opens_or_refuses(SAMPLE_TEXT[:n])
    assert doc is None or n >= len(SAMPLE_TEXT.rstrip())


@FUZZ
@given(st.data())
def test_random_mutations_of_a_valid_document(data):
    base = json.loads(SAMPLE_TEXT)
    for _ in range(data.draw(st.integers(1, 3))):
        base = data.draw(mutated(base))
    opens_or_refuses(json.dumps(base))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents(), st.data())
def test_random_mutations_of_random_documents(valid, data):
    changed = data.draw(mutated(copy.deepcopy(valid)))
    doc = opens_or_refuses(json.dumps(changed))
    if doc is not None:
        assert loads(dumps(doc)) == doc


@FUZZ
@given(st.sampled_from(["NaN", "Infinity", "-Infinity", "1e999", "-0", "1E+2", "0.0e0",
                        "123456789012345678901234567890", "true", "null", '"x"', "[]", "{}"]),
       st.integers(0, 200))
def test_odd_numbers_anywhere(token, which):
    spots = [i for i, c in enumerate(SAMPLE_TEXT) if c == ":" and SAMPLE_TEXT[i + 2].isdigit()]
    at = spots[which % len(spots)] + 2
    end = at
    while SAMPLE_TEXT[end] not in ",\n}]":
        end += 1
    opens_or_refuses(SAMPLE_TEXT[:at] + token + SAMPLE_TEXT[end:])
