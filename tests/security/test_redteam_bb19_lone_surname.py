"""Red-team round bb19, f04 in part: a lone surname opening a sentence in any case is masked when every reading the
dictionary knows for the word is a person's (recognizers/person.py, `_only_a_persons_word`).

A capital letter at a sentence's start says nothing of a name, so a lone word there was kept as a surname only before
a value; "Павловой отказано в переоформлении" left the surname on screen. A word no common noun, adjective or verb
reads as — every reading a surname, a first name or a patronymic — is a name wherever it stands. A word that is only
plural ("Достоевские чтения") and a word with any common reading ("Зимой", "Мирная") stay. Our own phrasings.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.engine import default_redactor
from guard.recognizers.person import _only_a_persons_word

SURNAMES = ["Павловой", "Гусевой", "Ковалёвой", "Лебедевой", "Соколовой", "Кудрявцевой", "Зайнуллиной", "Павлову",
            "Гусеву", "Лебедеву"]
RESTS = ["отказано в переоформлении сим-карты.", "звонили дважды, не ответила.", "направлено уведомление о долге.",
         "передали новый договор на подпись.", "перезвонить после обеда."]


def _masked(text: str, word: str) -> bool:
    return word not in default_redactor().redact(text).text


@pytest.mark.parametrize("surname", SURNAMES)
def test_lone_surname_opening_a_sentence_in_an_oblique_case_is_masked(surname):
    assert _only_a_persons_word(surname)
    assert _masked(f"{surname} отказано в переоформлении.", surname)


@settings(max_examples=40, deadline=None)
@given(surname=st.sampled_from(SURNAMES), rest=st.sampled_from(RESTS),
       before=st.sampled_from(["", "Заявка закрыта. ", "Итог звонка: ", "Обращение 5. "]))
def test_lone_surname_whose_every_reading_is_a_persons_is_masked_wherever_the_sentence_opens(surname, rest, before):
    assert _masked(f"{before}{surname} {rest}", surname)


@pytest.mark.parametrize("surname", ["Шевчуковой", "Онищуковой", "Русаковой"])
def test_a_surname_the_dictionary_lacks_guessed_mostly_as_a_proper_name_is_masked_alone(surname):
    for text in (f"{surname} отказано в переоформлении.", f"Связались с {surname}, просит перезвонить."):
        assert _masked(text, surname), text


@pytest.mark.parametrize("text, word", [
    ("Достоевские чтения пройдут в мае.", "Достоевские"),
    ("Зимой звонили дважды.", "Зимой"),
    ("Мирная жизнь вернулась в посёлок.", "Мирная"),
])
def test_a_word_opening_a_sentence_with_a_common_or_only_plural_reading_stays(text, word):
    assert not _only_a_persons_word(word)
    assert not _masked(text, word)
