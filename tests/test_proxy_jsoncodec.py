"""The CRM's JSON is read and written by orjson where it gives the same values as the standard library
(guard/proxy/jsoncodec.py), and by the standard library where it would not."""
from __future__ import annotations

import json

import pytest

from guard.proxy import jsoncodec

SAME_AS_THE_STANDARD_LIBRARY = [
    '{"msisdn": "79161234567", "owner": {"last_name": "Иванов"}, "n": [1, 2.5, null, true]}',
    '{"big": 123456789012345678901234567890, "neg": -98765432109876543210}',  # past 64 bits: exact integers
    '{"edge": 9223372036854775807, "edge2": 18446744073709551615, "neg": -9223372036854775808}',
    '{"a": NaN, "b": Infinity, "c": -Infinity}',  # the standard library reads them; orjson does not
    '{"text": "\\ud800 lone surrogate"}',
    '{"a": 1, "a": 2}',
    '"just a string"',
    '  [1, 2, 3]  ',
]


@pytest.mark.parametrize("text", SAME_AS_THE_STANDARD_LIBRARY)
def test_a_crm_body_reads_as_the_standard_library_reads_it(text):
    ours, theirs = jsoncodec.loads(text), json.loads(text)
    assert json.dumps(ours, sort_keys=True) == json.dumps(theirs, sort_keys=True)
    assert jsoncodec.loads(text.encode("utf-8", "surrogatepass")) == ours or "NaN" in text


@pytest.mark.parametrize("text", ['{"a": 1', '{"a": 1} {"b": 2}', "{'a': 1}", "", "\x00{}"])
def test_what_does_not_parse_raises_value_error(text):
    with pytest.raises(ValueError):
        jsoncodec.loads(text)


def test_an_integer_past_64_bits_is_written_exactly():
    value = {"n": 10**30, "m": -(10**25), "text": "Иванов"}
    assert json.loads(jsoncodec.dumps(value)) == value
    assert jsoncodec.dumps({"text": "Иванов"}) == '{"text":"Иванов"}'.encode("utf-8")


def test_a_value_that_cannot_be_written_as_utf8_is_refused_not_sent():
    with pytest.raises(jsoncodec.UnencodableJSON):
        jsoncodec.dumps({"text": "\ud800"})
