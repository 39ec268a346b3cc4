"""Red-team round bb23, f02: a Russian surname typed in Latin letters amid Russian text is a surname.

Read back into Cyrillic it is a surname by the same morphology as a Cyrillic word, and the Cyrillic rules judge it in
its sentence (recognizers/person.py `_latin_names_read_back`); a brand or an organisation in Latin letters reads back
as no Russian surname, or stands beside a word that is no name part, and stays visible. In this repository's own
phrasings.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from benchmarks.russian import decline_surname, translit
from guard import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _people(redactor, text: str) -> list[str]:
    return [text[e.start:e.end] for e in redactor.redact(text).entities if e.type == "PERSON"]


@pytest.mark.parametrize("text, surname", [
    ("Вчера заходил Petrov, просил детализацию", "Petrov"),
    ("Передать Smirnovoy, что заявка закрыта", "Smirnovoy"),
    ("В анкете ошибка: Kuznecova вместо Кузнецовой", "Kuznecova"),
    ("Звонила ORLOVA E.V. по поводу роуминга", "ORLOVA"),
    ("Приходил Vasil'ev Oleg с доверенностью", "Vasil'ev"),
    ("Сим-карту получил Tkachenko, сын абонента", "Tkachenko"),
], ids=["after-a-verb", "dative", "beside-its-cyrillic-spelling", "capitals-with-initials", "apostrophe-soft-sign",
        "enko"])
def test_a_russian_surname_in_latin_letters_after_a_russian_cue_is_a_surname(redactor, text, surname):
    assert any(surname in found for found in _people(redactor, text))


@pytest.mark.parametrize("text", [
    "Клиент звонил в Samsung по гарантии",
    "Купил Porsche и просит номер покрасивее",
    "Заявка от Goldman Sachs на корпоративный тариф",
    "Абонент работает в Sobolev Tech, просит счёт на юрлицо",
    "Роутер Huawei не видит сим-карту",
    "Приложение Yandex Plus списывает деньги",
    "Офис в Moscow City, второй этаж",
    "Клиент переехал в Rostov, просит сменить регион",
], ids=["brand", "brand-known-surname", "bank", "company-with-a-surname", "device", "service", "place", "town"])
def test_a_latin_brand_or_organisation_amid_russian_text_stays_visible(redactor, text):
    assert not [found for found in _people(redactor, text) if any(ch.isascii() and ch.isalpha() for ch in found)]


_SURNAMES = st.sampled_from(["Иванов", "Кузнецов", "Соколов", "Лебедев", "Морозов", "Волков", "Фёдоров", "Никитин",
                             "Сорокин", "Белоусов", "Гусев", "Комаров", "Борисов", "Зайцев", "Павленко", "Бондаренко"])
_CUES = st.sampled_from(["Звонил {}, просил перезвонить", "Перезвонить {} после обеда", "Номер ранее принадлежал {}",
                         "Заявку оформлял {} в салоне", "Договорились с {} на завтра"])
_CUE_CASES = {"Звонил {}, просил перезвонить": "nom", "Перезвонить {} после обеда": "dat",
              "Номер ранее принадлежал {}": "dat", "Заявку оформлял {} в салоне": "nom",
              "Договорились с {} на завтра": "ins"}


@settings(max_examples=40, deadline=None)
@given(surname=_SURNAMES, cue=_CUES, female=st.booleans(), capitals=st.booleans())
def test_any_russian_surname_in_latin_letters_in_any_case_after_a_russian_cue_is_hidden(redactor, surname, cue,
                                                                                        female, capitals):
    declined = decline_surname(surname, female, _CUE_CASES[cue])
    latin = translit(declined).capitalize()
    latin = latin.upper() if capitals else latin
    text = cue.format(latin)
    assert latin not in redactor.redact(text).text
