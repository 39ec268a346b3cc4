"""Foreign customers (issue 15, stop 45: a tourist-SIM kiosk's notes): foreign documents by their states' codes and
words, a machine-readable zone's lines whole, names in Latin letters beside their documents, in their own mailboxes and
in the CRM's Cyrillic spelling. One test per rule, in our own phrasings; hypothesis properties for the zone's check
digits and for a name spelled in both scripts."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from conftest import person_masked, person_touched, types_covering
from guard.recognizers.id_document import ICAO_STATE_CODES
from guard.recognizers.lexicon import spelled_alike
from guard.recognizers.mrz import check_digit


def _covered(redactor, text: str, value: str) -> bool:
    """Is every character of the first `value` in `text` inside some span the redactor masks?"""
    start = text.index(value)
    spans = [(e.start, e.end) for e in redactor.redact(text).entities]
    return all(any(s <= at < e for s, e in spans) for at in range(start, start + len(value)))


def _untouched(redactor, text: str, value: str) -> bool:
    start = text.index(value)
    return not any(e.start < start + len(value) and start < e.end for e in redactor.redact(text).entities)


# --- ID_DOCUMENT: foreign documents --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Гостья из Бельгии, BEL EN4471920, симка на 14 дней", "EN4471920"),
    ("клиент (CHE, X0982271) взял eSIM", "X0982271"),
    ("паспорт NZL LA730118 проверен", "LA730118"),
    ("документ: USA 488102937, выдали номер", "488102937"),
    ("Гражданин Нидерландов, NLD NW4K81PT3, брал тариф", "NW4K81PT3"),
])
def test_a_foreign_documents_number_after_its_states_icao_code_is_masked(redactor, text, value):
    assert _covered(redactor, text, value)


def test_the_numbers_listed_after_a_foreign_documents_number_are_masked_too(redactor):
    text = "Семья (CAN, GK118204, GK118205, GK118206) — три симки"
    assert all(_covered(redactor, text, value) for value in ("GK118204", "GK118205", "GK118206"))


@pytest.mark.parametrize("text, value", [
    ("туристическая виза № 337105842 до конца месяца", "337105842"),
    ("Виза: гостевая, № 402218875, въезд вчера", "402218875"),
    ("оформил э-виза № 26-1184407", "26-1184407"),
    ("студенческий билет 2208417731 показал на стойке", "2208417731"),
    ("принесла справку из консульства № 2041/25", "2041/25"),
])
def test_a_visa_a_student_card_and_an_embassy_certificate_are_documents(redactor, text, value):
    assert "ID_DOCUMENT" in types_covering(redactor, text, value)


def test_an_aadhaar_number_after_its_word_is_a_personal_code(redactor):
    text = "предъявил только Aadhaar 5512 0873 4419, паспорт забыл"
    assert _covered(redactor, text, "5512 0873 4419")


def test_a_number_with_a_latin_letter_after_a_passports_word_is_a_foreign_passport(redactor):
    text = "Швейцарский пасп. XK7R20M51 сверили"
    assert "ID_DOCUMENT" in types_covering(redactor, text, "XK7R20M51")


def test_the_latin_shorthand_pp_is_a_passports_word(redactor):
    text = "cl Rahman Karim pp BX7730215 tel не дал"
    assert _covered(redactor, text, "BX7730215")


@pytest.mark.parametrize("text", [
    "Рейс SU 2303, заказ SV-260612-0193, RRN 617204418832, гейт B12",
    "киоск VKO-A-07, терминал C, парковка P2, тариф «Турист 14»",
    "Оплата Visa, чек № 000412, код 05",
    "Заявление MNP-775093 принято, перенос через сутки",
    "Паспорт проверен, тикет INC0048812 закрыт",
])
def test_a_kiosks_codes_flights_orders_and_receipts_stay_visible(redactor, text):
    assert redactor.redact(text).text == text


# --- the machine-readable zone ---------------------------------------------------------------------------------------

def _data_line(number: str, nation: str, birth: str, sex: str, expiry: str) -> str:
    """A TD3 passport's second line, every check digit computed (ICAO 9303 part 4)."""
    optional = "<" * 14
    line = (number + check_digit(number) + nation + birth + check_digit(birth) + sex + expiry + check_digit(expiry)
            + optional + check_digit(optional))
    composite = line[0:10] + line[13:20] + line[21:43]
    return line + check_digit(composite)


def test_a_foreign_zones_name_line_is_masked_whole(redactor):
    line = "P<NZLWHITAKER<<OLIVIA<JANE<<<<<<<<<<<<<<<<<<"
    text = "По MRZ:\n" + line + "\nвыдали симку"
    assert _covered(redactor, text, line)


def test_a_piece_of_a_zone_after_its_word_is_masked(redactor):
    text = "Сверили фрагмент MRZ 27NB104482NLD9107142F и отдали"
    assert _covered(redactor, text, "27NB104482NLD9107142F")


_ZONE_NUMBER = st.text("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", min_size=9, max_size=9)
_ZONE_DATE = st.dates().map(lambda d: d.strftime("%y%m%d"))


@settings(max_examples=25, deadline=None)
@given(_ZONE_NUMBER, st.sampled_from(ICAO_STATE_CODES), _ZONE_DATE, st.sampled_from("MF<"), _ZONE_DATE)
def test_any_foreign_zones_data_line_with_valid_check_digits_is_masked_whole(redactor, number, nation, birth, sex,
                                                                             expiry):
    line = _data_line(number, nation, birth, sex, expiry)
    assert len(line) == 44
    text = "Клиент показал паспорт, MRZ второй строкой " + line + " — проверено."
    assert _covered(redactor, text, line)


# --- PERSON: names in Latin letters ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Гость Oyelaran Tunde, NGA A09918273, тариф на неделю", "Oyelaran Tunde"),
    ("купили вдвоём: Lindqvist Maja (SWE 91188402) и подруга", "Lindqvist Maja"),
    ("3) JEON HAEWON M55102874 — +7 901 000-00-00", "JEON HAEWON"),
    ("Oduya Kofi Mensah — GHA G2284417, оплата наличными", "Oduya Kofi Mensah"),
])
def test_a_latin_name_right_before_its_holders_foreign_document_is_a_name(person_redactor, text, name):
    assert person_masked(person_redactor, text, name)


@pytest.mark.parametrize("text, latin, cyrillic", [
    ("Вернули деньги: Rousseau Amelie (Руссо), карта та же", "Rousseau Amelie", "Руссо"),
    ("Kaczmarek Zofia (Качмарек Зофья) ждёт звонка", "Kaczmarek Zofia", "Качмарек Зофья"),
    ("Ozturk Kerem = Озтюрк Керем, продлили пакет", "Ozturk Kerem", "Озтюрк Керем"),
])
def test_a_latin_name_and_its_cyrillic_spelling_beside_it_are_both_names(person_redactor, text, latin, cyrillic):
    assert person_masked(person_redactor, text, latin) and person_masked(person_redactor, text, cyrillic)


def test_a_latin_name_its_notes_own_mailbox_spells_is_a_name(person_redactor):
    text = "Lindgren Oskar потерял симку в такси, ответ на oskar.lindgren88@mail.se"
    assert person_masked(person_redactor, text, "Lindgren Oskar")


@pytest.mark.parametrize("text, words", [
    ("Apple Pay не прошёл, написали на support@apple.com", "Apple Pay"),
    ("Wi-Fi Direct отвалился, пишем на help@router.example", "Wi-Fi Direct"),
    ("Оплата Apple Pay прошла (Эппл Пэй), вопросов нет", "Apple Pay"),
    ("Рейс в Sao Paulo (Сан-Паулу) задержан на час", "Sao Paulo"),
    ("Спасибо, Guest Relations; ответ на guest.relations@hotel.example", "Guest Relations"),
])
def test_a_brand_in_latin_letters_is_no_name_however_its_mailbox_reads(person_redactor, text, words):
    assert not person_touched(person_redactor, text, words)


# a Cyrillic name and an ICAO 9303 (2013) transliteration of it, the kind a foreign passport prints (the test's own
# table, not the redactor's)
_ICAO_CYRILLIC = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "i",
                  "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
                  "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "э": "e", "ю": "iu",
                  "я": "ia"}
_SYLLABLE = st.tuples(st.sampled_from("бвгджзклмнпрстфхцчшщ"), st.sampled_from("аеиоуыэюя")).map("".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(_SYLLABLE, min_size=2, max_size=4))
def test_any_cyrillic_name_and_its_icao_spelling_are_spelled_alike(syllables):
    cyrillic = "".join(syllables).capitalize()
    latin = "".join(_ICAO_CYRILLIC[ch] for ch in cyrillic.lower()).capitalize()
    assert spelled_alike(latin, cyrillic)


@pytest.mark.parametrize("latin, cyrillic", [("Petrov", "Иванов"), ("Lucas", "Москва"), ("Claire", "Дюбуа")])
def test_different_words_are_not_spelled_alike(latin, cyrillic):
    assert not spelled_alike(latin, cyrillic)
