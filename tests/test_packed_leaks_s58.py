"""Values that leaked from packed CRM notes on stop 58's sets (issue 15; packed_ag57's clinics' back office,
packed_af56's insurer, pii_bb57's driving school), each cause mended at its kind's one home: a first name in apposition
to a kin or role noun (recognizers/person.py), a surname heading a note before a number or heading a record pasted in
quotes, a mistyped SNILS in its printed layout (recognizers/snils.py), a town between a postcode and a street
(recognizers/address.py), a CVV a few words after its name (recognizers/card_cvv.py), a number with the writer's
bracketed remark inside it and a plate followed by a date (guard/normalize.py). The values are written for these
tests."""
from __future__ import annotations

import pytest

from guard import Redactor

from conftest import types_covering, value_hidden

_REDACTOR = Redactor()


@pytest.fixture(scope="module")
def redactor():
    return _REDACTOR


@pytest.mark.parametrize("text, value", [
    ("Рассылка родителям:\nСоловьёва Ирина +79223334455 ребёнок Ева 02.03.2019", "Ева"),
    ("Рассылка родителям:\nКротова Анна +79223334466 ребёнок Злата 11.07.2020", "Злата"),
    ("Пишет в чат: «Водитель Гена будет в 9:00 у подъезда»", "Гена"),
    ("Звонила соседка, говорит, что дочь Вера уехала", "Вера"),
])
def test_a_first_name_in_apposition_to_a_kin_or_role_noun_is_a_persons_name(redactor, text, value):
    """п. 1: a child's or a worker's first name in a note is personal data — the noun before it, agreeing in case,
    says the word names that person (natasha's NER read some and not others, by their neighbours)."""
    assert "PERSON" in types_covering(redactor, text, value)


@pytest.mark.parametrize("text, visible", [
    ("Перезвонил сотрудник Мегафона, вопрос закрыт", "Мегафона"),
    ("Папа Римский упомянут в рассылке", "Римский"),
])
def test_a_word_the_person_noun_governs_or_a_titles_attribute_stays_visible(redactor, text, visible):
    assert visible in redactor.redact(text).text


@pytest.mark.parametrize("text, value", [
    ("Шарипова 8912 4405521 — перезвон, вопрос по счёту", "Шарипова"),
    # the head word before a number (`_HEAD_WORD`'s `\+?\d`): 7ffad4ed showed these surnames
    ("Костарева 8912 5503319 — перезвон", "Костарева"),
    ("Костарева 89125503319, вопрос по счёту", "Костарева"),
    ("в поле примечания попал текст «Захарьев, СНИЛС 112-233-445 95» — удалено", "Захарьев"),
])
def test_a_surname_heading_a_note_before_a_number_or_a_pasted_record_in_quotes_is_masked(redactor, text, value):
    assert value_hidden(redactor, text, value)


@pytest.mark.parametrize("text, visible", [
    ("Клиника «Ромашка», ИНН 6654551960 — счёт выставлен", "Ромашка"),
    ("Москва 2026: итоги квартала", "Москва"),
])
def test_a_quoted_organisations_name_or_a_place_heading_a_line_stays_visible(redactor, text, visible):
    assert visible in redactor.redact(text).text


def test_a_mistyped_snils_in_its_printed_layout_is_still_a_snils(redactor):
    """A SNILS with a wrong check number ("прислали 112-233-445 59" for …95) is a person's number all the same: the
    hyphens of its printed layout say so (fail closed). Both the valid one and the mistyped one are masked."""
    text = "Опечатка в СНИЛС: прислали 112-233-445 59, в анкете 112-233-445 95."
    shown = redactor.redact(text).text
    assert "112-233-445 59" not in shown and "112-233-445 95" not in shown


def test_a_town_between_a_postcode_and_a_street_is_the_addresss(redactor):
    text = "Адрес для писем 623700, Берёзовский, ул. Шиловская, 7, кв 12."
    assert value_hidden(redactor, text, "Берёзовский")
    assert "ADDRESS" in types_covering(redactor, text, "623700, Берёзовский, ул. Шиловская, 7, кв 12")


def test_a_cvv_a_few_words_and_a_bracket_after_its_name_is_masked(redactor):
    assert value_hidden(redactor, "Клиент по ошибке: CVV клиент начал диктовать (705) — остановлен", "705")


@pytest.mark.parametrize("text, head, rest", [
    ("Клиент продиктовал ИНН 7707 (так) 083893, проверить", "7707", "083893"),
    ("паспорт 4505 (уточнить) 678901 — сверить", "4505", "678901"),
])
def test_a_number_with_the_writers_bracketed_remark_inside_it_is_one_value(redactor, text, head, rest):
    assert value_hidden(redactor, text, head) and value_hidden(redactor, text, rest)


def test_a_plate_followed_by_a_date_is_a_plate_and_a_date(redactor):
    """«О033ОО154 15.10.2026»: the run read whole as a scanned number (fail closed, stop 57) reads no plate; one more
    reading keeps the plate's letters, so the plate is masked and the date stays."""
    text = "Продал машину О044ОО154 12.09.2026, а штрафы приходят мне"
    assert "VEHICLE_PLATE" in types_covering(redactor, text, "О044ОО154")
    assert "12.09.2026" in redactor.redact(text).text


def test_a_scanned_phone_with_look_alike_letters_is_still_read_as_digits(redactor):
    """What the plate's exception leaves: a phone with "О" and "З" for its digits, groups apart, is still a phone."""
    assert value_hidden(redactor, "тел 8 9О3 12З 45 67 — перезвонить", "12З 45 67")


def test_a_rows_last_number_and_the_next_rows_phone_are_masked_together_fail_closed(redactor):
    """A tab-separated export: "каб. 312" ends a row, the next row opens with a phone. Digit groups a line apart are one
    number wrapped, whatever TABs the lines hold, so the room's number is masked with the phone (the over-masking is the
    price: a rule reading two TAB-holding lines as rows of cells showed cards and accounts wrapped in TAB-indented notes
    and TSV comment cells — stop 58's review, H1; tests/test_values_wrapped_across_tab_lines_s58.py). The last row's
    room has no phone after it and stays; every phone is masked."""
    text = ("телефон\tимя\tкабинет\n79125550101\tЕвгения\tкаб. 312\n79125550202\tАлексей\tкаб. 312\n"
            "79125550303\tФаина\tкаб. 105")
    shown = redactor.redact(text).text
    assert "каб. 105" in shown
    assert not any(phone in shown for phone in ("79125550101", "79125550202", "79125550303"))


@pytest.mark.parametrize("text, value", [
    ("Телефон клиента 8 916 123\n45 67 перезвонить", "45 67"),
    ("снилс 123-456-\n789 64", "789 64"),
])
def test_a_number_wrapped_at_a_lines_end_in_running_text_is_still_one_number(redactor, text, value):
    assert value_hidden(redactor, text, value)


def test_a_number_right_after_a_plate_stays_masked_with_the_plates_reading_added(redactor):
    """The plate's own reading is added, never the only one: the passport typed after the plate is still masked."""
    shown = redactor.redact("ТС: О044ОО154 4508 123456 выдан ОВД").text
    assert "О044ОО154" not in shown and "4508" not in shown and "123456" not in shown


def test_a_word_opening_the_next_line_is_no_apposition_to_the_noun_ending_the_line_before(redactor):
    """"…, невролог⏎Тема: сверка выплат": the letter's next field, not the neurologist's name (pii_aq46)."""
    text = "От: ИП Вершинина Татьяна Сергеевна, невролог\nТема: сверка выплат за октябрь"
    assert "Тема" in redactor.redact(text).text
