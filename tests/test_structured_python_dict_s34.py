"""A Python dict printed into a CRM note ("{'ls_old': '263008774102', 'pass_new': '36 14 603385'}": single quotes,
True / False / None) is read like JSON: each value after its key's words, so a key naming its kind ("ls" — лицевой
счёт — with a suffix, "_old", "_new") gives the value its kind (packed_h33: two personal accounts left)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.engine import Redactor
from guard.recognizers.structured import read_structure


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def test_a_python_dicts_values_are_read_after_their_keys():
    reading = read_structure("{'ls_old': '512004471203', 'active': True, 'note': None}")
    assert reading is not None and "512004471203" in reading.text and reading.text.startswith("лицевой счёт")


@pytest.mark.parametrize("text, value, kind", [
    ("{'fio': 'Лапина Ольга', 'ls_old': '512004471203', 'ls_new': '512004471877', 'ok': True}", "512004471877",
     "ACCOUNT_NUMBER"),
    ("{'ls': '512004471203', 'sum': '12.50'}", "512004471203", "ACCOUNT_NUMBER"),
])
def test_a_value_in_a_python_dict_has_its_keys_kind(redactor, text, value, kind):
    start = text.index(value)
    assert any(e.type == kind and e.start <= start and e.end >= start + len(value) for e in redactor.analyze(text))


@settings(max_examples=25, deadline=None)
@given(account=st.integers(10 ** 8, 10 ** 12 - 1), suffix=st.sampled_from(["", "_old", "_new", "_to"]))
def test_any_account_under_its_key_in_a_python_dict_is_masked(redactor, account, suffix):
    text = f"{{'ls{suffix}': '{account}', 'sum': '55.00'}}"
    start = text.index(str(account))
    assert any(e.start <= start and e.end >= start + len(str(account)) for e in redactor.analyze(text))


@pytest.mark.parametrize("key", ["ls_old", "ls_to", "ls_2"])
def test_a_latin_qualifier_after_a_kinds_key_leaves_the_value_its_kind(redactor, key):
    # a round number is no quantity under its key: hypothesis found "{'ls_old': '100000000', …}" unmasked ("old" stood
    # between the cue and the value in the reading, a word the cue's reach does not take)
    text = f"{{'{key}': '100000000', 'sum': '55.00'}}"
    start = text.index("100000000")
    assert any(e.type == "ACCOUNT_NUMBER" and e.start <= start and e.end >= start + 9 for e in redactor.analyze(text))
