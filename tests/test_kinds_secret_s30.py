"""SECRET as people give it (issue 15): after its cue past filler words, as the answer to the turn that names it, a
one-time code said in the lines after its cue, a new secret said for the old one — in a chat and in speech-to-text.
The examples are written for this round (not pii_t30's lines)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.engine import Redactor
from guard.recognizers.secret import secret_spans

DIGIT_WORDS = ("ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять")


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _secrets(redactor: Redactor, text: str) -> list[str]:
    return [text[e.start:e.end] for e in redactor.analyze(text) if e.type == "SECRET"]


GIVEN = [
    # after the cue, past filler words
    ("Клиент: пароль у меня вроде Kotik_77! не уверен", "Kotik_77!"),
    ("абонент: пин был 1357 вроде", "1357"),
    ("кодовое слово — мамина девичья фамилия Зотова", "Зотова"),
    ("Абонент: девичья фамилия мамы, Полякова", "Полякова"),
    ("клиент: код из смс четыре семь ноль два", "четыре семь ноль два"),
    # the answer to the other speaker's turn that names the secret
    ("Оператор: Назовите кодовое слово, пожалуйста.\nКлиент: Незабудка", "Незабудка"),
    ("оператор: назовите кодовое слово\nклиент: кот в сапогах наверное", "кот в сапогах"),
    ("оператор: какой был пароль\nклиент: ну кажется лиса две тысячи один", "лиса две тысячи один"),
    ("Сотр.: Контрольное слово?\nКл.: Сирень", "Сирень"),
    # a new secret said for the old one
    ("Оператор: Смените пароль в приложении.\nКлиент: сменил на Lisa#2020 нормально?", "Lisa#2020"),
    # a one-time code in the lines after its cue, whoever says it
    ("Клиент: пришёл смс-код, а следом позвонили\nКлиент: я им сказала 5521, потом ещё 60 17", "5521"),
    ("Клиент: пришёл смс-код, а следом позвонили\nКлиент: я им сказала 5521, потом ещё 60 17", "60 17"),
    ("оператор: подтвердите кодом из смс\nклиент: шесть ноль один девять", "шесть ноль один девять"),
    ("код подтверждения 4821, номер заявки 1234567", "4821"),
]


@pytest.mark.parametrize("text, secret", GIVEN, ids=[s for _, s in GIVEN])
def test_a_secret_as_people_give_it_is_masked_whole(redactor, text, secret):
    assert secret in _secrets(redactor, text)


TALK = [
    "Оператор: Пароль лучше не писать в чат.\nКлиент: Хорошо. А почту привяжу позже",
    "Оператор: Назовите кодовое слово.\nКлиент: Не помню его",
    "Оператор: Назовите кодовое слово.\nОператор: Слушаю вас",
    "Клиент: пришла смс с кодом, а потом позвонили\nОператор: Тариф 450 рублей, списание 12.03",
    "Оператор: PUK-код отправлен по СМС.\nКлиент: спс",
    "Оператор: Подскажите номер SIM-карты модема.",
    "оператор: смените пароль\nклиент: а где это в приложении",
    "пришла смс с кодом, а потом позвонили",
    "Клиент: я забыла пароль от кабинета\nОператор: Подскажите номер телефона, пожалуйста.",
]


@pytest.mark.parametrize("text", TALK)
def test_talk_about_a_secret_is_no_secret(redactor, text):
    assert _secrets(redactor, text) == []


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(DIGIT_WORDS), min_size=4, max_size=8))
def test_any_code_said_digit_by_digit_after_its_cue_is_masked_whole(digits):
    spoken = " ".join(digits)
    text = "оператор: подтвердите кодом из смс\nклиент: " + spoken
    # the recognizer reads the digits guard/normalize wrote: the same text with the words as digits
    written = "оператор: подтвердите кодом из смс\nклиент: " + " ".join(str(DIGIT_WORDS.index(d)) for d in digits)
    spans = {(s, e) for s, e, _, _ in secret_spans(written)}
    value_start = written.index("клиент: ") + len("клиент: ")
    assert (value_start, len(written)) in spans, (text, spans)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFXYZ0123456789_#!", min_size=4, max_size=14))
def test_any_latin_password_after_its_cue_is_masked(password):
    text = f"Клиент: пароль кстати был {password} может сбросили"
    spans = [text[s:e] for s, e, _, _ in secret_spans(text)]
    assert any(password.rstrip("!") in value for value in spans), spans


def test_a_tickets_number_after_a_one_time_code_stays_readable(redactor):
    text = "код подтверждения 4821, номер заявки 1234567"
    assert _secrets(redactor, text) == ["4821"]
    assert "1234567" in redactor.redact(text).text
