"""An applicant's employer, position and income (issue 15, stop 51: a credit desk's questionnaires packed in notes) are
personal data once a note ties them to a person; recognizers/employment.py reads them after a questionnaire's labels,
in the employment's enumeration, after a full name, and under a table's column. A price, a monthly payment, a
balance, a rate, the carrier's or a bank's own name stay visible. The values are written for these tests."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from guard import Redactor

from conftest import types_covering, value_hidden

_REDACTOR = Redactor()


@pytest.fixture(scope="module")
def redactor():
    return _REDACTOR


@pytest.mark.parametrize("text, employer", [
    ("Анкета: место работы: ООО «Северный Лес», стаж 3 года.", "ООО «Северный Лес»"),
    ("Работодатель ООО «Кедр-Плюс», справка есть.", "ООО «Кедр-Плюс»"),
    ("Работа: АО «Завод „Прибой“»", "АО «Завод „Прибой“»"),
    ("Раб.: МУП «Горсвет», тел. отдела кадров нет.", "МУП «Горсвет»"),
    ("Клиентка работает в ГБУЗ РБ «Больница № 12» г. Стерлитамак, просит не звонить туда.",
     "ГБУЗ РБ «Больница № 12» г. Стерлитамак"),
    ("Просит не звонить ей на работу: ПАО «Речной порт»", "ПАО «Речной порт»"),
    ("В анкете указал работодателя ООО «Омега-Строй», фирма не проверена.", "ООО «Омега-Строй»"),
])
def test_an_organisation_after_a_label_of_employment_is_the_applicants_employer(redactor, text, employer):
    assert "EMPLOYER" in types_covering(redactor, text, employer)


@pytest.mark.parametrize("text, values", [
    ("работает ООО «Меридиан», водитель погрузчика, доход 64 000 руб. в мес.",
     {"ООО «Меридиан»": "EMPLOYER", "водитель погрузчика": "JOB_TITLE", "64 000 руб.": "INCOME"}),
    ("Работа: ООО «Хлеб Дом», пекарь, 41 500", {"пекарь": "JOB_TITLE", "41 500": "INCOME"}),
    ("поручитель Сафин Марат Ильдусович, ООО «Техномаш», токарь 4 разряда, 70 000 руб.",
     {"ООО «Техномаш»": "EMPLOYER", "токарь 4 разряда": "JOB_TITLE", "70 000 руб.": "INCOME"}),
    ("Клиент Юсупов Тимур Ринатович, кладовщик в ООО «Склад-Сервис», 39 000.",
     {"кладовщик": "JOB_TITLE", "ООО «Склад-Сервис»": "EMPLOYER", "39 000": "INCOME"}),
])
def test_the_members_of_an_employments_enumeration_are_read_together(redactor, text, values):
    for value, entity in values.items():
        assert entity in types_covering(redactor, text, value), value


@pytest.mark.parametrize("text, position", [
    ("Рабочий тел. не отвечает. Клиент Гарипов Артур Маратович, мастер смены.", "мастер смены"),
    ("работает в должности старшего кассира, стаж 2 года", "старшего кассира"),
    ("Должность: инженер по охране труда", "инженер по охране труда"),
])
def test_a_position_after_its_label_or_a_full_name_is_masked(redactor, text, position):
    assert "JOB_TITLE" in types_covering(redactor, text, position)


@pytest.mark.parametrize("text, income", [
    ("Доход по справке 2-НДФЛ 58 200 руб.", "58 200 руб."),
    ("пенсионер, пенсия 19 800 руб., живёт один", "19 800 руб."),
    ("з/п 45000, подтверждена выпиской", "45000"),
    ("оклад 32 000 ₽ плюс премии", "32 000 ₽"),
    ("получает 51 000 на руки, официально меньше", "51 000"),
    ("средний доход за 6 мес. 47 300", "47 300"),
])
def test_an_amount_after_an_incomes_word_is_the_applicants_income(redactor, text, income):
    assert "INCOME" in types_covering(redactor, text, income)


def test_a_tables_columns_named_work_and_income_mask_every_cell_under_them(redactor):
    text = ("Заемщик\tСНИЛС\tРабота\tДоход\n"
            "Ахметов Ринат Ильдарович\t112-233-445 95\tООО «Альфа-Трейд»\t52 000\n"
            "Гусева Ольга Петровна\t123-456-789 64\tИП Шарипов\t27 500")
    for value in ("ООО «Альфа-Трейд»", "52 000", "27 500"):
        assert value_hidden(redactor, text, value), value


def test_a_students_institution_is_masked_as_the_place_she_studies(redactor):
    text = "Заявитель Лаптева Дина Олеговна, студентка Бирского медико-фармацевтического колледжа, дохода нет."
    assert "EMPLOYER" in types_covering(redactor, text, "Бирского медико-фармацевтического колледжа")


@pytest.mark.parametrize("text, visible", [
    ("Телефон Samsung A55 — 34 990 ₽, платёж 2 916 ₽/мес на 12 мес.", "34 990"),
    ("Остаток долга 18 346,20 руб., досрочное погашение.", "18 346,20"),
    ("Ставка 19,9% годовых, срок 12 мес.", "19,9%"),
    ("Долг продан 10.09.2026 агентству ООО «ПКО «Взыскание»».", "ООО «ПКО «Взыскание»»"),
    ("Банк-партнёр АО «Уралкредитбанк» одобрил заявку 1196024.", "АО «Уралкредитбанк»"),
    ("Клиент Сидоров Пётр Ильич, оператор ПАО «МТС» подключил услугу.", "ПАО «МТС»"),
    ("Дохода нет, банк отказал, заявка 55-31902.", "55-31902"),
    ("Мастерская на ул. Ленина принимает телефоны, работает с 10:00.", "Мастерская"),
    ("Интернет не работает третий день, сумма компенсации 350 руб.", "350"),
])
def test_prices_payments_rates_and_companies_own_names_stay_visible(redactor, text, visible):
    assert visible in redactor.redact(text).text


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=10, max_value=999), st.integers(min_value=0, max_value=999),
       st.sampled_from(["доход", "зарплата", "пенсия", "оклад", "з/п"]), st.sampled_from(["", " руб.", " ₽"]))
def test_any_amount_after_an_incomes_word_is_hidden_whole(thousands, rest, word, currency):
    amount = f"{thousands} {rest:03d}{currency}"
    text = f"Анкета банка: {word} {amount}, стаж 5 лет."
    assert "INCOME" in types_covering(_REDACTOR, text, amount)


def test_a_nominative_noun_after_the_verb_is_its_subject_not_a_position(redactor):
    text = "Спутниковая связь на судне не тарифицируется — там работает корабельный оператор со своими ценами."
    assert "корабельный оператор" in redactor.redact(text).text


def test_an_operator_reading_out_an_applicants_salary_and_employer_is_blocked():
    from guard.disclosure import check

    result = check("По анкете у вас место работы ООО «Северный Лес», доход 64 000 рублей, верно?")
    assert result.verdict == "block"
    assert any(v.rule == "other-personal-data" for v in result.violations)
