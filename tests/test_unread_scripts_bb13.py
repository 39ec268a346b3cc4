"""Red team bb13, 05 (names): a name written in the customer's own script — Armenian, Georgian, Chinese, Korean,
Greek, Hebrew, Arabic — is masked: nothing here reads those scripts, so a run of their words is a name (fail closed,
recognizers/person.py: _unread_script_runs); and an Azerbaijani "ə" is read as "e" like every other Latin letter with
a mark (recognizers/lexicon.py: without_latin_marks)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.engine import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor("tag")


@pytest.mark.parametrize("text, name", [
    ("Абонент Նարեկ Հովհաննիսյան, звонил из Еревана", "Հովհաննիսյան"),  # the red team's
    ("Клиент ნინო კაპანაძე оставила жалобу", "კაპანაძე"),
    ("Клиент 王伟, паспорт КНР на руках", "王伟"),
    ("Клиент Ли Вэй (李伟) просит перезвонить", "李伟"),
    ("Звонил 김민준 по поводу роуминга", "김민준"),
    ("Письмо подписано: Γιώργος Παπαδόπουλος", "Παπαδόπουλος"),
    ("в заявке имя написано как דוד כהן, уточнить", "כהן"),
    ("подпись в договоре: محمد علي", "محمد"),
    ("Нарек Ованнисян (Նարեկ Հովհաննիսյան), тариф Семейный", "Նարեկ"),
])
def test_a_name_in_a_script_nothing_here_reads_is_masked(redactor, text, name):
    assert name not in redactor.redact(text).text


@pytest.mark.parametrize("text, name", [
    ("Клиент Əliyev Rəşad, звонил из Баку", "Əliyev"),
    ("Клиентка Məmmədova Gülnarə просит детализацию", "Məmmədova"),
])
def test_an_azerbaijani_latin_name_is_a_latin_name(redactor, text, name):
    assert name not in redactor.redact(text).text


@pytest.mark.parametrize("text", ["сопротивление 5 Ω на входе", "коэффициент μ равен двум", "β-версия приложения"])
def test_a_lone_greek_letter_is_a_symbol_not_a_name(redactor, text):
    assert "<PERSON>" not in redactor.redact(text).text


_ARMENIAN = st.text(alphabet=st.characters(min_codepoint=0x0561, max_codepoint=0x0586), min_size=2, max_size=12)
_GEORGIAN = st.text(alphabet=st.characters(min_codepoint=0x10D0, max_codepoint=0x10F0), min_size=2, max_size=12)
_HAN = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=4)


@settings(max_examples=40, deadline=None)
@given(words=st.lists(st.one_of(_ARMENIAN, _GEORGIAN, _HAN), min_size=1, max_size=3),
       before=st.sampled_from(["Клиент", "Абонент:", "звонил", "по словам"]),
       after=st.sampled_from(["просит перезвонить", ", тел. не указан", "", "— жалоба на связь"]))
def test_no_letter_of_an_unread_script_survives(redactor, words, before, after):
    text = f"{before} {' '.join(words)} {after}".strip()
    out = redactor.redact(text).text
    assert not any(word in out for word in words)
