"""Stop 34 (issue 15): values spelled aloud in a call, wherever in the call they are said (recognizers/secret.py:
`spelled_values`).

A password or a login said letter by letter is told from talk by what the run is made of — letters by their names, a
letter's case or a symbol's name between them, letters with digits — not by a cue in the same line: an echo, a piece
after an interruption and a read-back are masked too. A case said in the plural ("маленькими") is a remark on all the
letters and stays outside; a conjunction after the last letter is no letter; two letters' names alone ("тэ вэ") are a
value only in a call that named a credential.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from guard.recognizers.lexicon import LATIN_LETTER_NAMES, LATIN_ONLY_LETTER_NAMES
from guard.recognizers.secret import spelled_values


def _covered(redactor, text: str, value: str) -> bool:
    start = text.index(value)
    spans = [(e.start, e.end) for e in redactor.analyze(text)]
    return all(any(s <= i < e for s, e in spans) for i in range(start, start + len(value)) if not text[i].isspace())


def _spelled(text: str) -> list[str]:
    return [text[start:end] for start, end, _, _ in spelled_values(text)]


@pytest.mark.parametrize("text, value", [
    # a piece after an interruption, no cue in its line
    ("оператор: новый пароль продиктую\nклиент: да\nоператор: потом маленькая кью большая зет восемь", "маленькая кью большая зет восемь"),
    # the caller's echo of the operator's spelling
    ("оператор: пароль эф большая ю три\nклиент: эф ю три", "эф ю три"),
    # letters with a symbol between them, the line names nothing
    ("клиент: а дальше эр решётка тэ", "эр решётка тэ"),
    # two Latin-only letters' names
    ("клиент: там ещё кей зет вроде", "кей зет"),
])
def test_a_value_spelled_aloud_is_masked_without_a_cue_in_its_line(redactor, text, value):
    assert _covered(redactor, text, value)


def test_a_case_said_in_the_plural_is_a_remark_outside_the_value():
    text = "оператор: и ещё дефис и маленькими эф эл эр"
    assert _spelled(text) == ["эф эл эр"]


def test_a_case_said_of_one_letter_is_inside_the_value():
    text = "клиент: большая эл эн эс"
    assert _spelled(text) == ["большая эл эн эс"]


def test_a_conjunction_after_the_last_letter_is_no_letter():
    text = "оператор: пароль какой\nклиент: кью эр эс и больше ничего не помню"
    assert _spelled(text) == ["кью эр эс"]


def test_two_letters_names_are_talk_in_a_call_that_names_no_credential():
    text = "клиент: у меня тэ вэ не показывает\nоператор: перезагрузите приставку"
    assert _spelled(text) == []


def test_two_letters_names_are_a_value_in_a_call_about_a_login():
    text = "оператор: какой у вас логин\nклиент: эл эн и дальше не помню"
    assert _spelled(text) == ["эл эн"]


def test_digits_said_in_a_piece_of_their_own_beside_a_spelled_value_are_its_piece():
    text = "оператор: пароль большая эр кью\nклиент: потом цифры 4 8 1 9"
    assert any(piece == "4 8 1 9" for piece in _spelled(text))


def test_digits_beside_a_spelled_value_are_no_piece_when_they_are_a_default():
    text = "оператор: пароль большая эр кью\nклиент: а заводской был 0 0 0 0"
    assert "0 0 0 0" not in _spelled(text)


_LETTERS = sorted({letter for name, letter in LATIN_LETTER_NAMES.items() if name in LATIN_ONLY_LETTER_NAMES})
_NAME_OF = {letter: sorted(name for name, of in LATIN_LETTER_NAMES.items() if of == letter
                           and name in LATIN_ONLY_LETTER_NAMES)[0] for letter in _LETTERS}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(_LETTERS), st.booleans()), min_size=3, max_size=8),
       st.sampled_from(["клиент: ", "оператор: повторяю "]))
def test_a_password_spelled_with_latin_letters_and_their_case_is_one_value(letters, opening):
    spelled = " ".join(("большая " if upper else "маленькая ") + _NAME_OF[letter] for letter, upper in letters)
    text = opening + spelled + "\nоператор: записала"
    assert _spelled(text) == [spelled]


# --- words bound by a password's symbol ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("клиент: лучше мурзик нижнее подчёркивание 0 7", "мурзик нижнее подчёркивание 0 7"),
    ("оператор: значит роза решётка тюльпан 4", "роза решётка тюльпан 4"),
])
def test_words_bound_by_a_passwords_symbol_are_one_spelled_value(text, value):
    assert _spelled(text) == [value]


def test_a_mailboxs_at_sign_binds_no_words_into_a_password():
    assert _spelled("клиент: у нас собака дружок и кот") == []


# --- a network's name and a service's credentials in a ticket (recognizers/login.py) -------------------------------

def _typed(redactor, text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start:e.end]) for e in redactor.analyze(text) if e.type in ("LOGIN", "SECRET")]


@pytest.mark.parametrize("text, name", [
    ("Кл. просит сменить пароль. Сеть - Petrovy_Home, роутер в коридоре.", "Petrovy_Home"),
    ("Имя сети: Dom_Kv45", "Dom_Kv45"),  # a name in it ("Timofeeva_Olga") is read as PERSON: masked too
    ("видны 2 сети - Orlov_Kv12 и Orlov_Kv12_5G.", "Orlov_Kv12_5G"),
    ("сеть называлась раньше GALIEVY а теперь другая", "GALIEVY"),
])
def test_a_households_network_name_after_a_network_word_is_a_login(redactor, text, name):
    assert ("LOGIN", name) in _typed(redactor, text)


@pytest.mark.parametrize("text", ["SSID: Keenetic-4A1F", "видна сеть TP-LINK_90B2 соседа"])
def test_a_factory_network_name_is_nobodys(redactor, text):
    assert [value for kind, value in _typed(redactor, text) if kind == "LOGIN"] == []


@pytest.mark.parametrize("text, login, secret", [
    ("Ввели PPPoE: k_ivanov77 / Tr4pLm9q, подключение есть.", "k_ivanov77", "Tr4pLm9q"),
    ("Wi-Fi: Zakirovy_kv5 / chakchak2024", "Zakirovy_kv5", "chakchak2024"),
    ("Доступ к роутеру дал клиент: marat_root / M@rat_2020.", "marat_root", "M@rat_2020"),
])
def test_a_services_credentials_written_as_a_pair_are_its_login_and_secret(redactor, text, login, secret):
    found = _typed(redactor, text)
    assert ("LOGIN", login) in found and ("SECRET", secret) in found


@pytest.mark.parametrize("text", ["роутер по умолчанию admin/admin", "порт Gi0/0/14 на коммутаторе", "ЛК: 1/2 этапа"])
def test_a_default_pair_a_port_and_a_fraction_are_no_credentials(redactor, text):
    assert _typed(redactor, text) == []


# --- an address said in a call (recognizers/address.py) -------------------------------------------------------------

def _addresses(text: str) -> list[str]:
    from guard.recognizers.address import address_spans

    return [text[start:end] for start, end, _, _ in address_spans(text)]


@pytest.mark.parametrize("text, address", [
    ("клиент: кировградская 12 корпус бэ квартира 5", "кировградская 12 корпус бэ квартира 5"),
    ("оператор: строителей 17 вэ квартира 3", "строителей 17 вэ квартира 3"),
])
def test_a_house_or_building_letter_said_by_its_name_is_part_of_the_address(text, address):
    assert _addresses(text) == [address]


@pytest.mark.parametrize("text, address", [
    ("курьер: я у гагарина 12 подъезд какой", "гагарина 12 подъезд"),
    ("клиент: нет это посадская 90 дробь 2 квартира та же", "посадская 90 дробь 2 квартира"),
])
def test_a_keyword_after_a_house_number_makes_it_an_address_before_its_own_number(text, address):
    assert _addresses(text) == [address]


@pytest.mark.parametrize("text", ["клиент: у меня 5 квартир в доме", "клиент: только 4 этаж лифта нет"])
def test_a_count_of_flats_or_a_floor_is_no_house(text):
    assert _addresses(text) == []


def test_a_card_codes_name_spelled_before_its_digits_is_no_secret():
    assert _spelled("клиент: и тут ещё цэ вэ вэ 6 9 0") == []


@pytest.mark.parametrize("text", ["клиент: дэ эр 1 1 80", "клиент: и эн эн 7 7 0 1"])
def test_a_kinds_abbreviation_spelled_before_its_digits_is_no_secret(text):
    assert _spelled(text) == []


@pytest.mark.parametrize("text", [
    "оператор: да наберите звёздочка 102 решётка вызов",  # a USSD request
    "клиент: написано код ошибки ау тэ эйч 41",  # an error's code
    "оператор: т к а ч повторите пожалуйста после подчёркивания",  # talk about the symbol
    "клиент: что там символ доллара может",
])
def test_a_request_an_error_code_and_talk_about_a_symbol_are_no_spelled_value(text):
    assert _spelled(text) == []


def test_digits_beside_a_spelled_value_are_no_piece_after_a_requests_number():
    text = "оператор: пароль большая эр кью\nоператор: заявка номер 41 0 9 7"
    assert "0 9 7" not in _spelled(text)


@pytest.mark.parametrize("text", ["все условия на сайте эм тэ эс точка ру", "включите режим четыре джи в настройках"])
def test_an_utterance_with_no_speakers_is_read_for_secrets_after_their_cue_only(text):
    assert _spelled(text) == []


def test_a_kinds_name_spelled_inside_a_run_ends_it():
    assert _spelled("клиент: срок 0 2 27 си ви си 609") == []
