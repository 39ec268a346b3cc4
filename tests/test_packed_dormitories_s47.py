"""Notes of a desk for student dormitories (issue 15, stop 47): a room cut to "ком." and a dormitory's block as parts of
an address, a Latin "room" (recognizers/address.py); the student card's cut word and its adjective alone before a
number (recognizers/id_document.py); a WeChat id, a list's rows of login /
password pairs under a header naming their service (recognizers/login.py); a Latin name after "my name is", a form's
"name" and a passport's Latin name (recognizers/person.py); a code word's change told "старое …, новое …"
(recognizers/secret.py). The values are written for these tests."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard import Redactor

from conftest import types_covering, value_hidden


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


# --- rooms and blocks of a dormitory --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, address", [
    ("Заселение: г. Северск, ул. Курчатова, д. 11, ком. 318, с 1 сентября.", "г. Северск, ул. Курчатова, д. 11, ком. 318"),
    ("Жилец: Новосибирск, Пирогова 25, ком 207, просит ШПД.", "Новосибирск, Пирогова 25, ком 207"),
])
def test_a_room_cut_to_kom_ends_the_address_it_follows(redactor, text, address):
    assert "ADDRESS" in types_covering(redactor, text, address)


def test_a_dormitorys_block_and_room_after_the_house_are_one_address(redactor):
    text = "Точка подключения: г. Омск, ул. Мира, 32а, блок 6, комн. 14. Роутер выдан."
    assert "ADDRESS" in types_covering(redactor, text, "г. Омск, ул. Мира, 32а, блок 6, комн. 14")


def test_a_room_written_in_english_after_the_street_is_part_of_the_address(redactor):
    text = "Client: I stay at Kirova Street 12, room 305, please deliver the SIM there."
    assert value_hidden(redactor, text, "room 305")


def test_a_blocking_is_no_block_of_a_building(redactor):
    text = "ул. Ленина, 5, блокировка 3 дня по заявлению"
    assert not any(e.type == "ADDRESS" and "блокировка" in text[e.start:e.end] for e in redactor.analyze(text))


@settings(max_examples=25, deadline=None)
@given(house=st.integers(1, 199), block=st.integers(1, 12), room=st.integers(1, 1200),
       word=st.sampled_from(["ком.", "ком", "комн.", "комната"]))
def test_any_room_after_a_street_and_house_is_masked_with_them(house, block, room, word):
    text = f"Проживает: г. Томск, ул. Учебная, {house}, блок {block}, {word} {room}. Договор на ШПД."
    assert f"{word} {room}" not in _REDACTOR.redact(text).text


_REDACTOR = Redactor()


# --- the student card and a lowercase passport series ---------------------------------------------------------------

@pytest.mark.parametrize("text, number", [
    ("Забыл в вахте студ. бил. 204518, заберите.", "204518"),
    ("Нашли студенческий № 3370192, владелец не отвечает.", "3370192"),
    ("приложили студенческий 2290417 и паспорт", "2290417"),
])
def test_a_student_cards_number_after_its_cut_word_or_its_adjective_is_a_document(redactor, text, number):
    assert "ID_DOCUMENT" in types_covering(redactor, text, number)


def test_a_student_tariff_names_no_document(redactor):
    text = "Подключили студенческий тариф 350 ₽ с 1 октября."
    assert not any(e.type == "ID_DOCUMENT" for e in redactor.analyze(text))


def test_an_english_word_after_a_passports_word_is_no_series(redactor):
    # a lowercase series after "passport" was tried and taken back (stop 47): "is" read as the series
    text = "Client: my brother's passport is 45 17 302859, he will come tomorrow"
    assert not any(e.type == "ID_DOCUMENT" and text[e.start:e.end].startswith("is") for e in redactor.analyze(text))


# --- logins and passwords -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, login", [
    ("Связь со старостой: WeChat zhou_min_2003, телефон не берёт.", "zhou_min_2003"),
    ("пишите мне в вичат liuyang.tsk", "liuyang.tsk"),
])
def test_an_account_named_by_wechat_is_a_login(redactor, text, login):
    assert value_hidden(redactor, text, login)


def test_rows_of_login_password_pairs_under_a_header_naming_their_service_are_credentials(redactor):
    text = ("Доступы в ЛК общежития для новых жильцов:\n"
            "Крылов Матвей — kr_matvey04 / Pq7z-31Lx\n"
            "Сафина Диляра — safina_d / Hn2w-88Tc")
    redacted = redactor.redact(text).text
    for value in ("kr_matvey04", "Pq7z-31Lx", "safina_d", "Hn2w-88Tc"):
        assert value not in redacted


def test_a_header_that_names_no_service_makes_no_credentials(redactor):
    text = "Расписание дежурств:\nИванов — 12/05\nПетров — 13/05"
    assert not any(e.type in ("LOGIN", "SECRET") for e in redactor.analyze(text))


# --- Latin names and a code word's change ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Client: hi, my name is Chilufya Banda, my SIM is blocked", "Chilufya Banda"),
    ("Client: passport ZR4410762, name Farai Moyo, please check", "Farai Moyo"),
    ("Client: name in passport WANG JUN, please fix the contract", "WANG JUN"),
    ("Клиентка Ван Лу, в паспорте WANG LU, договор исправить.", "WANG LU"),
])
def test_a_latin_name_after_a_naming_phrase_or_a_passports_name_is_a_person(redactor, text, name):
    assert "PERSON" in types_covering(redactor, text, name)


def test_my_name_before_a_lowercase_word_names_nobody(redactor):
    text = "Client: my name is on the list, please check"
    assert not any(e.type == "PERSON" for e in redactor.analyze(text))


def test_a_code_words_change_told_old_and_new_hides_both(redactor):
    text = "Замена кодового слова: старое Иртыш1999, новое Багульник. Сверено по паспорту."
    redacted = redactor.redact(text).text
    assert "Иртыш1999" not in redacted and "Багульник" not in redacted
