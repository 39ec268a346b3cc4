"""In lowercase text an ordinary word at a name's edge is no part of it (issue 15, PERSON precision on lowercase and
speech-to-text text): an attribute before the name ("восьмилетний федя колосов") or the next phrase's word after it
("вероники поступление", "арсен дадаев абсолютным чемпионом") — a word no parse reads as a name part, without a
surname's ending, that the tagger does not call a name and that is no noun agreeing with the name word beside it.
A noun that agrees stays, as the surname it may be ("виктор кабан", "петька кот")."""
from __future__ import annotations

import pytest

from conftest import person_names as names


@pytest.mark.parametrize("text, name", [
    ("лучшим болельщиком турнира признан восьмилетний федя колосов который не пропустил ни одной игры", "федя колосов"),
    ("глава района виталий снегирев в планах вероники поступление в пекин", "вероники"),
    ("до девяносто пять килограммов победил арсен дадаев абсолютным чемпионом стал ветеран", "арсен дадаев"),
])
def test_an_ordinary_word_at_a_lowercase_names_edge_is_not_part_of_it(person_redactor, text, name):
    assert name in names(person_redactor, text)


@pytest.mark.parametrize("text, name", [
    ("в весе до восьмидесяти килограммов победил виктор кабан", "виктор кабан"),
    ("соседский мальчишка петька кот учил меня ловить рыбу", "петька кот"),
    ("вчера сергей капков сказал журналистам", "сергей капков"),
    ("звонила лариса петровна сорока", "лариса петровна сорока"),
])
def test_an_ordinary_noun_agreeing_with_the_name_beside_it_stays_its_surname(person_redactor, text, name):
    assert any(name in found for found in names(person_redactor, text))


@pytest.mark.parametrize("text, name", [
    ("полиция разыскивает артёма сергеевича долгих две тысячи девятого года рождения", "артёма сергеевича долгих"),
    ("о марии кирилловне шпак вспоминают как о первой женщине", "марии кирилловне шпак"),
])
def test_a_word_after_a_patronymic_stays_the_surname_whatever_it_reads_as(person_redactor, text, name):
    assert any(name in found for found in names(person_redactor, text))
