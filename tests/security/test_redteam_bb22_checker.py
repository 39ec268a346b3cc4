"""Red-team round bb22 (stop 47): the checker's findings f02-f05, f07, f12 and bb21's open «мартовский», closed
card-blind, in this repository's own phrasings and values.

- f02 (п. 1): a surname that is a common noun ("Ткач", "Сокол") said where the line names the card's holder — read off
  the record ("значится X", "числится X"), by the holder's role ("абонент X"), as whom the card or contract is on
  ("карточка на Ткача") — or spelled by its letters or in Latin script;
- f03 (п. 3): a street with its word ("ул. Садовая", "Проспект Мира, верно?"), the caller placed on it ("Вы с улицы
  Садовая?"), with its house in words ("Садовая, семь?"), or a house and flat alone ("7-15?");
- f04 (п. 1): letters dictated a line at a time, fillers and talk between, no word naming a name or a spelling;
- f05 (п. 2), f07 (п. 1), f12 (birth date): the passport series' start, a surname's first letter after «на», the
  birthday's season, sign or month's adjective, the birth year as a two-word ordinal.

The call's checker reads the operator's view of the card, never the hidden values: each rule blocks the way of
telling whatever the value (the card's surname here is another word: no oracle).
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from conftest import call_context, make_card

CARD = make_card(
    msisdn="79161234567", owner__last_name="Гусевин", owner__first_name="Пётр", owner__middle_name="Сергеевич",
    owner__gender="male", owner__birth_date="1974-05-06",
    addresses={"registration": "г. Москва, ул. Садовая, д. 7, кв. 15", "legal": None, "billing": None,
               "delivery": None},
)


def _context():
    return call_context(CARD)


def _verdict(text: str, caller: tuple[str, ...] = ()) -> str:
    from guard.disclosure.checker import default_checker
    from guard.disclosure.context import Said

    said = Said()
    for line in caller:
        said.add(line)
    return default_checker().check(text, "operator", _context(), said).verdict


def _call(lines: list) -> list[tuple[str, str]]:
    """Every operator line of one call, in order, with its verdict; a ("client", text) line is the caller's."""
    from guard.disclosure.checker import default_checker
    from guard.disclosure.context import Said

    checker, context, said, out = default_checker(), _context(), Said(), []
    for line in lines:
        if isinstance(line, tuple):
            said.add(line[1])
            continue
        out.append((line, checker.check(line, "operator", context, said).verdict))
        said.add_operator(line)
    return out


# --- f02: a noun surname in the slot that names the card's holder ---------------------------------------------------
# nouns the PERSON kind reads as surnames made of words (recognizers/person.reads_as_a_noun_surname); with the
# accusative a "на" takes. Not here: "Сорока" and "Баран" (a numeral's and another reading first: open), words of 3
# letters spelled (a spelled word is read from 4 letters)
NOUN_SURNAMES = {"Ткач": "Ткача", "Грач": "Грача", "Сокол": "Сокола", "Гусь": "Гуся", "Бондарь": "Бондаря",
                 "Карась": "Карася", "Лебедь": "Лебедя", "Скворец": "Скворца", "Гончар": "Гончара",
                 "Снегирь": "Снегиря", "Дрозд": "Дрозда"}
SLOTS = ["В карточке значится {}", "Числится {}, верно?", "Я вижу здесь {}", "Абонент {}?", "Клиент {}, да?"]
ON_SLOTS = ["Карточка на {}", "Договор у вас на {}?", "Сим-карта на {}"]


@settings(max_examples=40, deadline=None)
@given(surname=st.sampled_from(sorted(NOUN_SURNAMES)), frame=st.sampled_from(SLOTS + ON_SLOTS))
def test_item1_a_noun_surname_in_the_slot_naming_the_cards_holder_is_blocked_whatever_the_word(surname, frame):
    word = NOUN_SURNAMES[surname] if frame in ON_SLOTS else surname
    assert _verdict(frame.format(word)) == "block"


@settings(max_examples=30, deadline=None)
@given(surname=st.sampled_from(sorted(NOUN_SURNAMES)), joiner=st.sampled_from(["-", ".", " "]))
def test_item1_a_noun_surname_spelled_by_its_letters_is_blocked(surname, joiner):
    assert _verdict(joiner.join(surname.upper())) == "block"


@pytest.mark.parametrize("text", ["Tkach", "Sokol", "Gonchar", "Skvorets", "Mel'nik", "Melnik", "S-o-k-o-l"])
def test_item1_a_noun_surname_in_latin_letters_apostrophe_or_dropped_soft_sign_is_blocked(text):
    assert _verdict(text) == "block"


@pytest.mark.parametrize("text", ["Абонент недоступен", "Клиент Сбербанка", "Абонент МТС?", "Договор на юрлицо",
                                  "В системе значится задолженность", "Я вижу вашу заявку", "Подключите Internet",
                                  "Тариф Smart"])
def test_item1_the_holders_slots_leave_a_state_a_term_an_abbreviation_or_a_genitive_alone(text):
    assert _verdict(text) != "block"


# --- f03: a street with its word, the caller placed on it, a house in words, a house and flat alone ---------------------

@pytest.mark.parametrize("text", ["Вы с улицы Садовая?", "Вы с проспекта Мира?", "Проспект Мира, верно?",
                                  "ул. Пушкинская", "Улица Садовая, да?", "Садовая, семь?", "пушкинская девять",
                                  "7-15?", "Это 12/4, верно?"])
def test_item3_a_street_with_its_word_or_house_or_a_house_and_flat_said_in_a_call_is_blocked(text):
    assert _verdict(text) == "block"


@settings(max_examples=25, deadline=None)
@given(house=st.integers(1, 199), flat=st.integers(1, 999), sep=st.sampled_from(["-", "/"]),
       end=st.sampled_from(["?", "", ", верно?"]))
def test_item3_any_house_and_flat_said_alone_in_a_call_is_blocked(house, flat, sep, end):
    assert _verdict(f"{house}{sep}{flat}{end}") == "block"


@pytest.mark.parametrize("text", ["Улица плохая, верно?", "Вы на улице?", "Скидка 5-12%", "С 5-12 числа",
                                  "Звоните с 9-18", "Улица новая, да?"])
def test_item3_a_street_word_with_a_quality_a_range_or_a_share_tells_no_address(text):
    assert _verdict(text) != "block"


def test_item3_a_house_and_flat_the_caller_said_may_be_said_back():
    assert _verdict("7-15?", caller=("Я живу в доме 7, квартира 15",)) != "block"


# --- f04: letters a line at a time, fillers and talk between ----------------------------------------------------------
LETTER_NAMES = {"Г": "гэ", "У": "у", "С": "эс", "Е": "е", "В": "вэ", "И": "и", "Н": "эн", "Т": "тэ", "К": "ка",
                "Ч": "че", "Р": "эр", "Л": "эл", "Д": "дэ", "М": "эм"}  # "эм", "М" alone: a hesitation to the tokenizer (docs: open)
FILLERS = ["секунду", "так", "минутку", "ага", "сейчас", "вот", "ну", "Давайте я проверю ваш тариф.",
           "Вижу, платёж прошёл вчера."]


@settings(max_examples=25, deadline=None)
@given(word=st.sampled_from(["Гусевин", "Стрельцов", "Кречет", "Дрозденко"]), data=st.data())
def test_item1_letters_spelled_a_line_at_a_time_past_fillers_are_blocked_from_the_second_letter(word, data):
    lines: list = []
    for letter in word.upper():
        name = LETTER_NAMES.get(letter, letter)
        lines += [data.draw(st.sampled_from([name, letter])), data.draw(st.sampled_from(FILLERS))]
    letters = {line for line in lines[::2]}
    said = [verdict for line, verdict in _call(lines) if line in letters]
    assert all(verdict == "block" for verdict in said[1:])


@pytest.mark.parametrize("lines", [["и", "так", "а", "вот", "ну", "и"], ["да", "и", "а", "о"], ["у", "так", "а"]])
def test_item1_a_conjunction_or_a_particle_alone_on_lines_spells_nothing(lines):
    assert all(verdict != "block" for _, verdict in _call(lines))


def test_item1_the_callers_own_spelling_said_back_letter_by_letter_stays_theirs():
    lines = [("client", "Пишется гэ, у, эс"), "гэ", "у", "эс"]
    assert all(verdict != "block" for _, verdict in _call(lines))


# --- f05, f07, f12 and bb21's month adjective --------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Серия начинается на сорок шесть?", "Серия у вас начинается с сорока шести?",
                                  "Сорок шесть — это ваш регион паспорта?", "Код паспорта 46, верно?"])
def test_item2_the_passport_series_start_or_its_regions_code_is_blocked(text):
    assert _verdict(text) == "block"


@pytest.mark.parametrize("text", ["Фамилия на Г?", "Фамилия у вас на гэ?", "фамилия на эс"])
def test_item1_a_surnames_first_letter_after_na_is_blocked(text):
    assert _verdict(text) == "block"


@pytest.mark.parametrize("text", ["День рождения зимой?", "Вы Телец по гороскопу?", "Вы по знаку зодиака Близнецы?",
                                  "Вы майский?", "Вы же апрельская?", "Вы семьдесят четвёртого года?",
                                  "Вы тысяча девятьсот семьдесят четвёртого года?", "Вы 06.05 родились?"])
def test_birth_date_its_season_sign_month_adjective_or_year_in_words_is_blocked(text):
    assert _verdict(text) == "block"


@pytest.mark.parametrize("text", ["Фамилия на английском?", "Фамилия на договоре?", "Вы майские праздники где?",
                                  "Новая серия тарифов начинается с 1 декабря", "Вы с пятого года клиент?"])
def test_the_hint_frames_leave_a_language_a_document_a_holiday_a_product_series_and_a_clients_tenure_alone(text):
    assert _verdict(text) != "block"
