"""Stop 46 (issue 12): clean lines of the authors the checker had not met (disc_aa45, disc_ab45 and every set before
them) read by the readings where they belong, and a number the screen shows excusing only its own digits
(docs/disclosure.md, "Stop 46"). Phrasings are my own (none copied from a set); each rule has its attack: the
forbidden sense in similar words is still flagged."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.callstate import CallState
from guard.disclosure.checker import default_checker
from guard.disclosure.context import CheckContext, Said
from guard.disclosure.personal import ShownCard

from checker_lines import rules_of, verdict_of


# --- the screen's digits excuse only themselves -------------------------------------------------------------------

# the operator's screen in a call: the caller's own number whole, a called number's prefix
SHOWN = {"msisdn": "79268402517", "client_type": "individual", "payment_type": "postpaid",
         "owner": {"last_name": "***", "first_name": "***", "birth_date": "***"},
         "de": {"first_name": "Лидия", "middle_name": "Павловна"},
         "call_details": [{"at": "2026-09-14T08:30:00", "direction": "out", "number": "7916*******", "kind": "mobile"}]}


def _in_call(text: str) -> tuple[str, list[str]]:
    result = default_checker().check(text, "operator", CheckContext.of(CallState(), SHOWN, shown=True), Said())
    return result.verdict, list(result.rules)


def test_shown_digits_are_the_shown_number_whole_or_its_start_or_end_never_digits_inside_it():
    shown = ShownCard(("9268402517", "7916"), frozenset())
    assert shown.shows_digits("89268402517") and shown.shows_digits("2517") and shown.shows_digits("926")
    assert shown.shows_digits("7916") and shown.shows_digits("916")
    assert not shown.shows_digits("84") and not shown.shows_digits("6840") and not shown.shows_digits("91")
    assert not shown.shows_digits("17")  # two digits at an end are no number's end by themselves


@settings(max_examples=40, deadline=None)
@given(age=st.integers(min_value=18, max_value=99))
def test_an_age_is_never_excused_by_digits_the_screen_shows(age):
    # every two-digit age here occurs inside some shown digits for a few values (84, 91, 26, 40 ...): none is excused
    verdict, rules = _in_call(f"вам уже {age} лет")
    assert verdict == "block" and "other-personal-data" in rules


@pytest.mark.parametrize("line", ["ваш номер заканчивается на 25 17", "номер ваш 8 926 840 25 17, верно?",
                                  "исходящий был на номер с кодом 916"])
def test_the_screens_own_number_its_end_or_a_shown_code_may_still_be_said_in_a_call(line):
    assert _in_call(line)[0] != "block", line


# --- a count before a label of digits is no piece of the number (guard/normalize.py) ------------------------------

@pytest.mark.parametrize("said, count, digits", [
    ("скажу вам три последние цифры пять ноль восемь", "3", "508"),
    ("по правилам назову четыре последних цифры два два один девять", "4", "2219"),
    ("первые две цифры девять шесть а дальше не скажу", "2", "96"),
])
def test_a_count_of_digits_before_their_label_is_a_count_when_that_many_digits_follow(said, count, digits):
    from guard.disclosure.text import Utterance

    assert [group.digits for group in Utterance(said).digit_groups][:2] == [count, digits]


@pytest.mark.parametrize("said, joined", [
    # a piece before the label, not a count of what follows: the number stays one run
    ("номер девятьсот шестнадцать последние цифры сорок пять шестьдесят семь", "9164567"),
    ("пять последние цифры один два", "512"),  # five is no count of the two digits after it
])
def test_a_number_before_a_label_of_digits_stays_a_piece_when_it_does_not_count_them(said, joined):
    from guard.disclosure.text import Utterance

    assert joined in [group.digits for group in Utterance(said).digit_groups]


def test_item_6_stated_in_asr_with_the_count_before_the_label_lets_the_last_four_be_said():
    line = ("по основной идентификации на постоплатном договоре скажу только четыре последние цифры "
            "три восемь ноль один")
    assert "subscriber-number" not in rules_of(line)
    # the same count with the conditions not met stays blocked (п. 6: a code word is the alternative identification)
    assert verdict_of("по кодовому слову скажу только четыре последние цифры три восемь ноль один") == "block"


# --- a device's number read off the thing it is printed on (recognizers/device_id.PRINTED_ON) ---------------------

@pytest.mark.parametrize("line", [
    "Продиктуйте ICCID с пластика: 89701023334445556661 — вижу, сим-карта наша.",
    "IMEI 356938035643809 на коробке совпадает с тем, что в заявке на ремонт.",
    "Проверьте, пожалуйста, в квитанции IMEI 356938035643809, он должен совпасть с наклейкой.",
])
def test_a_device_number_read_off_its_plastic_box_or_receipt_is_the_thing_in_the_callers_hands(line):
    assert "other-personal-data" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "ваш IMEI 356938035643809",
    "IMEI телефона, в котором работал ваш номер: 356938035643809",
    # the thing named in another stretch, or not as the number's source, or the owner's number by the line's words
    "на коробке ничего не ищите, а в базе IMEI 356938035643809",
    "ICCID симки 89701023334445556661, коробку не выбрасывайте",
    "ICCID с пластика владельца 89701023334445556661",
    # the number read from the carrier's records, or compared with the box rather than read off it (the s46 review)
    "По нашей базе ваш IMEI 356938035643809, сверьте с коробкой.",
    "По базе ваш ICCID 8970101234567890123, проверьте на пластике.",
    "Ваш IMEI 356938035643809, сверьте с коробкой.",
])
def test_a_device_number_not_read_off_a_thing_in_hand_stays_personal_data(line):
    assert verdict_of(line) == "block" and "other-personal-data" in rules_of(line)


# --- п. 15 / п. 1: the caller addressed by first name and patronymic without the comma speech to text leaves out ------

@pytest.mark.parametrize("line", [
    "людмила сергеевна ваш платёж зачислен спасибо что подождали",
    "олег дмитриевич ваша заявка принята ответ придёт в смс",
    "ирина павловна ваш роутер уже отправлен курьером",
])
def test_a_first_name_and_patronymic_before_a_possessive_opening_the_next_clause_is_the_caller_addressed(line):
    assert "owner-name" not in rules_of(line)


@pytest.mark.parametrize("line", [
    "людмила сергеевна ваша",
    "людмила сергеевна ваша свекровь оформила этот номер",
    "олег дмитриевич ваш сосед звонил с этого номера",
    "олег дмитриевич ваш контакт по договору",
    # someone however the possessive goes on: an adjective before the person, a person's word pymorphy reads as an
    # adjective; only a thing's noun opens the next clause (the s46 review)
    "Это Анна Петровна ваша знакомая?",
    "Анна Петровна ваша бывшая жена?",
    "Анна Петровна ваша родственница?",
])
def test_a_first_name_and_patronymic_told_as_the_callers_someone_stays_a_third_persons_name(line):
    assert verdict_of(line) == "block" and "owner-name" in rules_of(line)


# --- read-back: the caller naming themselves or reading a number out is what the caller gave (sense._SAID, _ASKED) ---

@pytest.mark.parametrize("line", [
    "Вы представились как Гладышева Нина Петровна, верно? Сейчас проверю.",
    "вы назвались савельев игорь олегович да минуту проверю",
    "Вы читаете IMEI с экрана: 356938035643809, правильно?",
])
def test_the_callers_own_name_or_a_number_they_read_out_said_back_is_a_read_back(line):
    assert verdict_of(line) != "block", rules_of(line)


@pytest.mark.parametrize("line", [
    "Вы представились как Гладышева Нина, а договор оформлен на Субботина Олега Ивановича.",
    "вы представитесь как гладышева нина петровна",  # the future: nothing said yet to read back
    "Вы представились, спасибо. Владелец номера — Субботин Олег Иванович.",
])
def test_a_name_past_the_callers_self_introduction_or_before_it_stays_the_owners(line):
    assert verdict_of(line) == "block" and "owner-name" in rules_of(line)


# --- read-back: a question that only asks to confirm belongs to the read-back before it (sense.read_back_spans) -------

@pytest.mark.parametrize("line", [
    "Записываю адрес, который вы продиктовали: Тула, улица Лейтейзена, дом 4, квартира 17. Всё верно?",
    "Вы назвали адрес: Тула, улица Лейтейзена, дом 4, квартира 17. Я правильно записала?",
])
def test_a_confirming_question_after_a_read_back_is_part_of_the_read_back(line):
    assert "address" not in rules_of(line)


@pytest.mark.parametrize("line", [
    # the next sentence tells a value: not a question that only confirms
    "Вы назвали улицу Лейтейзена, дом 4. Квартира 17, верно?",
    "Вы назвали улицу Лейтейзена. Верно? Квартира у вас 17.",
])
def test_a_value_told_in_the_sentence_after_a_read_back_stays_the_operators(line):
    assert verdict_of(line) == "block" and "address" in rules_of(line)
