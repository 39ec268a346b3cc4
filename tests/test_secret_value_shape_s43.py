"""What a secret's value is (issue 12): after its cue, a value has a value's shape — digits, letters with digits, a
quoted or capitalised word, letters spelled, or a word the speaker names as the secret — and is not the talk around the
secret: a clause a dash or a colon opens, the kind's own word spelled aloud ("эс эм эс", "эл ка"), a pronoun, a word a
negation denies, where the secret is sent, a phone's area code, or a plain word in a sentence that forbids telling the
secret or says it is sent. One home, recognizers/secret.py, so the redactor, the card policy and the checker read it
alike; the checker still blocks an operator who tells a password or a code word."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard.disclosure import default_checker
from guard.engine import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _secrets(redactor, text: str) -> list[str]:
    return [text[e.start:e.end] for e in redactor.analyze(text) if e.type == "SECRET"]


def _masked(redactor, text: str, value: str) -> bool:
    start = text.index(value)
    return any(e.type == "SECRET" and e.start <= start and e.end >= start + len(value) for e in redactor.analyze(text))


@pytest.mark.parametrize("text", [
    "Пароль от личного кабинета никому не называйте, даже нам, — подписки я отключу сам.",
    "Никому не сообщайте пароль от личного кабинета — сотрудники его никогда не спрашивают.",
])
def test_a_plain_word_after_a_dash_that_opens_a_clause_is_no_secret(redactor, text):
    assert _secrets(redactor, text) == []


def test_a_value_set_off_by_a_dash_is_still_a_secret(redactor):
    assert _masked(redactor, "Пароль от ЛК — Ромашка.", "Ромашка")


def test_a_plain_word_after_a_colon_that_opens_a_clause_is_no_secret(redactor):
    text = "Кодового слова для этого недостаточно: последние цифры номеров сообщаются только после идентификации."
    assert _secrets(redactor, text) == []


def test_a_value_after_a_colon_past_talk_is_still_a_secret(redactor):
    assert _masked(redactor, "кодовое слово клиент назвал: ромашка", "ромашка")


@pytest.mark.parametrize("text", [
    "новый пароль придёт вам в эс эм эс",
    "клиент хотел продиктовать пароль от эл ка я отказалась",
    "отправлен временный пароль в эс эм эс вход клиент проверил сам",
])
def test_the_kinds_own_word_spelled_aloud_is_no_value(redactor, text):
    assert _secrets(redactor, text) == []


def test_a_value_spelled_aloud_is_still_a_secret(redactor):
    assert _masked(redactor, "пароль эф ка эл 5 5", "эф ка эл 5 5")


def test_a_pronoun_that_is_a_letters_name_ends_a_word_value(redactor):
    assert _secrets(redactor, "кодовое слово ромашка я записала") == ["ромашка"]


def test_a_word_a_negation_denies_is_no_secret(redactor):
    assert _secrets(redactor, "если пишет неверный пароль это не сбой, раскладка переключилась") == []


@pytest.mark.parametrize("text", [
    "никому не сообщайте пароль от личного кабинета сотрудники его никогда не спрашивают",
    "новый пароль для входа в личный кабинет придёт в смс зайдите там будет раздел услуги",
    "Новый пароль для входа в личный кабинет придёт в СМС, зайдите, там будет раздел «Услуги».",
])
def test_a_plain_word_in_talk_forbidding_or_sending_the_secret_is_no_secret(redactor, text):
    assert _secrets(redactor, text) == []


@pytest.mark.parametrize("text, value", [
    ("никому не сообщайте пароль Qwerty2024", "Qwerty2024"),
    ("код для входа 4829 никому не сообщайте", "4829"),
    ("никому не сообщайте кодовое слово «Ромашка»", "Ромашка"),
    ("временный пароль отправлен в смс 4821", "4821"),
])
def test_a_shaped_value_in_such_talk_is_still_a_secret(redactor, text, value):
    assert _masked(redactor, text, value)


@pytest.mark.parametrize("text", [
    "ваше кодовое слово ромашка, никому его не сообщайте",
    "новый пароль ромашка придёт вам в смс",
])
def test_talk_said_after_the_value_leaves_the_value_a_secret(redactor, text):
    assert _masked(redactor, text, "ромашка")


def test_where_a_secret_is_sent_is_no_phrase_of_it(redactor):
    assert _secrets(redactor, "могу отправить пароль в смс на номер администратора договора") == []


def test_a_number_a_message_is_sent_to_is_no_secret_but_a_new_value_is(redactor):
    assert _secrets(redactor, "если не знаете пароль отправьте смс на 9856 придёт новый") == []
    assert _masked(redactor, "пароль поменял на 9856", "9856")


@pytest.mark.parametrize("text", [
    "Код 8 495 — это Москва, значит, звонок был на городской московский номер.",
    "Входящий ночью был с городского номера, Оренбург, код 3532, это местный звонок.",
])
def test_a_phones_area_code_after_a_bare_code_is_no_secret(redactor, text):
    assert _secrets(redactor, text) == []


@pytest.mark.parametrize("text, value", [
    ("ключ от домашнего интернета барбарис", "барбарис"),  # a key is no phone's code, "домашнего" names the internet
    ("код от домашнего интернета 4821", "4821"),
    ("рабочий день закончился, код 4821", "4821"),  # "рабочий" names a day, not a phone
])
def test_a_city_phones_word_names_a_phone_only_where_no_other_noun_follows_it(redactor, text, value):
    assert _masked(redactor, text, value)


def test_a_bare_code_with_a_values_shape_is_still_a_secret(redactor):
    assert _masked(redactor, "нашла код 3532", "3532")


def test_the_way_a_caller_is_checked_is_no_secret_past_whose_words(redactor):
    text = "проверка по кодовому слову у нас альтернативная по ней цифры номеров не сообщаются"
    assert _secrets(redactor, text) == []


def test_an_answer_opening_with_the_secrets_own_noun_gives_what_follows(redactor):
    text = "оператор: назовите кодовое слово по договору\nклиент: у меня не слово а число сорок два"
    assert _masked(redactor, text, "сорок два")


# --- the checker, alone on an operator's line ---

@pytest.mark.parametrize("text", [
    "никому не сообщайте пароль от личного кабинета сотрудники его никогда не спрашивают",
    "Пароль от личного кабинета никому не сообщайте, даже нам, — опцию я подключу со своей стороны.",
    "новый пароль для входа придёт вам в эс эм эс запросите его в приложении",
    "Код 8 495 — это Москва, значит, звонок был на городской московский номер.",
])
def test_the_checker_allows_talk_about_a_secret(text):
    assert default_checker().check(text, "operator").verdict == "allow"


@pytest.mark.parametrize("text", [
    "я правильно услышала кодовое слово ромашка",
    "Я правильно расслышала: кодовое слово «Ромашка»?",
])
def test_an_operator_saying_back_what_they_heard_is_a_read_back(text):
    assert default_checker().check(text, "operator").verdict == "allow"


@pytest.mark.parametrize("text", [
    "ваш пароль от личного кабинета Qwerty2024",
    "кодовое слово у владельца — Ромашка",
    "пин-код от сим-карты 4821, введите его",
    "у владельца кодовое слово ромашка",
    "ваше кодовое слово ромашка, никому его не сообщайте",
])
def test_the_checker_still_blocks_an_operator_telling_a_secret(text):
    assert default_checker().check(text, "operator").verdict == "block"


_PLAIN_TALK = ["никому не сообщайте пароль {v}", "новый пароль {v} придёт вам в смс", "пароль от кабинета {v} никому "
               "не называйте", "код из смс {v} никому не называйте"]


@settings(max_examples=40, deadline=None)
@given(template=st.sampled_from(_PLAIN_TALK),
       value=st.one_of(st.from_regex(r"[A-Z][a-z]{3,6}[0-9]{2,4}", fullmatch=True),
                       st.from_regex(r"[1-9][0-9]{3,7}", fullmatch=True)))
def test_talk_about_a_secret_never_hides_a_shaped_value(redactor, template, value):
    text = template.format(v=value)
    assert _masked(redactor, text, value)


@settings(max_examples=30, deadline=None)
@given(letter=st.sampled_from("еюыщ"), repeats=st.integers(min_value=3, max_value=6),
       digit=st.sampled_from(["1", "один", "семь", "42"]))
def test_a_word_the_dictionary_does_not_know_after_a_password_cue_is_its_value_not_talk(redactor, letter, repeats,
                                                                                        digit):
    """pymorphy's parse of an unknown word ("ееее", a spelled run glued by a reading) is its predictor's guess: an
    adjective guessed there must not make the value talk about the secret (fail closed). Letters that are no
    hesitation ("ааа", "эээ" are: the value is what follows them) nor a one-letter word."""
    value = f"{letter * repeats} {digit}"
    assert _masked(redactor, f"пароль от личного кабинета {value}", value)
    assert _masked(redactor, f"пароль от личного кабинета {' '.join(letter * repeats)} {digit}", digit)
