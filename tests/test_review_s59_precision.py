"""Review of s59-precision (d3cf53db..0af3dbc0): values the base masks and the branch leaves visible.

Each case fails on the branch head 0af3dbc0 and passes on the base d3cf53db. Imports from `guard` only.
"""
import pytest

from guard import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def _leaks(redactor, text, value):
    return value in redactor.redact(text).text


# H1 birth_date.a_groups_year: "группа" read by lemma only — a disability group ("инвалид 2 группы") is no
# sports section, and the year after it is the person's birth year.
@pytest.mark.parametrize("text, value", [
    ("Абонент Кузнецов Виктор Павлович, инвалид 2 группы, 1958 г.р., просит льготный тариф", "1958"),
    ("Кузнецов В.П., пенсионер, инвалидность 1 группа 1954 г.р.", "1954"),
    ("Мать абонента, инвалид 1 группы 1941 г.р., проживает отдельно", "1941"),
    ("абонент инвалид первой группы 1949 года рождения", "1949"),
    ("клиент инвалид второй группы тысяча девятьсот пятьдесят восьмого года рождения просит льготу",
     "тысяча девятьсот пятьдесят восьмого"),
    ("Владелец номера - Кузнецов Виктор, в группе 1958 г.р.", "1958"),
])
def test_disability_group_year_is_a_birth_year(redactor, text, value):
    assert not _leaks(redactor, text, value)


# H2 birth_date.a_groups_year: only what stands *between* the noun and the year is read; a child's name before, or the
# day and month after, make the year one person's — the branch shows the year beside the masked rest of the date.
@pytest.mark.parametrize("text, value", [
    ("ребенок Кузнецов Артём, группа 2016 г.р., 12 марта", "2016"),
    ("сын в группе две тысячи шестнадцатого года рождения двенадцатого марта", "две тысячи шестнадцатого"),
    ("сын Артём ходит в группу 2016 г.р.", "2016"),
    ("ФИО: Сидоров Петр Ильич\nГруппа\n1975 г.р.", "1975"),
])
def test_a_persons_year_beside_a_group_noun(redactor, text, value):
    assert not _leaks(redactor, text, value)


# H3 secret.secret_spans + passport_dept.names_the_department: the secret reader steps aside for any 3-3 value after a
# bare "код" with passport words (or just "отдел") within 120 chars, but RU_PASSPORT_DEPT's own bare reader
# (_BARE_CODE, "[\s:=]{0,3}" between) does not take a value set off by a dash, quotes or brackets: nobody masks it.
@pytest.mark.parametrize("text, value", [
    ("Паспорт 5004 123456 выдан Отделением УФМС России по Новосибирской области в Заельцовском районе, код - 540-006",
     "540-006"),
    ("Паспорт: 4510 123456\nКем выдан: ОВД района Хамовники г. Москвы\nКод: «770-001»", "770-001"),
    ("выдан ОУФМС России по Московской обл. по городскому округу Балашиха, код-500-038", "500-038"),
    ("Паспорт 5004 123456 выдан Отделением УФМС России по Новосибирской области в Заельцовском районе, код (540-006)",
     "540-006"),
    ("Перевод в отдел безопасности. Клиент продиктовал код - 482-913", "482-913"),
    ("Звонок из отдела продаж, клиент назвал код (482-913)", "482-913"),
    ("отдел претензий: код — 482-913", "482-913"),
])
def test_a_code_after_a_dash_or_quote_near_passport_words(redactor, text, value):
    assert not _leaks(redactor, text, value)


# H4 secret.secret_spans: a bare "код" read as the department's opens no code in the lines after it any more.
@pytest.mark.parametrize("text, value", [
    ("отдел продаж: клиент назвал код 482-913 из смс, паспорт 5004 123456\nпотом 7391", "7391"),
    ("Паспорт 4510 123456, код 770-001.\nПродиктовал 4821 с экрана", "4821"),
])
def test_codes_in_the_lines_after_a_department_code(redactor, text, value):
    assert not _leaks(redactor, text, value)


# H5 ip_address._NOT_A_SUBSCRIBERS: "по"/"ос" are the preposition and a common word, not only "ПО"/"ОС".
@pytest.mark.parametrize("text, value", [
    ("Обновили прошивку по 95.31.18.119 удалённо", "95.31.18.119"),
    ("прошивка по 95.31.18.119 не прошла, внешний адрес клиента", "95.31.18.119"),
    ("Клиент жалуется: после обновления на новую версию по 95.31.18.119 нет доступа к ЛК", "95.31.18.119"),
    ("Роутер Keenetic, версия ПО\n95.31.18.119", "95.31.18.119"),
    ("проблема с версией ios 95.31.18.119 это его внешний адрес", "95.31.18.119"),
])
def test_an_address_after_a_version_word_and_po(redactor, text, value):
    assert not _leaks(redactor, text, value)
