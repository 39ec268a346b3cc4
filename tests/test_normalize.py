"""Specification of the spoken-number normalizer: what becomes digits, how numbers group, how offsets map back."""
from __future__ import annotations

import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from guard.normalize import NormalizedText, may_hold_ascii_number_words, normalize_numbers


def normalized(text: str) -> str:
    return normalize_numbers(text).text


# --- composition --------------------------------------------------------------------------------

def test_hundreds_and_tens_compose_into_one_number():
    assert normalized("девятьсот шестнадцать") == "916"
    assert normalized("сто двадцать три") == "123"
    assert normalized("двадцать один") == "21"


def test_thousands_compose_with_the_rest_of_a_year():
    assert normalized("тысяча девятьсот восемьдесят пятого") == "1985"
    assert normalized("две тысячи пятого") == "2005"
    assert normalized("две тысячи двадцать четвёртого") == "2024"


def test_a_masculine_one_or_two_before_thousand_is_a_group_of_its_own():
    # "тысяча" is feminine: "одна тысяча", "две тысячи". "один тысяча один" is digits said in groups — 1, then 1001 —
    # and reading it as 1001 loses a digit (a number's pseudonym then differs from its written form's).
    assert normalized("ноль ноль один тысяча один") == "0 0 1 1001"
    assert normalized("два тысячи") == "2 1000"
    assert normalized("одна тысяча девятьсот") == "1900"
    assert normalized("двадцать одна тысяча") == "21000"


def test_lower_then_higher_magnitude_starts_new_group():
    spoken = "восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь"
    assert normalized(spoken) == "8 916 123 45 67"


def test_zero_never_composes():
    assert normalized("ноль пять") == "0 5"
    assert normalized("сорок пять ноль пять") == "45 0 5"


def test_digit_by_digit_stays_digit_by_digit():
    assert normalized("девять один шесть") == "9 1 6"


def test_same_magnitude_twice_starts_new_group():
    assert normalized("двадцать двадцать") == "20 20"
    assert normalized("сто сто") == "100 100"


def test_units_compose_only_after_tens_twenty_to_ninety():
    assert normalized("двадцать пять") == "25"
    assert normalized("девяносто девять") == "99"
    assert normalized("десять пять") == "10 5"
    assert normalized("одиннадцать два") == "11 2"
    assert normalized("пятнадцать шесть") == "15 6"


def test_thousand_alone_is_one_thousand():
    assert normalized("тысяча") == "1000"
    assert normalized("тысяча пять") == "1005"


def test_millions_multiply_their_group():
    assert normalized("два миллиона триста тысяч сорок") == "2300040"


def test_bigger_multiplier_after_smaller_starts_new_group():
    assert normalized("пять тысяч два миллиона") == "5000 2000000"
    assert normalized("тысяча двести тысяч") == "1000 200000"


def test_an_ordinal_ends_its_number():
    assert normalized("двадцать пятого шестого") == "25 6"


def test_compound_ordinal_year_is_a_whole_number():
    assert normalized("в двухтысячном году") == "в 2000 году"


# --- word forms ---------------------------------------------------------------------------------

@pytest.mark.parametrize("spoken, digits", [
    ("пяти", "5"), ("пятью", "5"), ("двумя", "2"), ("тремя", "3"), ("сорока", "40"), ("ста", "100"),
    ("двухсот", "200"), ("пятидесяти", "50"), ("восьмьюдесятью", "80"), ("тысячи", "1000"),
    ("тысяч", "1000"), ("пятого", "5"), ("восьмидесятого", "80"), ("двухтысячного", "2000"),
    ("первое", "1"), ("тридцать первого", "31"), ("третьего", "3"), ("сотого", "100"),
    ("одна", "1"), ("одну", "1"), ("один", "1"), ("нулевого", "0"),
])
def test_every_case_and_ordinal_form_is_a_number(spoken, digits):
    assert normalized(spoken) == digits


def test_words_match_in_any_letter_case():
    assert normalized("Восемь ДЕВЯТЬСОТ шестнадцать") == "8 916"


def test_yo_and_ye_are_the_same_letter():
    assert normalized("трёх четвёртого") == normalized("трех четвертого") == "3 4"
    assert normalized("ЧЕТЫРЁХСОТ") == "400"


# --- dates, phones, documents -------------------------------------------------------------------

def test_ordinal_day_and_spoken_year_make_a_date():
    spoken = "двенадцатого марта тысяча девятьсот восьмидесятого года"
    assert normalized(spoken) == "12 марта 1980 года"


def test_plus_before_a_number_becomes_plus_sign():
    spoken = "плюс семь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь"
    assert normalized(spoken) == "+7 916 123 45 67"


def test_plus_without_a_number_after_it_stays_a_word():
    assert normalized("плюс минус") == "плюс минус"
    assert normalized("два плюс") == "2 плюс"
    assert not normalize_numbers("плюс с семью").changed


def test_plus_ends_the_number_before_it():
    assert normalized("двадцать плюс пять") == "20 +5"


def test_passport_series_and_number_keep_their_groups():
    spoken = "серия сорок пять ноль пять номер шестьсот семьдесят восемь девятьсот один"
    assert normalized(spoken) == "серия 45 0 5 номер 678 901"


def test_snils_and_card_dictation_keep_their_groups():
    snils = "снилс сто двадцать три четыреста пятьдесят шесть семьсот восемьдесят девять ноль один"
    assert normalized(snils) == "снилс 123 456 789 0 1"
    card = "карта четыре тысячи двести семьдесят шесть три восемь ноль ноль"
    assert normalized(card) == "карта 4276 3 8 0 0"


def test_a_long_dictation_is_normalized_whole():
    spoken = "девять " * 100_000
    result = normalize_numbers(spoken)
    assert result.text == "9 " * 100_000
    assert result.to_original(len(result.text) - 2, len(result.text) - 1) == (len(spoken) - 7, len(spoken) - 1)


def test_everything_that_is_not_a_number_word_is_kept_with_its_spacing():
    spoken = "мой  номер\tвосемь   девятьсот\nспасибо"
    assert normalized(spoken) == "мой  номер\t8   900\nспасибо"


def test_a_line_break_or_punctuation_ends_a_number():
    assert normalized("сто\nдвадцать") == "100\n20"
    assert normalized("сто, двадцать") == "100, 20"


# --- what stays as it is ------------------------------------------------------------------------

def test_written_text_with_digits_passes_through_unchanged():
    written = "Кл. Иванов П.С. просил перезвонить на 89161234567, д. 5, кв. 12"
    result = normalize_numbers(written)
    assert not result.changed
    assert result.text == written
    assert result.to_original(4, 10) == (4, 10)


def test_spoken_number_is_not_merged_into_adjacent_written_digits():
    assert normalized("восемь 916 сто двадцать три") == "8 916 123"
    assert normalized("сорок пять 67") == "45 67"


def test_multiplier_after_written_digits_stays_a_word():
    written = "оплатил 5 тысяч рублей"
    assert not normalize_numbers(written).changed
    assert normalized("пять тысяч") == "5000"


def test_raz_is_not_a_number():
    assert normalized("ещё раз") == "ещё раз"


def test_semyu_is_a_number_only_next_to_another_number_word():
    assert normalized("живу с семью") == "живу с семью"
    assert normalized("двадцать семью") == "27"


def test_neuter_and_oblique_forms_of_odin_are_numbers_only_next_to_another_number_word():
    assert normalized("одного из нас") == "одного из нас"
    assert normalized("одно и то же") == "одно и то же"
    assert normalized("сто одно") == "101"
    assert normalized("тридцать одного") == "31"


def test_old_cyrillic_letter_shapes_match_like_their_modern_letters():
    assert normalized("ᲀосемь сᲂрок") == "8 40"


def test_number_words_inside_other_words_or_hyphenated_stay():
    assert normalized("во-первых пятерка стопка") == "во-первых пятерка стопка"


def test_a_number_word_glued_to_the_digits_after_it_is_read_with_them():
    # red team bb12, 04: "сто5" is 105 as "сто пять" is (tests/test_glued_number_words_bb12.py)
    assert normalized("во-первых стопка сто5") == "во-первых стопка 105"


# --- offsets ------------------------------------------------------------------------------------

def test_span_of_digits_maps_to_the_spoken_words():
    original = "номер восемь девятьсот шестнадцать спасибо"
    result = normalize_numbers(original)
    assert result.text == "номер 8 916 спасибо"
    start = result.text.index("916")
    assert result.to_original(start, start + 3) == (original.index("девятьсот"), original.index(" спасибо"))


def test_span_touching_part_of_a_number_covers_the_whole_spoken_number():
    original = "год тысяча девятьсот восьмидесятый"
    result = normalize_numbers(original)
    assert result.text == "год 1980"
    assert result.to_original(5, 6) == (4, len(original))
    assert result.to_original(0, 5) == (0, len(original))


def test_text_after_a_replacement_keeps_its_offsets_shifted():
    original = "сто двадцать три да"
    result = normalize_numbers(original)
    assert result.to_original(4, 6) == (original.index("да"), len(original))


def test_plus_sign_maps_to_the_word_plus():
    original = "плюс семь"
    result = normalize_numbers(original)
    assert result.to_original(0, 1) == (0, len(original))


def test_out_of_range_spans_are_clamped_into_the_original():
    result = normalize_numbers("пять")
    assert result.to_original(-5, 100) == (0, 4)
    assert result.to_original(0, -1) == (0, 0)


def test_unchanged_text_maps_by_identity():
    result = NormalizedText("abc", "abc")
    assert not result.changed
    assert result.to_original(1, 2) == (1, 2)


# --- properties ---------------------------------------------------------------------------------

_UNITS = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
_TEENS = ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
          "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"]
_TENS = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
         "восемьдесят", "девяносто"]
_HUNDREDS = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот",
             "восемьсот", "девятьсот"]


def _below_thousand(n: int, feminine: bool = False) -> list[str]:
    words = [_HUNDREDS[n // 100]] if n >= 100 else []
    rest = n % 100
    if 10 <= rest < 20:
        return words + [_TEENS[rest - 10]]
    if rest >= 20:
        words.append(_TENS[rest // 10])
    if rest % 10:
        unit = rest % 10
        words.append({1: "одна", 2: "две"}[unit] if feminine and unit in (1, 2) else _UNITS[unit])
    return words


def russian_words(n: int) -> str:
    """An independent number-to-words writer (nominative), for round-trip checks."""
    if n == 0:
        return "ноль"
    thousands, rest = divmod(n, 1000)
    words: list[str] = []
    if thousands:
        last_two = thousands % 100
        if 10 <= last_two < 20 or last_two % 10 in (0, 5, 6, 7, 8, 9):
            noun = "тысяч"
        elif last_two % 10 == 1:
            noun = "тысяча"
        else:
            noun = "тысячи"
        words += _below_thousand(thousands, feminine=True) + [noun]
    return " ".join(words + _below_thousand(rest))


_ORDINAL_GENITIVE = {
    1: "первого", 2: "второго", 3: "третьего", 4: "четвертого", 5: "пятого", 6: "шестого",
    7: "седьмого", 8: "восьмого", 9: "девятого", 10: "десятого", 11: "одиннадцатого",
    12: "двенадцатого", 13: "тринадцатого", 14: "четырнадцатого", 15: "пятнадцатого",
    16: "шестнадцатого", 17: "семнадцатого", 18: "восемнадцатого", 19: "девятнадцатого",
    20: "двадцатого", 30: "тридцатого", 40: "сорокового", 50: "пятидесятого", 60: "шестидесятого",
    70: "семидесятого", 80: "восьмидесятого", 90: "девяностого", 100: "сотого", 900: "девятисотого",
}


def ordinal_genitive(n: int) -> str:
    """"тысяча девятьсот восемьдесят пятого" for 1985: cardinal words, the last one ordinal."""
    if n == 2000:
        return "двухтысячного"
    teen = 10 <= n % 100 < 20
    for last in (n % 100,) if teen else (n % 10, n % 100, n % 1000):
        if last and last in _ORDINAL_GENITIVE:
            head = russian_words(n - last) if n - last else ""
            return (head + " " + _ORDINAL_GENITIVE[last]).strip()
    raise ValueError(n)


_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"]


@given(st.integers(min_value=1, max_value=31), st.sampled_from(_MONTHS),
       st.integers(min_value=1900, max_value=2030))
def test_spoken_date_of_birth_becomes_day_month_year(day, month, year):
    spoken = f"родился {ordinal_genitive(day)} {month} {ordinal_genitive(year)} года"
    assert normalized(spoken) == f"родился {day} {month} {year} года"


# (no digit's noun here: "пятерка", "тройка" are digits beside another number word since bb4 F02)
_NON_NUMBER_WORDS = ["алло", "номер", "раз", "семья", "сотка", "пятак", "Москва", "договор",
                     "спасибо", "одинаково", "стол", "троица", "минус", "сорокин", "пятница"]


@given(st.integers(min_value=0, max_value=999_999))
def test_any_spoken_number_below_a_million_round_trips_to_its_digits(n):
    assert normalized(russian_words(n)) == str(n)


@given(st.lists(st.integers(min_value=0, max_value=9), min_size=1, max_size=12))
def test_digit_by_digit_dictation_round_trips_digit_by_digit(digits):
    spoken = " ".join(_UNITS[d] for d in digits)
    assert normalized(spoken) == " ".join(map(str, digits))


@given(st.lists(st.integers(min_value=0, max_value=999_999), min_size=1, max_size=5),
       st.sampled_from(_NON_NUMBER_WORDS))
def test_numbers_separated_by_other_words_keep_their_spans(numbers, separator):
    spoken_parts = [russian_words(n) for n in numbers]
    original = " ".join(f"{separator} {part}" for part in spoken_parts)
    result = normalize_numbers(original)
    assert re.findall(r"\d+", result.text) == [str(n) for n in numbers]
    position = 0
    for part, match in zip(spoken_parts, re.finditer(r"\d+", result.text)):
        # whole words only: "сто" also sits inside the separator "стол"
        position = re.compile(r"(?<!\w)" + re.escape(part) + r"(?!\w)").search(original, position).start()
        assert result.to_original(*match.span()) == (position, position + len(part))
        position += len(part)


@given(st.integers(min_value=0, max_value=999_999), st.sampled_from(["upper", "title", "lower"]))
def test_letter_case_does_not_change_the_number(n, case):
    assert normalized(getattr(russian_words(n), case)()) == str(n)


_number_or_noise = st.one_of(
    st.sampled_from(_UNITS + _TEENS + _TENS[2:] + _HUNDREDS[1:] + ["тысяча", "тысяч", "плюс", "семью",
                                                                    "одного", "пятого", "Двухтысячного",
                                                                    "ᲀосемь", "ТРЁХ"]),
    st.sampled_from(_NON_NUMBER_WORDS),
    st.text(max_size=6),
)


@settings(max_examples=200)
@given(st.lists(st.tuples(_number_or_noise, st.sampled_from([" ", "  ", "\n", ", ", "-", ""])), max_size=12),
       st.data())
def test_any_span_of_the_normalized_text_maps_inside_the_original(parts, data):
    original = "".join(word + gap for word, gap in parts)
    result = normalize_numbers(original)
    start = data.draw(st.integers(min_value=-3, max_value=len(result.text) + 3))
    end = data.draw(st.integers(min_value=-3, max_value=len(result.text) + 3))
    s, e = result.to_original(start, end)
    assert 0 <= s <= e <= len(original)
    assert result.changed or result.text == original


_no_cyrillic = st.text(alphabet=st.characters(blacklist_characters="".join(map(chr, range(0x400, 0x530)))))


@given(_no_cyrillic)
def test_text_without_number_words_is_returned_unchanged(text):
    assume(not may_hold_ascii_number_words(text))  # English digits are number words too ("NINE")
    result = normalize_numbers(text)
    assert not result.changed
    assert result.text == text


@given(st.lists(st.sampled_from(_NON_NUMBER_WORDS), max_size=10), st.sampled_from([" ", "\n", ", "]))
def test_russian_text_without_number_words_is_returned_unchanged(words, gap):
    text = gap.join(words)
    result = normalize_numbers(text)
    assert not result.changed
    assert result.text == text


@pytest.mark.parametrize("spoken", ["второй номер", "в первый раз", "третий раз", "вторая сим карта", "по второму номеру"])
def test_a_lone_ordinal_outside_a_date_stays_a_word(spoken):
    assert normalize_numbers(spoken).text == spoken


def test_a_lone_ordinal_does_not_lengthen_a_dictated_number():
    assert normalize_numbers("ноль шесть второй номер").text == "0 6 второй номер"


@pytest.mark.parametrize("spoken, digits", [
    ("второго мая", "2 мая"), ("тысяча девятьсот восьмидесятый год", "1980 год"), ("в девяносто первом году", "в 91 году"),
])
def test_ordinals_in_dates_are_numbers(spoken, digits):
    assert normalize_numbers(spoken).text == digits


@pytest.mark.parametrize("spoken, digits", [
    ("семь десят три", "73"), ("пять сот двадцать", "520"), ("сто двацать три", "123"),
    ("четыреста пятьдесят шесь", "456"), ("девятьсот пядь", "905"),
])
def test_a_number_word_speech_recognition_half_heard_is_still_a_number(spoken, digits):
    assert normalize_numbers(spoken).text == digits


def test_a_half_heard_word_that_is_also_a_word_is_a_number_only_beside_one():
    assert normalize_numbers("ни пяди земли, ни пядь").text == "ни пяди земли, ни пядь"


@pytest.mark.parametrize("spoken, digits", [
    ("ноль восемь тысяча девятьсот девяносто первого", "0 8 1991"),  # a dictated month, then the year
    ("одна тысяча рублей", "1000 рублей"), ("двадцать одна тысяча", "21000"), ("две тысячи пятого", "2005"),
    ("тысяча девятьсот восемьдесят пятого", "1985"),
])
def test_thousand_in_the_singular_composes_only_with_one(spoken, digits):
    assert normalize_numbers(spoken).text == digits


def test_an_ordinal_right_after_zero_is_a_dictated_digit():
    assert normalize_numbers("срок ноль первый двадцать девятый").text == "срок 0 1 29"
    assert normalize_numbers("ноль шесть второй номер").text == "0 6 второй номер"  # after a digit, still a word


def test_other_scripts_digits_are_read_as_digits_one_character_for_one():
    from guard.normalize import ascii_digits, normalize_unicode

    arabic_indic = "\u0668\u0669\u0660\u0663\u0661\u0662\u0663\u0664\u0665\u0666\u0667"
    assert ascii_digits(f"тел {arabic_indic}") == "тел 89031234567"
    plain = normalize_unicode(f"тел {arabic_indic}, ещё 5")
    assert plain.text == "тел 89031234567, ещё 5" and plain.to_original(4, 15) == (4, 15)
    assert ascii_digits("тел 8 903") == "тел 8 903"  # ASCII digits as they are
