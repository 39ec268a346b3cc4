"""Values that leaked from packed CRM notes (issue 15, stop 49), each family mended at its kind's one home: an access
code after what it opens — an intercom, a gate, a key safe — in a note's row or under its column
(recognizers/secret.py); a foreign document after its state's two-letter code or its state's Russian name, the European
neighbours' national numbers and ID cards, a voluntary medical insurance (ДМС) policy (recognizers/id_document.py); a
child's birth date right after the child's relation word in a family's pasted rows (recognizers/birth_date.py); a Latin
name with its diacritics (guard/normalize.fold_latin_marks), beside its document in a pipe row, and its Latin spelling
after the Cyrillic one on a bilingual form (recognizers/person.py). The values are written for these tests."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard import Redactor
from guard.normalize import fold_latin_marks

from conftest import person_masked, types_covering, value_hidden

_REDACTOR = Redactor()


@pytest.fixture(scope="module")
def redactor():
    return _REDACTOR


# --- access codes: what a door, a gate or a key safe opens with -------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("Адрес подключения: ул. Садовая, 14, кв. 52, домофон 52К3817, этаж 6.", "52К3817"),
    ("Монтажнику: калитка 4096, собака во дворе.", "4096"),
    ("Посуточная квартира: сейф 3381, ключи внутри.", "3381"),
    ("Въезд во двор: шлагбаум 7102#, парковка гостевая.", "7102#"),
    ("Код домофона: 118 В 5530, звонить заранее.", "118 В 5530"),
    ("Гостям: домофон 33*2719, лифт до 9 этажа.", "33*2719"),
    ("Мастеру: код на двери подъезда: 27К5108, потом налево.", "27К5108"),
    ("Домофон сломан, код с двери — *4412.", "*4412"),
])
def test_an_access_code_right_after_what_it_opens_is_a_secret(redactor, text, code):
    assert "SECRET" in types_covering(redactor, text, code)


def test_access_codes_in_a_notes_tab_rows_are_masked(redactor):
    text = ("Доступы для мастеров:\nул. Лесная, 3, кв. 7\tдомофон 7В2291\tсейф 5820\n"
            "ул. Лесная, 5, кв. 40\tдомофон 40К6613\tсейф 0917")
    for code in ("7В2291", "5820", "40К6613", "0917"):
        assert value_hidden(redactor, text, code), code


def test_access_codes_under_their_columns_header_are_masked(redactor):
    text = "Адрес\tДомофон\tСейф\nул. Озёрная, 8, кв. 12\t12К0448\t6203\nул. Озёрная, 10, кв. 3\t3В9915\t1170"
    for code in ("12К0448", "6203", "3В9915", "1170"):
        assert value_hidden(redactor, text, code), code


@given(flat=st.integers(1, 999), code=st.integers(1000, 999999), key=st.sampled_from("КВ*#"),
       word=st.sampled_from(["домофон", "Домофон", "код домофона", "калитка"]))
@settings(max_examples=25, deadline=None)
def test_any_intercom_code_with_its_key_after_its_word_is_hidden(flat, code, key, word):
    value = f"{flat}{key}{code}"
    assert value_hidden(_REDACTOR, f"Клиент ждёт мастера, {word} {value}, третий подъезд.", value)


def test_counts_and_amounts_after_an_intercoms_word_are_no_secret(redactor):
    text = "Заказ: сейф 4500 руб., домофон 2 шт., ворота 3 шт."
    assert not any(e.type == "SECRET" for e in redactor.analyze(text))


# --- foreign documents ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, number", [
    ("| Б-204 | Клаус Беккер | DE L3T8KR5W1 | +49 160 5512873 |", "L3T8KR5W1"),
    ("Арендатор Anna Nowak, паспорт PL EK 4419206, с 01.12.", "EK 4419206"),
    ("Жилец: LT 23918840 не подходит, а LT AB1182034 — да.", "AB1182034"),
])
def test_a_foreign_document_after_its_states_two_letter_code_is_an_id_document(redactor, text, number):
    assert "ID_DOCUMENT" in types_covering(redactor, text, number)


def test_two_capitals_before_a_serial_or_digits_alone_are_no_state(redactor):
    for text, value in (("Роутер SN ZX4481207 заменён.", "ZX4481207"),
                        ("Заявка GE 5512093 закрыта.", "5512093")):
        assert "ID_DOCUMENT" not in types_covering(redactor, text, value), text


@pytest.mark.parametrize("text, number", [
    ("Список: Адебайо Чиди — Нигерия — K20418873 — +234 803 551 2040", "K20418873"),
    ("Студентка из Германии, C4K7R1T92? нет, её номер P3318044.", "P3318044"),
    ("Коулибали Сейду, Мали? нет — Сенегал, A0377124", "A0377124"),
])
def test_a_foreign_documents_shape_after_any_states_russian_name_is_masked(redactor, text, number):
    assert "ID_DOCUMENT" in types_covering(redactor, text, number)


@pytest.mark.parametrize("text, number", [
    ("Najemca Marek Wójcik, PESEL 82091405571, prosi o umowę.", "82091405571"),
    ("Tenant from Sofia, ЕГН 8407126390.", "8407126390"),
    ("Jovana, JMBG 1503989715022, Belgrade.", "1503989715022"),
    ("Personalausweis Nr. T22R0LK51 vorgelegt.", "T22R0LK51"),
    ("dowód osobisty ABX482913, ważny do 2031", "ABX482913"),
    ("Aufenthaltstitel Y2C9M4K07 (Kaliningrad).", "Y2C9M4K07"),
])
def test_european_national_numbers_and_id_cards_are_id_documents(redactor, text, number):
    assert "ID_DOCUMENT" in types_covering(redactor, text, number)


def test_a_flight_after_a_visas_word_is_no_document(redactor):
    assert "ID_DOCUMENT" not in types_covering(redactor, "Виза РФ, рейс SU1234, вылет в 14:00.", "SU1234")


@pytest.mark.parametrize("text, number", [
    ("Сотрудник Воронов, полис ДМС № 002-41-551873 (Ингосстрах).", "002-41-551873"),
    ("ДМС: полис 78-0912-004417, прикреплён к клинике.", "78-0912-004417"),
    ("полис добровольного медицинского страхования 0733/2025-041", "0733/2025-041"),
    ("полис ДМС РЕСО ДМС-55-0081293, SIM корпоративная", "ДМС-55-0081293"),
    ("Пациентка 1951 г.р., полис ДМС кл. СК-54-0017733, перенос на 15:00.", "СК-54-0017733"),
    ("полис ДМС 54-ДМС-220871, страховая «Сибирь-Полис»", "54-ДМС-220871"),
])
def test_a_voluntary_medical_insurance_policy_is_an_id_document(redactor, text, number):
    assert "ID_DOCUMENT" in types_covering(redactor, text, number)


def test_a_compulsory_policy_stays_oms_and_a_dms_headcount_is_no_value(redactor):
    assert "RU_OMS" in types_covering(redactor, "полис ОМС 7755 3108 2900 4417", "7755 3108 2900 4417")
    assert not redactor.analyze("полис ДМС на 30 сотрудников, 12 500 руб. в месяц")


# --- a child's birth date ---------------------------------------------------------------------------------------------

def test_a_childs_birth_date_after_its_relation_word_in_a_familys_rows_is_masked(redactor):
    text = ("Семья Гавриловых:\nГаврилов Олег Петрович\tотец\t14.09.1986\n"
            "Гаврилова Мия Олеговна\tдочь\t22.06.2018\nГаврилов Лев Олегович\tсын\t05.01.2020")
    assert "DATE_OF_BIRTH" in types_covering(redactor, text, "22.06.2018")
    assert "DATE_OF_BIRTH" in types_covering(redactor, text, "05.01.2020")


def test_a_date_of_a_childs_contract_is_no_birth_date(redactor):
    assert "DATE_OF_BIRTH" not in types_covering(redactor, "Договор сына от 05.01.2022 расторгнут.", "05.01.2022")


# --- Latin names with diacritics ----------------------------------------------------------------------------------

def test_latin_marks_are_folded_one_letter_for_one():
    reading = fold_latin_marks("Zieliński, PETRAUSKIENĖ, Krüger, Łukasz, Straße")
    assert reading.text == "Zielinski, PETRAUSKIENE, Kruger, Lukasz, Strase"
    assert reading.to_original(0, 9) == (0, 9)
    assert not fold_latin_marks("Иванов Пётр, Smith").changed


def test_a_latin_name_with_diacritics_before_its_document_in_a_pipe_row_is_masked(redactor):
    text = "| А-118 | Łukasz Wróblewski | PL EA 5521904 | +48 601 220 118 |"
    assert person_masked(redactor, text, "Łukasz Wróblewski")


def test_a_names_latin_spelling_after_its_cyrillic_one_on_a_form_is_masked(redactor):
    text = "Фамилия: ЯНКАУСКЕНЕ / JANKAUSKIENĖ   Имя: ИРЕНА / IRĖNA   Дата рождения: 1990-05-17"
    assert person_masked(redactor, text, "JANKAUSKIENĖ") and person_masked(redactor, text, "IRĖNA")


def test_a_tariffs_english_name_after_its_russian_one_is_no_name(redactor):
    assert not any(e.type == "PERSON" for e in redactor.analyze("Тариф: Безлимит / Unlimited, роутер Кинетик / Keenetic"))
