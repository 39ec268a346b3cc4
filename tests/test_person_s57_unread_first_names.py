"""Stop 57, issue 15: a first name the dictionary does not read as one, right before a surname or a patronymic found
(recognizers/person.py: _an_unread_first_name, _a_patronymics_first_name, _before_its_patronymic).

Buryat, Tuvan, Mongolian and Yakut given names are words pymorphy2 does not know («Солбон», «Эрдэни») or knows as
something else («Дарима» is a short participle of «дарить»). The surname beside them was masked and the first name
left showing — a name half hidden is a name that leaks (the sets count it a miss).

- Speech: an unknown word right before a found surname, agreeing with it, is its first name.
- Writing: a word capitalised inside a sentence right before a found surname is (the capital is the writer's); a
  word that opens the sentence, a place or a body is not.
- Either: a noun or a short participle right before a patronymic is the first name of that patronymic.

The rule only widens a name already found: nothing is read as a name that was not before.
"""
from __future__ import annotations

import pytest

from conftest import person_masked, person_names, value_hidden


@pytest.mark.parametrize("text, word", [
    ("У микрофона Дарима Лхасаранова, в студии тихо.", "Дарима"),
    ("Судила схватку Дарима Очирова из Агинского.", "Дарима"),
])
def test_a_word_capitalised_inside_a_sentence_before_a_surname_is_its_first_name(person_redactor, text, word):
    assert person_masked(person_redactor, text, word), person_names(person_redactor, text)


@pytest.mark.parametrize("text, word", [
    ("Письмо прислала Дарима Цыреновна Аюшеева, мама борца.", "Дарима"),
    ("Вчера Дарима Цыреновна позвонила тренеру.", "Дарима"),
    ("и спасибо за выдержку дарима батоцыреновна аюшеева мама борца", "дарима"),
])
def test_a_noun_or_participle_before_a_patronymic_is_its_first_name(person_redactor, text, word):
    assert person_masked(person_redactor, text, word), person_names(person_redactor, text)


@pytest.mark.parametrize("text, word", [
    ("второй пришла кобыла под солбоном будаевым а третьим буланко", "солбоном"),
])
def test_an_unknown_word_said_before_a_surname_is_its_first_name(person_redactor, text, word):
    assert person_masked(person_redactor, text, word), person_names(person_redactor, text)


@pytest.mark.parametrize("text, name", [
    ("Вчера Иванов позвонил в клуб.", "Иванов"),          # the sentence's capital, an adverb
    ("В Кяхте Цыренов выиграл.", "Цыренов"),              # a place before the surname
    ("На Кубке России Цыренов взял золото.", "Цыренов"),  # a place's word, capitalised inside the sentence
])
def test_no_word_that_opens_the_sentence_or_names_a_place_joins_the_name(person_redactor, text, name):
    assert person_names(person_redactor, text) == [name]


@pytest.mark.parametrize("text", [
    "Вчера Дарима Цыреновна позвонила тренеру.",
    "второй пришла кобыла под солбоном будаевым а третьим буланко",
    "У микрофона Дарима Лхасаранова, в студии тихо.",
])
def test_widening_never_drops_the_surname_or_patronymic_found(person_redactor, text):
    """Fail closed: the words found before the widening stay masked."""
    for word in ("Цыреновна", "будаевым", "Лхасаранова"):
        if word in text:
            assert person_masked(person_redactor, text, word), person_names(person_redactor, text)


# Review of stop 57 (H3): a widening never drops a name. The word before a found surname joined it, and when that word
# was a station's, street's or lane's name after its place word, the place filter dropped the widened span whole —
# surname, first name, patronymic and initials shown. Fail closed: a widening the place filter would drop is not made.
@pytest.mark.parametrize("text, value", [
    ("Дежурный по станции Мысовая Иванов Пётр Ильич сообщил о сбое базовой станции.", "Иванов"),
    ("Дежурный по станции Мысовая Иванов Пётр Ильич сообщил о сбое базовой станции.", "Ильич"),
    ("Начальник улицы Кедровая Зайцев просит связаться.", "Зайцев"),
    ("Жалоба от жителя переулка Ласточка Смирнов Алексей, перезвонить.", "Смирнов"),
    ("Со слов администратора станции Зелёная Орлов И. И. оплатил счёт.", "Орлов"),
    ("Начальник улицы Выдубичи Лебедева О.П. просит связаться.", "Лебедева"),
    ("начальник проспекта хужир иванов просит связаться.", "иванов"),
    ("со слов администратора станции выдубичи зайцев оплатил счёт.", "зайцев"),
    # variants: lowercase speech, other place words
    ("дежурный по станции мысовая иванов пётр ильич сообщил о сбое", "иванов"),
    ("начальник улицы кедровая зайцев просит связаться", "зайцев"),
    ("Жители проспекта Мегаполис Смирнов и Орлов жалуются.", "Смирнов"),
])
def test_a_surname_after_a_named_place_stays_masked(redactor, text, value):
    assert value_hidden(redactor, text, value), redactor.redact(text).text
