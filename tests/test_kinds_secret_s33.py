"""Stop 33 (issue 15): secrets in speech and notes — where the SECRET kind's cue reaches (recognizers/secret.py).

A secret described by what it was made of ("как у почты", "дата рождения сына") still gives its value; a cue typed in
translit is the same cue; a bare "код" that asks for a code, or tells one was given, names the digits said next; a
count of characters, digits or attempts is one list with every other unit (packed_run.NOT_A_QUANTITY, red team bb7 04
and 21, secret_b32's ASR misses). Whose code it is ("код региона", "код ошибки") and how many ("8 символов") stay readable.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from guard.recognizers.packed_run import counts_something


def _covered(redactor, text: str, value: str, kinds: set[str] | None = None) -> bool:
    start = text.index(value)
    spans = [(e.start, e.end) for e in redactor.analyze(text) if kinds is None or e.type in kinds]
    return all(any(s <= i < e for s, e in spans) for i in range(start, start + len(value)) if not text[i].isspace())


def _secrets(redactor, text: str) -> list[str]:
    return [text[e.start:e.end] for e in redactor.analyze(text) if e.type == "SECRET"]


# --- what a secret was made of, then the value (red team bb7 04) ----------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("пароль как от почты Klen_1988", "Klen_1988"),  # shared with the mailbox's: the mailbox is whose, not a value
    ("Кл.: пароль у меня дата рождения дочки 1203", "1203"),
    ("клиент: пароль поставила день рождения внучки ноль три один два", "ноль три один два"),
    ("кодовое слово вроде бы зелёный слон", "зелёный слон"),  # "вроде бы": a filler of two words
])
def test_a_secret_described_by_what_it_was_made_of_still_gives_its_value(redactor, text, value):
    assert _covered(redactor, text, value, {"SECRET"})


# --- a cue typed in translit (red team bb7 21) -----------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("kodovoe slovo lastochka", "lastochka"),
    ("parol Sirius77", "Sirius77"),
    ("Kl.: parol ot LK - Zima2019, kodovoe slovo: Kedr", "Kedr"),
    ("Kl.: parol ot LK - Zima2019, kodovoe slovo: Kedr", "Zima2019"),
])
def test_a_cue_typed_in_translit_announces_its_value(redactor, text, value):
    assert _covered(redactor, text, value, {"SECRET"})


def test_latin_words_that_are_no_cue_give_no_secret(redactor):
    assert _secrets(redactor, "Klient zvonil po povodu tarifa, adres ne menyalsya") == []


# --- a bare "код" that asks for a code or tells one was given (secret_b32, ASR) ---------------------------------------

@pytest.mark.parametrize("text, value", [
    ("оператор: какой код вы сообщили\nклиент: два семь ноль один", "два семь ноль один"),
    ("оператор: а код\nклиент: сто двенадцать триста сорок", "сто двенадцать триста сорок"),
    ("клиент: второй код спросили я назвала шестьсот один двести", "шестьсот один двести"),
    ("оператор: назовите код\nклиент: ну ноль девять\nклиент: один семь", "один семь"),  # in pieces over turns
])
def test_a_code_asked_for_is_the_digits_said_next(redactor, text, value):
    assert _covered(redactor, text, value, {"SECRET"})


def test_a_digit_before_its_unit_is_the_count_and_the_digits_before_it_the_code(redactor):
    text = "оператор: какой код вы назвали\nклиент: восемь ноль шесть три четыре цифры"
    assert _covered(redactor, text, "восемь ноль шесть три", {"SECRET"})
    assert not any("цифры" in value for value in _secrets(redactor, text))


@pytest.mark.parametrize("text", [
    "оператор: какой код региона у вас\nклиент: семьдесят семь",  # whose code: a noun in the genitive
    "оператор: код ошибки какой\nклиент: четыреста три",
    "оператор: какой код города\nклиент: четыреста девяносто пять",
])
def test_a_code_named_by_whose_it_is_asks_for_no_secret(redactor, text):
    assert _secrets(redactor, text) == []


# --- a count is one list with every other unit (twin of stop 32: secret._COUNT_AFTER) ---------------------------------

_COUNTS = ["символов", "цифр", "цифры", "знаков", "букв", "попытки", "попыток", "штук", "баллов", "раза"]


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=2, max_value=12), st.sampled_from(_COUNTS))
def test_a_number_before_a_count_is_no_secret(n, unit):
    from guard.recognizers.secret import secret_spans
    text = f"пароль должен быть {n} {unit}"
    assert counts_something(text, text.index(unit) - 1)
    assert secret_spans(text) == [], text


def test_the_secret_kind_spells_no_count_of_its_own():
    source = (Path(__file__).resolve().parents[1] / "recognizers" / "secret.py").read_text(encoding="utf-8")
    assert not re.search(r"символ\|цифр", source)


# --- a secret question: what follows it in its line is the question, its answer comes after a mark or next turn -----

@pytest.mark.parametrize("text, value", [
    ("оператор: ответ на контрольный вопрос любимое блюдо\nклиент: окрошка\nоператор: спасибо", "окрошка"),
    ("Ответ на контрольный вопрос «девичья фамилия бабушки»: Лаптева", "Лаптева"),
    ("Кл. ответил на секретный вопрос («первая учительница») — Нина Ивановна, далее смена SIM.", "Нина Ивановна"),
])
def test_a_secret_questions_answer_is_the_secret_not_the_question(redactor, text, value):
    assert _covered(redactor, text, value, {"SECRET"})


def test_the_secret_question_itself_is_no_secret(redactor):
    text = "оператор: ответ на контрольный вопрос любимое блюдо\nклиент: окрошка"
    assert not any("блюдо" in value for value in _secrets(redactor, text))


@pytest.mark.parametrize("text, value", [
    ("клиент: и код ещё три один ноль восемь он продиктовал", "три один ноль восемь"),  # the verb after the digits
    ("клиент: ввела номер и код там пять цифр шесть ноль два два один", "шесть ноль два два один"),  # its length first
    ("клиент: и код шестизначный триста один двести семьдесят", "триста один двести семьдесят"),
    ("оператор: код из смс\nклиент: ну там буквы эм эн пэ четыре два\nоператор: понял", "эм эн пэ четыре два"),
])
def test_a_code_named_by_its_length_or_spelled_is_read(redactor, text, value):
    assert _covered(redactor, text, value, {"SECRET"})


@pytest.mark.parametrize("text, kept", [
    ("клиент: я продиктовала код тому кто звонил\nоператор: когда\nклиент: вчера в девять тридцать пять", "девять"),
    ("Клиент: символ в пароле не поддерживается — при регистрации сохранились латинские символы", "регистрации"),
])
def test_a_time_said_and_a_phrase_after_a_dash_are_no_secret(redactor, text, kept):
    assert not any(kept in value for value in _secrets(redactor, text))


# --- LOGIN: the login said after a verb of telling, a few words past its login word ------------------------------------

def _logins(redactor, text: str) -> list[str]:
    return [text[e.start:e.end] for e in redactor.analyze(text) if e.type == "LOGIN"]


@pytest.mark.parametrize("text, value", [
    ("клиент: спросил логин я ему сказала вера точка лаптева точка ру", "вера точка лаптева"),
    ("клиент: ещё логин в банке спрашивали сорокин игорь семьдесят два я не сказал", "сорокин игорь семьдесят два"),
    ("клиент: а логин у неё наш галина ершова пятьдесят его как поменять", "галина ершова пятьдесят"),
])
def test_a_login_said_after_a_verb_of_telling_is_the_login(redactor, text, value):
    assert _covered(redactor, text, value, {"LOGIN", "EMAIL_ADDRESS"})


@pytest.mark.parametrize("text", [
    "клиент: логин я не сказала но он спрашивал",
    "клиент: логин спрашивали я сказала что не помню",
    "клиент: у отца в вотсапе просят деньги от его имени",  # what is asked in a messenger, no account
    "оператор: я могу подсказать начало логина по вашему номеру",  # a preposition has a surname's reading ("По")
])
def test_talk_after_a_login_word_and_a_verb_is_no_login(redactor, text):
    assert _logins(redactor, text) == []


# --- a code's pieces after its cue, an echo of the question, a conjunction after digits (secret_b32, ASR) -------------

@pytest.mark.parametrize("text, value", [
    ("клиент: звонит мужик и требует код\nоператор: не называйте\nклиент: я уже сказала шестьдесят два ноль восемь",
     "шестьдесят два ноль восемь"),  # a verb of asking before the bare code
    ("клиент: и проверочный код ноль\nклиент: тридцать один семьсот сорок\nоператор: то есть ноль три один семь четыре ноль",
     "ноль три один семь четыре ноль"),  # a verification code is a one-time code: its pieces and the read-back
    ("родственник: код сто двадцать восемь шестьдесят и потом ещё ноль ноль четыре пять\nклиент: всё",
     "ноль ноль четыре пять"),  # a second code after the first, past "и потом ещё"
    ("оператор: назовите кодовое слово\nклиент: кодовое слово\nклиент: ой сейчас малина\nоператор: а новое", "малина"),
])
def test_a_codes_pieces_and_an_answer_after_an_echo_are_read(redactor, text, value):
    assert _covered(redactor, text, value, {"SECRET"})


def test_a_conjunction_after_a_codes_digits_is_no_letter_of_it(redactor):
    text = "родственник: код сто двадцать восемь шестьдесят и потом ещё ноль ноль четыре пять"
    assert not any("потом" in value for value in _secrets(redactor, text))


@pytest.mark.parametrize("text, value", [
    ("оператор: назовите текущее кодовое слово\nклиент: ромашка\nоператор: спасибо какое хотите новое\nклиент: вишнёвый сад",
     "вишнёвый сад"),  # the noun left out of the question: the same speaker's cue three lines before
    ("клиент: приложение просит код быстрого входа придумать\nоператор: любые четыре цифры\n"
     "клиент: а я поставлю день рождения сына ноль девять ноль три", "ноль девять ноль три"),  # made of a birthday
])
def test_a_secret_asked_again_or_made_of_a_date_is_read(redactor, text, value):
    assert _covered(redactor, text, value, {"SECRET"})


def test_a_question_leaving_out_a_noun_that_names_no_secret_asks_for_none(redactor):
    assert _secrets(redactor, "оператор: какой у вас тариф\nклиент: безлимитный\nоператор: а какой новый\nклиент: семейный") == []


# --- a CRM table's abbreviations (packed_g32, written) ---------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("паспорт 6011 600372 | код. сл. Незабудка | ICCID нов. 8970102900021237", "Незабудка"),
    ("Идентифицирован, кодовое сл. назвал верно — «Барбос2001».", "Барбос2001"),
    ("Проверил по кодовому слову (Новосибирск) — совпало.", "Новосибирск"),  # no "нов…" talk word inside a value
    ("Код. слово обновили: было «Эльбрус», стало другое.", "Эльбрус"),  # "было" after the colon
])
def test_an_abbreviated_cue_and_a_tables_fields_give_the_value(redactor, text, value):
    assert _covered(redactor, text, value, {"SECRET"})


def test_a_tables_bar_ends_a_secret(redactor):
    text = "ЛК ivan_k | кодовое сл. Фиалка | SIM 8970102229957636861"
    assert "Фиалка" in _secrets(redactor, text)
