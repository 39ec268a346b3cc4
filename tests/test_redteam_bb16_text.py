"""Red team bb16, the text redactor's findings (05, 10, 15, 06, 07, 19, 13, 14, 04, 08, 16): each kind's one definition
read further — a phone's national print, number words glued by ASR, a wait's duration that is no value, a street named
by its form after a town, a patronymic anchoring its neighbours, a citizen's abbreviation, a key that names a name in
any syntax, and the neighbours' own words. Phrasings of our own beside the attack's; hard negatives in the same shapes."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.engine import Redactor
from guard.normalize import normalize
from guard.recognizers.phone import written_as_a_phone


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _hidden(redactor, text: str, value: str) -> bool:
    return value.lower() not in redactor.redact(text).text.lower()


# --- 05: a phone written in a national plan's print -----------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("телефон 8 (029) 123-45-67", "123-45-67"),  # the attack's
    ("мой номер 8-029-123-45-67", "123-45-67"),
    ("тел 0 (44) 123 45 67", "123 45 67"),
    ("Контактный телефон: 8 (033) 765-43-21, звонить вечером", "765-43-21"),  # ours
    ("номер 8-044-765-43-21", "765-43-21"),
    ("звоните 8 (017) 300-20-10", "300-20-10"),
])
def test_phone_a_national_print_after_its_cue_is_masked_whole(redactor, text, value):
    assert _hidden(redactor, text, value), redactor.redact(text).text


@pytest.mark.parametrize("text", ["номер заявки 8-029-123-45-67", "номер 1-2-3-4"])
def test_phone_a_print_after_a_requests_number_or_too_short_is_no_phone(redactor, text):
    assert not any(e.type == "PHONE_NUMBER" for e in redactor.redact(text).entities), redactor.redact(text).text


def test_phone_written_as_a_phone_reads_brackets_and_dashes_only():
    assert written_as_a_phone("8 (029) 123-45-67") and written_as_a_phone("8-029-123-45-67")
    assert not written_as_a_phone("8 029 123 45 67") and not written_as_a_phone("123-45")


# --- 15: number words glued by speech-to-text -----------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("тел: восемьдевятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь", "сорок пять"),  # the attack's
    ("номер восемь девятьсот шестнадцатьсто двадцать три сорок пять шестьдесят семь", "сорок пять"),
    ("запишите мой мобильный девятьсотдвадцать шесть триста сорок один двадцать два ноль пять", "двадцать два"),  # ours
])
def test_spoken_phone_with_number_words_glued_by_asr_is_masked(redactor, text, value):
    assert _hidden(redactor, text, value), redactor.redact(text).text


def test_glued_number_words_read_as_the_words_said_one_after_another():
    def digits(text: str) -> str:
        return normalize(text).text.replace(" ", "")

    assert digits("восемьдевятьсот шестнадцать") == digits("восемь девятьсот шестнадцать") == "8916"
    assert digits("шестнадцатьсто двадцать") == digits("шестнадцать сто двадцать") == "16120"
    # a word of the table is read whole, not as two: "триста" is 300, "пятидесяти" 50
    assert normalize("триста рублей").text == "300 рублей"


_WORDS = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, 9), min_size=2, max_size=4), st.integers(0, 2))
def test_gluing_two_digit_words_changes_no_digit(digits, at):
    """A property: digits said one by one read the same when ASR glues two neighbouring words."""
    words = [_WORDS[d] for d in digits]
    at = min(at, len(words) - 2)
    glued = words[:at] + [words[at] + words[at + 1]] + words[at + 2:]
    assert normalize(" ".join(glued)).text.replace(" ", "") == normalize(" ".join(words)).text.replace(" ", "")


# --- 10: a number dictated across turns, a listener's remark or "так, номер" between ---------------------------------

_REMARK = "подождите, у меня система зависла, одну секунду, сейчас всё будет, продолжайте пожалуйста"


@pytest.mark.parametrize("turns, values", [
    ([("operator", "ваш паспорт"), ("client", "сорок пять ноль пять"), ("operator", "так, номер"),
      ("client", "шестьсот семьдесят восемь"), ("operator", "ага"), ("client", "девятьсот один")],
     ["шестьсот семьдесят восемь", "девятьсот один"]),  # the attack's
    ([("operator", "ваш паспорт"), ("client", "сорок пять"), ("operator", _REMARK),
      ("client", "ноль пять шестьсот семьдесят восемь девятьсот один")], ["шестьсот семьдесят восемь"]),
    ([("operator", "диктуйте телефон"), ("client", "восемь девятьсот двадцать шесть"),
      ("operator", "минутку, окно не грузится, пару минут"), ("client", "триста сорок один"),
      ("operator", "да"), ("client", "двадцать два ноль пять")], ["триста сорок один", "двадцать два ноль пять"]),  # ours
])
def test_dictation_goes_on_across_a_remark_with_a_waits_duration_and_a_hesitation_before_the_number_word(
        redactor, turns, values):
    shown = " | ".join(result.text for result in redactor.redact_dialogue(turns))
    assert not any(value in shown for value in values), shown


def test_dictation_a_wait_counted_in_seconds_is_no_value_but_a_number_said_between_still_parts():
    from guard.dialogue import is_aside
    assert is_aside("подождите, одну секунду, система думает")
    assert not is_aside("подождите, у меня тут 45 05")


# --- 06: a street without its word after a town ---------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Москва, Тверская 5", "Тверская 5"),  # the attack's
    ("Москва, 125009, Тверская 5", "125009"),
    ("адрес доставки: 125009 Москва Тверская 5 12", "125009"),
    ("Новый адрес клиента: Казань, Садовая 12", "Садовая 12"),  # ours
    ("Самара, Ленина 40", "Ленина 40"),
])
def test_address_town_then_a_street_named_by_its_form_and_a_house_is_masked(redactor, text, value):
    assert _hidden(redactor, text, value), redactor.redact(text).text


@pytest.mark.parametrize("text", ["Москва, Тверская 5 минут", "Казань, Новая 3 шт", "Москва, Динамо 3:1"])
def test_address_a_count_or_a_score_after_the_town_is_no_address(redactor, text):
    assert not any(e.type == "ADDRESS" for e in redactor.redact(text).entities), redactor.redact(text).text


# --- 07: ordinary-word names inside a full name ---------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Клиент Мороз Зима Сергеевна, д.р. 01.01.1990", "Зима"),  # the attack's
    ("Клиентка Весна Петровна Лис", " Лис"),
    ("Заявитель: Роза Андреевна Сорока", "Сорока"),  # ours
    ("Передать Соловей Мир Олегович", "Мир"),
])
def test_full_name_a_patronymic_anchors_its_neighbours(redactor, text, value):
    assert _hidden(redactor, text, value), redactor.redact(text).text


# --- 19: "гр." and apostrophe surnames ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("звонил гр. Заяц", "Заяц"), ("звонила гр-ка Сорока", "Сорока"),  # the attack's
    ("со слов гр-на Волк, счёт не оплачен", "Волк"),  # ours
    ("Mr. O'Connor", "Connor"), ("Ms. Anna O'Neill", "Neill"), ("Contact: Priya D'Souza", "Souza"),
])
def test_person_after_a_citizens_abbreviation_and_with_an_apostrophe_is_masked(redactor, text, value):
    assert _hidden(redactor, text, value), redactor.redact(text).text


def test_person_grams_are_no_citizen(redactor):
    assert not any(e.type == "PERSON" for e in redactor.redact("вес 5 гр. Сахар").entities)


# --- 13, 14: a key that names a name, in any key syntax -------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Surname: KUZNETSOV", "KUZNETSOV"),  # the attack's
    ("SURNAME KUZNETSOV GIVEN NAMES IVAN", "KUZNETSOV"),
    ("ФАМИЛИЯ/SURNAME VOROBEV/ВОРОБЬЁВ", "VOROBEV"),
    ("intent: identify; slots: {surname: 'воробьёв', passport: '4505678901'}", "воробьёв"),
    ('slot.surname="воробьёв"', "воробьёв"),
    ("bot.slots.last_name = 'синица'", "синица"),  # ours
    ("ctx={familiya: \"Гусь\"}", "Гусь"),
])
def test_name_field_key_names_a_name_in_any_syntax(redactor, text, value):
    assert _hidden(redactor, text, value), redactor.redact(text).text


@pytest.mark.parametrize("text", ["ФИО КЛИЕНТА", "фамилия: не указана"])
def test_name_field_a_label_or_an_empty_value_is_no_name(redactor, text):
    assert not any(e.type == "PERSON" for e in redactor.redact(text).entities), redactor.redact(text).text


# --- 04, 08, 16: the neighbours' languages --------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Жеке куәлік нөмірі 041234567", "041234567"),  # the attack's
    ("Ұлттық куәлік № 041234567, ЖСН 900101300123", "041234567"),
    ("Пашпорт AA1234567", "AA1234567"),
    ("shaxs guvohnomasi raqami AD1234567", "AD1234567"),  # ours
    ("ტელ 599123456", "599123456"),
    ("ტელეფონი: 599123456", "599123456"),
    ("მობ. 599 12 34 56", "599 12 34 56"),
    ("telefonim sakkiz to'qqiz yuz o'n olti bir yuz yigirma uch qirq besh oltmish yetti", "yigirma uch"),
    ("telefon raqamim to‘qqiz o‘n bir yuz yigirma uch qirq besh oltmish yetti", "qirq besh"),
])
def test_neighbours_document_and_phone_words_in_their_own_language(redactor, text, value):
    assert _hidden(redactor, text, value), redactor.redact(text).text


def test_neighbours_uzbek_latin_numbers_need_two_words():
    from guard.normalize import other_language_numbers
    assert other_language_numbers("sakkiz to'qqiz yuz o'n olti").text == "8 916"
    assert other_language_numbers("I have one bir on the uch").text == "I have one bir on the uch"
