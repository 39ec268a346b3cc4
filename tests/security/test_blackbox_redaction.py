"""The black-box red team's findings against the redactor (/work/blind/bb FINDINGS H4, M10–M14, L6–L12): each the
text the team sent, and the value that must not survive redaction. At first contact 12 of the 13 leaked (M13 lost
its passport, kept the name). A finding not mended yet is a strict xfail whose reason starts with "LEAK"."""
from __future__ import annotations

import pytest

from guard.engine import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _left(redactor: Redactor, text: str, *values: str) -> list[str]:
    out = redactor.redact(text).text
    return [value for value in values if value in out]


def test_a_spoken_self_correction_never_unmasks_the_digits_around_it(redactor):
    # H4: the corrected reading ("8 9 1 2 3 45 67") is too short for a phone; the reading keeping every digit is one
    text = "номер восемь девять один шесть ой нет один два три сорок пять шестьдесят семь"
    assert _left(redactor, text, "восемь", "девять", "шесть", "сорок пять", "шестьдесят семь") == []


def test_digits_dictated_in_english_are_read_as_digits(redactor):
    # M14: "nine" was tagged PERSON and the other nine digits stayed
    out = redactor.redact("call me at nine one six one two three four five six seven").text
    assert out == "call me at <PHONE_NUMBER>"


def test_digits_dictated_in_ukrainian_are_read_as_digits(redactor):
    # L12
    text = "вісім дев'ятсот шістнадцять сто двадцять три сорок п'ять шістдесят сім"
    assert _left(redactor, text, "вісім", "дев'ятсот", "шістнадцять", "двадцять три", "сорок п'ять") == []


def test_html_entities_are_read_as_the_characters_they_encode(redactor):
    # L9
    text = "Клиент &#1048;&#1074;&#1072;&#1085;&#1086;&#1074;; тел &#56;&#57;&#49;&#54;1234567"
    assert _left(redactor, text, "&#1048;", "&#56;&#57;", "1234567") == []


def test_percent_escapes_are_read_as_the_characters_they_encode(redactor):
    # L10
    text = "Клиент %D0%98%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2 тел 8%20916%20123%2045%2067"
    assert _left(redactor, text, "%D0%98%D0%B2", "916%20123", "%2067") == []


def test_a_percent_sign_or_ampersand_that_encodes_nothing_stays_as_written():
    from guard.normalize import normalize
    assert normalize("скидка 50% & бонус, 100%ок, %zz").text == "скидка 50% & бонус, 100%ок, %zz"


def test_an_email_typed_with_spaces_around_its_dots_is_one_address(redactor):
    # M11
    assert redactor.redact("petr . ivanov @ mail . ru").text == "<EMAIL_ADDRESS>"


def test_the_sentence_after_an_email_is_not_part_of_it(redactor):
    assert redactor.redact("пишите на petr.ivanov@mail.ru. Спасибо").text == "пишите на <EMAIL_ADDRESS>. Спасибо"


def test_a_number_dictated_in_pieces_chained_by_then_is_one_number(redactor):
    # M10
    text = "номер начинается на 916, потом 123, в конце 4567"
    assert _left(redactor, text, "916", "123", "4567") == []


def test_pieces_chained_by_then_stay_two_numbers_when_no_kind_reads_them_as_one(redactor):
    assert redactor.redact("приходите в 10, потом в 12").text == "приходите в 10, потом в 12"


@pytest.mark.parametrize("text, spelled", [
    ("клиент И в а н о в  П ё т р", "И в а н о в"),  # L6
    ("фамилия И.в.а.н.о.в", "И.в.а.н.о.в"),  # L7
])
def test_a_name_spelled_letter_by_letter_is_read_as_the_name(redactor, text, spelled):
    assert _left(redactor, text, spelled, "П ё т р") == []


def test_one_letter_words_in_a_row_are_not_read_as_a_spelling():
    from guard.normalize import normalize
    assert normalize("я и в о не").text == "я и в о не"


def test_a_token_that_decodes_as_base64_is_also_read_decoded(redactor):
    # L11
    assert redactor.redact("тел ODkxNjEyMzQ1Njc=").text == "тел <PHONE_NUMBER>"


def test_a_base64_reading_is_one_more_reading_never_instead_of_the_written_one():
    from guard.normalize import readings
    assert [r.text for r in readings("тел ODkxNjEyMzQ1Njc=")] == ["тел ODkxNjEyMzQ1Njc=", "тел 89161234567"]


@pytest.mark.parametrize("text, name", [
    ("Customer John Smith, passport 4505 678901", "Smith"),  # M13
    ("Customer John Smith called back", "John"),
    ("Mr. Brown called", "Brown"),
])
def test_a_capitalised_name_after_an_english_role_word_is_a_name(redactor, text, name):
    assert _left(redactor, text, name, "678901") == []


def test_an_english_role_word_before_an_ordinary_word_names_nobody(redactor):
    assert redactor.redact("customer service called").text == "customer service called"


def test_an_abbreviated_city_and_a_bare_street_with_its_house_is_an_address(redactor):
    # M12: mended by bb5 11 ("адр:" is an address cue)
    assert _left(redactor, "адр: мск, тверская 5-12", "тверская", "5-12") == []


def test_a_passport_typed_with_look_alike_letters_is_a_passport(redactor):
    # L8: mended on main (guard/normalize lookalike_pieces)
    assert _left(redactor, "паспорт 45 O5 67S9O1", "67S9O1", "45 O5") == []


@pytest.mark.xfail(strict=True, reason="LEAK (seen through L9): a lone surname after 'Клиент' before 'тел' is left to "
                                       "natasha, which finds 'Петров' there and not 'Иванов'")
def test_a_surname_after_a_customer_cue_is_a_name_whatever_follows(redactor):
    assert _left(redactor, "Клиент Иванов тел 89161234567", "Иванов") == []
