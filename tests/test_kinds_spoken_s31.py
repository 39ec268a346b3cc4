"""Stop 31 (issue 15): values said aloud in speech-to-text calls — a login spelled letter by letter, Latin letters by
their names, and a personal account dictated with letters and "дробь".

The letters' names and the spoken symbols have one home (recognizers/lexicon.py: LATIN_LETTER_NAMES,
SPELLED_LETTER_WORDS, SAID_SYMBOLS, SAID_JOINER); the login, the mailbox and the person kinds read it.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from guard.recognizers import email, lexicon, login, person
from guard.recognizers.lexicon import LATIN_LETTER_NAMES, SAID_SYMBOLS, SPELLED_LETTER_WORDS

ROOT = Path(__file__).resolve().parents[1]


def _covered(redactor, text: str, value: str, kinds: set[str], after: str = "") -> bool:
    start = text.index(value, text.index(after) + len(after))
    spans = [(e.start, e.end) for e in redactor.analyze(text) if e.type in kinds]
    return all(any(s <= i < e for s, e in spans) for i in range(start, start + len(value)) if not text[i].isspace())


# --- a login spelled aloud -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    # after its word, Latin letters by their English names
    ("оператор: назовите логин\nклиент: эм эй ар ай эн эй точка кей нижнее подчёркивание один девять восемь пять",
     "эм эй ар ай эн эй точка кей нижнее подчёркивание один девять восемь пять"),
    ("клиент: логин эм ай ка эйч эй ай эл нижнее подчёркивание ар ю эс восемьдесят восемь",
     "эм ай ка эйч эй ай эл нижнее подчёркивание ар ю эс восемьдесят восемь"),
    # the Russian school's names and more than five letters
    ("клиент: мой логин эс ка дабл ю нижнее подчёркивание игрек два ноль ноль пять",
     "эс ка дабл ю нижнее подчёркивание игрек два ноль ноль пять"),
    # the question's words between the login word and the caller's label
    ("оператор: какой логин вы вводите\nклиент: ди ай эм ка нижнее подчёркивание эс ай би",
     "ди ай эм ка нижнее подчёркивание эс ай би"),
    ("оператор: логин сотрудника\nклиент: эл точка пантел", "эл точка пантел"),
    ("оператор: учётная запись\nклиент: эс точка пантел", "эс точка пантел"),
    # a word the dictionary does not know is a login's piece ("гусел"), fillers before the answer are not
    ("оператор: логин\nклиент: гусел нижнее подчёркивание эн эс кей восемьдесят восемь",
     "гусел нижнее подчёркивание эн эс кей восемьдесят восемь"),
    ("оператор: какой логин\nклиент: ну там эс эм ай ти эйч дабл ю точка два ноль два три",
     "эс эм ай ти эйч дабл ю точка два ноль два три"),
    # the login word said in an earlier turn, or never: Latin letters by name with a joiner are a login
    ("клиент: хочу логин вспомнить\nоператор: как вам кажется какой\nклиент: кей эс ю нижнее подчёркивание мохова",
     "кей эс ю нижнее подчёркивание мохова"),
    ("оператор: ди ай эм ка подчёркивание эс ай би так", "ди ай эм ка подчёркивание эс ай би"),
])
def test_a_login_spelled_aloud_is_masked_whole(redactor, text, value):
    assert _covered(redactor, text, value, {"LOGIN", "EMAIL_ADDRESS"})


@pytest.mark.parametrize("text", [
    "клиент: включите ви пи эн и попробуйте снова",  # an abbreviation spelled in Latin letters: no joiner, no login word
    "клиент: пишет ошибка эйч ти ти пи четыреста четыре",
    "клиент: там написано ди эн эс сервер не отвечает",
    # a joiner between digits is a dotted number's, not a login's
    "клиент: внутренний адрес какой то эйч ти ти пи десять точка двадцать три точка ноль точка один я не понял",
    "клиент: ай больно как же так",
    "клиент: мне пришла эс эм эс с кодом а я не вводил",
    "оператор: какой логин вы вводите\nклиент: не помню уже",
    "оператор: логин сотрудника\nклиент: сейчас посмотрю",
])
def test_letters_said_in_talk_are_no_login(redactor, text):
    assert [e for e in redactor.analyze(text) if e.type == "LOGIN"] == []


def test_a_conjunction_after_a_spelled_login_is_not_its_letter(redactor):
    text = "логин ви пи эн точка эс и пароль не помню"
    found = [text[e.start:e.end] for e in redactor.analyze(text) if e.type == "LOGIN"]
    assert found == ["ви пи эн точка эс"]


@pytest.mark.parametrize("text", [
    "оператор: диктуйте\nклиент: эл ай эн эй нижнее подчёркивание би два ноль ноль один собака джимейл точка ком",
    "оператор: назовите логин\nклиент: кей эс ю точка мохова собака яндекс точка ру",
])
def test_letters_spelled_up_to_a_said_at_are_a_mailbox(redactor, text):
    value = text.split("клиент: ")[1]
    found = [(e.type, text[e.start:e.end]) for e in redactor.analyze(text)]
    assert found == [("EMAIL_ADDRESS", value)]


@pytest.mark.parametrize("answer, value", [
    ("гусел нижнее подчёркивание эн эс кей восемьдесят восемь", "гусел нижнее подчёркивание эн эс кей восемьдесят восемь"),
    ("да иван точка петров нижнее подчёркивание джей ай восемьдесят",
     "иван точка петров нижнее подчёркивание джей ай восемьдесят"),
])
def test_a_spelled_login_in_its_own_turn_is_masked_with_the_pieces_joined_before_it(redactor, answer, value):
    # guard batch and redact_dialogue read each turn alone: the login word is in the operator's turn before
    redacted = redactor.redact_dialogue([("operator", "назовите логин"), ("client", answer)])[1]
    assert redacted.text == answer.replace(value, "<LOGIN>")


def test_a_login_spelled_in_pieces_takes_no_dictionary_word_after_its_last_piece(redactor):
    # a three-word answer is read as the operator's stretch's prompt (guard/dialogue.py): the operator's next words
    # come right after the login in that reading
    text = ("оператор: через точки девяносто один точка сто сорок четыре точка сто пятьдесят восемь точка восемьдесят "
            "два\nклиент: да\nоператор: учётная запись\nклиент: эс точка пантел\nоператор: доступ откроется через "
            "пятнадцать минут")
    found = [text[e.start:e.end] for e in redactor.analyze(text) if e.type == "LOGIN"]
    assert found == ["эс точка пантел"]


def test_an_a_or_e_opening_the_answer_is_the_logins_first_letter_not_a_filler(redactor):
    text = "оператор: логин\nклиент: а бэ цэ точка петров"
    assert _covered(redactor, text, "а бэ цэ точка петров", {"LOGIN"})


_LATIN_ONE_WORD_NAMES = sorted(name for name in LATIN_LETTER_NAMES if re.fullmatch(r"[а-яё]{2,}", name))
_DIGIT_WORDS = ["ноль", "один", "два", "три", "семь", "восемь", "девяносто", "двадцать один"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(st.lists(st.sampled_from(_LATIN_ONE_WORD_NAMES), min_size=1, max_size=5), min_size=1,
                       max_size=3),
       joiner=st.sampled_from(["точка", "нижнее подчёркивание", "дефис"]),
       digits=st.lists(st.sampled_from(_DIGIT_WORDS), max_size=3))
def test_any_login_spelled_by_letter_names_after_its_word_is_masked_whole(redactor, pieces, joiner, digits):
    value = f" {joiner} ".join(" ".join(piece) for piece in pieces)
    if digits:
        value += " " + " ".join(digits)
    text = f"оператор: назовите логин\nклиент: {value}\nоператор: спасибо"
    assert _covered(redactor, text, value, {"LOGIN", "EMAIL_ADDRESS"}, after="клиент: ")


# --- an IP address said without its dots after "адрес" ------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("оператор: назовите адрес\nклиент: девяносто один сто сорок четыре сто пятьдесят восемь восемьдесят два",
     "девяносто один сто сорок четыре сто пятьдесят восемь восемьдесят два"),
    ("клиент: адрес сто семьдесят шесть пятьдесят девять сто двенадцать сорок",
     "сто семьдесят шесть пятьдесят девять сто двенадцать сорок"),
])
def test_four_numbers_of_an_address_said_without_dots_are_an_ip_address(redactor, text, value):
    assert _covered(redactor, text, value, {"IP_ADDRESS"})


@pytest.mark.parametrize("text", ["клиент: адрес улица ленина двенадцать квартира пять",
                                  "клиент: адрес дом двенадцать корпус два квартира сорок пять",
                                  "клиент: адрес новосибирск шестьсот тридцать ноль девяносто девять",
                                  # four digits said one by one after the word: a number, no x.x.x.x
                                  "оператор: какой адрес он показывает\nклиент: ответ на почту пришлите два ноль ноль один"])
def test_a_postal_address_is_no_ip_address(redactor, text):
    assert [e for e in redactor.analyze(text) if e.type == "IP_ADDRESS"] == []


# --- a personal account with letters and "дробь" -----------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("клиент: лицевой счёт сорок семь дробь эм ка сто двадцать три", "сорок семь дробь эм ка сто двадцать три"),
    ("клиент: номер лицевого счёта три пять ноль ноль дробь один два три четыре",
     "три пять ноль ноль дробь один два три четыре"),
    ("клиент: лицевой счёт номер ка эл сто двадцать три четыреста пятьдесят шесть",
     "ка эл сто двадцать три четыреста пятьдесят шесть"),
    ("Абонент: л/с 3500/1234, спасибо", "3500/1234"),
])
def test_a_personal_account_with_letters_and_slashes_is_masked_whole(redactor, text, value):
    assert _covered(redactor, text, value, {"ACCOUNT_NUMBER"})


@pytest.mark.parametrize("text", ["клиент: лицевой счёт пополнил на пятьсот рублей",
                                  "клиент: счёт на сто пятьдесят тысяч рублей выставили"])
def test_a_sum_on_the_account_is_no_account_number(redactor, text):
    assert [e for e in redactor.analyze(text) if e.type == "ACCOUNT_NUMBER"] == []


# --- one home for letters' names and spoken symbols ---------------------------------------------------------------------

def test_the_mailbox_reads_the_lexicons_letter_names_and_symbols():
    assert email._SPOKEN_SYMBOLS is SAID_SYMBOLS
    for name in SPELLED_LETTER_WORDS:
        assert email._LETTER_RE.fullmatch(name), name


def test_the_person_kind_reads_the_lexicons_latin_letter_names():
    assert person.SPOKEN_LATIN_LETTERS is lexicon.SPOKEN_LATIN_LETTERS  # no copy of its own (s31-bb5red met s31-spoken)
    assert lexicon.LATIN_ONLY_LETTER_NAMES <= lexicon.SPOKEN_LATIN_LETTERS
    assert lexicon.LATIN_ONLY_LETTER_NAMES <= set(LATIN_LETTER_NAMES)


def test_the_login_reads_the_lexicons_joiners():
    assert login._SPOKEN_JOINER is lexicon.SAID_JOINER


def test_only_the_lexicon_spells_the_latin_letters_names():
    sources = {str(path.relative_to(ROOT)): path.read_text(encoding="utf-8")
               for folder in ("guard", "recognizers") for path in sorted((ROOT / folder).rglob("*.py"))}
    spelling = sorted(name for name, source in sources.items() if re.search(r'"(?:игрек|дабл|кью|уай)"', source)
                      or re.search(r"\|(?:игрек|уай|кью)\|", source))
    assert spelling == ["recognizers/lexicon.py"]


def test_only_the_lexicon_spells_the_underscore_said_aloud():
    sources = {str(path.relative_to(ROOT)): path.read_text(encoding="utf-8")
               for folder in ("guard", "recognizers") for path in sorted((ROOT / folder).rglob("*.py"))}
    spelling = sorted(name for name, source in sources.items() if re.search(r"нижнее\\s\+подч", source))
    assert spelling == ["recognizers/lexicon.py"]


# --- a value's rest said again after an interruption ------------------------------------------------------------------

@pytest.mark.parametrize("text, again, kind", [
    ("клиент: мой номер восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь\n"
     "оператор: повторите последние\nклиент: один два три четыре пять шесть семь",
     "один два три четыре пять шесть семь", "PHONE_NUMBER"),
    ("клиент: договор ноль ноль семь семь три четыре пять шесть один два\nоператор: не расслышала\n"
     "клиент: три четыре пять шесть один два", "три четыре пять шесть один два", "CONTRACT_NUMBER"),
])
def test_the_rest_of_a_value_said_again_is_that_value(redactor, text, again, kind):
    assert _covered(redactor, text, again, {kind})


def test_a_short_tail_of_a_value_said_again_is_not_read_as_it(redactor):
    # five digits or fewer repeat by chance: an order's number, an amount
    text = ("клиент: мой номер восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь\n"
            "оператор: сумма к оплате сорок пять шестьдесят семь")
    last = text.rindex("сорок пять шестьдесят семь")
    assert not any(e.start <= last < e.end for e in redactor.analyze(text))
