"""Stop 32, VEHICLE_PLATE (red team bb5 16's last line): a car's registration plate in a card's comment or a transcript
is the customer's personal data — masked whole, written or said, with one canonical value; flight numbers, tariff
codes, model names, postcodes and distances stay readable."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kinds_found import found
from guard.normalize import readings
from guard.recognizers import ENTITY_TYPES, canonical_value
from guard.recognizers.vehicle_plate import LATIN_PLATE_LETTERS, PLATE_LETTERS, SAID_LETTERS, plate_value


@pytest.mark.parametrize("text, plate", [
    ("Клиент приезжал на авто А123ВС 77, оставил машину у офиса", "А123ВС 77"),
    ("госномер О777ОО777", "О777ОО777"),
    ("г/н а123вс77 rus, штраф оспаривает", "а123вс77 rus"),
    ("A123BC 77 RUS в заявке на парковку", "A123BC 77 RUS"),
    ("номер машины Е 005 КХ 199", "Е 005 КХ 199"),
    ("госномер В100ВВ 50, водитель ждёт", "В100ВВ 50"),
    ("ГРЗ К 777 КМ, регион не назвал", "К 777 КМ"),
])
def test_a_written_plate_is_masked_whole(redactor, text, plate):
    assert ("VEHICLE_PLATE", plate) in found(redactor, text)


@pytest.mark.parametrize("text, said", [
    ("гос номер а сто двадцать три вэ эс семьдесят седьмой регион", "сто двадцать три вэ эс семьдесят седьмой"),
    ("клиент: машина у меня ка семьсот семьдесят семь ка эм сто пятидесятый регион", "ка эм сто пятидесятый"),
    ("номер машины е ноль ноль пять ха ка сто девяносто девять", "ха ка сто девяносто девять"),
])
def test_a_plate_said_aloud_is_masked_whole(redactor, text, said):
    redaction = redactor.redact(text)
    assert said not in redaction.text, redaction.text
    assert "VEHICLE_PLATE" in {entity.type for entity in redaction.entities}


@pytest.mark.parametrize("text", [
    "рейс SU1234 задержан, вылет S7 2517 в 10:40",
    "тариф Т123МС не подключается, перевели на ВМ100",
    "телефон Samsung A52, второй Galaxy A32s, в ремонте",
    "индекс 123456, отделение почты 101000",
    "в 100 км 50 м от офиса базовая станция",
    "а 123 вэ эс там не было",  # letters and a number said in talk, no plate's word and no region
])
def test_what_only_resembles_a_plate_stays_readable(redactor, text):
    assert not any(kind == "VEHICLE_PLATE" for kind, _ in found(redactor, text))


def test_a_plates_look_alike_letters_are_not_read_as_a_scanned_numbers_digits():
    # "О777ОО777" read as "077700777" and "В100ВВ 50" as "810088 50" before: a plate's letters are letters
    assert [reading.text for reading in readings("госномер О777ОО777")] == ["госномер О777ОО777"]
    assert [reading.text for reading in readings("госномер В100ВВ 50")] == ["госномер В100ВВ 50"]
    assert "0" in readings("паспорт 45 О5 123456")[0].text  # a scanned number's О is still its 0


def test_a_plate_has_one_canonical_value_written_typed_in_latin_or_said():
    assert canonical_value("VEHICLE_PLATE", "А123ВС 77") == "А123ВС77"
    assert canonical_value("VEHICLE_PLATE", "a123bc77 RUS") == "А123ВС77"
    assert canonical_value("VEHICLE_PLATE", "а 123 вэ эс 77") == "А123ВС77"


_LETTER = st.sampled_from(PLATE_LETTERS)


@settings(max_examples=40, deadline=None)
@given(_LETTER, st.integers(1, 999), _LETTER, _LETTER, st.integers(1, 199), st.booleans())
def test_any_plate_typed_in_either_alphabet_has_the_same_canonical_value(first, number, second, third, region, latin):
    plate = f"{first}{number:03d}{second}{third} {region:02d}"
    typed = plate.translate(str.maketrans(PLATE_LETTERS, LATIN_PLATE_LETTERS)) if latin else plate
    assert plate_value(typed) == plate.replace(" ", "")


@settings(max_examples=25, deadline=None)
@given(_LETTER, st.integers(1, 999), _LETTER, _LETTER, st.integers(1, 199))
def test_any_plate_after_its_word_is_masked(redactor, first, number, second, third, region):
    plate = f"{first}{number:03d}{second}{third} {region:02d}"
    redacted = redactor.redact(f"Кл. жалуется на штраф, госномер {plate}, просит выписку").text
    assert plate not in redacted and f"{number:03d}" not in redacted, redacted


def test_every_plate_letter_said_by_name_is_the_lexicons():
    from guard.recognizers.lexicon import SPOKEN_LETTERS
    assert set(SAID_LETTERS.values()) == set(PLATE_LETTERS)
    assert all(SPOKEN_LETTERS[name] == letter for name, letter in SAID_LETTERS.items())


def test_vehicle_plate_is_a_kind_of_the_registry_the_checker_blocks():
    from guard.disclosure import check
    assert "VEHICLE_PLATE" in ENTITY_TYPES
    result = check("ваш госномер а сто двадцать три вэ эс семьдесят седьмой регион", "operator", None, None)
    assert result.verdict == "block" and "other-personal-data" in {v.rule for v in result.violations}


@pytest.mark.parametrize("text, said", [
    ("оператор: алина номер машины\nклиент: ха сто семнадцать ка ха семьсот пятьдесят московские номера",
     "ха сто семнадцать ка ха семьсот пятьдесят"),
    ("оператор: спасибо виктор а госномер у вас какой\nклиент: ка пятьсот шесть эм эн сто девяносто девять",
     "ка пятьсот шесть эм эн сто девяносто девять"),
])
def test_a_plate_said_as_the_answer_to_a_question_asking_for_it_is_masked(redactor, text, said):
    # stop 55: the cue is the operator's question on the line before, the caller's name or words around it
    assert said not in redactor.redact(text).text, found(redactor, text)


def test_letters_and_digits_answering_another_question_are_no_plate(redactor):
    text = "оператор: как ваше имя\nклиент: ка пятьсот шесть эм эн сто девяносто девять"
    assert "VEHICLE_PLATE" not in {kind for kind, _ in found(redactor, text)}
